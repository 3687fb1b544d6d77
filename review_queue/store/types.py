"""Public types of the review queue: items, users, leases, decisions, reports and errors.

Everything here is safe to show a reviewer of the right role: no raw message, and addresses
only in ``ItemDetail.envelope`` (absent once the body was purged).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from scanner.errors import MailguardError
from scanner.model import Envelope


class Role(StrEnum):
    """What a user may do: admin (everything), reviewer (decide, reveal), auditor (read)."""

    ADMIN = "admin"
    REVIEWER = "reviewer"
    AUDITOR = "auditor"


class ItemStatus(StrEnum):
    """Where an item is in its life.

    ``release_pending``: released by a decision, not yet accepted by the release relay
    (retried until it is, or until ``review.delivery_give_up_seconds``). ``release_failed``:
    released, but refused for good by the relay or given up. ``expired``: undecided past the
    retention limit and rejected.
    """

    PENDING = "pending"
    RELEASE_PENDING = "release_pending"
    RELEASE_FAILED = "release_failed"
    RELEASED = "released"
    REJECTED = "rejected"
    EXPIRED = "expired"


class Decision(StrEnum):
    """A reviewer's decision on one item."""

    RELEASE = "release"
    REJECT = "reject"
    RELEASE_AND_ALLOWLIST = "release_and_allowlist"


class NoticeSkipped(StrEnum):
    """Why a reject asked to notify the sender sent no notice. ``no_sender``: the held
    message has the null envelope sender ``<>`` (a bounce or other automatic mail), so
    there is nobody to tell; the header ``From`` is never used instead (anyone can write
    it), and a notice to a bounce could loop."""

    NO_SENDER = "no_sender"


class FindingLabel(StrEnum):
    """A reviewer's judgement of one finding, for training."""

    TRUE_POSITIVE = "true_positive"
    FALSE_POSITIVE = "false_positive"


SortKey = Literal["created_at", "score", "size"]
SortDirection = Literal["asc", "desc"]


@dataclass(frozen=True, slots=True)
class User:
    """A reviewer-UI account (never carries the password hash).

    ``credential_stamp`` changes whenever the password does, and when the account is
    disabled: a browser session remembers the stamp it logged in with and ends when it
    differs, wherever the password was changed or the account disabled (so enabling the
    account again does not bring old sessions back).
    ``customers``: the customers (``items.customer``) the account is limited to; empty for
    an unscoped account, which sees every customer's items (admins are never scoped). The
    store reads the scope from the database on each call, never from this field.
    """

    id: int
    name: str
    role: Role
    disabled: bool
    created_at: datetime
    credential_stamp: str
    customers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """An API token as an admin may see it: never the token or its hash. ``expires_at``
    is None when tokens never expire (``review.api_token_max_age_days`` = 0)."""

    id: int
    user: str
    created_at: datetime
    expires_at: datetime | None
    revoked: bool

    def state(self, now: datetime) -> str:
        """``revoked``, ``expired`` or ``active``."""
        if self.revoked:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= now:
            return "expired"
        return "active"


@dataclass(frozen=True, slots=True)
class Operator:
    """Work done on the host rather than through the web UI or API: a ``review-queue``
    command (``review_queue.service.CLI``) or one of the service's own jobs. It sees every
    customer's items and is held to no role; the web layer never makes one (it acts as the
    logged-in ``User``). ``name`` is its audit actor (``cli:ann``)."""

    name: str


# Who a service call acts for. Every method that reads or acts on items takes one, never
# with a default: a forgotten argument is a type error, not unscoped access.
Principal = User | Operator


@dataclass(frozen=True, slots=True)
class ItemFilter:
    """Queue list filters; ``None`` means "any". Ages are in seconds; oldest first by default."""

    status: ItemStatus | None = ItemStatus.PENDING
    category: str | None = None
    customer: str | None = None
    min_age_seconds: float | None = None
    max_age_seconds: float | None = None
    min_score: float | None = None
    sort: SortKey = "created_at"
    direction: SortDirection = "asc"


@dataclass(frozen=True, slots=True)
class ItemSummary:
    """One row of the queue list."""

    id: str
    created_at: datetime
    status: ItemStatus
    categories: tuple[str, ...]
    scores: Mapping[str, float]
    max_score: float
    size: int
    customer: str | None
    lease_owner: str | None
    lease_expires_at: datetime | None
    decision: Decision | None
    decided_at: datetime | None


@dataclass(frozen=True, slots=True)
class ItemPage:
    """A page of the queue list; ``page`` counts from 1."""

    items: tuple[ItemSummary, ...]
    total: int
    page: int
    page_size: int


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """The decision recorded for an item."""

    decision: Decision
    decided_by: str
    decided_at: datetime
    note: str
    finding_labels: Mapping[int, FindingLabel]
    notify_customer: bool  # a rejection notice to the envelope sender (not the customer)
    allowlist: bool


