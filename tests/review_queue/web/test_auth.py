"""Login, sessions and cookies: rotation, expiry, rate limiting, no open redirect."""

from __future__ import annotations

import httpx2
import pytest
from fastapi.testclient import TestClient

from review_queue.cli import main as review_queue_cli
from review_queue.service import CLI
from review_queue.store.types import AuditQuery, Operator
from review_queue.web import create_app
from scanner.config import Review
from tests.review_queue.web.conftest import PASSWORD, World, csrf_of, login

COOKIE = "mailguard_session"


def _post_login(client: TestClient, name: str, password: str, next_: str = "") -> httpx2.Response:
    form = client.get("/login")
    answer: httpx2.Response = client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": csrf_of(form.text), "next": next_},
    )
    return answer


def test_session_id_rotates_at_login_and_old_id_is_dead(world: World) -> None:
    client = world.client()
    client.get("/login")
    planted = client.cookies[COOKIE]
    login(client, "rita")
    fresh = client.cookies[COOKIE]
    assert fresh != planted
    assert client.get("/queue").status_code == 200
    attacker = TestClient(world.app, follow_redirects=False, cookies={COOKIE: planted})
    assert attacker.get("/queue").status_code == 303


def test_wrong_password_is_refused_without_saying_why(world: World) -> None:
    client = world.client()
    answer = _post_login(client, "rita", "not the password at all")
    assert answer.status_code == 401
    assert "Wrong name or password" in answer.text
    unknown = _post_login(client, "nobody", "not the password at all")
    assert unknown.status_code == 401 and unknown.text.count("Wrong name") == 1
    assert client.get("/queue").status_code == 303


def test_login_without_csrf_token_is_refused(world: World) -> None:
    client = world.client()
    client.get("/login")
    answer = client.post("/login", data={"name": "rita", "password": PASSWORD})
    assert answer.status_code == 403
    assert client.get("/queue").status_code == 303


def test_login_is_rate_limited(world: World) -> None:
    client = world.client()
    for _ in range(world.settings.review.login_max_failures):
        assert _post_login(client, "rita", "wrong password guess").status_code == 401
    assert _post_login(client, "rita", PASSWORD).status_code == 401
    assert client.get("/queue").status_code == 303


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/items/abc?x=1", "/items/abc?x=1"),
        ("//evil.example/", "/queue"),
        ("https://evil.example/", "/queue"),
        ("/\\evil.example", "/queue"),
        ("javascript:alert(1)", "/queue"),
        ("/%0d%0aSet-Cookie:x=1", "/%0d%0aSet-Cookie:x=1"),
        ("\t//evil.example", "/queue"),
        ("", "/queue"),
    ],
)
def test_login_next_only_to_local_paths(world: World, target: str, expected: str) -> None:
    answer = _post_login(world.client(), "rita", PASSWORD, target)
    assert answer.status_code == 303
    assert answer.headers["location"] == expected


def test_unauthenticated_page_redirects_to_login_with_next(world: World) -> None:
    answer = world.client().get("/queue?category=health")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/login?next=%2Fqueue%3Fcategory%3Dhealth"


def test_cookie_flags(world: World) -> None:
    client = world.client()
    header = client.get("/login").headers["set-cookie"]
    assert "HttpOnly" in header and "SameSite=strict" in header.replace("Strict", "strict")
    assert "Secure" not in header  # plain HTTP with cookie_secure=auto
    tls = TestClient(world.app, base_url="https://testserver", follow_redirects=False)
    assert "Secure" in tls.get("/login").headers["set-cookie"]
    always = world.settings.model_copy(update={"review": Review(session_cookie_secure="always")})
    app = create_app(always, world.service)
    assert "Secure" in TestClient(app).get("/login").headers["set-cookie"]


def test_logout_ends_the_session(world: World) -> None:
    client = world.client("rita")
    page = client.get("/queue")
    cookie = client.cookies[COOKIE]
    answer = client.post("/logout", data={"csrf_token": csrf_of(page.text)})
    assert answer.status_code == 303 and answer.headers["location"] == "/login"
    stale = TestClient(world.app, follow_redirects=False, cookies={COOKIE: cookie})
    assert stale.get("/queue").status_code == 303
    assert any(
        e.action == "logout" and e.actor == "rita"
        for e in world.service.audit_entries(AuditQuery(), CLI)
    )


