"""Database tables (SQLAlchemy 2 ORM). Changes here need an Alembic migration.

Addresses never appear in plain text: the envelope is sealed with the raw message, and
``item_addresses`` holds only keyed hashes, so erasure and export can find an address's
items without an index of addresses.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC on every backend, returned timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base of the review queue's tables."""


class Item(Base):
    """A held message: metadata in clear, envelope and body sealed, plus its state."""

    __tablename__ = "items"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    customer: Mapped[str | None] = mapped_column(String(255), index=True)
    score_tos: Mapped[float] = mapped_column(Float)
    score_sensitive: Mapped[float] = mapped_column(Float)
    max_score: Mapped[float] = mapped_column(Float, index=True)
    size: Mapped[int] = mapped_column(Integer)
    # keyed hash of envelope, Message-ID and body: a retried hold is recognised (no content)
    fingerprint: Mapped[str | None] = mapped_column(String(64), index=True)
    verdict: Mapped[dict[str, Any]] = mapped_column(JSON)
    key_id: Mapped[str | None] = mapped_column(String(32))
    envelope_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    raw_enc: Mapped[bytes | None] = mapped_column(LargeBinary)
    body_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_token: Mapped[str | None] = mapped_column(String(64))
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    delivery_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_delivery_error: Mapped[str | None] = mapped_column(String(200))
    notice_pending: Mapped[bool] = mapped_column(Boolean, default=False)


class ItemDecision(Base):
    """The one decision of an item (primary key = item id: never two)."""

    __tablename__ = "decisions"

    item_id: Mapped[str] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    decision: Mapped[str] = mapped_column(String(32), index=True)
    decided_by: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    source: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    finding_labels: Mapped[dict[str, str]] = mapped_column(JSON)
    notify_customer: Mapped[bool] = mapped_column(Boolean, default=False)
    allowlist: Mapped[bool] = mapped_column(Boolean, default=False)


class ItemCategory(Base):
    """One finding category of an item (for filtering)."""

    __tablename__ = "item_categories"

    item_id: Mapped[str] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    category: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class ItemAddress(Base):
    """Keyed hash of an address on an item: envelope roles ``from``, ``to``, ``login``;
    header roles ``header_from``, ``header_sender``, ``header_reply_to``, ``header_to``,
    ``header_cc`` (indexed since migration 0003; older items have envelope rows only)."""

    __tablename__ = "item_addresses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    addr_hash: Mapped[str] = mapped_column(String(64), index=True)


class UserRow(Base):
    """A reviewer-UI account."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    # Raised at each disable; part of ``User.credential_stamp``, so sessions from before a
    # disable stay ended after the account is enabled again.
    credential_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Loaded with the row: every request checks the account, and with it its scope.
    customers: Mapped[list[UserCustomer]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="UserCustomer.customer"
    )


class UserCustomer(Base):
    """A customer an account is limited to (``items.customer``). An account without
    rows sees every customer's items; admins are never limited (no rows are kept)."""

    __tablename__ = "user_customers"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    customer: Mapped[str] = mapped_column(String(255), primary_key=True)


class ApiToken(Base):
    """An API bearer token, stored as its SHA-256 (tokens are 256-bit random)."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class LoginFailure(Base):
    """Failed logins per (user name, client IP), keyed by a keyed hash of both."""

    __tablename__ = "login_failures"

    key_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditRow(Base):
    """One audit entry; ``hash`` = HMAC(prev_hash + canonical entry)."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(32), index=True)
    item_id: Mapped[str | None] = mapped_column(String(32), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The chain's latest entry (one row); locking it serialises appends."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class CounterRow(Base):
    """A running total that outlives the rows it counts, such as
    ``decisions_deleted:reject``: decisions that erase and metadata retention deleted, so
    that the exported decision counter never goes down."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class AllowlistEntry(Base):
    """A sender a reviewer allowlisted for a customer (keyed hash of the sender)."""

    __tablename__ = "allowlist"
    __table_args__ = (UniqueConstraint("sender_hash", "customer"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sender_hash: Mapped[str] = mapped_column(String(64), index=True)
    customer: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(64))


Index("ix_items_status_created", Item.status, Item.created_at)
