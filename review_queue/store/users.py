"""Accounts, passwords (argon2id), customer scopes, API tokens, and login rate limiting."""

from __future__ import annotations

import functools
import hashlib
import re
import secrets
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Select, false, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from review_queue.crypto import KeyRing
from review_queue.store import audit
from review_queue.store.claims import drop_leases
from review_queue.store.db import Database
from review_queue.store.permissions import acting_as
from review_queue.store.schema import ApiToken, LoginFailure, UserCustomer, UserRow
from review_queue.store.types import (
    InvalidInput,
    Operator,
    Principal,
    Role,
    TokenInfo,
    User,
    UserExists,
    UserNotFound,
)
from scanner.config import Review

TOKEN_PREFIX = "mgq_"
# The largest id a token row can have (a signed 64-bit integer on every backend): a larger
# one, typed into an address or a command, names no token (SQLite cannot even bind it).
_TOKEN_ID_MAX = 2**63 - 1
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
# A customer id as ``items.customer`` records it: no spaces or commas (the CLI's separator).
_CUSTOMER = re.compile(r"[^\s,\x00-\x1f\x7f]{1,255}")
_hasher = PasswordHasher()
_ANONYMOUS = "-unknown-"


def create_user(
    db: Database,
    keys: KeyRing,
    name: str,
    role: Role,
    password: str,
    min_length: int,
    actor: Principal,
    customers: Iterable[str] = (),
) -> User:
    """A new account, limited to ``customers`` if any are given (``UserExists``,
    ``InvalidInput`` for a bad name, short password, bad customer id or a scoped admin)."""
    if not _NAME.fullmatch(name):
        raise InvalidInput("user names are 1-64 letters, digits, '.', '_' or '-'")
    scope = check_customers(role, customers)
    _check_password(password, min_length)
    hashed = _hasher.hash(password)
    with db.transaction() as session:
        by = acting_as(session, actor, Role.ADMIN)
        if session.scalar(select(UserRow.id).where(UserRow.name == name)) is not None:
            raise UserExists(f"user {name!r} exists already")
        row = UserRow(
            name=name,
            role=str(role),
            password_hash=hashed,
            disabled=False,
            created_at=_now(),
            customers=[UserCustomer(customer=c) for c in scope],
        )
        session.add(row)
        session.flush()
        detail: dict[str, object] = {"user": name, "role": str(role)}
        if scope:
            detail["customers"] = _audited(scope)
        audit.append(session, keys, by, "user_create", None, detail)
        return to_user(row)


def set_customers(
    db: Database, keys: KeyRing, name: str, customers: Iterable[str], actor: Principal
) -> User:
    """Limit an account to ``customers``; none: unscoped (sees every customer's items).
    Takes effect on the account's next request, sessions and tokens included."""
    with db.transaction() as session:
        by = acting_as(session, actor, Role.ADMIN)
        row = _row(session, name)
        scope = check_customers(Role(row.role), customers)
        kept = [c for c in row.customers if c.customer in scope]
        known = {c.customer for c in kept}
        row.customers = kept + [UserCustomer(customer=c) for c in scope if c not in known]
        session.flush()
        audit.append(
            session, keys, by, "user_scope", None, {"user": name, "customers": _audited(scope)}
        )
        return to_user(row)


def check_customers(role: Role, customers: Iterable[str]) -> tuple[str, ...]:
    """The customer ids, stripped, deduplicated and sorted; ``InvalidInput`` for a
    malformed one or any for an admin (admins are never scoped)."""
    scope = tuple(sorted({c.strip() for c in customers if c.strip()}))
    for customer in scope:
        if not _CUSTOMER.fullmatch(customer):
            raise InvalidInput("customer ids are 1-255 characters without spaces or commas")
    if scope and role is Role.ADMIN:
        raise InvalidInput("admins see every customer: an admin account cannot be scoped")
    return scope


def authenticate(
    db: Database,
    keys: KeyRing,
    settings: Review,
    name: str,
    password: str,
    client_ip: str | None,
) -> User | None:
    """The user on a right password for an enabled, not locked-out account; else None."""
    failure_key = keys.mac(f"login\n{name.lower()}\n{client_ip or ''}".encode())
    # Lets an auditor see which attempts came from one client without storing its IP.
    client = {"client": keys.mac(f"ip\n{client_ip or ''}".encode())[:16]}
    now = _now()
    with db.transaction() as session:
        failure = session.get(LoginFailure, failure_key)
        row = session.execute(select(UserRow).where(UserRow.name == name)).scalar_one_or_none()
        actor = row.name if row is not None else _ANONYMOUS
        if failure is not None and failure.locked_until is not None and failure.locked_until > now:
            detail = {"reason": "locked_out", **client}
            audit.append(session, keys, actor, "login_refused", None, detail)
            return None
    ok = _verify(row.password_hash if row is not None else _dummy_hash(), password)
    with db.transaction() as session:
        if ok and row is not None and not row.disabled:
            session.query(LoginFailure).filter_by(key_hash=failure_key).delete()
            if _hasher.check_needs_rehash(row.password_hash):
                session.execute(
                    update(UserRow)
                    .where(UserRow.id == row.id)
                    .values(password_hash=_hasher.hash(password))
                )
            audit.append(session, keys, row.name, "login", None, client)
            return to_user(row)
        reason = "disabled" if ok else "bad_credentials"
        locked = _count_failure(session, failure_key, settings, now)
        audit.append(session, keys, actor, "login_failed", None, {"reason": reason, **client})
        if locked:
            detail = {"reason": "too_many", **client}
            audit.append(session, keys, actor, "login_lockout", None, detail)
    return None