def test_logout_gives_back_the_items_the_user_holds(world: World) -> None:
    client = world.client("rita")
    page = client.get(f"/items/{world.items['ssn']}")  # opening an item claims it
    assert _owner(world, "ssn") == "rita"
    world.service.claim(world.items["spam"], world.user("ron"))  # a colleague's stays
    assert client.post("/logout", data={"csrf_token": csrf_of(page.text)}).status_code == 303
    assert (_owner(world, "ssn"), _owner(world, "spam")) == (None, "ron")


def _owner(world: World, name: str) -> str | None:
    return world.service.get_item(world.items[name], CLI).summary.lease_owner


def test_disabled_user_loses_the_session_at_once(world: World) -> None:
    rita = world.client("rita")
    assert rita.get("/queue").status_code == 200
    world.service.claim(world.items["ssn"], world.user("rita"))
    world.service.disable_user("rita", Operator("test"))  # e.g. from the CLI, another process
    assert rita.get("/queue").status_code == 303
    assert _owner(world, "ssn") is None  # free for a colleague at once


def test_a_session_idle_through_a_disable_stays_ended_after_the_enable(world: World) -> None:
    """Disabled and enabled again elsewhere (the CLI, another UI process) with no request
    of the session in between: it must not come back to life."""
    rita = world.client("rita")
    assert rita.get("/queue").status_code == 200
    world.service.disable_user("rita", Operator("test"))
    world.service.enable_user("rita", Operator("test"))
    assert rita.get("/queue").status_code == 303
    assert world.client("rita").get("/queue").status_code == 200  # a new login works


def test_a_password_changed_elsewhere_ends_the_sessions_that_used_the_old_one(
    world: World,
) -> None:
    rita = world.client("rita")
    assert rita.get("/queue").status_code == 200
    world.service.set_password("rita", "a new long passphrase", Operator("cli"))  # another process
    assert rita.get("/queue").status_code == 303
    assert world.client("rita").get("/queue").status_code == 200  # a new login works


def test_session_expires_when_idle(world: World) -> None:
    now = [1000.0]
    world.app.state.sessions._clock = lambda: now[0]
    client = world.client("rita")
    assert client.get("/queue").status_code == 200
    now[0] += world.settings.review.session_idle_seconds + 1
    assert client.get("/queue").status_code == 303


def test_an_admin_changing_their_own_password_stays_logged_in_only_where_they_did_it(
    world: World,
) -> None:
    here, elsewhere = world.client("admin"), world.client("admin")
    page = here.get("/admin/users")
    form = {"csrf_token": csrf_of(page.text), "password": "a new long passphrase"}
    assert here.post("/admin/users/admin/password", data=form).status_code == 303
    assert here.get("/admin/users").status_code == 200
    assert elsewhere.get("/admin/users").status_code == 303


def test_users_disable_from_the_cli_closes_every_way_in(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    """A contractor leaves: ``review-queue users disable`` (another process, as an operator
    runs it) ends the open session, refuses the password and the API token, gives back the
    item held, refuses new tokens, and is audited; the account row stays, so the audit
    trail still names who the account was."""

    def cli(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()  # what the test's own requests wrote is not the command's output
        code = review_queue_cli(["--data-dir", str(world.settings.data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    browser = world.client()
    login(browser, "rita")
    api = world.client()
    token = world.token("rita")
    assert browser.get("/queue").status_code == 200
    assert api.get("/api/v1/items", headers=token).status_code == 200
    assert browser.get(f"/items/{world.items['ssn']}").status_code == 200  # claims it
    assert _owner(world, "ssn") == "rita"

    assert cli("users", "disable", "rita") == (0, "disabled rita\n", "")

    assert browser.get("/queue").status_code == 303  # the open session is over
    assert _post_login(world.client(), "rita", PASSWORD).status_code == 401
    assert api.get("/api/v1/items", headers=token).status_code == 401
    assert _owner(world, "ssn") is None  # free for a colleague at once
    code, _, err = cli("tokens", "create", "--user", "rita")
    assert code == 2 and "disabled" in err
    listed = [line.split("\t")[:3] for line in cli("users", "list")[1].splitlines()]
    assert ["rita", "reviewer", "disabled"] in listed
    (disable,) = world.service.audit_entries(AuditQuery(action="user_disable"), CLI)
    assert disable.actor == CLI.name and dict(disable.detail) == {"user": "rita"}
    refused = world.service.audit_entries(AuditQuery(action="login_failed", actor="rita"), CLI)
    assert [e.detail["reason"] for e in refused] == ["disabled"]
    assert world.service.audit_entries(AuditQuery(action="login", actor="rita"), CLI)
