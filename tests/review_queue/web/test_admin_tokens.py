"""API tokens on /admin/users: each account's tokens with their state, never a secret, and
one token revoked at a time (admins only)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from review_queue.service import CLI
from review_queue.store.schema import ApiToken
from review_queue.store.types import AuditQuery
from tests.review_queue.web.conftest import World, csrf_of

_CELL = re.compile(r"<td[^>]*>(.*?)</td>", re.S)
_TAG = re.compile(r"<[^>]+>")


def _tokens_listed(page: str) -> dict[int, tuple[str, str, bool]]:
    """The users page's token table: id -> (user, state, has a Revoke button)."""
    table = re.search(r'<table id="tokens">(.*?)</table>', page, re.S)
    assert table, "no token table"
    listed: dict[int, tuple[str, str, bool]] = {}
    for row in re.findall(r"<tr>(.*?)</tr>", table.group(1), re.S):
        cells = [_TAG.sub("", cell).strip() for cell in _CELL.findall(row)]
        if len(cells) == 6:  # not the heading, not "No API tokens."
            listed[int(cells[0])] = (cells[1], cells[4], "Revoke" in cells[5])
    return listed


def _secret(headers: dict[str, str]) -> str:
    return headers["Authorization"].removeprefix("Bearer ")


def _revocations(world: World) -> list[dict[str, object]]:
    entries = world.service.audit_entries(AuditQuery(action="token_revoke", actor="admin"), CLI)
    return [dict(e.detail) for e in entries]


def test_admin_revokes_one_token_and_the_accounts_other_token_keeps_working(
    world: World,
) -> None:
    leaked, kept = world.token("rita"), world.token("rita")
    old = world.token("ron")
    world.service.revoke_tokens("ron", CLI)
    stale = world.token("aldo")
    leaked_id, kept_id, old_id, stale_id = (t.id for t in world.service.list_tokens())
    with world.service.db.transaction() as session:  # older than review.api_token_max_age_days
        age = timedelta(days=world.settings.review.api_token_max_age_days + 1)
        session.execute(
            update(ApiToken)
            .where(ApiToken.id == stale_id)
            .values(created_at=datetime.now(UTC) - age)
        )
    secrets = [_secret(h) for h in (leaked, kept, old, stale)]
    admin, api = world.client("admin"), TestClient(world.app)

    page = admin.get("/admin/users").text
    assert _tokens_listed(page) == {
        stale_id: ("aldo", "expired", False),
        leaked_id: ("rita", "active", True),
        kept_id: ("rita", "active", True),
        old_id: ("ron", "revoked", False),
    }
    assert list(_tokens_listed(page)) == [stale_id, leaked_id, kept_id, old_id]  # by account

    revoke = f"/admin/tokens/{leaked_id}/revoke"
    asked = admin.post(revoke, data={"csrf_token": csrf_of(page)})
    assert asked.status_code == 200 and f"Revoke API token {leaked_id} of rita?" in asked.text
    assert 'name="confirmed" value="true"' in asked.text and 'href="/admin/users"' in asked.text
    assert api.get("/api/v1/items", headers=leaked).status_code == 200  # asked, not done
    assert _revocations(world) == []

    done = admin.post(revoke, data={"csrf_token": csrf_of(page), "confirmed": "true"})
    assert done.status_code == 303 and done.headers["location"] == "/admin/users"
    assert api.get("/api/v1/items", headers=leaked).status_code == 401
    assert api.get("/api/v1/items", headers=kept).status_code == 200
    after = admin.get("/admin/users").text
    assert f"API token {leaked_id} of rita revoked; their other tokens keep working." in after
    assert _tokens_listed(after)[leaked_id] == ("rita", "revoked", False)
    assert _tokens_listed(after)[kept_id] == ("rita", "active", True)
    assert _revocations(world) == [{"user": "rita", "token": leaked_id, "count": 1}]

    again = admin.post(revoke, data={"csrf_token": csrf_of(page), "confirmed": "true"})
    assert again.status_code == 303
    assert f"API token {leaked_id} of rita was revoked already." in admin.get("/admin/users").text
    assert len(_revocations(world)) == 1  # nothing new to record

    pages = [page, asked.text, after, admin.get("/audit").text]
    assert not [secret for secret in secrets for shown in pages if secret in shown]


