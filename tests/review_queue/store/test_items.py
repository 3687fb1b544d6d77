"""Holding, listing, reading and revealing held items."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text, update

from bench.loopback import free_port
from review_queue.service import CLI, ReviewService
from review_queue.store.schema import Item
from review_queue.store.types import (
    AuditQuery,
    InvalidInput,
    ItemFilter,
    ItemLocked,
    ItemNotFound,
    ItemStatus,
    PermissionDenied,
    StoreError,
    User,
)
from scanner.config import Limits, Settings, Store
from scanner.holding import HoldError
from scanner.mime import parse_message
from scanner.model import Finding
from tests.review_queue.store.conftest import MakeSettings
from tests.review_queue.store.helpers import (
    RECIPIENT,
    SENDER,
    SSN,
    envelope,
    message,
    ssn_message,
    verdict,
)


def _age(service: ReviewService, item_id: str, seconds: float) -> None:
    with service.db.transaction() as session:
        session.execute(
            update(Item)
            .where(Item.id == item_id)
            .values(created_at=datetime.now(UTC) - timedelta(seconds=seconds))
        )


def test_hold_stores_envelope_verdict_and_body(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    detail = service.get_item(item_id, reviewers[0])
    assert detail.envelope == envelope()
    assert detail.summary.status is ItemStatus.PENDING
    assert detail.summary.categories == ("government_id",)
    assert detail.summary.customer == "org-1"
    assert detail.summary.size == len(raw)
    assert detail.verdict["id"] == item_id
    assert detail.verdict["message_id"] == "<m1@nonprofit.example>"
    assert detail.verdict["findings"][0]["start"] == finding.start
    assert SSN not in str(detail.verdict)
    assert service.load_raw(item_id, CLI) == raw
    views = service.audit_entries(AuditQuery(action="view"), CLI)
    assert [(e.actor, e.item_id) for e in views] == [("rita", item_id)]


def test_list_filters_sorting_and_pages(service: ReviewService) -> None:
    raw, finding = ssn_message()
    ssn = service.hold(envelope(), raw, verdict((finding,)))
    spam = service.hold(
        envelope(customer="org-2"), message("Win now"), verdict(tos=0.97, categories=("tos",))
    )
    low = service.hold(envelope(customer="org-2"), message("hi"), verdict(tos=0.3))
    _age(service, ssn, 3600)
    _age(service, spam, 60)

    def ids(**filters: object) -> list[str]:
        return [i.id for i in service.list_items(ItemFilter(**filters), CLI, 1, 50).items]  # type: ignore[arg-type]

    assert ids() == [ssn, spam, low]  # oldest first by default
    assert ids(direction="desc") == [low, spam, ssn]
    assert ids(category="government_id") == [ssn]
    assert ids(customer="org-2") == [spam, low]
    assert ids(min_score=0.9) == [ssn, spam]
    assert ids(min_age_seconds=600) == [ssn]
    assert ids(max_age_seconds=600) == [spam, low]
    assert ids(sort="score", direction="desc") == [spam, ssn, low]
    assert ids(category="x' OR '1'='1") == []  # filter input is data, never SQL
    assert ids(customer="org-2'; DROP TABLE items; --") == []
    page = service.list_items(ItemFilter(), CLI, page=2, page_size=2)
    assert (page.total, [i.id for i in page.items]) == (3, [low])
    with pytest.raises(InvalidInput):
        service.list_items(ItemFilter(sort="id; drop"), CLI)  # type: ignore[arg-type]


def test_unknown_item(service: ReviewService, reviewers: tuple[User, ...]) -> None:
    with pytest.raises(ItemNotFound):
        service.get_item("nope", reviewers[0])
    with pytest.raises(ItemNotFound):
        service.load_raw("nope", CLI)


def test_reveal_returns_value_and_audits_reason(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    rita, ron, aldo = reviewers
    with pytest.raises(ItemLocked):  # only the reviewer holding the item reveals
        service.reveal(item_id, rita, 0, "verify the number")
    service.claim(item_id, rita)
    with pytest.raises(ItemLocked):
        service.reveal(item_id, ron, 0, "verify the number")
    with pytest.raises(InvalidInput):
        service.reveal(item_id, rita, 0, "   ")
    with pytest.raises(InvalidInput):
        service.reveal(item_id, rita, 5, "verify the number")
    with pytest.raises(PermissionDenied):
        service.reveal(item_id, aldo, 0, "curious")
    typed = (f"is {SSN} real?", "is 219 09 9999 real", "is it 219 / 09 / 9999")
    for pasted in (*typed, "she is a devout Muslim"):
        with pytest.raises(InvalidInput, match="must not contain"):  # kept out of the audit log
            service.reveal(item_id, rita, 0, pasted)
    assert service.reveal(item_id, rita, 0, "verify the number") == SSN
    (entry,) = service.audit_entries(AuditQuery(action="reveal"), CLI)
    assert (entry.actor, entry.item_id) == ("rita", item_id)
    assert entry.detail == {
        "finding": 0,
        "category": "government_id",
        "entity": "US_SSN",
        "reason": "verify the number",
    }
    assert SSN not in str(entry.detail)


def test_reveal_of_a_finding_not_in_the_message(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    stray = Finding("d", "health", "TERM", "body:text/html", "3", 0, 4, 0.9)
    item_id = service.hold(envelope(), message("plain"), verdict((stray,)))
    service.claim(item_id, reviewers[0])
    with pytest.raises(InvalidInput, match="cannot be located"):
        service.reveal(item_id, reviewers[0], 0, "check")


def test_no_plain_address_or_body_in_the_database(service: ReviewService) -> None:
    raw, finding = ssn_message()
    service.hold(envelope(), raw, verdict((finding,)))
    with service.db.engine.connect() as connection:
        rows = [
            repr(tuple(row))
            for table in ("items", "item_addresses", "item_categories")
            for row in connection.execute(text(f"SELECT * FROM {table}"))
        ]
    dump = "\n".join(rows)
    for secret in (SENDER, RECIPIENT.lower(), SSN, "Member record"):
        assert secret not in dump
    assert "government_id" in dump


def test_hold_failure_raises_hold_error(service: ReviewService) -> None:
    with service.db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE item_categories RENAME TO away"))
    raw, finding = ssn_message()
    try:
        with pytest.raises(HoldError) as caught:
            service.hold(envelope(), raw, verdict((finding,)))
    finally:
        with service.db.engine.begin() as connection:
            connection.execute(text("ALTER TABLE away RENAME TO item_categories"))
    assert SENDER not in str(caught.value)
    assert service.list_items(ItemFilter(), CLI).total == 0  # nothing half-stored


def test_stats(service: ReviewService, reviewers: tuple[User, ...]) -> None:
    raw, finding = ssn_message()
    first = service.hold(envelope(), raw, verdict((finding,)))
    service.hold(envelope(), message("Win"), verdict(tos=0.95, categories=("tos",)))
    service.hold(envelope(), raw, verdict((finding,)))
    _age(service, first, 120)
    service.decide(first, reviewers[0], "reject", None)
    stats = service.stats(CLI)
    assert stats["pending"] == 2
    assert stats["pending_by_category"] == {"government_id": 1, "tos": 1}
    assert stats["decisions"] == {"reject": 1}
    assert stats["by_status"]["rejected"] == 1
    assert 0 <= stats["oldest_pending_age_seconds"] < 60


def test_unreachable_database_is_a_clear_error(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/test?connect_timeout=2"
    settings = Settings(data_dir=tmp_path, store=Store(url=url))
    with pytest.raises(
        StoreError, match=r"cannot open the review queue database \(OperationalError\)"
    ):
        ReviewService.open(settings)


def test_a_reveal_reason_may_not_quote_the_value(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw = message("Diagnosis: Diabetes, type 2.\n")
    segment = next(s for s in parse_message(raw, Limits()).segments if "Diabetes" in s.text)
    start = segment.text.index("Diabetes")
    term = Finding("t", "health", "TERM", segment.source, segment.part, start, start + 8, 0.9)
    item_id = service.hold(envelope(), raw, verdict((term,)))
    service.claim(item_id, reviewers[0])
    with pytest.raises(InvalidInput, match="value it reveals"):
        service.reveal(item_id, reviewers[0], 0, "is DIABETES the word?")
    assert service.reveal(item_id, reviewers[0], 0, "check the diagnosis") == "Diabetes"


def test_a_decided_item_reveals_nothing(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    lease = service.claim(item_id, reviewers[0])
    service.decide(item_id, reviewers[0], "reject", lease.token)
    with pytest.raises(InvalidInput, match="decided"):
        service.reveal(item_id, reviewers[0], 0, "after the fact")


def _retried(raw: bytes) -> bytes:
    """``raw`` as a before-queue MTA passes it on a second try: a new Received line on top."""
    return b"Received: from client (try 2) by mta; Sat, 5 Dec 2026 19:41:00 +0000\r\n" + raw


def test_a_message_held_again_is_not_held_twice(make_settings: MakeSettings) -> None:
    """A client that missed our 250 sends again: it gets the first hold's id."""
    raw, finding = ssn_message()
    svc = ReviewService.open(make_settings(duplicate_window_seconds=3600))
    try:
        first = svc.hold(envelope(), raw, verdict((finding,)))
        assert svc.hold(envelope(), raw, verdict((finding,))) == first
        assert svc.hold(envelope(), _retried(raw), verdict((finding,))) == first
        # another envelope, another message, or no Message-ID to tell a retry by: new items
        others = {
            svc.hold(envelope(rcpts=("someone@else.example",)), raw, verdict((finding,))),
            svc.hold(envelope(), raw.replace(b"as requested", b"as agreed"), verdict((finding,))),
            svc.hold(envelope(), _retried(raw.replace(b"Message-ID", b"X-Old-ID")), verdict()),
        }
        assert first not in others and len(others) == 3
        assert svc.stats(CLI)["pending"] == 4
        _age(svc, first, 7200)  # past the window: a new message after all
        assert svc.hold(envelope(), raw, verdict((finding,))) != first
    finally:
        svc.close()


def test_a_zero_duplicate_window_holds_every_copy(service: ReviewService) -> None:
    raw, finding = ssn_message()
    assert service.hold(envelope(), raw, verdict((finding,))) != service.hold(
        envelope(), raw, verdict((finding,))
    )


def test_two_tries_of_one_message_at_once_make_one_item(make_settings: MakeSettings) -> None:
    from concurrent.futures import ThreadPoolExecutor

    raw, finding = ssn_message()
    svc = ReviewService.open(make_settings(duplicate_window_seconds=3600))
    try:
        with ThreadPoolExecutor(4) as pool:
            ids = set(pool.map(lambda _: svc.hold(envelope(), raw, verdict((finding,))), range(4)))
        assert len(ids) == 1 and svc.stats(CLI)["pending"] == 1
    finally:
        svc.close()
