"""The append-only, hash-chained audit log.

Each entry's ``hash`` is an HMAC (under the key ring's index key) of the previous entry's
hash and the entry itself, and ``audit_head`` holds the latest one: editing, deleting,
inserting or truncating entries breaks the chain, and without the key it cannot be
recomputed. Appends lock ``audit_head`` (``FOR UPDATE``; SQLite serialises writers), so
concurrent writers from many processes still form one chain. Retention prunes the oldest
entries (``prune``); a chained ``audit_prune`` entry records where the chain then starts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from review_queue.crypto import KeyRing
from review_queue.store.db import Database
from review_queue.store.engine import without_statement_timeout
from review_queue.store.permissions import current_scope, require_role, scope_condition
from review_queue.store.schema import AuditHead, AuditRow, Item
from review_queue.store.types import AuditEntry, AuditQuery, Principal, Role, User

GENESIS = "0" * 64
_BATCH = 1000
# audit_head rows: the latest entry, and where the chain starts after a prune.
_HEAD, _BASE = 1, 2
PRUNE_ACTION = "audit_prune"
# Bounds past what the databases hold mean no bound (a hand-edited query string, a CLI
# argument): a LIMIT is 64 bits wide, a sequence number 32 on PostgreSQL (INTEGER).
_LIMIT_MAX, _SEQ_MAX = 2**63 - 1, 2**31 - 1


def append(
    session: Session,
    keys: KeyRing,
    actor: str,
    action: str,
    item_id: str | None = None,
    detail: Mapping[str, Any] | None = None,
    now: datetime | None = None,
) -> int:
    """Append an entry inside the caller's transaction; returns its sequence number."""
    detail = dict(detail or {})
    _check_detail(detail)
    head = session.execute(
        select(AuditHead).where(AuditHead.id == _HEAD).with_for_update()
    ).scalar_one()
    at = (now or datetime.now(UTC)).astimezone(UTC)
    seq = head.seq + 1
    digest = _entry_hash(keys, head.hash, seq, at, actor, action, item_id, detail)
    session.add(
        AuditRow(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            item_id=item_id,
            detail=detail,
            prev_hash=head.hash,
            hash=digest,
        )
    )
    head.seq, head.hash = seq, digest
    return seq


def record(
    db: Database,
    keys: KeyRing,
    actor: str,
    action: str,
    item_id: str | None = None,
    detail: Mapping[str, Any] | None = None,
) -> int:
    """Append an entry in its own transaction."""
    with db.transaction() as session:
        return append(session, keys, actor, action, item_id, detail)


def verify(
    db: Database, keys: KeyRing, anchor: tuple[int, str] | None = None
) -> tuple[bool, int | None]:
    """Walk the chain: ``(True, None)`` or ``(False, seq of the first bad entry)``.

    The head row catches a deleted tail unless whoever deleted it also rewound the head;
    ``anchor``, a ``(seq, hash)`` head recorded earlier outside the database, catches that
    too: the chain must still hold that entry with that hash.
    """
    with db.transaction() as session:
        if db.is_postgresql:  # one snapshot (SQLite's transaction is one already): a prune
            # between reading the base row and walking the entries would read as tampering
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        without_statement_timeout(session.connection())  # reads the whole chain at once
        base = session.get(AuditHead, _BASE)
        pruned = (base.seq, base.hash) if base is not None and base.seq > 0 else (0, GENESIS)
        prev, expected = pruned[1], pruned[0] + 1
        prune_recorded = pruned[0] == 0
        rows = session.execute(select(AuditRow).order_by(AuditRow.seq)).scalars()
        for row in rows.yield_per(_BATCH):
            digest = _entry_hash(
                keys, prev, row.seq, row.at, row.actor, row.action, row.item_id, row.detail
            )
            if row.seq != expected or row.prev_hash != prev or row.hash != digest:
                return False, expected
            if anchor is not None and row.seq == anchor[0] and row.hash != anchor[1]:
                return False, row.seq
            prune_recorded = prune_recorded or _records_prune(row, pruned)
            prev, expected = row.hash, expected + 1
        if not prune_recorded:  # the oldest entries were deleted, not pruned by retention
            return False, pruned[0]
        head = session.get(AuditHead, _HEAD)
        if head is None or head.seq != expected - 1 or head.hash != prev:
            return False, expected  # entries after this one were removed
        if anchor is not None and anchor[0] >= expected:
            return False, expected  # the tail and the head were both rewound
        return True, None


