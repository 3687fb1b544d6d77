"""Reviewer flows over HTTP: list, filter, claim, decide once, reveal, bulk, and the API."""

from __future__ import annotations

import html
import json
import logging
import re
from dataclasses import replace
from urllib.parse import urlencode

import httpx2
import pytest
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY, generate_latest

from review_queue.service import CLI
from review_queue.store.types import AuditQuery, Decision, FindingLabel, ItemStatus
from tests.review_queue.web.conftest import World, csrf_of, login
from tests.review_queue.web.mail import CARD, SSN, message

_ROW_IDS = re.compile(r'name="ids" value="([0-9a-f]+)"')
# A row's id and its score cell, whose title lists every scorer's score.
_ROW = re.compile(
    r'name="ids" value="([0-9a-f]+)".*?<td[^>]* title="sensitive [^"]*">'
    r"([^<]*<span[^>]*>[^<]*</span>)",
    re.S,
)


def _ids(page: str) -> list[str]:
    return _ROW_IDS.findall(page)


def _hidden_fields(page: str) -> dict[str, list[str]]:
    """The hidden fields of a confirmation form, as it would post them back."""
    form: dict[str, list[str]] = {}
    for name, value in re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', page):
        form.setdefault(name, []).append(html.unescape(value))
    return form


def _decide(client: TestClient, item: str, decision: str, **extra: str) -> httpx2.Response:
    page = client.get(f"/items/{item}").text
    lease = re.search(r'name="lease_token" value="([^"]+)"', page)
    assert lease, "no decision form: the item was not claimed"
    data = {"csrf_token": csrf_of(page), "lease_token": lease.group(1), "decision": decision}
    answer: httpx2.Response = client.post(f"/items/{item}/decide", data={**data, **extra})
    return answer


def test_queue_lists_oldest_first_and_filters(world: World) -> None:
    client = world.client("rita")
    items = world.items
    assert _ids(client.get("/queue").text) == [items["ssn"], items["card"], items["spam"]]
    newest = client.get("/queue", params={"direction": "desc"}).text
    assert _ids(newest) == [items["spam"], items["card"], items["ssn"]]
    assert _ids(client.get("/queue", params={"category": "payment_card"}).text) == [items["card"]]
    assert _ids(client.get("/queue", params={"customer": "org-2"}).text) == [items["card"]]
    assert _ids(client.get("/queue", params={"min_score": "0.9"}).text) == [
        items["ssn"],
        items["card"],
    ]
    assert _ids(client.get("/queue", params={"min_age_hours": "1"}).text) == []


def test_queue_row_names_the_scorer_behind_its_score(world: World) -> None:
    """A ToS hold has no Sensitive Data category: the score cell says which scorer it is."""
    page = world.client("rita").get("/queue").text
    rows = {m.group(1): m.group(2) for m in _ROW.finditer(page)}
    items = world.items
    assert rows[items["card"]].startswith('0.97 <span class="muted">sensitive</span>')
    assert rows[items["spam"]].startswith('0.10 <span class="muted">tos</span>')


def test_queue_paginates(world: World) -> None:
    world.app.state.web_config = replace(world.app.state.web_config, page_size=2)
    client = world.client("rita")
    first = client.get("/queue").text
    assert len(_ids(first)) == 2 and "page 1 of 2" in first
    second = client.get("/queue", params={"page": "2"}).text
    assert _ids(second) == [world.items["spam"]]


def test_item_view_masks_findings_and_claims_the_item(world: World) -> None:
    rita = world.client("rita")
    page = rita.get(f"/items/{world.items['ssn']}").text
    assert SSN not in page
    assert "government_id" in page and "sensitive-data" in page  # finding and fired rule
    assert 'name="lease_token"' in page
    summary = world.service.get_item(world.items["ssn"], world.user("aldo")).summary
    assert summary.lease_owner == "rita"
    # A second reviewer sees the item read-only: no lease, no decision form.
    other = world.client("ron").get(f"/items/{world.items['ssn']}").text
    assert 'name="lease_token"' not in other and "being reviewed by rita" in other
    assert "<td>rita</td>" in world.client("ron").get("/queue").text
    # An auditor never claims.
    auditor = world.client("aldo").get(f"/items/{world.items['card']}").text
    assert 'name="lease_token"' not in auditor and CARD not in auditor
    views = world.service.audit_entries(AuditQuery(action="view"), CLI)
    assert {e.actor for e in views} >= {"rita", "ron", "aldo"}


def test_release_is_delivered_once_even_if_pressed_twice(world: World) -> None:
    rita = world.client("rita")
    item = world.items["ssn"]
    page = rita.get(f"/items/{item}").text
    lease = re.search(r'name="lease_token" value="([^"]+)"', page)
    assert lease
    form = {
        "csrf_token": csrf_of(page),
        "lease_token": lease.group(1),
        "decision": "release",
        "label_0": "false_positive",
        "note": "known test number",
    }
    first = rita.post(f"/items/{item}/decide", data=form)
    second = rita.post(f"/items/{item}/decide", data=form)
    assert (first.status_code, second.status_code) == (303, 303)
    queue = rita.get("/queue", params={"status": "any"}).text
    assert "release recorded (released)" in queue or "already recorded" in queue
    assert len(world.sink.messages) == 1
    assert SSN.encode() in world.sink.messages[0][2]  # the original message, unchanged
    detail = world.service.get_item(item, world.user("aldo"))
    assert detail.summary.status is ItemStatus.RELEASED
    assert detail.decision is not None
    assert detail.decision.finding_labels == {0: FindingLabel.FALSE_POSITIVE}
    decisions = world.service.audit_entries(AuditQuery(action="decide"), CLI)
    assert len(decisions) == 1