@pytest.mark.parametrize("name", ["rita", "aldo"])
def test_reviewers_and_auditors_can_neither_list_nor_revoke_tokens(world: World, name: str) -> None:
    headers = world.token("ron")
    (token,) = world.service.list_tokens()
    client = world.client(name)
    csrf = csrf_of(client.get("/queue").text)
    revoke = f"/admin/tokens/{token.id}/revoke"
    refused = client.post(revoke, data={"csrf_token": csrf, "confirmed": "true"})
    assert refused.status_code == 403
    assert TestClient(world.app).get("/api/v1/items", headers=headers).status_code == 200
    listing = client.get("/admin/users")
    assert listing.status_code == 403 and 'id="tokens"' not in listing.text
    world.service.denials.flush(everything=True)  # the listing's refusal, counted within 60 s
    entries = world.service.audit_entries(AuditQuery(action="access_denied"), CLI)
    details = [(e.actor, dict(e.detail)) for e in reversed(entries)]
    route = "/admin/tokens/{token_id}/revoke"
    assert details == [
        (name, {"attempted": "route", "outcome": "denied", "route": route}),
        (name, {"attempted": "route", "outcome": "denied", "repeated": 1}),
    ]
    assert world.service.audit_entries(AuditQuery(action="token_revoke"), CLI) == []


def test_revoke_fetches_the_one_token_and_does_not_list_them_all(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The revoke route reads the token it names (``get_token``), not every token."""
    world.token("rita")
    (token,) = world.service.list_tokens()
    admin = world.client("admin")
    csrf = csrf_of(admin.get("/admin/users").text)

    def listed(*args: object) -> None:
        raise AssertionError("the revoke route listed every token")

    monkeypatch.setattr(world.service, "list_tokens", listed)
    revoke = f"/admin/tokens/{token.id}/revoke"
    asked = admin.post(revoke, data={"csrf_token": csrf})
    assert asked.status_code == 200 and f"Revoke API token {token.id} of rita?" in asked.text
    done = admin.post(revoke, data={"csrf_token": csrf, "confirmed": "true"})
    assert done.status_code == 303
    fetched = world.service.get_token(token.id)
    assert fetched is not None and fetched.revoked
    missing = (token.id + 1, 2**63, 10**30)  # the last two: past any row id
    for token_id in missing:
        answer = admin.post(f"/admin/tokens/{token_id}/revoke", data={"csrf_token": csrf})
        assert answer.status_code == 303 and answer.headers["location"] == "/admin/users"
    monkeypatch.undo()  # the users page lists them all, as it should
    page = admin.get("/admin/users").text
    assert [f"There is no API token {token_id}:" in page for token_id in missing] == [True] * 3


def test_an_id_naming_no_token_is_said_so_on_the_users_page(world: World) -> None:
    admin = world.client("admin")
    csrf = csrf_of(admin.get("/admin/users").text)
    for form in ({"csrf_token": csrf}, {"csrf_token": csrf, "confirmed": "true"}):
        answer = admin.post("/admin/tokens/999/revoke", data=form)
        assert answer.status_code == 303 and answer.headers["location"] == "/admin/users"
        page = admin.get("/admin/users").text
        assert "There is no API token 999: nothing was revoked." in page
    typed = admin.post("/admin/tokens/first/revoke", data={"csrf_token": csrf})
    assert typed.status_code == 400 and "token_id: " in typed.text
    assert 'href="/admin/users">Back to the users' in typed.text
    assert world.service.audit_entries(AuditQuery(action="token_revoke"), CLI) == []
