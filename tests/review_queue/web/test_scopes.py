"""Customer-scoped accounts over HTTP: the UI and the API show and act on their customers'
items only, and admins set the scope on the users page."""

from __future__ import annotations

import re

from review_queue.service import CLI
from review_queue.store.types import AuditQuery, ItemStatus
from tests.review_queue.web.conftest import World, csrf_of

_ROW_IDS = re.compile(r'name="ids" value="([0-9a-f]+)"')


def test_a_scoped_reviewer_sees_only_their_customers_in_the_ui(world: World) -> None:
    world.service.set_customers("rita", ["org-2"], world.user("admin"))
    client = world.client("rita")
    queue = client.get("/queue", params={"status": "any"})
    assert _ROW_IDS.findall(queue.text) == [world.items["card"]]
    assert world.items["ssn"] not in queue.text
    for other in (world.items["ssn"], world.items["spam"]):
        page = client.get(f"/items/{other}")
        assert page.status_code == 404 and other not in page.text
    card = client.get(f"/items/{world.items['card']}")
    assert card.status_code == 200 and 'name="lease_token"' in card.text
    csrf = csrf_of(card.text)
    reveal = client.post(
        f"/items/{world.items['ssn']}/reveal",
        data={"csrf_token": csrf, "finding": "0", "reason": "checking the number"},
    )
    assert reveal.status_code == 404
    decide = client.post(
        f"/items/{world.items['ssn']}/decide",
        data={"csrf_token": csrf, "decision": "reject", "lease_token": "x"},
    )
    assert decide.status_code == 404
    bulk = client.post(
        "/queue/bulk",
        data={
            "csrf_token": csrf,
            "decision": "reject",
            "confirmed": "true",
            "ids": list(world.items.values()),
        },
    )
    assert bulk.status_code == 303
    assert "1 item(s) decided; 2 skipped (not found)" in client.get("/queue").text
    statuses = {
        name: world.service.get_item(item, world.user("aldo")).summary.status
        for name, item in world.items.items()
    }
    assert statuses == {
        "card": ItemStatus.REJECTED,
        "ssn": ItemStatus.PENDING,
        "spam": ItemStatus.PENDING,
    }


def test_an_unscoped_reviewer_still_sees_everything(world: World) -> None:
    world.service.set_customers("rita", ["org-2"], world.user("admin"))
    queue = world.client("ron").get("/queue").text
    assert sorted(_ROW_IDS.findall(queue)) == sorted(world.items.values())


def test_the_api_obeys_the_scope(world: World) -> None:
    world.service.set_customers("rita", ["org-2"], world.user("admin"))
    headers = world.token("rita")
    client = world.client()
    listing = client.get("/api/v1/items", headers=headers, params={"status": "any"}).json()
    assert [i["id"] for i in listing["items"]] == [world.items["card"]]
    assert listing["total"] == 1
    ssn = world.items["ssn"]
    assert client.get(f"/api/v1/items/{ssn}", headers=headers).status_code == 404
    assert client.post(f"/api/v1/items/{ssn}/release", headers=headers).status_code == 404
    assert client.post(f"/api/v1/items/{ssn}/reject", headers=headers).status_code == 404
    stats = client.get("/api/v1/stats", headers=headers).json()
    assert stats["pending"] == 1 and "decisions_recorded" not in stats
    assert client.get(f"/api/v1/items/{world.items['card']}", headers=headers).status_code == 200
    unscoped = client.get("/api/v1/items", headers=world.token("ron")).json()
    assert unscoped["total"] == 3


def test_a_scoped_auditor_reads_only_their_customers_audit_entries(world: World) -> None:
    world.service.set_customers("aldo", ["org-2"], world.user("admin"))
    world.client("ron").get(f"/items/{world.items['ssn']}")
    world.client("aldo").get(f"/items/{world.items['card']}")
    page = world.client("aldo").get("/audit").text
    assert world.items["card"] in page and world.items["ssn"] not in page
    assert "user_scope" not in page