def test_reject_with_notice_and_release_with_allowlist(world: World) -> None:
    rita = world.client("rita")
    assert _decide(rita, world.items["card"], "reject", notify_customer="true").status_code == 303
    asked = _decide(rita, world.items["spam"], "release_and_allowlist")
    assert asked.status_code == 200
    assert (
        rita.post(
            f"/items/{world.items['spam']}/decide", data=_hidden_fields(asked.text)
        ).status_code
        == 303
    )
    card = world.service.get_item(world.items["card"], world.user("aldo"))
    spam = world.service.get_item(world.items["spam"], world.user("aldo"))
    assert card.decision and card.decision.decision is Decision.REJECT
    assert card.decision.notify_customer
    assert spam.decision and spam.decision.allowlist
    assert card.summary.status is ItemStatus.REJECTED


def test_the_rejection_notice_box_says_it_goes_to_the_sender_and_it_does(world: World) -> None:
    """The notice goes to the held message's envelope sender (MAIL FROM), not to the customer
    nor the From header: the pages say so, and the relay sees just that."""
    raw = message("Newsletter", "Quarterly appeal draft\n", sender="news@org.example")
    item = world.hold("verp", raw, (), sender="bounce+d=example.net@mailer.example")
    rita = world.client("rita")
    queue = rita.get("/queue").text
    assert "on reject, send the senders a rejection notice" in queue
    assert "notify customer" not in queue
    page = rita.get(f"/items/{item}").text
    assert "on reject, send the sender a rejection notice" in page
    assert "envelope sender (MAIL FROM)" in html.unescape(page)
    asked = rita.post(
        "/queue/bulk",
        data={"csrf_token": csrf_of(queue), "decision": "reject", "ids": [item],
              "notify_customer": "true"},
    )  # fmt: skip
    said = " ".join(html.unescape(asked.text).split())
    assert "each message's sender (its envelope sender, MAIL FROM) is sent a rejection" in said
    assert world.sink.messages == []
    assert _decide(rita, item, "reject", notify_customer="true").status_code == 303
    assert world.sink.received.wait(5)
    ((mail_from, rcpts, notice),) = world.sink.messages
    assert (mail_from, rcpts) == ("<>", ["bounce+d=example.net@mailer.example"])
    assert b"Quarterly appeal" not in notice and b"news@org.example" not in notice
    schema = TestClient(world.app).get("/api/v1/openapi.json").json()
    field = schema["components"]["schemas"]["RejectIn"]["properties"]["notify_customer"]
    assert "envelope sender" in field["description"]


def test_decision_with_a_stale_lease_is_refused(world: World) -> None:
    rita = world.client("rita")
    page = rita.get(f"/items/{world.items['ssn']}").text
    answer = rita.post(
        f"/items/{world.items['ssn']}/decide",
        data={"csrf_token": csrf_of(page), "lease_token": "forged", "decision": "release"},
    )
    assert answer.status_code == 409
    assert world.sink.messages == []


def test_reveal_needs_a_reason_and_is_audited(world: World) -> None:
    rita = world.client("rita")
    item = world.items["ssn"]
    page = rita.get(f"/items/{item}").text
    empty = rita.post(
        f"/items/{item}/reveal", data={"csrf_token": csrf_of(page), "finding": "0", "reason": ""}
    )
    assert empty.status_code == 400 and SSN not in empty.text
    shown = rita.post(
        f"/items/{item}/reveal",
        data={"csrf_token": csrf_of(page), "finding": "0", "reason": "check if test number"},
    )
    assert shown.status_code == 303 and SSN in rita.get(shown.headers["location"]).text
    reveals = world.service.audit_entries(AuditQuery(action="reveal"), CLI)
    assert [(e.actor, e.item_id) for e in reveals] == [("rita", item)]
    assert SSN not in json.dumps(
        [dict(e.detail) for e in world.service.audit_entries(AuditQuery(), CLI)]
    )


def test_bulk_reject_skips_items_claimed_by_others(world: World) -> None:
    world.client("ron").get(f"/items/{world.items['card']}")  # ron holds the card item
    rita = world.client("rita")
    page = rita.get("/queue").text
    answer = rita.post(
        "/queue/bulk",
        data={
            "csrf_token": csrf_of(page),
            "decision": "reject",
            "ids": [world.items["ssn"], world.items["card"], world.items["spam"]],
            "confirmed": "true",
        },
    )
    assert answer.status_code == 303
    flash = rita.get("/queue").text
    assert "2 item(s) decided" in flash and "1 skipped (another reviewer holds it)" in flash
    statuses = {
        name: world.service.get_item(item, world.user("aldo")).summary.status
        for name, item in world.items.items()
    }
    assert statuses == {
        "ssn": ItemStatus.REJECTED,
        "card": ItemStatus.PENDING,
        "spam": ItemStatus.REJECTED,
    }


