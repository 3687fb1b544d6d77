"""Retention and data-subject requests: purge, erase, export.

``purge`` resolves undecided items past ``review.undecided_after_seconds`` with
``review.undecided_action`` and deletes the body, envelope, address index and note of
decided items past ``review.decided_body_retention_seconds``, keeping only metadata
(times, customer, categories, scores, size, findings as offsets, decision), then deletes
the item entirely past ``review.metadata_retention_seconds``, and audit entries past
``review.audit_retention_days`` (``audit.prune``). ``erase`` deletes rows outright and
leaves the audit log alone.

Both then compact the database (``Database.compact``: SQLite WAL checkpoint, PostgreSQL
``VACUUM``) so that the deleted rows do not linger in the database's own files. A
compaction that could not complete (a reader on an old snapshot) is owed: the next purge
tries again, whether or not it deleted anything. Copies outside those files (PostgreSQL
WAL archives, backups, file-system snapshots) are not reached; see the README.
"""

from __future__ import annotations

import base64
import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from prometheus_client import Counter
from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from review_queue.alignment import header_from_is_sender
from review_queue.crypto import address_forms, normalise_address
from review_queue.store import audit, claims, counters
from review_queue.store.items import envelope_json, open_envelope, open_raw
from review_queue.store.permissions import acting_as
from review_queue.store.schema import (
    AllowlistEntry,
    AuditRow,
    Item,
    ItemAddress,
    ItemCategory,
    ItemDecision,
    LoginFailure,
)
from review_queue.store.types import (
    BodyPurged,
    Decision,
    EraseReport,
    ItemStatus,
    NoticeSkipped,
    Principal,
    PurgeReport,
    ReviewQueueError,
    Role,
)

if TYPE_CHECKING:
    from review_queue.service import ReviewService

log = logging.getLogger(__name__)

RESOLVED = Counter(
    "mailguard_review_retention_resolved",
    "Undecided items resolved by retention, by action",
    ["action"],
)
BODIES_PURGED = Counter(
    "mailguard_review_bodies_purged", "Bodies of decided items deleted by retention"
)
ITEMS_DELETED = Counter(
    "mailguard_review_items_deleted",
    "Decided items deleted entirely by retention (review.metadata_retention_seconds)",
)
COMPACTIONS = Counter(
    "mailguard_review_compactions",
    "Database compactions after deletions, by outcome (failed ones are retried)",
    ["outcome"],
)
for _action in ("reject", "release"):
    RESOLVED.labels(_action)
for _outcome in ("done", "failed"):
    COMPACTIONS.labels(_outcome)

_BATCH = 200
_DECIDED = (
    ItemStatus.RELEASED,
    ItemStatus.RELEASE_FAILED,
    ItemStatus.REJECTED,
    ItemStatus.EXPIRED,
)
# Every table erase or retention deletes from (audit entries by the audit prune, login
# failures past their window): what compaction vacuums on PostgreSQL.
_ERASED_TABLES = (
    "item_categories", "item_addresses", "decisions", "allowlist", "items",
    "audit_log", "login_failures",
)  # fmt: skip
# Statuses (besides a notice still owed) in which a delivery is outstanding: erase leaves
# such items alone unless told otherwise.
_IN_FLIGHT = (ItemStatus.PENDING, ItemStatus.RELEASE_PENDING)
# Audit actions that delete what compaction must then clear from the files.
_DELETIONS = ("erase", "purge_bodies", "purge_metadata", "audit_prune")
# Roles under which an address sent the item: its export shows the whole message. The
# customer id is the account the message was submitted under (SASL login or the header the
# submission service sets). The header From counts too when it is the envelope sender's or
# the login's (``alignment``): the header is the sender's to write, and a forged From must
# not hand the message to whoever it names. Sender, Reply-To, To and Cc see a recipient's
# share.
_SENDER_ROLES = frozenset({"from", "login", "customer"})
# Why a recipient's export leaves out a message that was not delivered to them.
_NOT_DELIVERED = {
    ItemStatus.PENDING: "not delivered to you: the message is still held for review",
    ItemStatus.RELEASE_PENDING: "not delivered to you yet: the release is still being retried",
    ItemStatus.RELEASE_FAILED: "not delivered to you: the release could not be delivered",
    ItemStatus.REJECTED: "not delivered to you: the message was rejected; it is the sender's "
    "and can hold other people's data",
    ItemStatus.EXPIRED: "not delivered to you: the message was rejected undecided; it is the "
    "sender's and can hold other people's data",
    ItemStatus.RELEASED: "not delivered to this address: it was not an envelope recipient",
}