@dataclass(frozen=True, slots=True)
class ItemDetail:
    """Everything a reviewer sees about one item.

    ``verdict`` has the ``scanner scan`` JSON shape (findings carry offsets, never values).
    ``envelope`` is None once the body was purged; ``body_available`` says whether
    ``load_raw`` will work. The delivery fields count the attempts of what the decision
    sends: the release to the recipients, or a reject's notice to the sender
    (``notice_pending`` while that notice is still retried).
    """

    summary: ItemSummary
    verdict: Mapping[str, Any]
    envelope: Envelope | None
    body_available: bool
    decision: DecisionRecord | None
    delivery_attempts: int
    last_delivery_error: str | None
    notice_pending: bool


@dataclass(frozen=True, slots=True)
class Lease:
    """A reviewer's time-limited claim on an item; pass ``token`` to ``decide``."""

    item_id: str
    user: str
    token: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class DecisionResult:
    """Outcome of ``decide``; ``duplicate`` is True when an identical decision existed;
    ``notice_skipped`` says why a reject asked to notify the sender sent no notice."""

    item_id: str
    decision: Decision
    status: ItemStatus
    decided_by: str
    decided_at: datetime
    delivered: bool
    duplicate: bool = False
    notice_skipped: NoticeSkipped | None = None


@dataclass(frozen=True, slots=True)
class BulkResult:
    """Outcome of ``decide_many``: results and, per failed item, a short error name."""

    results: tuple[DecisionResult, ...]
    errors: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audit log entry; ``detail`` never holds an address or a detected value."""

    seq: int
    at: datetime
    actor: str
    action: str
    item_id: str | None
    detail: Mapping[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class PurgeReport:
    """What ``purge`` did: items resolved, bodies deleted, items deleted entirely past
    ``review.metadata_retention_seconds`` (``items_deleted``), audit entries deleted past
    ``review.audit_retention_days``. ``compaction``: ``"done"``, ``"failed"`` (retried by
    the next purge) or ``"not_needed"`` (nothing deleted, none owed).
    ``notices_skipped_no_sender``: expired items whose sender notice was not sent, as they
    have no envelope sender (``NoticeSkipped.NO_SENDER``)."""

    expired: int = 0
    auto_released: int = 0
    bodies_deleted: int = 0
    items_deleted: int = 0
    audit_entries_deleted: int = 0
    compaction: str = "not_needed"
    notices_skipped_no_sender: int = 0


@dataclass(frozen=True, slots=True)
class EraseReport:
    """What ``erase`` did: items deleted (``pending_erased`` of them still pending, with
    ``include_pending``), allowlist entries deleted, the ids of pending items left alone
    (without ``include_pending``), and the compaction's outcome (as in ``PurgeReport``)."""

    erased: int = 0
    pending_erased: int = 0
    pending_skipped: tuple[str, ...] = ()
    allowlist: int = 0
    compaction: str = "not_needed"


@dataclass(frozen=True, slots=True)
class RescanReport:
    """What ``rescan`` did: items scanned, released, updated (still held) and failed."""

    scanned: int = 0
    released: int = 0
    updated: int = 0
    failed: int = 0


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """What a pass over release-pending items did."""

    attempted: int = 0
    delivered: int = 0
    failed: int = 0


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """Filters for ``audit_entries``; newest first."""

    actor: str | None = None
    action: str | None = None
    item_id: str | None = None
    limit: int = 100
    before_seq: int | None = None


class ReviewQueueError(MailguardError):
    """Base of the review queue's errors; messages never quote content or addresses."""


class StoreError(ReviewQueueError):
    """The database could not be reached or refused the operation."""


class StoreKeyError(ReviewQueueError):
    """Encryption keys are missing, malformed, or do not decrypt a stored item."""


class ItemNotFound(ReviewQueueError):
    """No item with that id (or it was erased)."""


class ItemLocked(ReviewQueueError):
    """Another reviewer holds an active lease on the item."""


class LeaseExpired(ReviewQueueError):
    """The lease given with a decision is no longer valid (expired or taken over)."""


class AlreadyDecided(ReviewQueueError):
    """The item was already decided differently (or by someone else)."""


class BodyPurged(ReviewQueueError):
    """The item's body was deleted by retention; only metadata is left."""


class PermissionDenied(ReviewQueueError):
    """The user's role does not allow the operation, or the user is disabled."""


class UserExists(ReviewQueueError):
    """A user with that name exists already."""


class UserNotFound(ReviewQueueError):
    """No user with that name."""


class ReleaseBlocked(ReviewQueueError):
    """Re-scanning before a release found the message rejected by the current rules."""


class InvalidInput(ReviewQueueError):
    """An argument is out of range or malformed (e.g. a weak password, an empty reason)."""


def customer_of(envelope: Envelope, customer: str | None) -> str | None:
    """The customer a held item is recorded under: the one the proxy's policy resolved
    (SASL login, customer header or sender domain), else the SASL login. Recorded as it is:
    it names the tenant, and two customers whose logins share a domain (two accounts at
    one mailbox provider) must stay apart. Retention drops one that is an address."""
    return customer if customer is not None else envelope.client.login
