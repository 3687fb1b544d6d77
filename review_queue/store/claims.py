"""Claiming, deciding exactly once, and carrying decisions out (release, notice).

A decision is a conditional UPDATE from ``pending`` (guarded by the lease) plus a row in
``decisions`` keyed by the item id, in one transaction: of any number of concurrent
submissions exactly one changes the row; the others see it decided and get the first
result (identical submission) or ``AlreadyDecided``. A release is committed as
``release_pending`` *before* the SMTP attempt, so a crash or relay outage never loses it.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, true, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from review_queue.crypto import KeyRing
from review_queue.redact import typed_text_problem
from review_queue.release import Delivery, Relay
from review_queue.store import audit
from review_queue.store.db import Database
from review_queue.store.items import fetch, list_filter_conditions, open_envelope, open_raw
from review_queue.store.permissions import require_role, visible_items
from review_queue.store.schema import AllowlistEntry, Item, ItemDecision
from review_queue.store.types import (
    AlreadyDecided,
    Decision,
    DecisionResult,
    DeliveryReport,
    FindingLabel,
    InvalidInput,
    ItemFilter,
    ItemLocked,
    ItemNotFound,
    ItemStatus,
    Lease,
    LeaseExpired,
    NoticeSkipped,
    PermissionDenied,
    ReleaseBlocked,
    ReviewQueueError,
    Role,
    User,
    customer_of,
)
from scanner.config import Settings
from scanner.model import Envelope, is_null_sender

log = logging.getLogger(__name__)

MAX_NOTE_CHARS = 2000
MAX_BACKOFF_SECONDS = 3600.0
_BATCH = 100
_DECIDERS = (Role.ADMIN, Role.REVIEWER)
SYSTEM = "system"

# Errors that make one item of a bulk decision fail without stopping the rest.
DECIDE_ERRORS: tuple[type[ReviewQueueError], ...] = (
    ItemNotFound,
    ItemLocked,
    AlreadyDecided,
    LeaseExpired,
    ReleaseBlocked,
)


def claim(db: Database, keys: KeyRing, lease_seconds: int, item_id: str, user: User) -> Lease:
    """Take (or renew) the lease on a pending item (``ItemNotFound`` outside the user's
    customers)."""
    with db.transaction() as session:
        require_role(session, user, *_DECIDERS)
        fetch(session, item_id, scope=visible_items(session, user))
        now = datetime.now(UTC)
        expires = now + timedelta(seconds=lease_seconds)
        # Renewal keeps the token, so a second tab of the same reviewer stays valid.
        renewed = session.execute(
            update(Item)
            .where(
                Item.id == item_id,
                Item.status == ItemStatus.PENDING,
                Item.lease_owner == user.name,
                Item.lease_expires_at >= now,
            )
            .values(lease_expires_at=expires)
        )
        if renewed.rowcount != 1:  # type: ignore[attr-defined]
            taken = session.execute(
                update(Item)
                .where(Item.id == item_id, Item.status == ItemStatus.PENDING, _lease_free(now))
                .values(
                    lease_owner=user.name,
                    lease_token=secrets.token_urlsafe(24),
                    lease_expires_at=expires,
                )
            )
            if taken.rowcount != 1:  # type: ignore[attr-defined]
                raise _claim_error(session, item_id)
            audit.append(session, keys, user.name, "claim", item_id)
        item = fetch(session, item_id)
        assert item.lease_token is not None and item.lease_expires_at is not None
        return Lease(item_id, user.name, item.lease_token, item.lease_expires_at)


def claim_next(
    db: Database, keys: KeyRing, lease_seconds: int, filters: ItemFilter, user: User
) -> Lease | None:
    """Lease the first free pending item matching ``filters`` (oldest first), or None.

    PostgreSQL skips rows other reviewers are locking (``FOR UPDATE SKIP LOCKED``), so
    reviewers pulling work in parallel never wait on, or get, the same item.
    """
    now = datetime.now(UTC)
    conditions = list_filter_conditions(replace(filters, status=ItemStatus.PENDING), now)
    for _ in range(5):  # another reviewer may win the race for a candidate: try the next
        with db.transaction() as session:
            require_role(session, user, *_DECIDERS)
            statement = (
                select(Item.id)
                .where(*conditions, visible_items(session, user), _lease_free(now))
                .order_by(Item.created_at, Item.id)
                .limit(1)
            )
            if db.is_postgresql:
                statement = statement.with_for_update(skip_locked=True)
            item_id = session.scalar(statement)
        if item_id is None:
            return None
        try:
            return claim(db, keys, lease_seconds, item_id, user)
        except (ItemLocked, AlreadyDecided, ItemNotFound):
            continue
    return None


def release_lease(
    db: Database, item_id: str, user: User, shown_until: datetime | None = None
) -> None:
    """Drop the user's lease on the item, if they hold one.

    With ``shown_until`` (the expiry a page showed), only if the lease was not renewed
    after that page was shown.
    """
    guard = [Item.id == item_id, Item.lease_owner == user.name]
    if shown_until is not None:
        guard.append(Item.lease_expires_at <= shown_until)
    with db.transaction() as session:
        session.execute(update(Item).where(*guard).values(**_NO_LEASE))


def drop_leases(session: Session, owner: str) -> int:
    """End every lease ``owner`` holds (at logout, or as the account is disabled), so
    colleagues can take those items at once; the number ended."""
    ended = session.execute(update(Item).where(Item.lease_owner == owner).values(**_NO_LEASE))
    return int(getattr(ended, "rowcount", 0) or 0)


_NO_LEASE: dict[str, None] = {"lease_owner": None, "lease_token": None, "lease_expires_at": None}


def decide(
    db: Database,
    keys: KeyRing,
    settings: Settings,
    item_id: str,
    user: User,
    decision: Decision,
    lease_token: str | None,
    note: str,
    labels: dict[int, FindingLabel],
    notify_customer: bool,
    allowlist: bool,
) -> DecisionResult:
    """Record a reviewer's decision exactly once (see module doc)."""
    if len(note) > MAX_NOTE_CHARS:
        raise InvalidInput(f"notes are at most {MAX_NOTE_CHARS} characters")
    # auditors read notes: no value in clear
    if problem := typed_text_problem(note, settings.detection):
        raise InvalidInput(f"a note must not contain {problem}")
    with db.transaction() as session:
        require_role(session, user, *_DECIDERS)
        item = fetch(session, item_id, scope=visible_items(session, user))  # outside: not found
        skipped = _notice_skipped(keys, item, decision, notify_customer)
        now = datetime.now(UTC)
        if lease_token is not None:
            lease_ok = and_(Item.lease_token == lease_token, Item.lease_expires_at >= now)
        else:
            lease_ok = or_(_lease_free(now), Item.lease_owner == user.name)
        status = ItemStatus.REJECTED if decision is Decision.REJECT else ItemStatus.RELEASE_PENDING
        notify = notify_customer and skipped is None
        if not _leave_pending(session, settings, item_id, lease_ok, status, notify, now):
            return _decide_conflict(session, item_id, user, decision, lease_token, now)
        item = fetch(session, item_id)
        findings = len(item.verdict.get("findings", ()))
        if any(not 0 <= index < findings for index in labels):
            raise InvalidInput(f"finding label index out of range (item has {findings})")
        session.add(
            ItemDecision(
                item_id=item_id,
                decision=str(decision),
                decided_by=user.name,
                decided_at=now,
                source="reviewer",
                note=note,
                finding_labels={str(k): str(v) for k, v in sorted(labels.items())},
                notify_customer=notify_customer,
                allowlist=allowlist,
            )
        )
        if allowlist:
            _allowlist(session, keys, item, user.name, now)
        audit.append(
            session,
            keys,
            user.name,
            "decide",
            item_id,
            {
                "decision": str(decision),
                "labels": len(labels),
                "notify_customer": notify_customer,
                "allowlist": allowlist,
                **_skip_detail(skipped),
            },
        )
    return DecisionResult(
        item_id, decision, status, user.name, now, delivered=False, notice_skipped=skipped
    )


