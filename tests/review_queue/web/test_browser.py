"""The reviewer UI in Debian's headless chromium against a real uvicorn server on loopback.

Set ``MAILGUARD_SCREENSHOTS=docs/screenshots`` to refresh the README screenshots.
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import pytest
import uvicorn
from playwright.sync_api import Browser, Dialog, Page, expect, sync_playwright

from review_queue.service import CLI
from review_queue.store.types import AuditQuery, ItemStatus
from scanner.masking import mask_finding
from scanner.model import ClientInfo, Envelope, Reason
from tests.review_queue.web.conftest import PASSWORD, World
from tests.review_queue.web.mail import (
    SSN,
    SSN_TEXT,
    finding_at,
    message,
    ssn_message,
    verdict,
)
from tests.review_queue.web.test_security import XSS

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
WAIT_S = 10.0
_RESTORED = "window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))"


@pytest.fixture
def base_url(world: World) -> Iterator[str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(world.app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT_S
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(WAIT_S)
        sock.close()


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    """One chromium for the module: a launch costs about half a second, and each test gets
    browser contexts of its own (no cookies, storage or cache shared), closed after it."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: run scripts/install-system-deps.sh")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def browser(chromium: Browser) -> Iterator[Browser]:
    """The shared chromium; every context a test opens is closed when it ends (before its
    server stops), so no page of one test runs on into the next."""
    assert not chromium.contexts, "a previous test left a browser context open"
    yield chromium
    for context in chromium.contexts:
        context.close()


def _page(
    browser: Browser,
    base_url: str,
    violations: list[str],
    width: int = 1280,
    height: int = 900,
    **options: Any,
) -> Page:
    """A page that records CSP violations and any request answered 404 (a missing asset);
    ``options``: more browser context options (``timezone_id``, ``java_script_enabled``)."""
    context = browser.new_context(
        base_url=base_url, viewport={"width": width, "height": height}, **options
    )
    page = context.new_page()
    page.on(
        "console",
        lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    page.on(
        "response",
        lambda answer: violations.append(f"404 {answer.url}") if answer.status == 404 else None,
    )
    return page


def _login(page: Page, name: str, target: str = "/queue") -> None:
    page.goto(target)
    expect(page).to_have_url(re.compile(r".*/login\?next="))
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"**{target}*")


def _shots(world: World) -> Path:
    """Where screenshots go: ``MAILGUARD_SCREENSHOTS`` if set, else the test's data dir."""
    return Path(os.environ.get("MAILGUARD_SCREENSHOTS", "") or world.settings.data_dir)


def _seed_more(world: World) -> None:
    """A few more realistic held messages, so the list and screenshots look like a queue."""
    samples = [
        ("Volunteer roster", "Volunteer: J. Doe, diagnosis: type 2 diabetes, insulin daily.",
         "type 2 diabetes", "health", "MEDICAL_CONDITION", "org-3"),
        ("Re: grant application", "Our bank account 0012345678, routing 021000021, thanks.",
         "0012345678", "financial_account", "BANK_ACCOUNT", "org-1"),
        ("Member update", "Please note the member's union: Teamsters Local 42.",
         "Teamsters Local 42", "trade_union_membership", "UNION", "org-4"),
    ]  # fmt: skip
    for index, (subject, text, needle, category, entity, customer) in enumerate(samples):
        raw = message(subject, text + "\n")
        world.hold(f"extra{index}", raw, (finding_at(raw, needle, category, entity),),
                   customer=customer)  # fmt: skip