def disable_user(db: Database, keys: KeyRing, name: str, actor: Principal) -> None:
    """Disable an account, revoke its tokens and end its leases (``enable_user`` undoes
    the first only)."""
    with db.transaction() as session:
        by = acting_as(session, actor, Role.ADMIN)
        row = _row(session, name)
        row.disabled = True
        row.credential_epoch += 1  # sessions anywhere end, and stay ended after an enable
        session.execute(update(ApiToken).where(ApiToken.user_id == row.id).values(revoked=True))
        drop_leases(session, name)  # the items they held are free for colleagues at once
        audit.append(session, keys, by, "user_disable", None, {"user": name})


def enable_user(db: Database, keys: KeyRing, name: str, actor: Principal) -> None:
    """Enable a disabled account again. Its tokens revoked at disable stay revoked and its
    sessions stay ended: the user logs in again with their password (an admin may set a
    new one first) and gets new tokens from an admin. Audited as ``user_enable`` (also
    for an account that was not disabled: what the admin asked for is on record)."""
    with db.transaction() as session:
        by = acting_as(session, actor, Role.ADMIN)
        row = _row(session, name)
        was_disabled = row.disabled
        row.disabled = False
        audit.append(
            session, keys, by, "user_enable", None, {"user": name, "was_disabled": was_disabled}
        )


def set_password(
    db: Database, keys: KeyRing, name: str, password: str, min_length: int, actor: Principal
) -> None:
    """Replace an account's password."""
    _check_password(password, min_length)
    hashed = _hasher.hash(password)
    with db.transaction() as session:
        by = acting_as(session, actor, Role.ADMIN)
        _row(session, name).password_hash = hashed
        audit.append(session, keys, by, "user_password", None, {"user": name})


def create_token(db: Database, keys: KeyRing, name: str, actor: Principal) -> str:
    """A new bearer token for an enabled user; only its SHA-256 is stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with db.transaction() as session:
        by = acting_as(session, actor, Role.ADMIN)
        row = _row(session, name)
        if row.disabled:
            raise InvalidInput(f"user {name!r} is disabled")
        session.add(ApiToken(user_id=row.id, token_hash=_token_hash(token), created_at=_now()))
        audit.append(session, keys, by, "token_create", None, {"user": name})
    return token


def revoke_tokens(db: Database, keys: KeyRing, name: str, actor: Principal) -> int:
    """Revoke every token of the user; the number revoked."""
    with db.transaction() as session:
        by = acting_as(session, actor, Role.ADMIN)
        row = _row(session, name)
        revoked = session.execute(
            update(ApiToken)
            .where(ApiToken.user_id == row.id, ApiToken.revoked.is_(False))
            .values(revoked=True)
        ).rowcount  # type: ignore[attr-defined]
        audit.append(session, keys, by, "token_revoke", None, {"user": name, "count": revoked})
    return int(revoked)


def revoke_token(db: Database, keys: KeyRing, token_id: int, actor: Principal) -> bool:
    """Revoke one token by its id (as ``list_tokens`` shows it); False if it was revoked
    already. ``InvalidInput`` when there is no such token."""
    with db.transaction() as session:
        by = acting_as(session, actor, Role.ADMIN)
        found = session.execute(_token_by_id(token_id)).one_or_none()
        if found is None:
            raise InvalidInput(f"no API token with id {token_id}")
        row, owner = found
        revoked = not row.revoked
        row.revoked = True
        details = {"user": owner, "token": token_id, "count": int(revoked)}
        audit.append(session, keys, by, "token_revoke", None, details)
    return revoked


def list_tokens(db: Database, max_age: timedelta, user: str | None = None) -> list[TokenInfo]:
    """Every API token (of ``user`` only, if given), oldest first; ``UserNotFound`` for an
    unknown user."""
    statement = select(ApiToken, UserRow.name).join(UserRow, ApiToken.user_id == UserRow.id)
    with db.transaction() as session:
        if user is not None:
            statement = statement.where(ApiToken.user_id == _row(session, user).id)
        rows = session.execute(statement.order_by(ApiToken.id)).all()
        return [_token_info(token, owner, max_age) for token, owner in rows]


def get_token(db: Database, token_id: int, max_age: timedelta) -> TokenInfo | None:
    """The API token with this id (as ``list_tokens`` shows it), or None."""
    with db.transaction() as session:
        found = session.execute(_token_by_id(token_id)).one_or_none()
        return _token_info(found[0], found[1], max_age) if found is not None else None


def _token_by_id(token_id: int) -> Select[ApiToken, str]:
    """The token row with this id and its owner's name (none for an id out of range)."""
    statement = select(ApiToken, UserRow.name).join(UserRow, ApiToken.user_id == UserRow.id)
    if not 1 <= token_id <= _TOKEN_ID_MAX:
        return statement.where(false())
    return statement.where(ApiToken.id == token_id)