def resolve(
    db: Database,
    keys: KeyRing,
    settings: Settings,
    item_id: str,
    decision: Decision,
    source: str,
    detail: dict[str, Any],
    notify_customer: bool = False,
) -> DecisionResult | None:
    """A system decision (retention, rescan) on a pending item; None if it is not pending."""
    status = ItemStatus.EXPIRED if decision is Decision.REJECT else ItemStatus.RELEASE_PENDING
    with db.transaction() as session:
        now = datetime.now(UTC)
        item = session.get(Item, item_id)  # None if erased meanwhile: not pending below
        skipped = None if item is None else _notice_skipped(keys, item, decision, notify_customer)
        notify = notify_customer and skipped is None
        if not _leave_pending(session, settings, item_id, true(), status, notify, now):
            return None
        session.add(
            ItemDecision(
                item_id=item_id,
                decision=str(decision),
                decided_by=f"{SYSTEM}:{source}",
                decided_at=now,
                source=source,
                note="",
                finding_labels={},
                notify_customer=notify_customer,
                allowlist=False,
            )
        )
        audit.append(
            session,
            keys,
            f"{SYSTEM}:{source}",
            "decide",
            item_id,
            {"decision": str(decision), **detail, **_skip_detail(skipped)},
        )
    return DecisionResult(
        item_id,
        decision,
        status,
        f"{SYSTEM}:{source}",
        now,
        delivered=False,
        notice_skipped=skipped,
    )


