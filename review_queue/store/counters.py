"""Persisted counters (table ``counters``): totals that must survive the deletion of the
rows they count.

``mailguard_review_decisions_total`` is computed from the store at scrape time. Erase and
metadata retention delete decision rows; counted from the rows alone the total would drop,
which Prometheus reads as a counter reset (a false spike in ``increase()``). Whoever deletes
decisions adds them here per decision, in the same transaction, and the total is the rows
left plus the rows deleted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from sqlalchemy import delete, func, select, union_all
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from review_queue.store.schema import CounterRow, ItemDecision

DELETED_DECISIONS = "decisions_deleted:"


def add(session: Session, amounts: Mapping[str, int]) -> None:
    """Add ``amounts`` to the named counters, creating missing ones; part of the caller's
    transaction. One upsert per name, so concurrent writers never lose an increment nor
    collide creating a row."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    for name, amount in sorted(amounts.items()):  # one lock order for every writer
        if not amount:
            continue
        statement = insert(CounterRow).values(name=name, value=amount)
        session.execute(
            statement.on_conflict_do_update(
                index_elements=[CounterRow.name],
                set_={"value": CounterRow.value + statement.excluded.value},
            )
        )


def delete_decisions(session: Session, item_ids: Sequence[str]) -> int:
    """Delete the decisions of ``item_ids`` and count them, per decision, as deleted
    decisions; returns how many were deleted."""
    if not item_ids:
        return 0
    deleted = session.scalars(
        delete(ItemDecision)
        .where(ItemDecision.item_id.in_(item_ids))
        .returning(ItemDecision.decision)
    ).all()
    add(session, Counter(DELETED_DECISIONS + decision for decision in deleted))
    return len(deleted)


def decisions_recorded(session: Session) -> dict[str, int]:
    """Decisions ever recorded, per decision: those stored plus those deleted.

    One statement, so PostgreSQL reads both from one snapshot: two queries in a READ
    COMMITTED transaction could see the rows before a concurrent erase and the counter
    after it, and count those decisions twice for one scrape.
    """
    stored = select(ItemDecision.decision, func.count()).group_by(ItemDecision.decision)
    prefix = len(DELETED_DECISIONS)
    removed = select(func.substr(CounterRow.name, prefix + 1), CounterRow.value).where(
        CounterRow.name.startswith(DELETED_DECISIONS, autoescape=True)
    )
    totals: Counter[str] = Counter()
    for decision, count in session.execute(union_all(stored, removed)):
        totals[str(decision)] += int(count)
    return dict(sorted(totals.items()))
