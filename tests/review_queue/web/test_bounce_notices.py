"""A held bounce (null envelope sender ``<>``) rejected with the sender notice asked for:
no notice goes anywhere (not to ``<>``, not to the header From), and the reviewer is told
why, on the page and in the API; the audit log records it."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from review_queue.service import CLI
from review_queue.store.types import AuditQuery
from tests.review_queue.web.conftest import World, csrf_of
from tests.review_queue.web.mail import message

WHY = "no envelope sender (MAIL FROM:<>, as bounces and other automatic mail have)"


def _bounce(world: World, name: str, null: str = "<>") -> str:
    """A held delivery status notification: header From names someone, MAIL FROM is null."""
    raw = message("Undelivered Mail Returned to Sender", "Delivery failed.\n", "a@org.example")
    return world.hold(name, raw, (), sender=null)


def _skips(world: World, item: str) -> list[object]:
    decided = world.service.audit_entries(AuditQuery(action="decide", item_id=item), CLI)
    return [entry.detail.get("notice_skipped") for entry in decided]


def _flash(client: TestClient, location: str) -> str:
    found = re.search(r'<div class="flash" role="status">([^<]*)</div>', client.get(location).text)
    assert found, "no message shown"
    return html.unescape(found.group(1))


@pytest.mark.parametrize("null", ["<>", ""])
def test_rejecting_a_bounce_on_its_page_sends_no_notice_and_says_why(
    world: World, null: str
) -> None:
    item = _bounce(world, "dsn", null)
    rita = world.client("rita")
    page = rita.get(f"/items/{item}").text
    lease = re.search(r'name="lease_token" value="([^"]+)"', page)
    assert lease
    form = {"csrf_token": csrf_of(page), "lease_token": lease.group(1), "decision": "reject"}
    done = rita.post(f"/items/{item}/decide", data={**form, "notify_customer": "true"})
    assert done.status_code == 303
    assert _flash(rita, done.headers["location"]) == (
        f"Item {item}: reject recorded (rejected); no rejection notice sent: {WHY}, so "
        "there is no one to send it to."
    )
    assert world.sink.messages == []
    assert _skips(world, item) == ["no_sender"]
    assert world.service.get_item(item, world.user("aldo")).notice_pending is False


def test_a_bulk_reject_notifies_the_senders_it_can_and_says_which_it_could_not(
    world: World,
) -> None:
    bounces = [_bounce(world, "dsn-1"), _bounce(world, "dsn-2")]
    rita = world.client("rita")
    done = rita.post(
        "/queue/bulk",
        data={
            "csrf_token": csrf_of(rita.get("/queue").text),
            "decision": "reject",
            "ids": [*bounces, world.items["card"]],
            "notify_customer": "true",
            "confirmed": "true",
        },
    )
    assert done.status_code == 303
    assert _flash(rita, done.headers["location"]) == (
        f"reject: 3 item(s) decided; no rejection notice sent for 2 of them: {WHY}, so "
        "there is no one to send it to"
    )
    assert [(m[0], m[1]) for m in world.sink.messages] == [("<>", ["b@other.example"])]
    assert [_skips(world, item) for item in bounces] == [["no_sender"]] * 2
    assert _skips(world, world.items["card"]) == [None]


def test_the_api_says_a_rejected_bounce_got_no_notice(world: World) -> None:
    api, headers = TestClient(world.app), world.token("rita")
    bounce = _bounce(world, "dsn")
    answer = api.post(
        f"/api/v1/items/{bounce}/reject", json={"notify_customer": True}, headers=headers
    )
    assert answer.status_code == 200
    assert answer.json()["status"] == "rejected" and answer.json()["notice_skipped"] == "no_sender"
    assert world.sink.messages == []
    sent = api.post(
        f"/api/v1/items/{world.items['card']}/reject",
        json={"notify_customer": True},
        headers=headers,
    )
    assert sent.json()["notice_skipped"] is None and len(world.sink.messages) == 1
    schema = api.get("/api/v1/openapi.json").json()
    field = schema["components"]["schemas"]["DecisionOut"]["properties"]["notice_skipped"]
    assert "no envelope sender" in field["description"]