def purge(service: ReviewService, now: datetime | None = None) -> PurgeReport:
    """Resolve expired undecided items, delete bodies past their retention, then items
    past metadata retention and audit entries past theirs, and compact if anything was
    deleted or a compaction is owed."""
    now = now or datetime.now(UTC)
    review = service.settings.review
    expired = released = no_sender = 0
    cutoff = now - timedelta(seconds=review.undecided_after_seconds)
    decision = Decision(review.undecided_action)
    notify = review.undecided_notify and decision is Decision.REJECT
    while ids := _ids(service, (Item.status == ItemStatus.PENDING, Item.created_at < cutoff)):
        for item_id in ids:
            result = claims.resolve(
                service.db,
                service.keys,
                service.settings,
                item_id,
                decision,
                "retention",
                {"reason": "undecided_too_long"},
                notify_customer=notify,
            )
            if result is None:
                continue
            RESOLVED.labels(str(decision)).inc()
            no_sender += result.notice_skipped is NoticeSkipped.NO_SENDER
            claims.deliver_now(service.db, service.keys, service.relay, service.settings, result)
            if decision is Decision.REJECT:
                expired += 1
            else:
                released += 1
    _forget_login_failures(service, now)
    bodies = _purge_bodies(service, now)
    items = _purge_metadata(service, now)
    entries = service.prune_audit(now)
    compaction = compact(service, deleted=bodies + items + entries > 0)
    return PurgeReport(expired, released, bodies, items, entries, compaction, no_sender)


def compact(service: ReviewService, deleted: bool) -> str:
    """Compact the database if rows were just ``deleted`` or an earlier compaction is
    owed: ``"done"`` (audited ``compact``), ``"failed"`` (owed; logged) or
    ``"not_needed"``."""
    with service.db.transaction() as session:
        last_deletion = session.scalar(
            select(func.max(AuditRow.seq)).where(AuditRow.action.in_(_DELETIONS))
        )
        last_compaction = session.execute(
            select(AuditRow.detail)
            .where(AuditRow.action == "compact")
            .order_by(AuditRow.seq.desc())
            .limit(1)
        ).scalar_one_or_none()
    compacted_through = (last_compaction or {}).get("through_seq", 0)
    if not deleted and (last_deletion is None or last_deletion <= compacted_through):
        return "not_needed"
    if not service.db.compact(_ERASED_TABLES):
        COMPACTIONS.labels("failed").inc()
        log.warning("compaction after deletion incomplete; the next purge retries it")
        return "failed"
    with service.db.transaction() as session:
        # Deletions up to this seq happened before the compaction began: now cleared.
        audit.append(
            session,
            service.keys,
            "system:retention",
            "compact",
            None,
            {"through_seq": last_deletion or 0},
        )
    COMPACTIONS.labels("done").inc()
    return "done"


def _forget_login_failures(service: ReviewService, now: datetime) -> None:
    """Failed-login counters are only needed for their window and lockout."""
    review = service.settings.review
    stale = now - timedelta(seconds=review.login_window_seconds + review.login_lockout_seconds)
    with service.db.transaction() as session:
        session.execute(delete(LoginFailure).where(LoginFailure.window_start < stale))


def _purge_bodies(service: ReviewService, now: datetime) -> int:
    cutoff = now - timedelta(seconds=service.settings.review.decided_body_retention_seconds)
    deleted = 0
    while True:
        with service.db.transaction() as session:
            rows = (
                session.execute(
                    select(Item)
                    .join(ItemDecision, ItemDecision.item_id == Item.id)
                    .where(
                        Item.status.in_([str(s) for s in _DECIDED]),
                        Item.raw_enc.is_not(None),
                        Item.notice_pending.is_(False),
                        ItemDecision.decided_at < cutoff,
                    )
                    .limit(_BATCH)
                )
                .scalars()
                .all()
            )
            if not rows:
                break
            ids = [row.id for row in rows]
            for row in rows:
                row.verdict = {**row.verdict, "message_id": None}
                row.raw_enc = row.envelope_enc = row.key_id = row.fingerprint = None
                if row.customer and "@" in row.customer:  # a login or header that is an address
                    row.customer = None
                row.body_purged_at = now
            session.execute(delete(ItemAddress).where(ItemAddress.item_id.in_(ids)))
            session.execute(
                update(ItemDecision).where(ItemDecision.item_id.in_(ids)).values(note="")
            )
            audit.append(
                session, service.keys, "system:retention", "purge_bodies", None, {"count": len(ids)}
            )
        deleted += len(ids)
        BODIES_PURGED.inc(len(ids))
    return deleted


