"""The audit chain detects edits, deletions and truncation."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from review_queue.service import CLI, ReviewService
from review_queue.store.types import AuditQuery, User
from tests.review_queue.store.helpers import envelope, ssn_message, verdict


@pytest.fixture
def chained(service: ReviewService, reviewers: tuple[User, ...]) -> ReviewService:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    service.get_item(item_id, reviewers[0])
    service.decide(item_id, reviewers[0], "reject", None)
    service.record_audit("rita", "logout")
    assert service.verify_audit() == (True, None)
    return service  # entries: 3 user_create, view, decide, logout


def _execute(service: ReviewService, statement: str) -> None:
    with service.db.engine.begin() as connection:
        connection.execute(text(statement))


@pytest.mark.parametrize(
    ("statement", "first_bad"),
    [
        ("UPDATE audit_log SET actor = 'mallory' WHERE seq = 5", 5),
        ('UPDATE audit_log SET detail = \'{"decision": "release"}\' WHERE seq = 5', 5),
        ("DELETE FROM audit_log WHERE seq = 2", 2),
        ("DELETE FROM audit_log WHERE seq = 6", 6),  # the newest: caught by the head
        ("UPDATE audit_log SET seq = 60 WHERE seq = 6", 6),
    ],
)
def test_tampering_is_detected(chained: ReviewService, statement: str, first_bad: int) -> None:
    _execute(chained, statement)
    assert chained.verify_audit() == (False, first_bad)


def test_a_rewound_head_is_caught_against_an_anchor_kept_elsewhere(
    chained: ReviewService,
) -> None:
    anchor = chained.audit_head()
    assert anchor[0] == 6 and chained.verify_audit(anchor) == (True, None)
    with chained.db.engine.begin() as connection:  # drop the newest entry, rewind the head
        previous = connection.execute(text("SELECT hash FROM audit_log WHERE seq = 5")).scalar()
        connection.execute(text("DELETE FROM audit_log WHERE seq = 6"))
        connection.execute(
            text("UPDATE audit_head SET seq = 5, hash = :h WHERE id = 1"), {"h": previous}
        )
    assert chained.verify_audit() == (True, None)  # the database alone cannot tell
    assert chained.verify_audit(anchor) == (False, 6)
    forged = (5, "f" * 64)
    assert chained.verify_audit(forged) == (False, 5)


def test_rehashing_without_the_key_does_not_help(chained: ReviewService) -> None:
    import hashlib  # an attacker with SQL access but not the key recomputes plain hashes

    with chained.db.engine.begin() as connection:
        rows = connection.execute(text("SELECT seq, prev_hash FROM audit_log ORDER BY seq")).all()
        forged = hashlib.sha256(rows[-1][1].encode()).hexdigest()
        connection.execute(
            text("UPDATE audit_log SET hash = :h WHERE seq = :s"), {"h": forged, "s": rows[-1][0]}
        )
        connection.execute(text("UPDATE audit_head SET hash = :h"), {"h": forged})
    assert chained.verify_audit() == (False, rows[-1][0])


def test_details_never_take_an_address(service: ReviewService) -> None:
    with pytest.raises(ValueError, match="address"):
        service.record_audit("rita", "note", None, text="mail bob@example.org")


def _age_entries(service: ReviewService, through_seq: int, days: int) -> None:
    """Move entries up to ``through_seq`` ``days`` into the past (hashes cover ``at``, so
    they are re-chained with the key, as if written then)."""
    from datetime import UTC, datetime, timedelta

    from review_queue.store import audit
    from review_queue.store.schema import AuditHead, AuditRow

    with service.db.transaction() as session:
        prev = audit.GENESIS
        rows = session.query(AuditRow).order_by(AuditRow.seq).all()
        for row in rows:
            if row.seq <= through_seq:
                row.at = datetime.now(UTC) - timedelta(days=days)
            row.prev_hash, row.hash = (
                prev,
                audit._entry_hash(
                    service.keys,
                    prev,
                    row.seq,
                    row.at,
                    row.actor,
                    row.action,
                    row.item_id,
                    row.detail,
                ),
            )
            prev = row.hash
        session.get(AuditHead, 1).hash = prev


def test_retention_prunes_old_entries_and_the_chain_still_verifies(chained: ReviewService) -> None:
    _age_entries(chained, 4, days=800)
    anchor = chained.audit_head()  # re-chained: the head to keep from now on
    assert chained.prune_audit() == 4
    entries = chained.audit_entries(AuditQuery(limit=100), CLI)
    assert [e.seq for e in entries] == [7, 6, 5]
    assert (entries[0].action, entries[0].detail["count"]) == ("audit_prune", 4)
    assert chained.verify_audit() == (True, None)
    assert chained.verify_audit(anchor) == (True, None)
    assert chained.prune_audit() == 0  # nothing older left


def test_oldest_entries_deleted_outside_retention_are_caught(chained: ReviewService) -> None:
    with chained.db.engine.begin() as connection:
        through = connection.execute(text("SELECT hash FROM audit_log WHERE seq = 3")).scalar()
        connection.execute(text("DELETE FROM audit_log WHERE seq <= 3"))
        # pretend a prune happened: a base row without the chained audit_prune entry
        connection.execute(text("DELETE FROM audit_head WHERE id = 2"))
        connection.execute(
            text("INSERT INTO audit_head (id, seq, hash) VALUES (2, 3, :h)"), {"h": through}
        )
    assert chained.verify_audit() == (False, 3)


def test_bounds_past_what_the_database_stores_mean_no_bound(chained: ReviewService) -> None:
    """A hand-edited ``/audit?before_seq=`` or ``audit list --limit`` beyond 64 bits lists
    the entries instead of failing in the database driver (a 500, a traceback)."""
    huge = 10**20
    listed = chained.audit_entries(AuditQuery(limit=huge, before_seq=huge), CLI)
    assert [e.seq for e in listed] == [6, 5, 4, 3, 2, 1]