def prune(session: Session, keys: KeyRing, before: datetime) -> int:
    """Delete the entries older than ``before``, in the caller's transaction; how many.

    The chain then starts after the last one deleted. An ``audit_prune`` entry, itself
    chained (so only the key holder can write one), records that entry's sequence number
    and hash: ``verify`` accepts a chain whose oldest entries are missing only if such an
    entry says they were pruned there.
    """
    # Appends and other prunes wait (two purges at once: the second finds nothing left).
    session.execute(select(AuditHead).where(AuditHead.id == _HEAD).with_for_update()).one()
    last = session.execute(
        select(AuditRow.seq, AuditRow.hash)
        .where(AuditRow.at < before.astimezone(UTC))
        .order_by(AuditRow.seq.desc())
        .limit(1)
    ).first()
    if last is None:
        return 0
    through_seq, through_hash = last
    count: int = session.execute(  # type: ignore[attr-defined]
        delete(AuditRow).where(AuditRow.seq <= through_seq)
    ).rowcount
    detail = {"through_seq": through_seq, "through_hash": through_hash, "count": count}
    append(session, keys, "system:retention", PRUNE_ACTION, None, detail)
    base = session.get(AuditHead, _BASE)
    if base is None:
        session.add(AuditHead(id=_BASE, seq=through_seq, hash=through_hash))
    else:
        base.seq, base.hash = through_seq, through_hash
    return count


def _records_prune(row: AuditRow, pruned: tuple[int, str]) -> bool:
    detail = row.detail or {}
    return (
        row.action == PRUNE_ACTION
        and detail.get("through_seq") == pruned[0]
        and detail.get("through_hash") == pruned[1]
    )


def head(db: Database) -> tuple[int, str]:
    """The chain's latest ``(seq, hash)``: record it elsewhere to use as a later anchor."""
    with db.transaction() as session:
        row = session.get(AuditHead, _HEAD)
        return (row.seq, row.hash) if row is not None else (0, GENESIS)


def entries(db: Database, query: AuditQuery, principal: Principal) -> list[AuditEntry]:
    """Entries matching ``query``, newest first. A scoped account sees only the entries
    of items of their customers (none about accounts, logins or other customers)."""
    limit = min(max(1, query.limit), _LIMIT_MAX)
    statement = select(AuditRow).order_by(AuditRow.seq.desc()).limit(limit)
    if query.actor is not None:
        statement = statement.where(AuditRow.actor == query.actor)
    if query.action is not None:
        statement = statement.where(AuditRow.action == query.action)
    if query.item_id is not None:
        statement = statement.where(AuditRow.item_id == query.item_id)
    if query.before_seq is not None and query.before_seq <= _SEQ_MAX:
        statement = statement.where(AuditRow.seq < query.before_seq)
    with db.transaction() as session:
        if isinstance(principal, User):  # the log is for auditors and admins, as in the UI
            require_role(session, principal, Role.AUDITOR, Role.ADMIN)
        scope = current_scope(session, principal)
        if scope is not None:
            visible = select(Item.id).where(scope_condition(scope))
            statement = statement.where(AuditRow.item_id.in_(visible))
        return [
            AuditEntry(r.seq, r.at, r.actor, r.action, r.item_id, r.detail, r.prev_hash, r.hash)
            for r in session.execute(statement).scalars()
        ]


def _entry_hash(
    keys: KeyRing,
    prev: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    item_id: str | None,
    detail: Mapping[str, Any],
) -> str:
    canonical = json.dumps(
        [seq, at.astimezone(UTC).isoformat(), actor, action, item_id, detail],
        sort_keys=True,
        separators=(",", ":"),
    )
    return keys.mac(f"{prev}\n{canonical}".encode())


def _check_detail(detail: Mapping[str, Any]) -> None:
    """Backstop: audit details hold ids, counts and categories, never an address."""
    for key, value in detail.items():
        if isinstance(value, str) and "@" in value:
            raise ValueError(f"audit detail {key!r} looks like it holds an address")