def _purge_metadata(service: ReviewService, now: datetime) -> int:
    """Delete decided items entirely (row, decision, categories, any address rows left)
    ``review.metadata_retention_seconds`` after their decision; 0 keeps them forever."""
    keep = service.settings.review.metadata_retention_seconds
    if not keep:
        return 0
    cutoff = now - timedelta(seconds=keep)
    deleted = 0
    while True:
        with service.db.transaction() as session:
            ids = list(
                session.scalars(
                    select(Item.id)
                    .join(ItemDecision, ItemDecision.item_id == Item.id)
                    .where(
                        Item.status.in_([str(s) for s in _DECIDED]),
                        Item.notice_pending.is_(False),
                        ItemDecision.decided_at < cutoff,
                    )
                    .limit(_BATCH)
                )
            )
            if not ids:
                break
            counters.delete_decisions(session, ids)  # still counted by the metric
            for table in (ItemCategory, ItemAddress):
                session.execute(delete(table).where(table.item_id.in_(ids)))
            session.execute(delete(Item).where(Item.id.in_(ids)))
            audit.append(
                session,
                service.keys,
                "system:retention",
                "purge_metadata",
                None,
                {"count": len(ids)},
            )
        deleted += len(ids)
        ITEMS_DELETED.inc(len(ids))
    return deleted


def erase(
    service: ReviewService,
    address: str,
    actor: Principal,
    customer: str | None = None,
    include_pending: bool = False,
) -> EraseReport:
    """Delete every item with ``address`` on its envelope, login or indexed headers or as
    its customer id (only ``customer``'s, if given), and the address's allowlist entries.

    Pending items (awaiting review, or a release or reject notice still being delivered)
    are left alone and reported unless ``include_pending``: their sender was told the
    message is held, and deleting them drops it with no decision and no notice.
    """
    digests = service.keys.address_hashes(address)
    with service.db.transaction() as session:
        by = acting_as(session, actor, Role.ADMIN)
        indexed = select(ItemAddress.item_id).where(ItemAddress.addr_hash.in_(digests))
        owned = _customer_is(session, Item.id, Item.customer, address)
        query = (
            select(Item.id, Item.status, Item.notice_pending)
            .where(or_(Item.id.in_(indexed), Item.id.in_(owned)))
            .order_by(Item.created_at, Item.id)
            .with_for_update()  # PostgreSQL: no decision slips in between (SQLite: BEGIN IMMEDIATE)
        )
        allowlist = delete(AllowlistEntry).where(_allowlist_of(session, digests, address))
        if customer is not None:
            query = query.where(Item.customer == customer)
            allowlist = allowlist.where(AllowlistEntry.customer == customer)
        found = session.execute(query).all()
        pending = [item_id for item_id, status, notice in found if status in _IN_FLIGHT or notice]
        skipped = () if include_pending else tuple(pending)
        ids = [item_id for item_id, _, _ in found if item_id not in skipped]
        counters.delete_decisions(session, ids)  # still counted by the metric
        for table in (ItemCategory, ItemAddress):
            session.execute(delete(table).where(table.item_id.in_(ids)))
        session.execute(delete(Item).where(Item.id.in_(ids)))
        allowlisted = session.execute(allowlist).rowcount  # type: ignore[attr-defined]
        pending_erased = len(pending) if include_pending else 0
        audit.append(
            session,
            service.keys,
            by,
            "erase",
            None,
            {
                "items": len(ids),
                "allowlist": allowlisted,
                "pending_erased": pending_erased,
                "pending_skipped": len(skipped),
                "customer_scoped": customer is not None,
            },
        )
    compaction = compact(service, deleted=bool(ids or allowlisted))
    return EraseReport(len(ids), pending_erased, skipped, allowlisted, compaction)


def export(
    service: ReviewService, address: str, actor: Principal, customer: str | None = None
) -> dict[str, Any]:
    """Everything held about ``address`` (only ``customer``'s, if given): its items and
    allowlist entries (see ``_export_item`` for what each role of the address sees)."""
    digests = service.keys.address_hashes(address)
    with service.db.transaction() as session:
        by = acting_as(session, actor, Role.ADMIN)
        roles: dict[str, set[str]] = {}
        for item_id, role in session.execute(
            select(ItemAddress.item_id, ItemAddress.role).where(ItemAddress.addr_hash.in_(digests))
        ):
            roles.setdefault(item_id, set()).add(role)
        for item_id in _customer_is(session, Item.id, Item.customer, address):
            roles.setdefault(item_id, set()).add("customer")
        query = (
            select(Item, ItemDecision)
            .outerjoin(ItemDecision, ItemDecision.item_id == Item.id)
            .where(Item.id.in_(list(roles)))
            .order_by(Item.created_at, Item.id)
        )
        entries = select(AllowlistEntry.created_at, AllowlistEntry.customer).where(
            _allowlist_of(session, digests, address)
        )
        if customer is not None:
            query = query.where(Item.customer == customer)
            entries = entries.where(AllowlistEntry.customer == customer)
        rows = session.execute(query).all()
        allowlist = session.execute(entries.order_by(AllowlistEntry.created_at)).all()
        audit.append(
            session,
            service.keys,
            by,
            "export",
            None,
            {"items": len(rows), "customer_scoped": customer is not None},
        )
    return {
        "export_version": 2,
        "generated_at": datetime.now(UTC).isoformat(),
        "items": [
            _export_item(service, item, decision, roles[item.id], address)
            for item, decision in rows
        ],
        "allowlist": [
            {"created_at": at.isoformat(), "customer": entry_customer}
            for at, entry_customer in allowlist
        ],
    }