def test_release_and_allowlist_on_the_item_page_asks_for_confirmation(world: World) -> None:
    rita = world.client("rita")
    item = world.items["ssn"]
    asked = _decide(
        rita, item, "release_and_allowlist", note="known partner", label_0="false_positive"
    )
    assert asked.status_code == 200 and "and allowlist its sender?" in asked.text
    assert "their mail to the same customer skips review" in asked.text
    assert f'href="/items/{item}"' in asked.text  # cancel: back to the item, still claimed
    assert not world.service.audit_entries(AuditQuery(action="decide"), CLI)
    assert world.sink.messages == []
    form = _hidden_fields(asked.text)
    assert form["decision"] == ["release_and_allowlist"] and form["confirmed"] == ["true"]
    assert form["note"] == ["known partner"] and form["label_0"] == ["false_positive"]
    done = rita.post(f"/items/{item}/decide", data=form)
    assert done.status_code == 303
    detail = world.service.get_item(item, world.user("aldo"))
    assert detail.decision and detail.decision.allowlist and detail.decision.note == "known partner"
    assert detail.decision.finding_labels == {0: FindingLabel.FALSE_POSITIVE}
    assert len(world.sink.messages) == 1
    # A plain release and a reject are not asked about: one press decides.
    assert _decide(rita, world.items["spam"], "release").status_code == 303
    assert _decide(rita, world.items["card"], "reject").status_code == 303


def _ask_bulk(client: TestClient, decision: str, ids: list[str], note: str) -> httpx2.Response:
    """A bulk ``decision`` on ``ids`` from the pending queue, sender notice ticked: the
    confirmation page it asks first."""
    answer: httpx2.Response = client.post(
        "/queue/bulk",
        data={
            "csrf_token": csrf_of(client.get("/queue").text),
            "decision": decision,
            "ids": ids,
            "note": note,
            "notify_customer": "true",
            "back": "/queue?status=pending",
        },
    )
    return answer


@pytest.mark.parametrize(
    ("decision", "says"),
    [
        ("release", "2 message(s) will be delivered to their recipients at once"),
        ("release_and_allowlist", "their mail to the same customer\nskips review"),
    ],
)
def test_a_bulk_release_asks_for_confirmation_saying_what_goes_out(
    world: World, decision: str, says: str
) -> None:
    rita = world.client("rita")
    ids = [world.items["ssn"], world.items["card"]]
    asked = _ask_bulk(rita, decision, ids, "partners")  # notice ticked: a release sends none
    assert asked.status_code == 200 and "2 selected item(s)?" in asked.text
    assert says in asked.text and "cannot be\ncalled back" in asked.text
    assert ("allowlisted" in asked.text) is (decision == "release_and_allowlist")
    assert 'href="/queue?status=pending"' in asked.text
    assert not world.service.audit_entries(AuditQuery(action="decide"), CLI)
    assert world.sink.messages == []
    form = _hidden_fields(asked.text)
    assert form["ids"] == ids and form["decision"] == [decision]
    assert form["confirmed"] == ["true"] and "notify_customer" not in form
    done = rita.post("/queue/bulk", data=form)
    assert done.status_code == 303 and done.headers["location"] == "/queue?status=pending"
    assert len(world.sink.messages) == 2
    for item in ids:
        detail = world.service.get_item(item, world.user("aldo"))
        assert detail.summary.status is ItemStatus.RELEASED and detail.decision
        assert detail.decision.allowlist is (decision == "release_and_allowlist")
        assert not detail.decision.notify_customer


def test_bulk_reject_asks_for_confirmation(world: World) -> None:
    rita = world.client("rita")
    ids = [world.items["ssn"], world.items["card"]]
    asked = _ask_bulk(rita, "reject", ids, "spam run")
    assert asked.status_code == 200 and "Reject 2 selected item(s)?" in asked.text
    assert 'href="/queue?status=pending"' in asked.text  # cancel: back, nothing decided
    assert not world.service.audit_entries(AuditQuery(action="decide"), CLI)
    # The confirmation form posts the same selection and options back, confirmed.
    form = _hidden_fields(asked.text)
    assert form["ids"] == ids and form["confirmed"] == ["true"]
    assert form["note"] == ["spam run"] and form["notify_customer"] == ["true"]
    done = rita.post("/queue/bulk", data=form)
    assert done.status_code == 303 and done.headers["location"] == "/queue?status=pending"
    card = world.service.get_item(world.items["card"], world.user("aldo"))
    assert card.summary.status is ItemStatus.REJECTED
    assert card.decision and card.decision.notify_customer and card.decision.note == "spam run"


def test_api_lists_and_shows_items_masked(world: World) -> None:
    api = TestClient(world.app)
    headers = world.token("aldo")
    listing = api.get("/api/v1/items", params={"page_size": 2}, headers=headers).json()
    assert listing["total"] == 3 and len(listing["items"]) == 2
    assert listing["items"][0]["id"] == world.items["ssn"]
    detail = api.get(f"/api/v1/items/{world.items['ssn']}", headers=headers)
    assert detail.status_code == 200
    body = detail.json()
    assert body["findings"][0]["category"] == "government_id"
    assert body["findings"][0]["masked"] in body["findings"][0]["context"]
    for answer in (listing, body):
        text = json.dumps(answer)
        assert SSN not in text and CARD not in text and "@" not in text
    assert api.get("/api/v1/items/nope", headers=headers).status_code == 404


