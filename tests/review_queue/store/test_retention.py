"""Retention, erasure and export end to end, checked with raw SQL."""

from __future__ import annotations

import base64
import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, text

from review_queue.service import CLI, ReviewService
from review_queue.store.types import (
    AuditQuery,
    BodyPurged,
    ItemFilter,
    ItemStatus,
    PermissionDenied,
    Role,
    User,
)
from tests.review_queue.store.conftest import MakeSettings
from tests.review_queue.store.helpers import (
    PASSWORD,
    RECIPIENT,
    SENDER,
    envelope,
    message,
    smtp_sink,
    ssn_message,
    verdict,
)

LATER = datetime.now(UTC) + timedelta(days=8)
STRANGER = "someone@else.example"


def _sql(service: ReviewService, query: str, **params: object) -> list[tuple[object, ...]]:
    with service.db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(query), params)]


def test_undecided_items_expire_with_the_default_action(
    make_settings: MakeSettings, relay_port: int
) -> None:
    service = ReviewService.open(make_settings(undecided_after_seconds=7 * 86400))
    try:
        raw, finding = ssn_message()
        old = service.hold(envelope(), raw, verdict((finding,)))
        with smtp_sink(relay_port) as sink:
            report = service.purge(LATER)
            assert service.purge(LATER).expired == 0  # idempotent
        assert (report.expired, report.auto_released) == (1, 0)
        assert sink.messages[0][:2] == ("<>", [SENDER])  # the sender is told
        (status,) = _sql(service, "SELECT status FROM items WHERE id = :i", i=old)
        assert status == ("expired",)
        (entry,) = service.audit_entries(AuditQuery(action="decide"), CLI)
        assert entry.actor == "system:retention" and entry.detail["decision"] == "reject"
    finally:
        service.close()


def test_undecided_items_can_default_to_release(
    make_settings: MakeSettings, relay_port: int
) -> None:
    service = ReviewService.open(make_settings(undecided_action="release"))
    try:
        raw, finding = ssn_message()
        service.hold(envelope(), raw, verdict((finding,)))
        fresh = service.purge()
        assert fresh.auto_released == 0
        with smtp_sink(relay_port) as sink:
            assert service.purge(LATER).auto_released == 1
        assert sink.messages == [(SENDER, [RECIPIENT], raw)]
    finally:
        service.close()