def _allowlist_of(session: Session, digests: list[str], address: str) -> Any:
    """SQL condition on ``AllowlistEntry``: entries allowlisting the address as a sender,
    and entries made for a customer whose id is the address."""
    owned = _customer_is(session, AllowlistEntry.id, AllowlistEntry.customer, address)
    return or_(AllowlistEntry.sender_hash.in_(digests), AllowlistEntry.id.in_(owned))


def _customer_is(session: Session, key: Any, customer: Any, address: str) -> list[Any]:
    """``key`` of the rows whose ``customer`` id is a spelling of ``address`` (a SASL login
    or a customer header's value that is an address, recorded in clear). Compared here,
    not in SQL, so the address never reaches the database (or its statement log) in
    clear."""
    forms = address_forms(address)
    rows = session.execute(select(key, customer).where(customer.contains("@")))
    return [row_key for row_key, value in rows if normalise_address(value) in forms]


def _export_item(
    service: ReviewService,
    item: Item,
    decision: ItemDecision | None,
    roles: set[str],
    address: str,
) -> dict[str, Any]:
    """One item as its data subject may see it.

    The sender sees their message, its envelope and the screening result. Anyone else
    named on it (a recipient) sees their own share of the envelope, and the message only
    if it was delivered to them: a message rejected or still held is the sender's, and
    can carry other people's data (a case note about someone else's health, say). Nobody
    gets the reviewers' free-text notes: they are internal working notes.
    """
    withheld: dict[str, str] = {}
    try:
        envelope: dict[str, Any] | None = envelope_json(open_envelope(service.keys, item))
        raw: bytes | None = open_raw(service.keys, item)
    except BodyPurged:  # the metadata is still theirs to see
        envelope = raw = None
        withheld["message"] = "deleted by retention; only the metadata below is kept"
    except ReviewQueueError as exc:  # a key problem: say so rather than fail the export
        envelope = raw = None
        withheld["message"] = f"could not be decrypted ({type(exc).__name__})"
    shared = service.settings.review.shared_mailbox_domains
    sender = bool(roles & _SENDER_ROLES) or (
        "header_from" in roles and header_from_is_sender(address, envelope, shared)
    )
    if not sender:
        if envelope is not None:
            envelope = _recipient_view(envelope, address)
        if raw is not None and not _delivered_to(item, roles):
            raw = None
            withheld["message"] = _NOT_DELIVERED[ItemStatus(item.status)]
        withheld["screening"] = (
            "the screening result (findings, scores, rules) describes the sender's message "
            "and can point at other people's data"
        )
    customer = item.customer
    if not sender and customer is not None and "@" in customer:
        # the sender's account (SASL login or customer header): their client connection
        customer = None
        withheld["customer"] = "the sender's account id, an address, is not yours to see"
    record: dict[str, Any] = {
        "id": item.id,
        "created_at": item.created_at.isoformat(),
        "roles": sorted(roles),
        "status": item.status,
        "customer": customer,
        "envelope": envelope,
        "verdict": item.verdict if sender else None,
        "decision": None,
        "raw_b64": None if raw is None else base64.b64encode(raw).decode(),
    }
    if decision is not None:
        record["decision"] = {
            "decision": decision.decision,
            "decided_at": decision.decided_at.isoformat(),
            "source": decision.source,
        }
        withheld["decision_note"] = "reviewers' notes are internal and never exported"
    record["withheld"] = withheld
    return record


def _delivered_to(item: Item, roles: set[str]) -> bool:
    """True if the message went out to this address: released and accepted by the relay,
    and the address was an envelope recipient (what the relay delivers to)."""
    return item.status == ItemStatus.RELEASED and "to" in roles


def _recipient_view(envelope: dict[str, Any], address: str) -> dict[str, Any]:
    """A recipient's share of an envelope: not the other (maybe Bcc) recipients, nor the
    sender's client connection, which are other people's data."""
    wanted = normalise_address(address)
    own = [rcpt for rcpt in envelope["rcpt_tos"] if normalise_address(rcpt) == wanted]
    return {"mail_from": envelope["mail_from"], "rcpt_tos": own, "client": None}


def _ids(service: ReviewService, conditions: tuple[Any, ...]) -> list[str]:
    with service.db.transaction() as session:
        return list(
            session.scalars(
                select(Item.id).where(*conditions).order_by(Item.created_at).limit(_BATCH)
            )
        )