def test_api_release_reject_and_stats(world: World) -> None:
    api = TestClient(world.app)
    rita = world.token("rita")
    released = api.post(f"/api/v1/items/{world.items['ssn']}/release", headers=rita)
    assert released.status_code == 200, released.text
    assert released.json()["status"] == "released" and released.json()["decided_by"] == "rita"
    again = api.post(f"/api/v1/items/{world.items['ssn']}/release", headers=rita)
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert len(world.sink.messages) == 1
    conflict = api.post(f"/api/v1/items/{world.items['ssn']}/reject", headers=rita)
    assert conflict.status_code == 409
    rejected = api.post(
        f"/api/v1/items/{world.items['card']}/reject",
        headers=rita,
        json={"note": "card data", "finding_labels": {"0": "true_positive"}},
    )
    assert rejected.status_code == 200 and rejected.json()["decision"] == "reject"
    stats = api.get("/api/v1/stats", headers=world.token("aldo"))
    assert stats.status_code == 200 and isinstance(stats.json(), dict)
    assert api.get("/api/v1/stats").status_code == 401
    assert api.get("/api/v1/stats", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_openapi_documents_the_api(world: World) -> None:
    client = TestClient(world.app)
    schema = client.get("/api/v1/openapi.json").json()
    assert {
        "/api/v1/items",
        "/api/v1/items/{item_id}",
        "/api/v1/items/{item_id}/release",
        "/api/v1/items/{item_id}/reject",
        "/api/v1/stats",
    } <= set(schema["paths"])
    assert not any(path.startswith(("/queue", "/admin", "/login")) for path in schema["paths"])
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200 and "GET /api/v1/items" in docs.text


def test_admin_manages_users_and_tokens(world: World) -> None:
    admin = world.client("admin")
    page = admin.get("/admin/users").text
    created = admin.post(
        "/admin/users",
        data={
            "csrf_token": csrf_of(page),
            "name": "nina",
            "role": "reviewer",
            "password": "another long passphrase",
            "everyone": "true",
        },
    )
    assert created.status_code == 303
    token_page = admin.post("/admin/users/nina/tokens", data={"csrf_token": csrf_of(page)})
    token = re.search(r'<pre class="body" id="token">([^<]+)</pre>', token_page.text)
    assert token
    api = TestClient(world.app)
    headers = {"Authorization": f"Bearer {token.group(1)}"}
    assert api.get("/api/v1/items", headers=headers).status_code == 200
    nina = world.client()
    login(nina, "nina", "another long passphrase")
    assert nina.get("/queue").status_code == 200
    asked = admin.post("/admin/users/nina/disable", data={"csrf_token": csrf_of(page)})
    assert asked.status_code == 200 and "Disable the account nina?" in asked.text
    assert 'name="confirmed" value="true"' in asked.text and 'href="/admin/users"' in asked.text
    assert not world.user("nina").disabled  # asked, not done
    assert nina.get("/queue").status_code == 200
    disabled = admin.post(
        "/admin/users/nina/disable", data={"csrf_token": csrf_of(page), "confirmed": "true"}
    )
    assert disabled.status_code == 303
    assert nina.get("/queue").status_code == 303
    assert api.get("/api/v1/items", headers=headers).status_code == 401
    audit = world.client("aldo").get("/audit").text
    assert "nina" in audit


def test_admin_enables_a_disabled_account_whose_tokens_and_sessions_stay_ended(
    world: World,
) -> None:
    admin = world.client("admin")
    csrf = csrf_of(admin.get("/admin/users").text)
    api = TestClient(world.app)
    headers = world.token("rita")
    rita = world.client()
    login(rita, "rita")
    asked = admin.post("/admin/users/rita/disable", data={"csrf_token": csrf})
    assert "cannot be undone" not in asked.text and "can be enabled again" in asked.text
    done = admin.post("/admin/users/rita/disable", data={"csrf_token": csrf, "confirmed": "true"})
    assert done.status_code == 303
    page = admin.get("/admin/users").text
    row = re.search(r"<tr>\s*<td>rita</td>.*?</tr>", page, re.S)
    assert row and 'action="/admin/users/rita/enable"' in row.group(0)
    assert "/admin/users/rita/disable" not in row.group(0)
    assert 'action="/admin/users/rita/enable"' not in page.replace(row.group(0), "")
    assert admin.post("/admin/users/rita/enable", data={}).status_code == 403  # no CSRF token
    assert world.user("rita").disabled
    enabled = admin.post("/admin/users/rita/enable", data={"csrf_token": csrf})
    assert enabled.status_code == 303 and enabled.headers["location"] == "/admin/users"
    assert "rita enabled: they log in again with their password" in admin.get("/admin/users").text
    assert not world.user("rita").disabled
    assert rita.get("/queue").status_code == 303  # the old session stays ended
    assert api.get("/api/v1/items", headers=headers).status_code == 401  # so does the token
    again = world.client()
    login(again, "rita")
    assert again.get("/queue").status_code == 200
    entries = world.service.audit_entries(AuditQuery(action="user_enable"), CLI)
    assert [(e.actor, e.detail["user"]) for e in entries] == [("admin", "rita")]


def test_blank_filter_fields_mean_any(world: World) -> None:
    page = world.client("rita").get(
        "/queue", params={"min_age_hours": "", "max_age_hours": "", "min_score": "", "category": ""}
    )
    assert page.status_code == 200 and len(_ids(page.text)) == 3


def test_no_detected_value_or_address_in_logs_or_metrics(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    rita = world.client("rita")
    item = world.items["ssn"]
    page = rita.get(f"/items/{item}").text
    revealed = rita.post(
        f"/items/{item}/reveal",
        data={"csrf_token": csrf_of(page), "finding": "0", "reason": "canary check"},
    )
    assert SSN in rita.get(revealed.headers["location"]).text  # shown, not logged
    assert _decide(rita, item, "release").status_code == 303
    rita.get("/queue", params={"customer": "org-1"})
    scrape = generate_latest(REGISTRY).decode()
    # Everything but the test's own SMTP sink (aiosmtpd logs what it receives at DEBUG).
    logged = "\n".join(
        f"{r.getMessage()} {r.__dict__}" for r in caplog.records if not r.name.startswith("mail.")
    )
    assert {r.name for r in caplog.records} - {"mail.log"} != set(), "nothing logged"
    for text in (logged, scrape):
        assert SSN not in text and "a@org.example" not in text and "donor@" not in text
    assert "org-1" not in scrape


def test_invalid_input_says_what_to_fix(world: World) -> None:
    admin = world.client("admin")
    page = admin.get("/admin/users").text
    weak = admin.post(
        "/admin/users",
        data={
            "csrf_token": csrf_of(page),
            "name": "weak",
            "role": "reviewer",
            "password": "short",
            "customers": "org-1",
        },
    )
    assert weak.status_code == 400
    assert f"at least {world.settings.review.min_password_length} characters" in weak.text
    assert world.service.get_user("weak") is None


def test_an_undelivered_release_shows_its_delivery_state(world: World) -> None:
    item = world.items["ssn"]
    world.sink.reply = "554 5.7.1 rejected by policy"
    world.service.decide(item, world.user("rita"), "release", None)
    page = world.client("rita").get(f"/items/{item}").text
    assert "Release to the recipients: 1 attempt(s), last: smtp 554." in page
    assert "Given up: the message was not delivered." in page


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        ("451 4.3.0 try later", "1 attempt(s), last: smtp 451. Retried with backoff."),
        ("554 5.7.1 no", "1 attempt(s), last: smtp 554. Given up: the sender was not told."),
        ("250 OK", "1 attempt(s). Sent."),
    ],
)
def test_a_reject_notice_is_shown_as_the_notice_to_the_sender(
    world: World, reply: str, said: str
) -> None:
    """A reject's notice counts attempts like a release: the page says which one it is."""
    item = world.items["card"]
    world.sink.reply = reply
    world.service.decide(item, world.user("rita"), "reject", None, notify_customer=True)
    page = world.client("rita").get(f"/items/{item}").text
    assert f"Notice to the sender: {said}" in page
    assert "Release to the recipients" not in page