def test_admins_create_and_rescope_accounts_on_the_users_page(world: World) -> None:
    client = world.client("admin")
    csrf = csrf_of(client.get("/admin/users").text)
    created = client.post(
        "/admin/users",
        data={
            "csrf_token": csrf,
            "name": "sam",
            "role": "reviewer",
            "password": "a long enough passphrase",
            "customers": "org-1, org-2",
        },
    )
    assert created.status_code == 303
    assert world.user("sam").customers == ("org-1", "org-2")
    account = {"csrf_token": csrf, "name": "tess", "role": "auditor", "password": "x" * 20}
    slip = client.post("/admin/users", data=account)  # no ids, box not ticked: not created
    assert slip.status_code == 303 and world.service.get_user("tess") is None
    assert "give customer ids, or tick" in client.get("/admin/users").text
    assert client.post("/admin/users", data={**account, "everyone": "true"}).status_code == 303
    assert world.user("tess").customers == ()
    assert ">org-1, org-2<" in client.get("/admin/users").text
    changed = client.post(
        "/admin/users/sam/customers", data={"csrf_token": csrf, "customers": "org-2"}
    )
    assert changed.status_code == 303
    assert world.user("sam").customers == ("org-2",)
    refused = client.post(
        "/admin/users/admin/customers", data={"csrf_token": csrf, "customers": "org-2"}
    )
    assert refused.status_code == 400
    assert world.user("admin").customers == ()
    emptied = client.post("/admin/users/sam/customers", data={"csrf_token": csrf})
    assert emptied.status_code == 303 and world.user("sam").customers == ("org-2",)  # a slip
    lifted = client.post(
        "/admin/users/sam/customers", data={"csrf_token": csrf, "everyone": "true"}
    )
    assert lifted.status_code == 303 and world.user("sam").customers == ()


def test_every_refused_route_on_another_customers_item_answers_as_before_and_is_audited(
    world: World,
) -> None:
    world.service.set_customers("rita", ["org-2"], world.user("admin"))
    world.service.denials.window = 0  # no coalescing: one entry per refusal
    client, headers = world.client("rita"), world.token("rita")
    ssn, unknown = world.items["ssn"], "0" * 32
    page = client.get(f"/items/{ssn}")
    assert page.status_code == 404 and page.text == client.get(f"/items/{unknown}").text
    csrf = csrf_of(client.get("/queue").text)
    form = {"csrf_token": csrf, "finding": "0", "reason": "checking the number"}
    assert client.post(f"/items/{ssn}/reveal", data=form).status_code == 404
    form = {"csrf_token": csrf, "decision": "reject", "lease_token": "x"}
    assert client.post(f"/items/{ssn}/decide", data=form).status_code == 404
    form = {"csrf_token": csrf, "decision": "reject", "confirmed": "true", "ids": [ssn]}
    assert client.post("/queue/bulk", data=form).status_code == 303
    api = world.client()
    answer = api.get(f"/api/v1/items/{ssn}", headers=headers)
    assert answer.status_code == 404
    assert answer.json() == api.get(f"/api/v1/items/{unknown}", headers=headers).json()
    assert api.post(f"/api/v1/items/{ssn}/release", headers=headers).status_code == 404
    assert api.post(f"/api/v1/items/{ssn}/reject", headers=headers).status_code == 404
    entries = world.service.audit_entries(AuditQuery(action="access_denied"), CLI)[::-1]
    refused = [e for e in entries if e.item_id == ssn]
    attempted = ["view", "reveal", "decide", "decide", "view", "decide", "decide"]
    assert [(e.actor, e.detail) for e in refused] == [
        ("rita", {"attempted": a, "outcome": "denied", "reason": "scope"}) for a in attempted
    ]
    assert [e.detail["reason"] for e in entries if e.item_id != ssn] == ["no_item", "no_item"]
    assert world.service.get_item(ssn, world.user("ron")).summary.status is ItemStatus.PENDING


def test_the_audit_log_shows_and_filters_refusals(world: World) -> None:
    world.service.set_customers("rita", ["org-2"], world.user("admin"))
    ssn = world.items["ssn"]
    world.client("rita").get(f"/items/{ssn}")
    world.client("ron").get(f"/items/{ssn}")  # allowed: a view, no refusal
    officer = world.client("aldo").get("/audit", params={"action": "access_denied"}).text
    assert "attempted: view" in officer and "reason: scope" in officer and ssn[:12] in officer
    assert ">rita<" in officer and ">ron<" not in officer and ">view<" not in officer
    world.service.set_customers("aldo", ["org-1"], world.user("admin"))  # the item's customer
    assert ssn[:12] in world.client("aldo").get("/audit?action=access_denied").text
    world.service.set_customers("aldo", ["org-2"], world.user("admin"))
    assert ssn[:12] not in world.client("aldo").get("/audit?action=access_denied").text
