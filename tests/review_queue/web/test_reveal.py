"""Reveal is post/redirect/get: the POST audits once and grants this session a few minutes
of seeing the value on the item page; reloads show it without a new audit entry."""

from __future__ import annotations

from dataclasses import replace

from fastapi.testclient import TestClient

from review_queue.service import CLI
from review_queue.store.types import AuditQuery
from tests.review_queue.web.conftest import World, csrf_of
from tests.review_queue.web.mail import CARD, SSN


class Clock:
    """The session store's clock, moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _reveal(client: TestClient, item: str, finding: int = 0) -> str:
    """Reveal ``finding`` of ``item`` as the item page's form does; the redirect target."""
    page = client.get(f"/items/{item}").text
    answer = client.post(
        f"/items/{item}/reveal",
        data={"csrf_token": csrf_of(page), "finding": str(finding), "reason": "test number?"},
    )
    assert answer.status_code == 303, answer.text
    assert SSN not in answer.text and CARD not in answer.text
    location: str = answer.headers["location"]
    return location


def _reveals(world: World) -> int:
    return len(world.service.audit_entries(AuditQuery(action="reveal"), CLI))


def test_a_reveal_redirects_to_the_item_which_shows_the_value_on_reload_too(
    world: World,
) -> None:
    rita, item = world.client("rita"), world.items["ssn"]
    location = _reveal(rita, item)
    assert location == f"/items/{item}" and SSN not in location
    for _ in range(2):  # the page it leads to, then a reload of it
        page = rita.get(location).text
        assert SSN in page and "revealed (audited); masked again 5 min after" in page
        assert 'action="/items/' + item + '/reveal"' not in page  # nothing to re-send
    assert _reveals(world) == 1


def test_the_value_is_shown_to_that_session_item_and_finding_only(world: World) -> None:
    rita, item = world.client("rita"), world.items["ssn"]
    _reveal(rita, item)
    assert CARD not in rita.get(f"/items/{world.items['card']}").text  # another item
    assert SSN not in world.client("rita").get(f"/items/{item}").text  # another session
    page = rita.get(f"/items/{item}").text
    rita.post(f"/items/{item}/unclaim", data={"csrf_token": csrf_of(page)})
    ron = world.client("ron")
    page = ron.get(f"/items/{item}").text
    assert 'name="lease_token"' in page and SSN not in page  # ron holds it: masked
    assert SSN not in rita.get(f"/items/{item}").text  # rita, now read only: masked too


def test_the_value_is_masked_again_when_the_grant_runs_out(world: World) -> None:
    clock = Clock()
    world.app.state.sessions._clock = clock
    world.app.state.web_config = replace(world.app.state.web_config, reveal_seconds=90)
    rita, item = world.client("rita"), world.items["ssn"]
    location = _reveal(rita, item)
    clock.now += 89
    page = rita.get(location).text
    assert SSN in page and "masked again 90 s after the reveal" in page
    clock.now += 1
    page = rita.get(location).text
    assert SSN not in page and 'action="/items/' + item + '/reveal"' in page  # ask again
    assert _reveals(world) == 1


def test_logging_out_or_deciding_ends_what_was_revealed(world: World) -> None:
    rita, item = world.client("rita"), world.items["ssn"]
    location = _reveal(rita, item)
    cookie = rita.cookies[world.settings.review.session_cookie_name]
    rita.post("/logout", data={"csrf_token": csrf_of(rita.get(location).text)})
    assert world.app.state.sessions.get(cookie) is None  # the session, grant and all
    rita.cookies.set(world.settings.review.session_cookie_name, cookie)  # sent again anyway
    assert rita.get(location).status_code == 303  # to the login page
    again = world.client("rita")
    location = _reveal(again, item)
    page = again.get(location).text
    lease = page.split('name="lease_token" value="', 1)[1].split('"', 1)[0]
    decided = again.post(
        f"/items/{item}/decide",
        data={"csrf_token": csrf_of(page), "lease_token": lease, "decision": "reject"},
    )
    assert decided.status_code == 303
    session = world.app.state.sessions.get(again.cookies[world.settings.review.session_cookie_name])
    assert session is not None and session.reveals == []  # not kept until it runs out
    assert SSN not in again.get(location).text


def test_a_bulk_decision_ends_what_was_revealed_of_the_items_it_decided(world: World) -> None:
    rita, item = world.client("rita"), world.items["ssn"]
    _reveal(rita, item)
    session = world.app.state.sessions.get(rita.cookies[world.settings.review.session_cookie_name])
    assert session is not None and [g.item_id for g in session.reveals] == [item]
    page = rita.get("/queue").text
    decided = rita.post(
        "/queue/bulk",
        data={
            "csrf_token": csrf_of(page),
            "ids": [item],
            "decision": "reject",
            "confirmed": "true",
        },
    )
    assert decided.status_code == 303
    assert session.reveals == []
    assert world.service.get_item(item, world.user("aldo")).decision is not None