def deliver_now(
    db: Database, keys: KeyRing, relay: Relay, settings: Settings, result: DecisionResult
) -> DecisionResult:
    """First delivery attempt (release or notice) right after a decision."""
    ok = _attempt(db, keys, relay, settings, result.item_id)
    if result.status is not ItemStatus.RELEASE_PENDING:
        return result
    if ok:
        return replace(result, status=ItemStatus.RELEASED, delivered=True)
    with db.transaction() as session:  # refused for good: given up as release_failed
        return replace(result, status=ItemStatus(fetch(session, result.item_id).status))


def deliver_pending(
    db: Database, keys: KeyRing, relay: Relay, settings: Settings, now: datetime | None
) -> DeliveryReport:
    """Retry the releases and notices whose retry time has come."""
    now = now or datetime.now(UTC)
    due = or_(Item.status == ItemStatus.RELEASE_PENDING, Item.notice_pending.is_(True))
    with db.transaction() as session:
        ids = session.scalars(
            select(Item.id)
            .where(due, Item.next_attempt_at <= now)
            .order_by(Item.next_attempt_at)
            .limit(_BATCH)
        ).all()
    attempted = delivered = 0
    for item_id in ids:
        with db.transaction() as session:  # take it, so parallel workers skip it
            taken = session.execute(
                update(Item)
                .where(Item.id == item_id, due, Item.next_attempt_at <= now)
                .values(
                    next_attempt_at=now
                    + timedelta(seconds=settings.review.release_timeout_seconds * 2)
                )
            )
            if taken.rowcount != 1:  # type: ignore[attr-defined]
                continue
        attempted += 1
        delivered += bool(_attempt(db, keys, relay, settings, item_id, now))
    return DeliveryReport(attempted, delivered, attempted - delivered)


def allowlisted(
    db: Database, keys: KeyRing, envelope: Envelope, customer: str | None = None
) -> bool:
    """True if the sender was allowlisted for this customer (None: the SASL login's)."""
    sender = keys.lookup_hash("addr", envelope.mail_from)
    with db.transaction() as session:
        found = session.scalar(
            select(AllowlistEntry.id).where(
                AllowlistEntry.sender_hash == sender,
                AllowlistEntry.customer == (customer_of(envelope, customer) or ""),
            )
        )
    return found is not None


def _attempt(
    db: Database,
    keys: KeyRing,
    relay: Relay,
    settings: Settings,
    item_id: str,
    now: datetime | None = None,
) -> bool | None:
    """One delivery attempt of a release or a notice: success, or None if none is due.

    ``now`` (default: the clock) times the retry and the give-up limit.
    """
    with db.transaction() as session:
        item = fetch(session, item_id)
        decision = session.get(ItemDecision, item_id)
    releasing = item.status == ItemStatus.RELEASE_PENDING
    if not releasing and not item.notice_pending:
        return None
    try:
        envelope = open_envelope(keys, item)
        if releasing:
            outcome = relay.deliver(envelope, open_raw(keys, item))
        else:
            categories = tuple(item.verdict.get("categories", ()))
            outcome = relay.send_notice(envelope.mail_from, item.id, categories)
    except ReviewQueueError as exc:  # key or purge problem: keep retrying, loudly
        log.error("delivery impossible", extra={"item": item_id, "error": type(exc).__name__})
        outcome = Delivery(False, type(exc).__name__)
    outcome_ok, error = outcome.ok, outcome.error
    now = now or datetime.now(UTC)
    attempts = item.delivery_attempts + 1
    due_since = decision.decided_at if decision is not None else item.created_at
    limit = timedelta(seconds=settings.review.delivery_give_up_seconds)
    give_up = not outcome_ok and (outcome.permanent or now - due_since > limit)
    with db.transaction() as session:
        if outcome_ok or give_up:
            values: dict[str, Any] = {"next_attempt_at": None, "last_delivery_error": error}
            if releasing:
                values["status"] = ItemStatus.RELEASED if outcome_ok else ItemStatus.RELEASE_FAILED
            else:
                values["notice_pending"] = False
        else:
            delay = min(
                settings.review.release_retry_seconds * 2 ** (attempts - 1), MAX_BACKOFF_SECONDS
            )
            values = {
                "next_attempt_at": now + timedelta(seconds=delay),
                "last_delivery_error": error,
            }
        session.execute(
            update(Item).where(Item.id == item_id).values(delivery_attempts=attempts, **values)
        )
        kind = "release" if releasing else "notice"
        result = "delivered" if outcome_ok else "given_up" if give_up else "failed"
        audit.append(
            session,
            keys,
            SYSTEM,
            f"{kind}_{result}",
            item_id,
            {"attempt": attempts, "error": error},
        )
    return outcome_ok