def test_a_delivered_release_says_so(world: World) -> None:
    item = world.items["spam"]
    world.service.decide(item, world.user("rita"), "release", None)
    page = world.client("rita").get(f"/items/{item}").text
    assert "Release to the recipients: 1 attempt(s). Delivered." in page


def test_a_release_the_relay_refuses_says_so_and_odd_label_fields_are_ignored(
    world: World,
) -> None:
    world.sink.reply = "550 5.1.1 no such user"
    rita = world.client("rita")
    odd = {"label_\u00b2": "true_positive", "label_" + "9" * 5000: "true_positive"}
    answer = _decide(rita, world.items["ssn"], "release", **odd)
    assert answer.status_code == 303
    assert "release failed" in rita.get("/queue").text


def test_a_reviewer_without_the_item_cannot_reveal_its_values(world: World) -> None:
    item = world.items["ssn"]
    world.client("rita").get(f"/items/{item}")  # rita holds it
    ron = world.client("ron")
    page = ron.get(f"/items/{item}").text
    assert "read only" in page and "/reveal" not in page
    answer = ron.post(
        f"/items/{item}/reveal",
        data={"csrf_token": csrf_of(page), "finding": "0", "reason": "just looking"},
    )
    assert answer.status_code == 409 and SSN not in answer.text
    assert not world.service.audit_entries(AuditQuery(action="reveal"), CLI)


def test_a_page_past_the_end_goes_to_the_last_page(world: World) -> None:
    answer = world.client("rita").get("/queue", params={"page": "1000000", "status": "any"})
    assert answer.status_code == 303
    assert "page=1" in answer.headers["location"] and "status=any" in answer.headers["location"]


def test_an_admin_cannot_disable_their_own_account(world: World) -> None:
    admin = world.client("admin")
    page = admin.get("/admin/users").text
    answer = admin.post("/admin/users/admin/disable", data={"csrf_token": csrf_of(page)})
    assert answer.status_code == 303
    assert not world.user("admin").disabled
    assert admin.get("/admin/users").status_code == 200


def test_giving_an_item_back_lets_another_reviewer_take_it_at_once(world: World) -> None:
    item = world.items["ssn"]
    rita, ron = world.client("rita"), world.client("ron")
    page = rita.get(f"/items/{item}").text
    assert "read only" in ron.get(f"/items/{item}").text
    answer = rita.post(f"/items/{item}/unclaim", data={"csrf_token": csrf_of(page)})
    assert answer.status_code == 303 and answer.headers["location"] == "/queue"
    assert 'name="lease_token"' in ron.get(f"/items/{item}").text  # ron holds it now


# (field, bad value, what the error says); test ids show the field only, never the value.
_BAD_FILTERS = [
    ("status", "held-1", "should be one of 'pending', 'release_pending'"),
    ("sort", "sender-1", "should be one of 'created_at', 'score', 'size'"),
    ("direction", "up-1", "should be one of 'asc', 'desc'"),
    ("min_score", SSN, "input should be a valid number"),
    ("min_age_hours", "-7.25", "input should be greater than or equal to 0"),
    ("max_age_hours", "99999.5", "input should be less than or equal to 87600"),
    ("page", "-42", "input should be greater than or equal to 1"),
    ("category", "y" * 65, "string should have at most 64 characters"),
    ("customer", SSN * 20, "string should have at most 200 characters"),
]