def test_decided_bodies_are_deleted_keeping_anonymous_metadata(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    pending = service.hold(envelope(), raw, verdict((finding,)))
    service.decide(item_id, reviewers[0], "reject", None, note="called the member")
    report = service.purge(datetime.now(UTC) + timedelta(days=31))
    assert report.bodies_deleted == 1
    row = _sql(
        service,
        "SELECT raw_enc, envelope_enc, key_id, fingerprint, status, size FROM items WHERE id = :i",
        i=item_id,
    )
    assert row == [(None, None, None, None, "rejected", len(raw))]
    assert _sql(service, "SELECT * FROM item_addresses WHERE item_id = :i", i=item_id) == []
    assert _sql(service, "SELECT note FROM decisions WHERE item_id = :i", i=item_id) == [("",)]
    with pytest.raises(BodyPurged):
        service.load_raw(item_id, CLI)
    detail = service.get_item(item_id, reviewers[0])
    assert detail.envelope is None and detail.verdict["message_id"] is None
    assert detail.summary.categories == ("government_id",)
    assert service.load_raw(pending, CLI) == raw  # undecided items keep their body


def _database_files(service: ReviewService) -> bytes:
    """The SQLite database's bytes, with its -wal and -shm files."""
    files = sorted(service.settings.data_dir.glob("queue.sqlite3*"))
    return b"".join(path.read_bytes() for path in files)


def test_purge_compacts_so_purged_bodies_leave_the_database_files(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    service.decide(item_id, reviewers[0], "reject", None)
    ((blob,),) = _sql(service, "SELECT raw_enc FROM items WHERE id = :i", i=item_id)
    assert isinstance(blob, bytes)

    report = service.purge(datetime.now(UTC) + timedelta(days=31))

    assert (report.bodies_deleted, report.compaction) == (1, "done")
    (purged,) = service.audit_entries(AuditQuery(action="purge_bodies"), CLI)
    (compacted,) = service.audit_entries(AuditQuery(action="compact"), CLI)
    assert compacted.detail == {"through_seq": purged.seq}
    if not service.db.is_postgresql:  # the WAL held the row since the hold
        assert blob[:64] not in _database_files(service)
    assert service.purge(datetime.now(UTC) + timedelta(days=32)).compaction == "not_needed"


def test_a_checkpoint_a_reader_blocks_is_reported_and_retried_by_the_next_purge(
    service: ReviewService,
    reviewers: tuple[User, ...],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if service.db.is_postgresql:
        pytest.skip("SQLite WAL checkpoints only")
    monkeypatch.setattr("review_queue.store.db._CHECKPOINT_WAIT_MS", 50)
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    service.decide(item_id, reviewers[0], "reject", None)
    ((blob,),) = _sql(service, "SELECT raw_enc FROM items WHERE id = :i", i=item_id)
    later = datetime.now(UTC) + timedelta(days=31)
    reader = sqlite3.connect(service.settings.data_dir / "queue.sqlite3", isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM items").fetchall()  # holds the older snapshot
        report = service.purge(later)
    finally:
        reader.close()

    assert (report.bodies_deleted, report.compaction) == (1, "failed")
    assert "checkpoint incomplete" in caplog.text and SENDER not in caplog.text
    assert service.audit_entries(AuditQuery(action="compact"), CLI) == []
    assert blob[:64] in _database_files(service)

    retried = service.purge(later)  # nothing new to delete: the owed compaction runs

    assert (retried.bodies_deleted, retried.compaction) == (0, "done")
    assert blob[:64] not in _database_files(service)


def test_decided_items_are_deleted_entirely_after_metadata_retention(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    owed = service.hold(envelope(), raw, verdict((finding,)))
    service.decide(item_id, reviewers[0], "reject", None, finding_labels={0: "true_positive"})
    service.decide(owed, reviewers[0], "reject", None, notify_customer=True)  # relay down
    now = datetime.now(UTC)
    assert service.purge(now + timedelta(days=31)).bodies_deleted == 1  # metadata stays
    assert service.purge(now + timedelta(days=399)).items_deleted == 0

    report = service.purge(now + timedelta(days=401))  # default: 400 days after the decision

    assert (report.items_deleted, report.compaction) == (1, "done")
    for table in ("items", "decisions", "item_categories", "item_addresses"):
        column = "id" if table == "items" else "item_id"
        rows = _sql(service, f"SELECT {column} FROM {table} WHERE {column} = :i", i=item_id)
        assert rows == [], table
    assert service.load_raw(owed, CLI) == raw  # its notice is still owed: kept, body and all
    (entry,) = service.audit_entries(AuditQuery(action="purge_metadata"), CLI)
    assert entry.detail == {"count": 1}
    assert service.audit_entries(AuditQuery(item_id=item_id), CLI)  # the audit log is untouched
    assert service.verify_audit() == (True, None)


def test_the_decision_counter_keeps_decisions_that_erase_and_retention_deleted(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    """mailguard_review_decisions_total never drops (Prometheus would see a reset)."""
    raw, finding = ssn_message()
    theirs, _ = ssn_message(sender=STRANGER)
    mine = service.hold(envelope(), raw, verdict((finding,)))
    others = [
        service.hold(envelope(sender=STRANGER, rcpts=(RECIPIENT,)), theirs, verdict())
        for _ in range(2)
    ]
    service.decide(mine, reviewers[0], "reject", None)
    service.decide(others[0], reviewers[0], "reject", None)
    with smtp_sink(relay_port):
        service.decide(others[1], reviewers[0], "release", None)
    expected = {"reject": 2, "release": 1}
    assert service.stats(CLI)["decisions_recorded"] == expected

    assert service.erase(SENDER, CLI).erased == 1

    stats = service.stats(CLI)
    assert stats["decisions"] == {"reject": 1, "release": 1}  # the rows left
    assert stats["decisions_recorded"] == expected
    report = service.purge(datetime.now(UTC) + timedelta(days=401))
    assert report.items_deleted == 2
    stats = service.stats(CLI)
    assert (stats["decisions"], stats["decisions_recorded"]) == ({}, expected)
    assert _sql(service, "SELECT name, value FROM counters ORDER BY name") == [
        ("decisions_deleted:reject", 2),
        ("decisions_deleted:release", 1),
    ]


def test_metadata_retention_zero_keeps_decided_items_forever(
    make_settings: MakeSettings,
) -> None:
    service = ReviewService.open(make_settings(metadata_retention_seconds=0))
    try:
        admin = service.create_user("rita", "reviewer", PASSWORD, CLI)
        item_id = service.hold(envelope(), message("hi"), verdict())
        service.decide(item_id, admin, "reject", None)
        report = service.purge(datetime.now(UTC) + timedelta(days=3650))
        assert (report.bodies_deleted, report.items_deleted) == (1, 0)
        assert _sql(service, "SELECT status FROM items") == [("rejected",)]
    finally:
        service.close()


def test_erase_removes_every_item_of_an_address(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    theirs, _ = ssn_message(sender=STRANGER)
    as_sender = service.hold(envelope(), raw, verdict((finding,)))
    as_recipient = service.hold(
        envelope(sender=STRANGER, rcpts=(SENDER.upper(),)), theirs, verdict((finding,))
    )
    unrelated = service.hold(envelope(sender=STRANGER, rcpts=(RECIPIENT,)), theirs, verdict())
    service.decide(as_sender, reviewers[0], "reject", None, note="x")
    service.decide(as_recipient, reviewers[0], "reject", None)
    ciphertexts = _sql(service, "SELECT raw_enc FROM items WHERE id != :i", i=unrelated)

    assert service.erase(f"<{SENDER}>", CLI).erased == 2

    ids = {row[0] for row in _sql(service, "SELECT id FROM items")}
    assert ids == {unrelated} and not ids & {as_sender, as_recipient}
    for table in ("item_addresses", "item_categories", "decisions"):
        rows = _sql(service, f"SELECT item_id FROM {table}")
        assert {r[0] for r in rows} <= {unrelated}, table
    audit_text = str(_sql(service, "SELECT * FROM audit_log"))
    assert SENDER not in audit_text and SENDER.upper() not in audit_text
    (entry,) = service.audit_entries(AuditQuery(action="erase"), CLI)
    assert entry.detail == {
        "items": 2,
        "allowlist": 0,
        "pending_erased": 0,
        "pending_skipped": 0,
        "customer_scoped": False,
    }
    assert service.verify_audit() == (True, None)
    if service.db.engine.dialect.name == "sqlite":  # gone from the file, not just unlinked
        database = _database_files(service)
        for (blob,) in ciphertexts:
            assert isinstance(blob, bytes) and blob[:64] not in database
    assert service.list_items(ItemFilter(status=None), CLI).total == 1


def test_data_subject_requests_need_an_admin_or_the_operator(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    for attempt in (
        lambda: service.erase(SENDER, reviewers[0], include_pending=True),
        lambda: service.export(SENDER, reviewers[2]),
        lambda: service.export_labels(reviewers[2]),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert service.load_raw(item_id, CLI) == raw
    assert not service.audit_entries(AuditQuery(action="export"), CLI)
    admin = service.create_user("root", Role.ADMIN, PASSWORD, CLI)
    assert service.erase(SENDER, admin, include_pending=True).erased == 1
    (entry,) = service.audit_entries(AuditQuery(action="erase"), CLI)
    assert entry.actor == "root"


def test_erase_skips_pending_items_unless_told_and_keeps_to_one_customer(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    decided = service.hold(envelope(), raw, verdict((finding,)))
    pending = service.hold(envelope(), raw, verdict((finding,)))
    in_flight = service.hold(envelope(), raw, verdict((finding,)))
    elsewhere = service.hold(envelope(customer="org-2"), raw, verdict((finding,)))
    service.decide(decided, reviewers[0], "reject", None)
    service.decide(in_flight, reviewers[0], "release", None)  # relay down: release_pending
    service.decide(elsewhere, reviewers[0], "reject", None)
    (scoped,) = service.export(SENDER, CLI, customer="org-2")["items"]
    assert (scoped["id"], scoped["customer"]) == (elsewhere, "org-2")

    report = service.erase(SENDER, CLI, customer="org-1")

    assert (report.erased, report.pending_erased) == (1, 0)
    assert report.pending_skipped == (pending, in_flight)  # the sender was told "held"
    remaining = {row[0] for row in _sql(service, "SELECT id FROM items")}
    assert remaining == {pending, in_flight, elsewhere}

    forced = service.erase(SENDER, CLI, customer="org-1", include_pending=True)

    assert (forced.erased, forced.pending_erased, forced.pending_skipped) == (2, 2, ())
    assert {row[0] for row in _sql(service, "SELECT id FROM items")} == {elsewhere}
    details = [e.detail for e in service.audit_entries(AuditQuery(action="erase"), CLI)]
    assert [(d["items"], d["pending_erased"], d["pending_skipped"]) for d in details] == [
        (2, 2, 0),
        (1, 0, 2),
    ]
    assert all(d["customer_scoped"] for d in details)
    assert SENDER not in str(_sql(service, "SELECT detail FROM audit_log"))


def test_export_returns_everything_held_about_an_address(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    sent = service.hold(envelope(), raw, verdict((finding,)))
    received = service.hold(
        envelope(sender=STRANGER, rcpts=(SENDER, RECIPIENT)),
        message("hi", sender=STRANGER),
        verdict(),
    )
    service.hold(envelope(sender=STRANGER, rcpts=(RECIPIENT,)), ssn_message(STRANGER)[0], verdict())
    service.decide(sent, reviewers[0], "reject", None, note="asked the sender")
    document = service.export(SENDER.upper(), CLI)
    items = {item["id"]: item for item in document["items"]}
    assert set(items) == {sent, received}
    assert items[sent]["roles"] == ["from", "header_from"] and items[received]["roles"] == ["to"]
    assert base64.b64decode(items[sent]["raw_b64"]) == raw
    assert items[sent]["envelope"]["mail_from"] == SENDER
    # as a recipient: neither the other recipients nor the sender's connection
    assert items[received]["envelope"] == {
        "mail_from": STRANGER, "rcpt_tos": [SENDER], "client": None
    }  # fmt: skip
    assert items[sent]["verdict"]["findings"]  # the sender sees the screening of their mail
    assert items[sent]["decision"] == {
        "decision": "reject",
        "decided_at": items[sent]["decision"]["decided_at"],
        "source": "reviewer",
    }
    assert "internal" in items[sent]["withheld"]["decision_note"]
    assert "asked the sender" not in json.dumps(document)  # notes are never exported
    assert items[received]["decision"] is None
    (entry,) = service.audit_entries(AuditQuery(action="export"), CLI)
    assert entry.detail == {"items": 2, "customer_scoped": False}
    assert {item["customer"] for item in document["items"]} == {"org-1"}
    assert service.export("nobody@example.org", CLI)["items"] == []


def test_a_recipient_export_has_only_mail_delivered_to_them_and_no_notes(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    # someone else's SSN: the sender's data, not the recipient's
    raw, finding = ssn_message(sender=STRANGER)
    hi = message("hi", sender=STRANGER)
    rejected = service.hold(envelope(sender=STRANGER, rcpts=(SENDER,)), raw, verdict((finding,)))
    pending = service.hold(envelope(sender=STRANGER, rcpts=(SENDER,)), raw, verdict((finding,)))
    released = service.hold(envelope(sender=STRANGER, rcpts=(SENDER,)), hi, verdict())
    service.decide(rejected, reviewers[0], "reject", None, note="phoned the member")
    with smtp_sink(relay_port):
        service.decide(released, reviewers[0], "release", None, note="harmless reply")

    document = service.export(SENDER, CLI)

    items = {item["id"]: item for item in document["items"]}
    assert {item["roles"][0] for item in items.values()} == {"to"}
    assert base64.b64decode(items[released]["raw_b64"]) == hi
    assert "message" not in items[released]["withheld"]
    for item_id, why in ((rejected, "rejected"), (pending, "still held")):
        assert items[item_id]["raw_b64"] is None
        assert why in items[item_id]["withheld"]["message"]
        assert items[item_id]["envelope"] == {
            "mail_from": STRANGER, "rcpt_tos": [SENDER], "client": None
        }  # fmt: skip
    for item in items.values():  # findings locate the sender's content: not shown
        assert item["verdict"] is None and "findings" in item["withheld"]["screening"]
    assert items[rejected]["decision"]["decision"] == "reject"
    text = json.dumps(document)
    assert base64.b64encode(raw).decode() not in text
    assert "phoned the member" not in text and "harmless reply" not in text


def test_purge_keeps_release_pending_bodies(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    service.decide(item_id, reviewers[0], "release", None)  # relay down: release_pending
    assert service.purge(datetime.now(UTC) + timedelta(days=60)).bodies_deleted == 0
    assert service.get_item(item_id, reviewers[0]).summary.status is ItemStatus.RELEASE_PENDING
    assert service.load_raw(item_id, CLI) == raw


def test_erase_finds_a_customer_login_that_is_an_address(service: ReviewService) -> None:
    raw, finding = ssn_message(sender="news@list.example")
    item_id = service.hold(
        envelope(sender="news@list.example", customer=SENDER), raw, verdict((finding,))
    )
    roles = [i["roles"] for i in service.export(SENDER, CLI)["items"]]
    assert roles == [["customer", "login"]]  # the login is the id it is recorded under
    assert service.erase(SENDER, CLI, include_pending=True).erased == 1
    assert _sql(service, "SELECT id FROM items WHERE id = :i", i=item_id) == []


def test_purge_drops_a_customer_login_that_is_an_address(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(customer=SENDER), raw, verdict((finding,)))
    service.decide(item_id, reviewers[0], "reject", None)
    assert _sql(service, "SELECT customer FROM items") == [(SENDER,)]  # the tenant, as is
    service.purge(datetime.now(UTC) + timedelta(days=31))
    assert _sql(service, "SELECT customer FROM items") == [(None,)]


def test_erase_and_export_reach_allowlist_entries_made_for_a_login_that_is_an_address(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    """Allowlisting records the item's customer in clear: a login that is an address is
    that person's, so their export shows the entry and their erasure removes it."""
    raw, finding = ssn_message(sender=STRANGER)
    owner = "Owner@Login.Example"
    item_id = service.hold(envelope(sender=STRANGER, customer=owner), raw, verdict((finding,)))
    with smtp_sink(relay_port):
        service.decide(item_id, reviewers[0], "release_and_allowlist", None)
    assert _sql(service, "SELECT customer FROM allowlist") == [(owner,)]

    sent: list[str] = []  # every statement and its parameters, as a statement log has them

    def capture(conn: object, cursor: object, statement: str, params: object, *_: object) -> None:
        sent.append(f"{statement} {params!r}")

    event.listen(service.db.engine, "before_cursor_execute", capture)
    try:
        (entry,) = service.export(owner.lower(), CLI)["allowlist"]
        assert entry["customer"] == owner
        report = service.erase(owner.lower(), CLI)
    finally:
        event.remove(service.db.engine, "before_cursor_execute", capture)
    assert (report.erased, report.allowlist) == (1, 1)
    assert _sql(service, "SELECT * FROM allowlist") == []
    assert sent and not [line for line in sent if "login.example" in line.lower()]


def test_a_recipient_export_leaves_out_a_customer_login_that_is_an_address(
    service: ReviewService,
) -> None:
    """The customer id defaults to the SASL login: when that is the sender's account
    address, it is the sender's client connection, withheld from a recipient."""
    raw, finding = ssn_message()
    service.hold(envelope(customer="owner@login.example"), raw, verdict((finding,)))
    (view,) = service.export(RECIPIENT, CLI)["items"]
    assert view["customer"] is None and "customer" in view["withheld"]
    assert "owner@login.example" not in json.dumps(view)
    (own,) = service.export("owner@login.example", CLI)["items"]  # the login's own view
    assert own["customer"] == "owner@login.example"


def test_purge_forgets_old_login_failures(service: ReviewService) -> None:
    service.authenticate("ghost", "wrong password", "192.0.2.1")
    assert len(_sql(service, "SELECT * FROM login_failures")) == 1
    service.purge()
    assert len(_sql(service, "SELECT * FROM login_failures")) == 1  # still in its window
    service.purge(datetime.now(UTC) + timedelta(hours=1))
    assert _sql(service, "SELECT * FROM login_failures") == []


VERP_SENDER = "bounce+alice=example.net@mail.riverside.example"
DONATIONS = "donations@riverside.example"


def _newsletter(*headers: str) -> bytes:
    lines = [*headers, "Subject: Your gift", "Message-ID: <v1@riverside.example>", "", "Thanks"]
    return "\r\n".join([*lines, ""]).encode("utf-8", "surrogateescape")


def test_addresses_only_in_headers_are_found_by_export_and_erase(service: ReviewService) -> None:
    raw = _newsletter(
        "From: Riverside Donations <Donations@Riverside.example>",
        "Sender: mailer@mailer.example",
        "Reply-To: replies@riverside.example",
        "To: Alice <alice@example.net>",
        'Cc: carol@example.org, "Dave, D." <dave@example.org>',
    )
    item_id = service.hold(
        envelope(sender=VERP_SENDER, rcpts=("alice@example.net",)), raw, verdict()
    )

    rows = _sql(service, "SELECT role, addr_hash FROM item_addresses WHERE item_id = :i", i=item_id)
    assert sorted(role for role, _ in rows) == [
        "from", "header_cc", "header_cc", "header_from", "header_reply_to", "header_sender",
        "header_to", "to",
    ]  # fmt: skip
    assert all(len(str(h)) == 64 and "@" not in str(h) for _, h in rows)  # keyed hashes only
    (from_view,) = service.export(DONATIONS, CLI)["items"]  # the header From sees their mail
    assert from_view["roles"] == ["header_from"]
    assert base64.b64decode(from_view["raw_b64"]) == raw
    (cc_view,) = service.export("Carol@example.org", CLI)["items"]  # a header-only recipient
    assert cc_view["roles"] == ["header_cc"] and cc_view["raw_b64"] is None
    assert cc_view["envelope"] == {"mail_from": VERP_SENDER, "rcpt_tos": [], "client": None}
    (to_view,) = service.export("alice@example.net", CLI)["items"]
    assert to_view["roles"] == ["header_to", "to"] and to_view["raw_b64"] is None  # pending

    assert service.erase(DONATIONS, CLI, include_pending=True).erased == 1
    assert _sql(service, "SELECT id FROM items") == []


def test_utf8_header_addresses_are_found_by_export_and_erase(service: ReviewService) -> None:
    """An internationalised message (RFC 6532) names people in UTF-8 headers."""
    raw = _newsletter("From: Zoë <zoë@bücher.example>", "To: alice@example.net")
    item_id = service.hold(
        envelope(sender="bounce@bücher.example", rcpts=("alice@example.net",)), raw, verdict()
    )
    (view,) = service.export("Zoë@bücher.example", CLI)["items"]
    assert view["id"] == item_id and view["roles"] == ["header_from"]
    assert service.erase("zoë@bücher.example", CLI, include_pending=True).erased == 1


def test_export_and_erase_find_every_spelling_of_an_address(service: ReviewService) -> None:
    """One mailbox, written differently in the envelope and the headers: a domain in
    Unicode or as ``xn--``, a local part quoted or not. A sub-address stays distinct."""
    raw = _newsletter(
        'From: "jo.smith"@Riverside.example',
        "To: Eve <eve@xn--bcher-kva.example>",
        "Cc: dan+news@example.org",
    )
    item_id = service.hold(
        envelope(sender="jo.smith@riverside.example", rcpts=("eve@bücher.example",)),
        raw,
        verdict(),
    )

    def roles(address: str) -> list[list[str]]:
        return [item["roles"] for item in service.export(address, CLI)["items"]]

    assert roles("Jo.Smith@riverside.example") == [["from", "header_from"]]
    assert roles('"jo.smith"@riverside.example') == [["from", "header_from"]]
    assert roles("eve@bücher.example") == [["header_to", "to"]]
    assert roles("eve@XN--BCHER-KVA.example") == [["header_to", "to"]]
    assert roles("dan@example.org") == []
    assert roles("dan+news@example.org") == [["header_cc"]]
    assert service.erase("EVE@xn--bcher-kva.example", CLI, include_pending=True).erased == 1
    assert _sql(service, "SELECT id FROM items WHERE id = :i", i=item_id) == []


def test_an_idn_spelling_never_reaches_another_domain(service: ReviewService) -> None:
    """Punycode both ways, no IDNA 2003 mapping: ``straße`` is not ``strasse``, whose
    mail belongs to someone else and must survive an erasure of the other."""
    raw = _newsletter("From: x@strasse.example", "To: alice@example.net")
    theirs = service.hold(envelope(sender="x@strasse.example"), raw, verdict())
    raw = _newsletter("From: x@xn--strae-oqa.example", "To: alice@example.net")
    mine = service.hold(envelope(sender="x@straße.example"), raw, verdict())
    assert [i["id"] for i in service.export("x@straße.example", CLI)["items"]] == [mine]
    assert service.erase("X@xn--strae-oqa.example", CLI, include_pending=True).erased == 1
    assert _sql(service, "SELECT id FROM items") == [(theirs,)]


def test_a_forged_header_from_does_not_get_the_message(service: ReviewService) -> None:
    """The From header is the sender's to write: naming someone there must not hand them
    the message (it may hold other people's data) unless it is the envelope sender's."""
    raw = _newsletter("From: Victim <victim@elsewhere.example>", "To: alice@example.net")
    service.hold(envelope(sender=DONATIONS, rcpts=("alice@example.net",)), raw, verdict())
    (view,) = service.export("victim@elsewhere.example", CLI)["items"]
    assert view["roles"] == ["header_from"] and view["raw_b64"] is None
    (own,) = service.export(DONATIONS, CLI)["items"]
    assert base64.b64decode(own["raw_b64"]) == raw


def test_malformed_address_headers_never_stop_a_hold(service: ReviewService) -> None:
    raw = _newsletter("From: <<<@@@>>>", "To: ,,,;", "Cc: =?utf-8?q?broken", "Reply-To: \udcff")
    item_id = service.hold(envelope(), raw, verdict())
    roles = _sql(service, "SELECT role FROM item_addresses WHERE item_id = :i", i=item_id)
    assert {"from", "to"} <= {role for (role,) in roles}


def test_audit_entries_past_their_retention_are_pruned_and_the_chain_verifies(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    service.decide(item_id, reviewers[0], "reject", None)
    now = datetime.now(UTC)
    assert service.purge(now + timedelta(days=729)).audit_entries_deleted == 0
    report = service.purge(now + timedelta(days=731))  # default: 730 days
    assert report.audit_entries_deleted > 0 and report.compaction == "done"
    assert service.verify_audit() == (True, None)
    actions = [entry.action for entry in service.audit_entries(AuditQuery(limit=50), CLI)]
    assert "decide" not in actions and "audit_prune" in actions