def _notice_skipped(
    keys: KeyRing, item: Item, decision: Decision, notify_customer: bool
) -> NoticeSkipped | None:
    """Why a reject's notice to the envelope sender cannot go: it is the null sender of a
    bounce (``NoticeSkipped.NO_SENDER``). None when no notice is asked for, when it can
    go, or when the envelope cannot be read now: the delivery attempt then reports that
    and retries, as for any notice."""
    if decision is not Decision.REJECT or not notify_customer:
        return None
    try:
        sender = open_envelope(keys, item).mail_from
    except ReviewQueueError:
        return None
    return NoticeSkipped.NO_SENDER if is_null_sender(sender) else None


def _skip_detail(skipped: NoticeSkipped | None) -> dict[str, str]:
    """The decision's audit detail naming a notice not sent (never an address)."""
    return {"notice_skipped": skipped.value} if skipped else {}


def _leave_pending(
    session: Session,
    settings: Settings,
    item_id: str,
    guard: Any,
    status: ItemStatus,
    notify_customer: bool,
    now: datetime,
) -> bool:
    """Move a pending item matching ``guard`` to ``status``; False if it did not match."""
    outgoing = status is ItemStatus.RELEASE_PENDING or notify_customer
    changed = session.execute(
        update(Item)
        .where(Item.id == item_id, Item.status == ItemStatus.PENDING, guard)
        .values(
            status=status,
            lease_owner=None,
            lease_token=None,
            lease_expires_at=None,
            # Held off for the first attempt, which ``deliver_now`` makes at once.
            next_attempt_at=now + timedelta(seconds=settings.review.release_timeout_seconds)
            if outgoing
            else None,
            notice_pending=notify_customer and status is not ItemStatus.RELEASE_PENDING,
        )
    )
    return bool(changed.rowcount == 1)  # type: ignore[attr-defined]


def _lease_free(now: datetime) -> Any:
    return or_(Item.lease_expires_at.is_(None), Item.lease_expires_at < now)


def _claim_error(session: Session, item_id: str) -> ReviewQueueError:
    item = fetch(session, item_id)
    if item.status != ItemStatus.PENDING:
        return AlreadyDecided(f"item {item_id} is already {item.status}")
    return ItemLocked(f"item {item_id} is being reviewed by {item.lease_owner}")


def _decide_conflict(
    session: Session,
    item_id: str,
    user: User,
    decision: Decision,
    lease_token: str | None,
    now: datetime,
) -> DecisionResult:
    """Why the conditional update matched nothing: a duplicate, or a clear error."""
    item = fetch(session, item_id)
    existing = session.get(ItemDecision, item_id)
    if existing is not None:
        if existing.decision == decision and existing.decided_by == user.name:
            return DecisionResult(
                item_id,
                decision,
                ItemStatus(item.status),
                existing.decided_by,
                existing.decided_at,
                delivered=item.status == ItemStatus.RELEASED,
                duplicate=True,
            )
        raise AlreadyDecided(f"item {item_id} was already decided")
    if item.status != ItemStatus.PENDING:
        raise AlreadyDecided(f"item {item_id} is already {item.status}")
    active = item.lease_expires_at is not None and item.lease_expires_at >= now
    if active and item.lease_owner != user.name:
        raise ItemLocked(f"item {item_id} is being reviewed by {item.lease_owner}")
    if lease_token is not None:
        raise LeaseExpired(f"the lease on item {item_id} expired; open the item again")
    raise PermissionDenied(f"item {item_id} cannot be decided now")


def _allowlist(session: Session, keys: KeyRing, item: Item, actor: str, now: datetime) -> None:
    envelope = open_envelope(keys, item)
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(AllowlistEntry)
        .values(
            sender_hash=keys.lookup_hash("addr", envelope.mail_from),
            customer=item.customer or "",  # the customer the hold recorded
            created_at=now,
            created_by=actor,
        )
        .on_conflict_do_nothing()
    )
