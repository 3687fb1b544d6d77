"""Role checks against the database, so a disabled or demoted user is refused at once."""

from __future__ import annotations

from sqlalchemy.orm import Session

from review_queue.store.schema import UserRow
from review_queue.store.types import PermissionDenied, Role, User


def require_role(session: Session, user: User, *roles: Role) -> UserRow:
    """The user's current row if enabled and holding one of ``roles``; else PermissionDenied."""
    row = session.get(UserRow, user.id)
    if row is None or row.disabled or row.name != user.name or Role(row.role) not in roles:
        raise PermissionDenied(f"user {user.name!r} may not do this")
    return row