def test_reviewer_works_the_queue(world: World, base_url: str, browser: Browser) -> None:
    _seed_more(world)
    shots = _shots(world)
    violations: list[str] = []
    page = _page(browser, base_url, violations)

    # Log in (redirected from the queue and back), then filter by category.
    _login(page, "rita")
    rows = page.locator("input[name=ids]")
    expect(rows).to_have_count(6)
    page.screenshot(path=str(shots / "queue.png"), full_page=True)
    page.select_option("select[name=category]", "payment_card")
    page.click("form.filters button[type=submit]")
    expect(rows).to_have_count(1)
    expect(page.locator("input[name=ids]")).to_have_attribute("value", world.items["card"])

    # Open the SSN item: the value is masked in context, and the item is claimed.
    page.goto("/queue")
    page.click(f"a[href^='/items/{world.items['ssn']}?']")
    masked = page.locator("table#findings mark.masked").first
    expect(masked).to_have_text(mask_finding(ssn_message()[1], SSN_TEXT))
    assert SSN not in page.content()
    page.screenshot(path=str(shots / "item.png"), full_page=True)

    # Reveal with a reason: the value appears and the audit log has the entry.
    page.fill("form.reveal input[name=reason]", "check whether it is a test number")
    page.click("form.reveal button")
    expect(page.locator("table#findings mark.revealed").first).to_have_text(SSN)
    auditor = _page(browser, base_url, violations)
    _login(auditor, "aldo", "/audit")
    expect(auditor.locator("table#audit tr", has_text="reveal").first).to_contain_text("rita")

    # Label a finding (focus on a radio button), then release with the keyboard shortcut:
    # the message arrives at the SMTP sink.
    page.locator("input[type=radio][value=true_positive]").first.check()
    page.wait_for_load_state()  # the shortcuts are the page's deferred script
    page.keyboard.press("r")
    page.wait_for_url("**/queue?*page=1*")  # back to the queue list it came from
    expect(page.locator(".flash").first).to_contain_text("release recorded")
    assert world.sink.received.wait(WAIT_S)
    assert SSN.encode() in world.sink.messages[0][2]

    # Reject with a double press: one decision is recorded.
    page.click(f"a[href^='/items/{world.items['card']}?']")
    expect(page.locator("form#decide")).to_have_count(1)
    page.wait_for_load_state()  # its script is what ignores the second press
    page.dblclick("button[value=reject]")
    page.wait_for_url("**/queue?*")
    decisions = world.service.audit_entries(AuditQuery(action="decide"), CLI)
    assert sum(e.item_id == world.items["card"] for e in decisions) == 1

    # Bulk: select everything left and reject it, after confirming.
    expect(rows).to_have_count(4)
    page.check("input[data-select-all]")
    page.click("button[value=reject]")
    expect(page.locator("h1")).to_have_text("Reject 4 selected item(s)?")
    page.click("#bulk-confirm button[type=submit]")
    page.wait_for_url("**/queue?*page=1*")  # back to the page it was on, filters kept
    expect(page.locator(".flash").first).to_contain_text("4 item(s) decided")
    expect(rows).to_have_count(0)
    statuses = {
        world.service.get_item(item, world.user("aldo")).summary.status
        for item in world.items.values()
    }
    assert statuses == {ItemStatus.RELEASED, ItemStatus.REJECTED}

    # A reviewer trying an admin page is refused.
    answer = page.goto("/admin/users")
    assert answer is not None and answer.status == 403
    expect(page.locator("h1")).to_have_text("403")
    assert violations == []


# A form's buttons not wholly on screen, or not the element a tap on their middle reaches.
_BUTTONS_OUT_OF_REACH = """(form) => [...form.querySelectorAll('button')].filter((b) => {
    const r = b.getBoundingClientRect();
    const tapped = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.left < 0 || r.right > innerWidth || r.top < 0 || r.bottom > innerHeight
        || !tapped || tapped.closest('button') !== b; }).map((b) => b.textContent.trim())"""


def _scrolls_sideways(page: Page, path: str) -> bool:
    """Whether the page at ``path`` is wider than the window."""
    page.goto(path)
    return bool(page.evaluate("document.documentElement.scrollWidth > window.innerWidth"))


@pytest.mark.parametrize(
    ("width", "height", "shot"),
    [(390, 844, "item-phone.png"), (640, 800, None)],
    ids=["phone", "half-laptop"],
)
def test_every_page_fits_a_narrow_window_and_the_decision_buttons_work(
    world: World, base_url: str, browser: Browser, width: int, height: int, shot: str | None
) -> None:
    """On a phone or half a laptop screen no page scrolls sideways: a wide table scrolls
    inside its own box, forms and the header wrap. The item's decision buttons are all on
    screen, and pressing one records the decision."""
    _seed_more(world)
    world.token("rita")  # a row in the users page's token table
    item = world.items["ssn"]
    violations: list[str] = []
    page = _page(browser, base_url, violations, width, height)
    _login(page, "admin", "/queue")  # an admin's header has the most links
    paths = ("/queue", "/admin/users", "/audit", f"/items/{item}")  # the item last: decided below
    assert [path for path in paths if _scrolls_sideways(page, path)] == []

    if shot:
        page.screenshot(path=str(_shots(world) / shot), full_page=True)
    decide = page.locator("form#decide")
    expect(decide.locator("button")).to_have_count(4)
    decide.scroll_into_view_if_needed()  # the page scrolls down to it; nothing scrolls sideways
    assert decide.evaluate(_BUTTONS_OUT_OF_REACH) == []
    page.click("form#decide button[value=reject]")
    page.wait_for_url("**/queue*")
    expect(page.locator(".flash").first).to_contain_text("reject recorded")
    assert violations == []


