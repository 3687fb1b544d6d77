"""Security: route x role matrix, CSRF, headers, inert rendering of hostile mail, SQL-ish input."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY
from starlette.routing import Mount

from review_queue.service import CLI
from review_queue.store.types import AuditQuery, ItemStatus, Operator, Role
from review_queue.web.headers import SECURITY_HEADERS
from tests.review_queue.web.conftest import PASSWORD, World
from tests.review_queue.web.mail import finding_at, message

PUBLIC = "public"
A, R, U = Role.ADMIN, Role.REVIEWER, Role.AUDITOR
# Who may use each route: the single source of truth for this test. A route the app has and
# this table lacks fails test_every_route_has_a_rule.
# fmt: off
MATRIX: dict[tuple[str, str], frozenset[Role] | str] = {
    ("GET", "/login"): PUBLIC,
    ("POST", "/login"): PUBLIC,
    ("GET", "/healthz"): PUBLIC,
    ("MOUNT", "/static"): PUBLIC,
    ("GET", "/api/v1/openapi.json"): PUBLIC,
    ("GET", "/api/v1/docs"): PUBLIC,
    ("POST", "/logout"): frozenset({A, R, U}),
    ("GET", "/"): frozenset({A, R, U}),
    ("GET", "/queue"): frozenset({A, R, U}),
    ("POST", "/queue/bulk"): frozenset({A, R}),
    ("GET", "/items/{item_id}"): frozenset({A, R, U}),
    ("POST", "/items/{item_id}/decide"): frozenset({A, R}),
    ("POST", "/items/{item_id}/reveal"): frozenset({A, R}),
    ("POST", "/items/{item_id}/unclaim"): frozenset({A, R}),
    ("GET", "/audit"): frozenset({A, U}),
    ("GET", "/admin/users"): frozenset({A}),
    ("POST", "/admin/users"): frozenset({A}),
    ("POST", "/admin/users/{name}/disable"): frozenset({A}),
    ("POST", "/admin/users/{name}/enable"): frozenset({A}),
    ("POST", "/admin/users/{name}/password"): frozenset({A}),
    ("POST", "/admin/users/{name}/tokens"): frozenset({A}),
    ("POST", "/admin/users/{name}/customers"): frozenset({A}),
    ("POST", "/admin/tokens/{token_id}/revoke"): frozenset({A}),
    ("GET", "/api/v1/items"): frozenset({A, R, U}),
    ("GET", "/api/v1/items/{item_id}"): frozenset({A, R, U}),
    ("POST", "/api/v1/items/{item_id}/release"): frozenset({A, R}),
    ("POST", "/api/v1/items/{item_id}/reject"): frozenset({A, R}),
    ("GET", "/api/v1/stats"): frozenset({A, R, U}),
}
# fmt: on
ACCOUNTS = {A: "admin", R: "rita", U: "aldo"}


def _app_routes(world: World) -> set[tuple[str, str]]:
    """Every (method, path) the app serves, included routers flattened."""
    keys: set[tuple[str, str]] = set()
    for route in iter_route_contexts(world.app.routes):
        if isinstance(route.original_route, Mount):
            keys.add(("MOUNT", str(route.path)))
        else:
            methods = (route.methods or set()) - {"HEAD"}
            keys.update((method, str(route.path)) for method in methods)
    return keys


def _browser(world: World, role: Role | None) -> tuple[TestClient, str]:
    """A client with a session made directly (the login flow is tested elsewhere)."""
    client = TestClient(world.app, follow_redirects=False)
    if role is None:
        return client, ""
    session = world.app.state.sessions.login(None, world.user(ACCOUNTS[role]))
    client.cookies.set("mailguard_session", session.id)
    return client, session.csrf


def _request(world: World, method: str, template: str, role: Role | None) -> int:
    path = template.format(item_id=world.items["spam"], name="victim", token_id=1)
    if path.startswith("/api/"):
        client = TestClient(world.app, follow_redirects=False)
        headers = world.token(ACCOUNTS[role]) if role else {}
        answer = client.request(
            method, path, headers=headers, json={} if method == "POST" else None
        )
    else:
        client, csrf = _browser(world, role)
        data = {"csrf_token": csrf} if method == "POST" else None
        answer = client.request(method, path, data=data)
    if answer.status_code == 303 and answer.headers["location"].startswith("/login?"):
        return 401
    return int(answer.status_code)


def test_every_route_has_a_rule(world: World) -> None:
    assert _app_routes(world) == set(MATRIX)


def test_route_role_matrix(world: World) -> None:
    world.service.create_user("victim", Role.REVIEWER, PASSWORD, Operator("test"))
    wrong: list[str] = []
    for (method, path), allowed in sorted(MATRIX.items()):
        if method == "MOUNT" or allowed == PUBLIC:
            continue
        assert isinstance(allowed, frozenset)
        if _request(world, method, path, None) != 401:
            wrong.append(f"anonymous {method} {path}")
        for role in (U, R, A):
            status = _request(world, method, path, role)
            if (role in allowed) == (status in (401, 403)):
                wrong.append(f"{role.value} {method} {path} -> {status}")
    assert wrong == []


def test_public_routes_need_no_login(world: World) -> None:
    client = TestClient(world.app, follow_redirects=False)
    for path in ("/login", "/healthz", "/api/v1/openapi.json", "/api/v1/docs", "/static/app.css"):
        assert client.get(path).status_code == 200, path


def _denied(world: World) -> list[tuple[str, dict[str, object]]]:
    entries = world.service.audit_entries(AuditQuery(action="access_denied"), CLI)
    return [(e.actor, dict(e.detail)) for e in reversed(entries)]


def test_refused_page_is_a_403_for_a_reviewer(world: World) -> None:
    answer = world.client("rita").get("/admin/users")
    assert answer.status_code == 403
    assert "victim" not in answer.text and "aldo" not in answer.text
    refusal = {"attempted": "route", "outcome": "denied", "route": "/admin/users"}
    assert _denied(world) == [("rita", refusal)]


def test_a_burst_of_refused_pages_writes_one_entry_and_a_count(world: World) -> None:
    before = REGISTRY.get_sample_value("mailguard_review_access_denied_total", {"action": "route"})
    client = world.client("rita")
    for path in ("/admin/users", "/admin/users", "/audit", "/admin/users"):
        assert client.get(path).status_code == 403
    after = REGISTRY.get_sample_value("mailguard_review_access_denied_total", {"action": "route"})
    assert (after or 0) - (before or 0) == 4  # the metric counts every refusal
    refusal = {"attempted": "route", "outcome": "denied", "route": "/admin/users"}
    assert _denied(world) == [("rita", refusal)]
    world.service.denials.flush(everything=True)  # as when the service stops
    count = {"attempted": "route", "outcome": "denied", "repeated": 3}
    assert _denied(world) == [("rita", refusal), ("rita", count)]


def test_refused_api_call_is_a_403_and_audited(world: World) -> None:
    answer = TestClient(world.app).post(
        f"/api/v1/items/{world.items['ssn']}/release",
        json={},
        headers=world.token("aldo"),
    )
    assert answer.status_code == 403
    route = "/api/v1/items/{item_id}/release"
    assert _denied(world) == [("aldo", {"attempted": "route", "outcome": "denied", "route": route})]


def test_csrf_token_required_on_every_browser_post(world: World) -> None:
    posts = [p for (m, p), allowed in MATRIX.items() if m == "POST" and allowed != PUBLIC]
    posts = [p for p in posts if not p.startswith("/api/")]
    for template in posts:
        path = template.format(item_id=world.items["ssn"], name="rita", token_id=1)
        client, csrf = _browser(world, A)
        missing = client.post(path, data={"decision": "release", "ids": world.items["ssn"]})
        forged = client.post(path, data={"csrf_token": csrf[::-1], "decision": "release"})
        assert (missing.status_code, forged.status_code) == (403, 403), path
    assert world.service.get_item(world.items["ssn"], world.user("aldo")).summary.status is (
        ItemStatus.PENDING
    )
    assert not world.service.get_user("rita").disabled  # type: ignore[union-attr]


def test_security_headers_everywhere(world: World) -> None:
    client = world.client("rita")
    answers = [
        client.get("/queue"),
        client.get("/items/nonexistent"),
        client.get("/static/app.js"),
        TestClient(world.app).get("/api/v1/items"),
        TestClient(world.app).get("/login"),
    ]
    for answer in answers:
        csp = answer.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert "script-src 'self'" in csp and "default-src 'none'" in csp
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["referrer-policy"] == "no-referrer"
    assert answers[0].headers["cache-control"] == "no-store"
    assert answers[1].status_code == 404


def test_error_answers_carry_the_same_security_headers(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("store exploded while reading 219-09-9999")

    browser = TestClient(world.app, follow_redirects=False, raise_server_exceptions=False)
    browser.cookies = world.client("rita").cookies
    api = TestClient(world.app, raise_server_exceptions=False, headers=world.token("rita"))
    normal = browser.get("/queue")
    answers = {
        400: [browser.get("/queue", params={"page": "0"})],
        403: [browser.get("/admin/users")],
        404: [browser.get("/items/nonexistent"), browser.get("/nowhere"), api.get("/api/v1/x")],
        405: [browser.put("/queue"), api.delete("/api/v1/items")],
        422: [api.get("/api/v1/items", params={"page": "0"})],
    }
    monkeypatch.setattr(world.service, "list_items", broken)
    answers[500] = [browser.get("/queue"), api.get("/api/v1/items")]
    names = [name.decode() for name, _ in SECURITY_HEADERS] + ["cache-control"]
    for status, group in answers.items():
        for answer in group:
            assert answer.status_code == status, answer.request.url
            for name in names:
                assert answer.headers.get(name) == normal.headers[name], (status, name)
    assert "Internal error." in answers[500][0].text
    assert all("219-09-9999" not in answer.text for answer in answers[500])


def test_templates_have_no_inline_script_or_style() -> None:
    templates = Path(__file__).parents[3] / "review_queue" / "web" / "templates"
    for template in templates.glob("*.html"):
        text = template.read_text()
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), template.name
        assert not re.search(r"\son[a-z]+\s*=", text, re.I), template.name
        assert not re.search(r"<style|\sstyle\s*=", text, re.I), template.name


# Hostile content a held message may carry; none of it may become markup in a page.
XSS = [
    '<script>alert("x1")</script>',
    '<img src=x onerror=alert("x2")>',
    "<a href=\"javascript:alert('x3')\">click me</a>",
    '<svg onload=alert("x4")>',
    '<iframe src="https://evil.example/x5"></iframe>',
    '"><script>alert("x6")</script>',
    "<style>body{background:url(https://evil.example/x7)}</style>",
    '<meta http-equiv="refresh" content="0;url=https://evil.example/x8">',
    '<base href="https://evil.example/">',
    '<object data="https://evil.example/x9.swf"></object>',
    '<form action="https://evil.example/x10"><input name=p></form>',
    '<div style="background-image:url(https://evil.example/x11)">styled</div>',
    '<img src="https://tracker.example/pixel.gif">',
    "{{ 7*7 }} {% for x in y %}",
    "<!--",
    "</pre></code></td></tr></table><b>escaped?</b>",
]
_ALLOWED_TAGS = {
    "html", "head", "meta", "title", "link", "script", "body", "header", "main", "strong", "a",
    "span", "form", "input", "button", "div", "h1", "h2", "h3", "p", "table", "thead", "tbody",
    "tr", "th", "td", "code", "kbd", "pre", "mark", "label", "select", "option", "section", "br",
    "time",
}  # fmt: skip


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _assert_inert(page: str) -> None:
    markup = _Markup()
    markup.feed(page)
    for tag, attrs in markup.tags:
        assert tag in _ALLOWED_TAGS, tag
        assert not any(name.startswith("on") or name == "style" for name in attrs), (tag, attrs)
        for name in ("href", "src", "action"):
            value = attrs.get(name)
            if value is not None:
                assert value.startswith("/") and not value.startswith("//"), (tag, name, value)
        if tag == "script":
            assert attrs.get("src") in ("/static/app.js", "/static/time.js")
        if tag == "meta":
            assert "http-equiv" not in attrs


def test_hostile_mail_renders_inert(world: World) -> None:
    payload = "\n".join(XSS)
    # The link comes first: the payload's unclosed "<!--" and "<svg>" hide what follows them.
    html = f"<a href='javascript:alert(1)'>{XSS[0]}</a><p>{payload}</p>"
    raw = message(f"Subject {XSS[0]} {XSS[5]}", f"plain {payload} 219-09-9999", html=html)
    finding = finding_at(raw, "219-09-9999", "government_id", "US_SSN")
    item = world.hold("xss", raw, (finding,), sender='"<script>x</script>"@evil.example')
    client = world.client("rita")
    page = client.get(f"/items/{item}").text
    _assert_inert(page)
    for hostile in XSS[:13]:
        assert hostile not in page
    assert "7*7" in page  # shown literally: no template evaluation of message text
    assert "javascript:alert(1)" in page  # listed as text, never as a link
    revealed = client.post(
        f"/items/{item}/reveal",
        data={"csrf_token": _csrf(page), "finding": "0", "reason": "<script>alert(9)</script>"},
    )
    assert revealed.status_code == 303
    shown = client.get(revealed.headers["location"]).text
    assert "219-09-9999" in shown
    _assert_inert(shown)
    audit = world.client("aldo").get("/audit").text
    _assert_inert(audit)
    _assert_inert(client.get("/queue").text)


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found
    return found.group(1)


@pytest.mark.parametrize(
    "query",
    [
        {"customer": "' OR '1'='1"},
        {"customer": "org-1'; DROP TABLE items; --"},
        {"category": "health' OR 1=1 --"},
        {"customer": "%", "category": "_"},
        {"customer": "\\' UNION SELECT * FROM users --"},
    ],
)
def test_sql_like_filters_match_nothing_and_harm_nothing(
    world: World, query: dict[str, str]
) -> None:
    client = world.client("rita")
    page = client.get("/queue", params=query)
    assert page.status_code == 200
    assert "No items match." in page.text
    api = TestClient(world.app).get("/api/v1/items", params=query, headers=world.token("rita"))
    assert api.status_code == 200 and api.json()["total"] == 0
    assert client.get("/queue").text.count('name="ids"') == 3


@pytest.mark.parametrize(
    "query",
    [
        {"sort": "created_at; DROP TABLE items"},
        {"direction": "asc, (SELECT 1)"},
        {"min_score": "1 OR 1=1"},
        {"page": "0"},
        {"status": "pending' --"},
    ],
)
def test_malformed_filters_are_a_client_error(world: World, query: dict[str, str]) -> None:
    assert world.client("rita").get("/queue", params=query).status_code == 400
    api = TestClient(world.app).get("/api/v1/items", params=query, headers=world.token("rita"))
    assert api.status_code == 422
    assert world.client("rita").get("/queue").text.count('name="ids"') == 3