@pytest.mark.parametrize(
    ("field", "value", "expected"), _BAD_FILTERS, ids=[row[0] for row in _BAD_FILTERS]
)
def test_a_bad_filter_names_its_field_and_never_the_value(
    world: World, field: str, value: str, expected: str
) -> None:
    page = world.client("rita").get("/queue", params={field: value})
    assert page.status_code == 400
    assert f"{field}: {expected}" in html.unescape(page.text)
    api = TestClient(world.app).get(
        "/api/v1/items", params={field: value}, headers=world.token("rita")
    )
    assert api.status_code == 422
    assert f"{field}: {expected}" in api.json()["detail"]
    assert api.json()["fields"] == [f"query.{field}"]
    for answer in (page, api):
        assert value not in html.unescape(answer.text)


def test_a_body_that_is_not_json_is_named_so(world: World) -> None:
    api = TestClient(world.app).post(
        f"/api/v1/items/{world.items['spam']}/reject",
        content=b"note=hi",
        headers={**world.token("rita"), "content-type": "application/json"},
    )
    assert api.status_code == 422 and "JSON decode error" in api.json()["detail"]


# What the README's REST API error table says, call by call: (method, path, params or JSON
# body, status, a field the 422 names or a text the 400 says). {spam}: a pending item.
_API_ERRORS: list[tuple[str, str, dict[str, object], int, str]] = [
    ("GET", "/api/v1/items", {"min_score": "2"}, 422, "query.min_score"),
    ("GET", "/api/v1/items", {"status": "held"}, 422, "query.status"),
    ("GET", "/api/v1/items", {"page_size": "501"}, 422, "query.page_size"),
    ("POST", "/api/v1/items/{spam}/reject", {"notify_customer": "yes please"}, 422,
     "body.notify_customer"),
    ("POST", "/api/v1/items/{spam}/reject", {"finding_labels": {"0": "maybe"}}, 422,
     "body.finding_labels"),
    ("POST", "/api/v1/items/{spam}/reject", {"finding_labels": {"x": "true_positive"}}, 422,
     "body.finding_labels"),
    ("POST", "/api/v1/items/{spam}/release", {"note": "n" * 2001}, 422, "body.note"),
    ("POST", "/api/v1/items/{spam}/reject", {"note": "asked by ann@donor.example"}, 400,
     "a note must not contain an address"),
    ("POST", "/api/v1/items/{spam}/release", {"note": "ref 4111 1111 1111 1111"}, 400,
     "a note must not contain a long number"),
    ("POST", "/api/v1/items/{spam}/release", {"finding_labels": {"3": "true_positive"}}, 400,
     "finding label index out of range"),
    ("POST", "/api/v1/items/{spam}/reject", {"finding_labels": {"-1": "false_positive"}}, 400,
     "finding label index out of range"),
    ("GET", "/api/v1/items", {"unknown": "1"}, 200, ""),
    ("POST", "/api/v1/items/{spam}/nothing", {}, 404, ""),
    ("DELETE", "/api/v1/items/{spam}", {}, 405, ""),
]  # fmt: skip


@pytest.mark.parametrize(
    ("method", "path", "sent", "status", "says"),
    _API_ERRORS,
    ids=[f"{row[3]}-{i}" for i, row in enumerate(_API_ERRORS)],
)
def test_api_answers_422_to_a_malformed_request_and_400_to_a_refused_value(
    world: World, method: str, path: str, sent: dict[str, object], status: int, says: str
) -> None:
    api = TestClient(world.app)
    url = path.format(spam=world.items["spam"])
    if method == "GET":
        answer = api.get(url, params=sent, headers=world.token("rita"))  # type: ignore[arg-type]
    else:
        answer = api.request(method, url, json=sent, headers=world.token("rita"))
    assert answer.status_code == status, answer.text
    if status == 422:
        assert says in answer.json()["fields"]
    elif status == 400:
        assert says in answer.json()["detail"] and "fields" not in answer.json()
    for value in ("ann@donor.example", "4111", "maybe", "yes please", "held", "n" * 50):
        assert value not in answer.text  # never the value sent
    summary = world.service.get_item(world.items["spam"], world.user("aldo")).summary
    assert summary.status is ItemStatus.PENDING  # nothing decided


def test_the_api_reference_lists_each_endpoints_error_answers(world: World) -> None:
    schema = TestClient(world.app).get("/api/v1/openapi.json").json()
    reject = schema["paths"]["/api/v1/items/{item_id}/reject"]["post"]["responses"]
    assert {"400", "401", "403", "404", "409", "422"} <= set(reject)
    assert "note that could hold a value" in reject["400"]["description"]
    listing = schema["paths"]["/api/v1/items"]["get"]["responses"]
    assert {"401", "403", "422"} <= set(listing) and "400" not in listing
    docs = TestClient(world.app).get("/api/v1/docs").text
    assert "Responses: 200, 400, 401, 403, 404, 409, 422" in docs
    assert "a value the service refuses in a well-formed request" in html.unescape(docs)
    assert "the request does not match the schema" in docs


def test_a_bad_api_page_size_names_its_field(world: World) -> None:
    api = TestClient(world.app).get(
        "/api/v1/items", params={"page_size": "5001"}, headers=world.token("rita")
    )
    assert api.status_code == 422
    assert "page_size: input should be less than or equal to 500" in api.json()["detail"]