def test_hostile_mail_runs_nothing_and_loads_nothing(
    world: World, base_url: str, browser: Browser
) -> None:
    html = "".join(XSS) + "<a href='javascript:alert(5)'>x</a>"
    raw = message(f"{XSS[0]}", "\n".join(XSS), html=html)
    item = world.hold("xss", raw, ())
    violations: list[str] = []
    page = _page(browser, base_url, violations)
    dialogs: list[str] = []
    foreign: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on(
        "request",
        lambda request: None if request.url.startswith(base_url) else foreign.append(request.url),
    )
    _login(page, "rita", f"/items/{item}")
    expect(page.locator("h1")).to_contain_text(item)
    page.wait_for_load_state("networkidle")
    assert dialogs == [] and foreign == []
    assert page.evaluate("document.querySelectorAll('iframe, object, embed, img').length") == 0


def test_long_words_wrap_instead_of_widening_the_item_page(
    world: World, base_url: str, browser: Browser
) -> None:
    target = "https://long.example/" + "p" * 3000
    html = f"<p>{'h' * 2500}</p><a href='{target}'>{'t' * 2000}</a><a href='{target}'>{target}</a>"
    raw = message("Subject " + "s" * 400, f"Text {'w' * 3000} SSN {SSN}\n", html=html)
    item = world.hold("long", raw, (finding_at(raw, SSN, "government_id", "US_SSN"),))
    violations: list[str] = []
    page = _page(browser, base_url, violations, width=1024)
    _login(page, "rita", f"/items/{item}")
    expect(page.locator("h1")).to_contain_text(item)
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1] == 1024, widths
    # The long context wraps; the category, entity and headings beside it stay one line each.
    lines = page.evaluate(
        """[...document.querySelectorAll('#findings th, #findings .tag, #findings td.short')]
           .map((cell) => { const r = document.createRange(); r.selectNodeContents(cell);
                            return new Set([...r.getClientRects()].map((b) => b.top)).size; })"""
    )
    assert len(lines) >= 9 and set(lines) == {1}, lines
    assert violations == []


_LINES = """(selector) => [...document.querySelectorAll(selector)].map((cell) => {
    const r = document.createRange(); r.selectNodeContents(cell);
    return new Set([...r.getClientRects()].map((b) => b.top)).size; })"""


def test_rule_names_and_audit_columns_stay_on_one_line(
    world: World, base_url: str, browser: Browser
) -> None:
    """Names and numbers are not split mid-word ('SENSITIVE_FINANCIAL_ACCO / UNT', a
    sequence number '4 / 8') where a long description or detail beside them wraps."""
    raw = message("Grant report", "Routing 021000021, thanks.\n")
    long_text = "bulk mail whose List-Unsubscribe lacks RFC 8058 one-click " * 3
    reasons = (
        Reason("SENSITIVE_FINANCIAL_ACCOUNT", 0.0, "financial_account found"),
        Reason("TOS_BULK_NO_ONE_CLICK", 0.4, long_text),
    )
    envelope = Envelope("a@org.example", ("donor@example.net",), ClientInfo(login="org-1"))
    item = world.service.hold(envelope, raw, replace(verdict(()), reasons=reasons))
    for _ in range(12):
        world.service.record_audit("rita", "logout", item, reason=long_text)
    violations: list[str] = []
    page = _page(browser, base_url, violations, width=1024)
    _login(page, "admin", f"/items/{item}")
    rules = page.evaluate(_LINES, "#rules td:not(:last-child)")  # rule, weight
    assert len(rules) == 4 and set(rules) == {1}, rules
    page.goto("/audit")
    cells = page.evaluate(_LINES, "#audit td:not(:last-child)")  # all but the detail
    assert len(cells) >= 5 * 12 and set(cells) - {0} == {1}, cells  # 0: no item
    widths = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], widths  # a long reveal reason wraps
    assert violations == []


