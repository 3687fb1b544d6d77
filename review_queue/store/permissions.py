"""Role and customer-scope checks against the database, so a disabled, demoted or
re-scoped user is held to it at once."""

from __future__ import annotations

from typing import Any

from sqlalchemy import true
from sqlalchemy.orm import Session

from review_queue.store.schema import Item, UserRow
from review_queue.store.types import Operator, PermissionDenied, Principal, Role, User


def require_role(session: Session, user: User, *roles: Role) -> UserRow:
    """The user's current row if enabled and holding one of ``roles``; else PermissionDenied."""
    row = session.get(UserRow, user.id)
    if row is None or row.disabled or row.name != user.name or Role(row.role) not in roles:
        raise PermissionDenied(f"user {user.name!r} may not do this")
    return row


def acting_as(session: Session, principal: Principal, *roles: Role) -> str:
    """The audit actor of ``principal`` for an operation open to ``roles``: an
    ``Operator``'s name, or the name of a user holding one of them now (else
    PermissionDenied)."""
    if isinstance(principal, User):
        require_role(session, principal, *roles)
    return principal.name


def scope_of(row: UserRow) -> frozenset[str] | None:
    """The customers the account is limited to, or None for an unscoped one (admins are
    never scoped, whatever rows they have)."""
    if Role(row.role) is Role.ADMIN or not row.customers:
        return None
    return frozenset(c.customer for c in row.customers)


def current_scope(session: Session, principal: Principal) -> frozenset[str] | None:
    """The scope of the principal's account as stored now (None: unscoped, as an
    ``Operator`` always is); PermissionDenied for a disabled or unknown account."""
    if isinstance(principal, Operator):
        return None
    return scope_of(require_role(session, principal, *Role))


def scope_condition(scope: frozenset[str] | None) -> Any:
    """SQL condition on ``Item`` for a scope: items of no recorded customer are outside
    every scope."""
    return true() if scope is None else Item.customer.in_(sorted(scope))


def visible_items(session: Session, principal: Principal) -> Any:
    """SQL condition on ``Item``: the items ``principal`` may see (see ``current_scope``)."""
    return scope_condition(current_scope(session, principal))