def test_a_page_left_gives_back_only_a_lease_not_renewed_since_it_was_shown(
    world: World,
) -> None:
    """The item page's beacon: a reload or another tab renewed the lease, so it is kept."""
    item = world.items["ssn"]
    rita = world.client("rita")
    shown = re.compile(r'data-shown-until="([^"]+)"')
    first = rita.get(f"/items/{item}").text
    second = rita.get(f"/items/{item}").text  # a reload: same lease, renewed
    beacon = {"csrf_token": csrf_of(first), "beacon": "true"}
    for page, owner in ((first, "rita"), (second, None)):
        found = shown.search(page)
        assert found
        answer = rita.post(f"/items/{item}/unclaim", data={**beacon, "shown_until": found[1]})
        assert answer.status_code == 204 and answer.content == b""
        summary = world.service.get_item(item, world.user("aldo")).summary
        assert summary.lease_owner == owner
    assert 'name="lease_token"' in world.client("ron").get(f"/items/{item}").text


def test_the_add_user_form_preselects_no_role(world: World) -> None:
    """A new account's role is chosen on purpose: the form must not default to admin."""
    page = world.client("admin").get("/admin/users").text
    select = re.search(r'<select name="role"[^>]*>(.*?)</select>', page, re.S)
    assert select and "required" in select.group(0)
    options = re.findall(r'<option value="([^"]*)"([^>]*)>', select.group(1))
    assert [value for value, attrs in options if "selected" in attrs] == [""]
    assert {value for value, _ in options} == {"", "admin", "reviewer", "auditor"}


def test_an_audit_page_link_past_any_sequence_number_lists_the_newest(world: World) -> None:
    answer = world.client("aldo").get("/audit", params={"before_seq": str(10**20)})
    assert answer.status_code == 200 and "user_create" in answer.text


def test_a_bulk_decision_with_nothing_selected_says_to_select_items(world: World) -> None:
    rita = world.client("rita")
    csrf = csrf_of(rita.get("/queue").text)
    answer = rita.post("/queue/bulk", data={"csrf_token": csrf, "decision": "release"})
    assert answer.status_code == 303 and answer.headers["location"] == "/queue"
    assert "select one or more items first" in rita.get("/queue").text
    assert not world.service.audit_entries(AuditQuery(action="decide"), CLI)


def test_a_bulk_decision_returns_to_the_same_filtered_page(world: World) -> None:
    rita = world.client("rita")
    page = rita.get("/queue", params={"customer": "org-1", "sort": "score"}).text
    back = re.search(r'name="back" value="([^"]+)"', page)
    assert back
    answer = rita.post(
        "/queue/bulk",
        data={
            "csrf_token": csrf_of(page),
            "decision": "release",
            "ids": [world.items["spam"]],
            "back": html.unescape(back.group(1)),
            "confirmed": "true",
        },
    )
    location = answer.headers["location"]
    assert location.startswith("/queue?") and "customer=org-1" in location
    assert "sort=score" in location and "page=1" in location


def _item_link(queue_page: str, item: str) -> str:
    found = re.search(rf'href="(/items/{item}\?[^"]+)"', queue_page)
    assert found, "no link to the item"
    return html.unescape(found.group(1))


def test_a_decision_returns_to_the_queue_list_the_item_was_opened_from(world: World) -> None:
    rita = world.client("rita")
    filters = {"status": "pending", "customer": "org-1", "sort": "score", "direction": "desc"}
    listing = rita.get("/queue", params=filters).text
    (back,) = _hidden_fields(listing)["back"]
    assert back.startswith("/queue?") and "customer=org-1" in back and "page=1" in back
    # The item page (and the page a reveal shows) carry that list in every form.
    item = world.items["ssn"]
    page = rita.get(_item_link(listing, item)).text
    assert _hidden_fields(page)["next"] == [back] * 2  # the decision form, the reveal form
    revealed = rita.post(
        f"/items/{item}/reveal",
        data={"csrf_token": csrf_of(page), "finding": "0", "reason": "test number?", "next": back},
    )
    assert revealed.headers["location"] == _item_link(listing, item)
    shown = rita.get(revealed.headers["location"]).text
    assert _hidden_fields(shown)["next"] == [back]  # revealed: the decision form only
    (lease,) = _hidden_fields(shown)["lease_token"]
    form = {"csrf_token": csrf_of(page), "lease_token": lease, "next": back}
    done = rita.post(f"/items/{item}/decide", data={**form, "decision": "release"})
    assert done.status_code == 303 and done.headers["location"] == back
    assert "release recorded" in rita.get(back).text
    # Giving an item back (Esc) returns there too; so does a confirmed release & allowlist.
    spam = rita.get(_item_link(listing, world.items["spam"])).text
    (lease,) = _hidden_fields(spam)["lease_token"]
    form = {"csrf_token": csrf_of(spam), "lease_token": lease, "next": back}
    given = rita.post(f"/items/{world.items['spam']}/unclaim", data=form)
    assert given.status_code == 303 and given.headers["location"] == back
    spam = rita.get(_item_link(listing, world.items["spam"])).text  # claimed again
    (lease,) = _hidden_fields(spam)["lease_token"]
    form = {**form, "lease_token": lease, "decision": "release_and_allowlist"}
    asked = rita.post(f"/items/{world.items['spam']}/decide", data=form)
    assert asked.status_code == 200 and _hidden_fields(asked.text)["next"] == [back]
    cancel = re.search(r'<a href="([^"]+)" data-key="Escape">', asked.text)
    assert cancel and html.unescape(cancel.group(1)) == _item_link(listing, world.items["spam"])
    confirmed = rita.post(f"/items/{world.items['spam']}/decide", data=_hidden_fields(asked.text))
    assert confirmed.status_code == 303 and confirmed.headers["location"] == back
    # A refused decision's error page leads back to the item, still carrying the list.
    card_link = f"/items/{world.items['card']}?{urlencode({'next': back})}"  # as a link has it
    card = rita.get(card_link).text
    (lease,) = _hidden_fields(card)["lease_token"]
    refused = rita.post(
        f"/items/{world.items['card']}/decide",
        data={**form, "lease_token": lease, "decision": "reject", "note": "acct 12345678"},
    )
    assert refused.status_code == 400
    assert f'href="{html.escape(card_link)}">Back to the item' in refused.text