def test_every_checkbox_sits_on_the_line_of_its_text(
    world: World, base_url: str, browser: Browser
) -> None:
    """A label stacks its field under its caption; a checkbox belongs beside its text."""
    violations: list[str] = []
    page = _page(browser, base_url, violations)
    _login(page, "admin", "/admin/users")
    misplaced = page.evaluate(
        """[...document.querySelectorAll('label input[type=checkbox]')].filter((box) => {
             const r = document.createRange(); r.selectNode(box.nextSibling);  // its text
             const a = box.getBoundingClientRect(), b = r.getBoundingClientRect();
             return a.bottom <= b.top || a.top >= b.bottom; }).length"""
    )
    assert page.locator("label input[type=checkbox]").count() >= 4
    assert misplaced == 0
    assert violations == []


def test_leaving_an_item_page_without_a_decision_gives_its_lease_back(
    world: World, base_url: str, browser: Browser, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = world.items["ssn"]
    given_back: list[str] = []
    release_lease = world.service.release_lease

    def counted(*args: Any) -> None:
        release_lease(*args)
        given_back.append(args[0])

    def owner_after(calls: int) -> str | None:
        deadline = time.monotonic() + WAIT_S
        while len(given_back) < calls and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(given_back) == calls, given_back
        return world.service.get_item(item, world.user("aldo")).summary.lease_owner

    monkeypatch.setattr(world.service, "release_lease", counted)
    violations: list[str] = []
    page = _page(browser, base_url, violations)
    _login(page, "rita")
    opened = f"a[href^='/items/{item}?']"

    # A reload sends the beacon after its new view renewed the lease: the lease is kept.
    page.click(opened)
    expect(page.locator("form#decide")).to_have_count(1)  # the item page, not the queue's
    page.reload()
    assert owner_after(1) == "rita"
    # A reveal is a form sent, not a page left; then a link out gives the lease back.
    page.fill("form.reveal input[name=reason]", "check whether it is a test number")
    page.click("form.reveal button")
    expect(page.locator("table#findings mark.revealed").first).to_have_text(SSN)
    page.click("header.top a[href='/queue']")
    assert owner_after(2) is None
    # So does the browser's Back button.
    page.click(opened)
    expect(page.locator("form#decide")).to_have_count(1)
    page.go_back()
    assert owner_after(3) is None
    # Pages restored from the back/forward cache (simulated: this chromium keeps no no-store
    # page there): the queue's forms work again, an item page opens the item anew.
    page.evaluate(f"document.getElementById('bulk').dataset.submitted = '1'; {_RESTORED}")
    expect(page.locator("form#bulk")).not_to_have_attribute("data-submitted", "1")
    page.click(opened)
    expect(page.locator("form#decide")).to_have_count(1)
    page.wait_for_load_state()  # its deferred script listens for pageshow by now
    page.evaluate(f"history.replaceState(null, '', '/queue'); {_RESTORED}")
    page.wait_for_url(f"**/items/{item}?next=*")  # reopened with the queue to return to
    assert owner_after(4) == "rita"  # the left page's beacon came after the new claim
    # A decision is not raced by a give-back: the release goes out, no beacon is sent.
    page.keyboard.press("r")
    page.wait_for_url("**/queue?*")
    expect(page.locator(".flash").first).to_contain_text("release recorded (released)")
    assert world.sink.received.wait(WAIT_S)
    time.sleep(0.5)
    assert given_back == [item] * 4
    assert violations == []


def test_release_and_allowlist_by_key_is_confirmed_before_it_is_recorded(
    world: World, base_url: str, browser: Browser
) -> None:
    """`a` on the item page asks first; going to that page keeps the lease (no beacon gives
    it back), so the confirmed release goes out."""
    item = world.items["spam"]
    violations: list[str] = []
    page = _page(browser, base_url, violations)
    _login(page, "rita", f"/items/{item}")
    expect(page.locator("form#decide")).to_have_count(1)
    page.keyboard.press("a")
    expect(page.locator("h1")).to_contain_text("and allowlist its sender?")
    time.sleep(0.3)  # a beacon, had one been sent, would have arrived by now
    assert world.service.get_item(item, world.user("aldo")).summary.lease_owner == "rita"
    assert not world.service.audit_entries(AuditQuery(action="decide"), CLI)
    page.click("#allowlist-confirm button[type=submit]")
    page.wait_for_url("**/queue*")
    expect(page.locator(".flash").first).to_contain_text("release_and_allowlist recorded")
    assert world.sink.received.wait(WAIT_S)
    decision = world.service.get_item(item, world.user("aldo")).decision
    assert decision is not None and decision.allowlist
    assert violations == []


class Shown(NamedTuple):
    """One ``<time>`` on a page as the reader sees it."""

    moment: datetime
    style: str
    title: str
    text: str
    relative: bool  # data-local="title": the text is an age, the title the time


# The layout of each data-style (review_queue/web/pages.py TIME_STYLES).
_LAYOUTS = {"clock": "%H:%M:%S", "minute": "%Y-%m-%d %H:%M", "second": "%Y-%m-%d %H:%M:%S"}
_AGE = re.compile(r"[0-9]+[mhd]")


def _times_shown(page: Page) -> list[Shown]:
    """Each ``<time>`` on the page."""
    return [
        Shown(datetime.fromisoformat(str(t.get_attribute("datetime"))),
              str(t.get_attribute("data-style")), str(t.get_attribute("title")), t.inner_text(),
              t.get_attribute("data-local") == "title")
        for t in page.locator("time").all()
    ]  # fmt: skip


def _local(moment: datetime, zone: str, layout: str) -> str:
    shown = moment.astimezone(ZoneInfo(zone))
    return f"{shown.strftime(layout)} {shown.tzname()}"


@pytest.mark.parametrize(
    ("zone", "locale"), [("America/New_York", "en-US"), ("Asia/Kolkata", "en-IN")]
)
def test_times_are_shown_in_the_readers_time_zone(
    world: World, base_url: str, browser: Browser, zone: str, locale: str
) -> None:
    """Every time on every page: the page says UTC, the script turns it into the browser's
    zone (named as its locale names it) and keeps UTC in the title. A relative age (the
    queue's, an item's "held ... ago") keeps its text and gets the local time as title.
    Pages: an item being reviewed (held, the lease's end as a clock time), a decided item,
    the queue, the audit log, the users page (accounts and API tokens) and the page asking
    to revoke a token."""
    decided = world.items["card"]
    world.service.decide(decided, world.user("rita"), "reject", None)
    world.token("rita")
    (token,) = world.service.list_tokens()
    violations: list[str] = []
    page = _page(browser, base_url, violations, timezone_id=zone, locale=locale)
    _login(page, "admin", f"/items/{world.items['ssn']}")
    counts = [
        (f"/items/{world.items['ssn']}", {"minute": 1, "clock": 1}, 1),
        (f"/items/{decided}", {"minute": 2}, 1),
        ("/queue", {"minute": 2}, 2),  # the pending ones
        ("/audit", {"second": 5}, 0),
        ("/admin/users", {"minute": 4 + 2}, 0),  # four accounts, a token's created and expiry
    ]
    for path, at_least, relative in counts:
        page.goto(path)
        shown = _times_shown(page)
        for style, count in at_least.items():
            assert sum(t.style == style for t in shown) >= count, (path, style)
        assert sum(t.relative for t in shown) == relative, path
        for time_shown in shown:
            layout = _LAYOUTS[time_shown.style]
            utc = f"{time_shown.moment.astimezone(UTC).strftime(layout)} UTC"
            local = _local(time_shown.moment, zone, layout)
            if time_shown.relative:
                assert (time_shown.title, time_shown.text) == (local, time_shown.text)
                assert _AGE.fullmatch(time_shown.text), time_shown.text
            else:
                assert (time_shown.title, time_shown.text) == (utc, local)
    page.goto("/admin/users")
    accounts = page.locator("main table").first.locator("time")
    created = [a.created_at for a in world.service.list_users()]
    expect(accounts).to_have_text([_local(at, zone, _LAYOUTS["minute"]) for at in created])
    assert token.expires_at is not None
    expect(page.locator("table#tokens time")).to_have_text(
        [_local(at, zone, _LAYOUTS["minute"]) for at in (token.created_at, token.expires_at)]
    )
    page.click(f"form[action='/admin/tokens/{token.id}/revoke'] button")
    expect(page.locator("h1")).to_contain_text(f"Revoke API token {token.id}")
    assert [(t.title, t.text) for t in _times_shown(page)] == [
        (f"{at.astimezone(UTC).strftime(_LAYOUTS['minute'])} UTC",
         _local(at, zone, _LAYOUTS["minute"]))
        for at in (token.created_at, token.expires_at)
    ]  # fmt: skip
    assert violations == []
    # Without script the page says UTC.
    plain = _page(browser, base_url, violations, timezone_id=zone, java_script_enabled=False)
    _login(plain, "admin", "/audit")
    for path in ("/audit", "/admin/users", "/queue"):
        plain.goto(path)
        shown = _times_shown(plain)
        assert shown and all(t.title.endswith(" UTC") for t in shown), path
        assert all(t.text == t.title for t in shown if not t.relative), path
