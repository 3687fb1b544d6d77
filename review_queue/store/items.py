"""Held items: storing (``hold``), listing, reading, revealing one finding, statistics."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser, HeaderParser
from email.policy import compat32
from email.policy import default as default_policy
from email.utils import getaddresses
from typing import Any

from sqlalchemy import exists, func, select, text
from sqlalchemy.orm import Session

from review_queue.crypto import KeyRing, normalise_address
from review_queue.redact import typed_text_problem
from review_queue.store import audit, counters
from review_queue.store.db import Database
from review_queue.store.permissions import (
    current_scope,
    require_role,
    scope_condition,
    visible_items,
)
from review_queue.store.schema import Item, ItemAddress, ItemCategory, ItemDecision
from review_queue.store.types import (
    BodyPurged,
    Decision,
    DecisionRecord,
    FindingLabel,
    InvalidInput,
    ItemDetail,
    ItemFilter,
    ItemLocked,
    ItemNotFound,
    ItemPage,
    ItemStatus,
    ItemSummary,
    Principal,
    Role,
    User,
    customer_of,
)
from scanner.config import Settings
from scanner.holding import HoldError
from scanner.mime import parse_message
from scanner.model import ClientInfo, Envelope, ParsedMessage, Verdict
from scanner.report import verdict_dict

log = logging.getLogger(__name__)

MAX_REASON_CHARS = 500
# Message headers whose addresses are indexed for export and erasure, and their roles
# (beside the envelope's "from", "to" and "login").
HEADER_ROLES = {
    "from": "header_from",
    "sender": "header_sender",
    "reply-to": "header_reply_to",
    "to": "header_to",
    "cc": "header_cc",
}
MAX_HEADER_ADDRESSES = 1000  # per message: a bound on index rows, whatever the headers say
_SORT_COLUMNS = {"created_at": Item.created_at, "score": Item.max_score, "size": Item.size}


def hold(
    db: Database,
    keys: KeyRing,
    envelope: Envelope,
    raw: bytes,
    verdict: Verdict,
    customer: str | None = None,
    duplicate_window: timedelta = timedelta(0),
) -> str:
    """Store a message for review; committed when it returns, ``HoldError`` otherwise.
    ``customer``: the policy's customer id; None records the SASL login (``customer_of``).

    The same message held within ``duplicate_window`` before (a client that missed our 250
    and sent it again) is not stored twice: the earlier item's id is returned.
    """
    item_id = uuid.uuid4().hex
    try:
        message_id = _message_id(raw)
        fingerprint = keys.mac(_identity(envelope, raw, message_id))
        document = verdict_dict(item_id, _header_only(raw, message_id), verdict)
        key_id, raw_enc = keys.seal(raw, f"raw:{item_id}")
        _, envelope_enc = keys.seal_json(envelope_json(envelope), f"envelope:{item_id}")
        scores = {k: float(v) for k, v in verdict.scores.items()}
        headers = header_addresses(raw)
        with db.transaction() as session:
            if duplicate_window > timedelta(0) and db.is_postgresql:
                # two tries of one message at once: the second waits, then finds the first
                # (SQLite serialises writers already)
                session.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _lock_key(fingerprint)}
                )
            earlier = _held_before(session, fingerprint, duplicate_window)
            if earlier is not None:
                log.info("message held before; not held again", extra={"item_id": earlier})
                return earlier
            session.add(
                Item(
                    id=item_id,
                    created_at=datetime.now(UTC),
                    status=ItemStatus.PENDING,
                    customer=customer_of(envelope, customer),
                    score_tos=scores.get("tos", 0.0),
                    score_sensitive=scores.get("sensitive", 0.0),
                    max_score=max(scores.values(), default=0.0),
                    size=len(raw),
                    fingerprint=fingerprint,
                    verdict=document,
                    key_id=key_id,
                    envelope_enc=envelope_enc,
                    raw_enc=raw_enc,
                    delivery_attempts=0,
                    notice_pending=False,
                )
            )
            session.flush()  # the item row must exist before rows referencing it
            session.add_all(
                ItemCategory(item_id=item_id, category=c) for c in document["categories"]
            )
            session.add_all(address_rows(keys, item_id, envelope, headers))
    except Exception as exc:  # whatever failed, the proxy must answer 4xx, never 250
        log.error("hold failed", extra={"error": type(exc).__name__})
        raise HoldError(
            f"the review queue could not store the message ({type(exc).__name__})"
        ) from None
    return item_id


def _identity(envelope: Envelope, raw: bytes, message_id: str | None) -> bytes:
    """What makes two holds the same message: envelope, Message-ID and body. Headers
    before the body may differ between two tries (a Received line the MTA adds); without a
    Message-ID the whole message counts."""
    header_end = raw.find(b"\r\n\r\n")
    header_end = raw.find(b"\n\n") if header_end < 0 else header_end
    if message_id is None or header_end < 0:
        content = raw
    else:
        content = message_id.encode("utf-8", "surrogateescape") + b"\0" + raw[header_end:]
    addresses = [normalise_address(a) for a in (envelope.mail_from, *sorted(envelope.rcpt_tos))]
    return "\0".join(addresses).encode("utf-8", "surrogateescape") + b"\0\0" + content


def _lock_key(fingerprint: str) -> int:
    """A signed 64-bit advisory-lock key from a hex fingerprint."""
    return int(fingerprint[:16], 16) - (1 << 63)


def _held_before(session: Session, fingerprint: str, window: timedelta) -> str | None:
    """The id of an item with ``fingerprint`` held within ``window``, if any."""
    if window <= timedelta(0):
        return None
    since = datetime.now(UTC) - window
    query = select(Item.id).where(Item.fingerprint == fingerprint, Item.created_at >= since)
    return session.scalars(query.order_by(Item.created_at).limit(1)).first()


def list_items(
    db: Database, filters: ItemFilter, page: int, page_size: int, principal: Principal
) -> ItemPage:
    """One page of items matching ``filters`` among those ``principal`` may see."""
    conditions = list_filter_conditions(filters, datetime.now(UTC))
    column = _SORT_COLUMNS.get(filters.sort)
    if column is None or filters.direction not in ("asc", "desc"):
        raise InvalidInput("unknown sort key or direction")
    order = column.asc() if filters.direction == "asc" else column.desc()
    with db.transaction() as session:
        # the same conditions for the count and the page, so pagination stays consistent
        conditions.append(visible_items(session, principal))
        total = session.scalar(select(func.count()).select_from(Item).where(*conditions)) or 0
        rows = session.execute(
            select(Item, ItemDecision)
            .outerjoin(ItemDecision, ItemDecision.item_id == Item.id)
            .where(*conditions)
            .order_by(order, Item.id)
            .offset((page - 1) * page_size)
            .limit(page_size)
        ).all()
        summaries = tuple(summary(item, decision) for item, decision in rows)
    return ItemPage(summaries, total, page, page_size)


def list_filter_conditions(filters: ItemFilter, now: datetime) -> list[Any]:
    """SQL conditions for ``filters`` (all bound parameters: filter input is never SQL)."""
    conditions: list[Any] = []
    if filters.status is not None:
        conditions.append(Item.status == str(filters.status))
    if filters.category is not None:
        conditions.append(
            exists().where(
                ItemCategory.item_id == Item.id, ItemCategory.category == filters.category
            )
        )
    if filters.customer is not None:
        conditions.append(Item.customer == filters.customer)
    if filters.min_age_seconds is not None:
        conditions.append(Item.created_at <= now - timedelta(seconds=filters.min_age_seconds))
    if filters.max_age_seconds is not None:
        conditions.append(Item.created_at >= now - timedelta(seconds=filters.max_age_seconds))
    if filters.min_score is not None:
        conditions.append(Item.max_score >= filters.min_score)
    return conditions


def get_item(db: Database, keys: KeyRing, item_id: str, user: User) -> ItemDetail:
    """An item in full, with its envelope decrypted while the body is kept
    (``ItemNotFound`` too for an item outside ``user``'s customers)."""
    with db.transaction() as session:
        item = fetch(session, item_id, scope=visible_items(session, user))
        decision = session.get(ItemDecision, item_id)
    envelope = None
    if item.envelope_enc is not None and item.key_id is not None:
        envelope = envelope_from_json(
            keys.open_json(item.key_id, item.envelope_enc, f"envelope:{item.id}")
        )
    return ItemDetail(
        summary=summary(item, decision),
        verdict=item.verdict,
        envelope=envelope,
        body_available=item.raw_enc is not None,
        decision=decision_record(decision) if decision else None,
        delivery_attempts=item.delivery_attempts,
        last_delivery_error=item.last_delivery_error,
        notice_pending=item.notice_pending,
    )


def load_raw(db: Database, keys: KeyRing, item_id: str, principal: Principal) -> bytes:
    """The decrypted raw message (``ItemNotFound`` outside ``principal``'s customers)."""
    with db.transaction() as session:
        item = fetch(session, item_id, scope=visible_items(session, principal))
    return open_raw(keys, item)


def open_raw(keys: KeyRing, item: Item) -> bytes:
    """The raw message of a loaded row (``BodyPurged`` once retention deleted it)."""
    if item.raw_enc is None or item.key_id is None:
        raise BodyPurged(f"the body of item {item.id} was deleted by retention")
    return keys.open(item.key_id, item.raw_enc, f"raw:{item.id}")


def open_envelope(keys: KeyRing, item: Item) -> Envelope:
    """The envelope of a loaded row (``BodyPurged`` once retention deleted it)."""
    if item.envelope_enc is None or item.key_id is None:
        raise BodyPurged(f"the envelope of item {item.id} was deleted by retention")
    return envelope_from_json(keys.open_json(item.key_id, item.envelope_enc, f"envelope:{item.id}"))


def _check_reveal_lease(item: Item, user: User) -> None:
    """Values are revealed only to the reviewer deciding the item: pending and leased by them."""
    if item.status != ItemStatus.PENDING:
        raise InvalidInput(f"item {item.id} is decided: its values are no longer revealed")
    expires = item.lease_expires_at
    if item.lease_owner != user.name or expires is None or expires < datetime.now(UTC):
        raise ItemLocked(f"item {item.id}: open it to claim it before revealing a value")


def reveal(
    db: Database,
    keys: KeyRing,
    settings: Settings,
    item_id: str,
    user: User,
    finding_index: int,
    reason: str,
) -> str:
    """The value of one finding, re-extracted from the raw message; audited with the reason."""
    reason = reason.strip()
    if not reason or len(reason) > MAX_REASON_CHARS:
        raise InvalidInput(f"a reason of 1 to {MAX_REASON_CHARS} characters is required")
    if problem := typed_text_problem(reason, settings.detection):
        raise InvalidInput(f"the reason must not contain {problem}")
    with db.transaction() as session:
        require_role(session, user, Role.ADMIN, Role.REVIEWER)
        item = fetch(session, item_id, scope=visible_items(session, user))
    _check_reveal_lease(item, user)
    findings = item.verdict.get("findings", [])
    if not 0 <= finding_index < len(findings):
        raise InvalidInput(f"item {item_id} has no finding {finding_index}")
    finding = findings[finding_index]
    message = parse_message(open_raw(keys, item), settings.limits)
    value = _finding_value(message, finding)
    if value is None:
        raise InvalidInput(f"finding {finding_index} cannot be located in the message")
    if value.strip() and value.strip().casefold() in reason.casefold():
        raise InvalidInput("the reason must not contain the value it reveals")
    with db.transaction() as session:
        audit.append(
            session,
            keys,
            user.name,
            "reveal",
            item_id,
            {
                "finding": finding_index,
                "category": finding.get("category"),
                "entity": finding.get("entity"),
                "reason": reason,
            },
        )
    return value


def stats(db: Database, principal: Principal) -> dict[str, Any]:
    """Queue depth by category, oldest undecided age, decisions by type, items by status:
    of the items ``principal`` may see. For a scoped account there is no
    ``decisions_recorded``: that running total is kept for all customers together."""
    now = datetime.now(UTC)
    pending = Item.status == ItemStatus.PENDING
    with db.transaction() as session:
        scope = current_scope(session, principal)
        visible = scope_condition(scope)
        by_status = dict(
            session.execute(
                select(Item.status, func.count()).where(visible).group_by(Item.status)
            ).all()
        )
        by_category = dict(
            session.execute(
                select(ItemCategory.category, func.count())
                .join(Item, Item.id == ItemCategory.item_id)
                .where(pending, visible)
                .group_by(ItemCategory.category)
            ).all()
        )
        oldest = session.scalar(select(func.min(Item.created_at)).where(pending, visible))
        decisions = dict(
            session.execute(
                select(ItemDecision.decision, func.count())
                .join(Item, Item.id == ItemDecision.item_id)
                .where(visible)
                .group_by(ItemDecision.decision)
            ).all()
        )
        recorded = counters.decisions_recorded(session) if scope is None else None
    result: dict[str, Any] = {
        "pending": int(by_status.get(ItemStatus.PENDING, 0)),
        "pending_by_category": {k: int(v) for k, v in sorted(by_category.items())},
        "oldest_pending_age_seconds": round((now - oldest).total_seconds(), 1) if oldest else None,
        "by_status": {str(s): int(by_status.get(str(s), 0)) for s in ItemStatus},
        "decisions": {k: int(v) for k, v in sorted(decisions.items())},
    }
    if recorded is not None:
        # Also those of items erase and metadata retention have deleted since: never drops.
        result["decisions_recorded"] = recorded
    return result


def fetch(session: Session, item_id: str, lock: bool = False, scope: Any = None) -> Item:
    """The item row or ``ItemNotFound``, also when it fails the ``scope`` condition (see
    ``permissions.visible_items``): an item outside a user's customers does not exist for
    them, so its id tells them nothing."""
    statement = select(Item).where(Item.id == item_id)
    if scope is not None:
        statement = statement.where(scope)
    if lock:
        statement = statement.with_for_update()
    item = session.execute(statement).scalar_one_or_none()
    if item is None:
        raise ItemNotFound(f"no item {item_id!r}")
    return item


def is_stored(db: Database, item_id: str) -> bool:
    """Whether an item of that id is stored, whoever may see it."""
    with db.transaction() as session:
        return session.scalar(select(Item.id).where(Item.id == item_id)) is not None


def summary(item: Item, decision: ItemDecision | None) -> ItemSummary:
    """The list row of an item."""
    return ItemSummary(
        id=item.id,
        created_at=item.created_at,
        status=ItemStatus(item.status),
        categories=tuple(item.verdict.get("categories", ())),
        scores={"tos": item.score_tos, "sensitive": item.score_sensitive},
        max_score=item.max_score,
        size=item.size,
        customer=item.customer,
        lease_owner=item.lease_owner,
        lease_expires_at=item.lease_expires_at,
        decision=Decision(decision.decision) if decision else None,
        decided_at=decision.decided_at if decision else None,
    )


def decision_record(row: ItemDecision) -> DecisionRecord:
    """The public form of a decision row."""
    return DecisionRecord(
        decision=Decision(row.decision),
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        note=row.note,
        finding_labels={int(k): FindingLabel(v) for k, v in row.finding_labels.items()},
        notify_customer=row.notify_customer,
        allowlist=row.allowlist,
    )


def address_rows(
    keys: KeyRing,
    item_id: str,
    envelope: Envelope,
    headers: Iterable[tuple[str, str]] = (),
) -> list[ItemAddress]:
    """Keyed-hash index rows for the sender, the recipients, an address-like login and
    the ``(role, address)`` pairs of ``headers`` (see ``header_addresses``)."""
    pairs = [("from", envelope.mail_from), *(("to", rcpt) for rcpt in envelope.rcpt_tos)]
    if envelope.client.login and "@" in envelope.client.login:
        pairs.append(("login", envelope.client.login))
    pairs.extend(headers)
    hashes = {
        (role, keys.lookup_hash("addr", address))
        for role, address in pairs
        if normalise_address(address)  # the null sender <> is nobody's address
    }
    return [ItemAddress(item_id=item_id, role=role, addr_hash=h) for role, h in sorted(hashes)]


def header_addresses(raw: bytes) -> list[tuple[str, str]]:
    """``(role, address)`` for each address in the message's From, Sender, Reply-To, To and
    Cc headers (role ``header_from`` and so on), at most ``MAX_HEADER_ADDRESSES``.

    The envelope alone misses the person a message is from when the envelope sender is a
    bounce address (VERP: ``bounce+alice=example.net@mailer.example``). Headers that do not
    parse give no addresses; they never stop a hold.
    """
    end = raw.find(b"\r\n\r\n")
    end = raw.find(b"\n\n") if end < 0 else end
    block = raw if end < 0 else raw[: end + 2]
    try:
        # Decoded as UTF-8 first: internationalised headers (RFC 6532, sent with SMTPUTF8)
        # carry ``ü@bücher.example`` as UTF-8, which the bytes parser would turn into
        # replacement characters, indexing an address nobody can look up.
        headers = HeaderParser(policy=compat32).parsestr(block.decode("utf-8", "replace"))
    except Exception:  # whatever the parser chokes on: index the envelope only
        return []
    pairs: list[tuple[str, str]] = []
    for name, role in HEADER_ROLES.items():
        try:
            values = [str(value) for value in headers.get_all(name, [])]
            found = [address for _, address in getaddresses(values) if "@" in address]
        except Exception:  # one malformed header must not hide the others
            continue
        pairs.extend((role, address) for address in found)
    return pairs[:MAX_HEADER_ADDRESSES]


def envelope_json(envelope: Envelope) -> dict[str, Any]:
    """The envelope as JSON (sealed before storing)."""
    return {
        "mail_from": envelope.mail_from,
        "rcpt_tos": list(envelope.rcpt_tos),
        "client": asdict(envelope.client),
    }


def envelope_from_json(data: dict[str, Any]) -> Envelope:
    """The inverse of ``envelope_json``."""
    return Envelope(
        mail_from=data["mail_from"],
        rcpt_tos=tuple(data["rcpt_tos"]),
        client=ClientInfo(**data.get("client", {})),
    )


def _message_id(raw: bytes) -> str | None:
    try:
        message_id = BytesHeaderParser(policy=default_policy).parsebytes(raw).get("Message-ID")
    except Exception:  # a header the parser chokes on must not stop the hold
        return None
    text = str(message_id).strip() if message_id is not None else ""
    return text or None


def _header_only(raw: bytes, message_id: str | None) -> ParsedMessage:
    """Enough of a ParsedMessage for ``verdict_dict``: the Message-ID and the size."""
    return ParsedMessage(
        message_id=message_id,
        headers=(),
        segments=(),
        links=(),
        attachments=(),
        defects=(),
        findings=(),
        size=len(raw),
    )


def _finding_value(message: ParsedMessage, finding: dict[str, Any]) -> str | None:
    """The text at the finding's offsets in the first segment with its source and part."""
    start, end = int(finding["start"]), int(finding["end"])
    for segment in message.segments:
        same = segment.source == finding.get("segment") and segment.part == finding.get("part")
        if same and 0 <= start < end <= len(segment.text):
            return segment.text[start:end]
    return None