_NOT_THE_QUEUE = [
    "https://evil.example/queue",
    "//evil.example/queue",
    "/\\evil.example/queue",
    "https:/queue",
    "javascript:alert(1)",
    "/admin/users",
    "/queue/../admin/users",
    "/queue/bulk",
    "/queuex?status=pending",
    "/queue?x=1\r\nSet-Cookie: a=b",
    "/queue?" + "x" * 3000,
]


@pytest.mark.parametrize("target", _NOT_THE_QUEUE)
def test_a_return_address_that_is_not_the_queue_list_is_refused(world: World, target: str) -> None:
    """No open redirect, nor a redirect to another page of the site: the plain queue."""
    rita = world.client("rita")
    item = world.items["ssn"]
    page = rita.get(f"/items/{item}", params={"next": target})
    assert page.status_code == 200
    assert _hidden_fields(page.text)["next"] == ["/queue"] * 2
    assert "evil.example" not in page.text
    form = {
        "csrf_token": csrf_of(page.text),
        "lease_token": _hidden_fields(page.text)["lease_token"][0],
        "next": target,
    }
    done = rita.post(f"/items/{item}/decide", data={**form, "decision": "reject"})
    assert done.status_code == 303 and done.headers["location"] == "/queue"
    given = rita.post(f"/items/{world.items['spam']}/unclaim", data=form)
    assert given.status_code == 303 and given.headers["location"] == "/queue"


def test_an_error_page_after_an_item_or_users_form_leads_back_to_that_page(
    world: World,
) -> None:
    """A refused note or an item decided meanwhile shows the error with a link back to the
    item (not only to the queue); a failed users form back to the users page."""
    item = world.items["ssn"]
    rita = world.client("rita")
    refused = _decide(rita, item, "reject", note="card 4111 1111 1111 1111")
    assert refused.status_code == 400 and f'href="/items/{item}">Back to the item' in refused.text
    world.service.release_lease(item, world.user("rita"))  # her lease lapses, ron decides
    assert _decide(world.client("ron"), item, "release").status_code == 303
    page = rita.get(f"/items/{world.items['card']}").text
    late = rita.post(
        f"/items/{item}/decide",
        data={"csrf_token": csrf_of(page), "lease_token": "stale", "decision": "reject"},
    )
    assert late.status_code == 409 and f'href="/items/{item}">Back to the item' in late.text
    admin = world.client("admin")
    short = admin.post(
        "/admin/users",
        data={
            "csrf_token": csrf_of(admin.get("/admin/users").text),
            "name": "nina",
            "role": "reviewer",
            "password": "short",
            "everyone": "true",
        },
    )
    assert short.status_code == 400 and 'href="/admin/users">Back to the users' in short.text
    missing = rita.get("/items/0123456789abcdef0123456789abcdef")
    assert missing.status_code == 404 and 'href="/queue">Back to the queue' in missing.text


def test_a_cut_message_part_says_where_it_was_cut(world: World) -> None:
    world.app.state.web_config = replace(world.app.state.web_config, render_max_chars=2000)
    item = world.hold("long", message("Annual report", "word " * 1000 + "\n"), ())
    page = world.client("aldo").get(f"/items/{item}").text
    assert "cut to its first 2,000 characters" in page


def test_audit_details_read_as_words_not_python(world: World) -> None:
    world.service.record_audit(
        "cli:ops", "erase", None, customer_scoped=False, error=None, customers=["org-1", "org-2"]
    )
    page = world.client("aldo").get("/audit", params={"action": "erase"}).text
    assert "customer_scoped: no" in page and "error: none" in page
    assert "customers: org-1, org-2" in page
    assert "False" not in page and "None" not in page and "[" not in page


def test_an_auditor_goes_from_an_item_to_its_audit_log(world: World) -> None:
    """The log shows shortened ids and its Item filter takes a whole one: the item page
    links to the item's entries."""
    item = world.items["card"]
    world.client("rita").get(f"/items/{item}")
    aldo = world.client("aldo")
    link = re.search(
        r'href="(/audit\?item_id=[^"]+)">audit log of this item', aldo.get(f"/items/{item}").text
    )
    assert link and item in link.group(1)
    log = aldo.get(html.unescape(link.group(1))).text
    assert re.search(r"<td[^>]*>rita</td>\s*<td[^>]*>claim</td>", log)
    assert "audit log of this item" not in world.client("rita").get(f"/items/{item}").text


def test_the_order_choices_fit_every_sort(world: World) -> None:
    """Sorted by score, 'ascending (oldest first)' said the wrong thing."""
    page = world.client("rita").get("/queue", params={"sort": "score"}).text
    select = re.search(r'<select name="direction">(.*?)</select>', page, re.S)
    assert select and "oldest first" not in select.group(1)
    assert re.findall(r">([^<]+)</option>", select.group(1)) == [
        "oldest, lowest or smallest first",
        "newest, highest or largest first",
    ]