def _token_info(token: ApiToken, owner: str, max_age: timedelta) -> TokenInfo:
    """What an admin may see of a token: never the token or its hash."""
    expires = token.created_at + max_age if max_age > timedelta(0) else None
    return TokenInfo(token.id, owner, token.created_at, expires, token.revoked)


def user_for_token(db: Database, token: str, max_age: timedelta = timedelta(0)) -> User | None:
    """The enabled owner of an unrevoked token created within ``max_age`` (zero: any
    age), or None."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    conditions = [
        ApiToken.token_hash == _token_hash(token),
        ApiToken.revoked.is_(False),
        UserRow.disabled.is_(False),
    ]
    if max_age > timedelta(0):
        conditions.append(ApiToken.created_at >= datetime.now(UTC) - max_age)
    statement = select(UserRow).join(ApiToken, ApiToken.user_id == UserRow.id).where(*conditions)
    with db.transaction() as session:
        row = session.execute(statement).scalar_one_or_none()
        return to_user(row) if row is not None else None


def get_user(db: Database, name: str) -> User | None:
    """The user of that name, or None."""
    with db.transaction() as session:
        row = session.execute(select(UserRow).where(UserRow.name == name)).scalar_one_or_none()
        return to_user(row) if row is not None else None


def list_users(db: Database) -> list[User]:
    """Every account, by name."""
    with db.transaction() as session:
        return [
            to_user(r) for r in session.execute(select(UserRow).order_by(UserRow.name)).scalars()
        ]


def ensure_admin(db: Database, keys: KeyRing, min_length: int) -> tuple[User, str] | None:
    """Create a first admin with a generated password when no enabled admin exists."""
    with db.transaction() as session:
        admins = select(UserRow.id).where(UserRow.role == Role.ADMIN, UserRow.disabled.is_(False))
        if session.scalar(admins.limit(1)) is not None:
            return None
        taken = session.scalar(select(UserRow.id).where(UserRow.name == "admin")) is not None
    name = f"admin-{secrets.token_hex(3)}" if taken else "admin"
    password = secrets.token_urlsafe(max(18, min_length))
    first_run = Operator("first-run")
    return create_user(db, keys, name, Role.ADMIN, password, min_length, first_run), password


def to_user(row: UserRow) -> User:
    """The public form of a user row."""
    credential = f"{row.password_hash}\n{row.credential_epoch}"
    stamp = hashlib.sha256(credential.encode()).hexdigest()[:16]
    customers = tuple(sorted(c.customer for c in row.customers))
    return User(row.id, row.name, Role(row.role), row.disabled, row.created_at, stamp, customers)


def _count_failure(session: Session, key: str, settings: Review, now: datetime) -> bool:
    """Count a failed login; True when this one starts a lockout."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(LoginFailure)
        .values(key_hash=key, failures=0, window_start=now, locked_until=None)
        .on_conflict_do_nothing()
    )
    failure = session.execute(
        select(LoginFailure).where(LoginFailure.key_hash == key).with_for_update()
    ).scalar_one()
    if failure.window_start < now - timedelta(seconds=settings.login_window_seconds):
        failure.failures, failure.window_start, failure.locked_until = 0, now, None
    failure.failures += 1
    if failure.failures >= settings.login_max_failures:
        failure.locked_until = now + timedelta(seconds=settings.login_lockout_seconds)
        failure.failures, failure.window_start = 0, now
        return True
    return False


@functools.cache
def _dummy_hash() -> str:
    """Verified against for unknown users, so a login takes as long whether they exist."""
    return _hasher.hash(secrets.token_urlsafe(16))


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def _check_password(password: str, min_length: int) -> None:
    if len(password) < min_length:
        raise InvalidInput(f"passwords need at least {min_length} characters")
    if len(password) > 1024:
        raise InvalidInput("passwords are at most 1024 characters")


def _row(session: Session, name: str) -> UserRow:
    row = session.execute(select(UserRow).where(UserRow.name == name)).scalar_one_or_none()
    if row is None:
        raise UserNotFound(f"no user {name!r}")
    return row


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _audited(scope: Iterable[str]) -> list[str]:
    """Customer ids as the audit log keeps them: a login that is an address by its domain
    only (``*@riverside.example``), as audit details never hold an address."""
    return [f"*@{c.rpartition('@')[2]}" if "@" in c else c for c in scope]
