"""Times are written in UTC, marked up for static/time.js to show in the reader's zone
(the conversion itself is checked in a real browser: test_browser)."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from review_queue.service import CLI
from review_queue.store.schema import Item
from review_queue.store.types import ItemFilter
from review_queue.web.pages import utc_time
from tests.review_queue.web.conftest import World, csrf_of

_TIME = re.compile(r'<time datetime="([^"]+)" data-style="([^"]+)" title="([^"]+)">([^<]+)</time>')
# A time shown as something else (a relative age): the time is the title.
_TITLED = re.compile(
    r'<time datetime="([^"]+)" data-style="([^"]+)" data-local="title" title="([^"]+)">'
    r"([^<]+)</time>"
)
_ANY_TIME = re.compile(r"<time\b.*?</time>", re.S)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _dates_outside_time_elements(page: str) -> list[str]:
    """Dates written on the page other than in a ``<time>`` element: a time static/time.js
    cannot show in the reader's zone."""
    return _DATE.findall(_ANY_TIME.sub("", page))


def test_a_time_is_written_as_utc_whatever_zone_it_comes_in() -> None:
    berlin = datetime(2026, 1, 2, 3, 4, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    assert _TIME.findall(utc_time(berlin, "second")) == [
        ("2026-01-02T02:04:05Z", "second", "2026-01-02 02:04:05 UTC", "2026-01-02 02:04:05 UTC")
    ]
    assert _TIME.findall(utc_time(berlin))[0][3] == "2026-01-02 02:04 UTC"
    assert _TIME.findall(utc_time(berlin, "clock"))[0][3] == "02:04:05 UTC"


def test_a_naive_time_is_taken_as_utc_not_the_hosts_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        naive = datetime(2026, 1, 2, 3, 4, 5)  # the store keeps UTC
        assert _TIME.findall(utc_time(naive))[0][0] == "2026-01-02T03:04:05Z"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_relative_age_keeps_its_text_and_gets_the_time_as_title() -> None:
    held = datetime(2026, 1, 2, 3, 4, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    assert _TITLED.findall(utc_time(held, "minute", "3h")) == [
        ("2026-01-02T02:04:05Z", "minute", "2026-01-02 02:04 UTC", "3h")
    ]
    assert _TITLED.findall(utc_time(held, "minute", "<b>")) == [
        ("2026-01-02T02:04:05Z", "minute", "2026-01-02 02:04 UTC", "&lt;b&gt;")
    ]


def _held_ago(world: World, ages: dict[str, timedelta]) -> None:
    """Make each named item held that long ago (the seeded ones are minutes old)."""
    with world.service.db.transaction() as session:
        for name, ago in ages.items():
            session.execute(
                update(Item)
                .where(Item.id == world.items[name])
                .values(created_at=datetime.now(UTC) - ago)
            )


def test_the_item_page_and_the_audit_log_mark_their_times_up(world: World) -> None:
    item = world.items["card"]
    _held_ago(world, {"card": timedelta(days=2, hours=1)})
    world.service.decide(item, world.user("rita"), "reject", None)
    aldo = world.client("aldo")
    decision = world.service.get_item(item, world.user("aldo")).decision
    assert decision is not None
    at = decision.decided_at.astimezone(UTC)
    shown = at.strftime("%Y-%m-%d %H:%M UTC")
    page = aldo.get(f"/items/{item}").text
    assert _TIME.findall(page) == [(at.strftime("%Y-%m-%dT%H:%M:%SZ"), "minute", shown, shown)]
    held = world.service.get_item(item, world.user("aldo")).summary.created_at
    assert _TITLED.findall(page) == [(_iso(held), "minute", _utc(held), "2d")]  # "Held 2d ago"
    log = aldo.get("/audit").text
    assert "Time (UTC)" not in log  # each time says its zone
    times = _TIME.findall(log)
    assert times and all(style == "second" and title == text for _, style, title, text in times)


def test_the_queue_gives_each_age_the_time_it_was_held(world: World) -> None:
    """The age column stays relative ("3h"); the time it was held is its title, in UTC
    here and in the reader's zone with script (test_browser)."""
    held_for = {"ssn": timedelta(minutes=5), "spam": timedelta(hours=3, minutes=5)}
    _held_ago(world, {**held_for, "card": timedelta(days=2, hours=1)})
    shown_as = {world.items["ssn"]: "5m", world.items["spam"]: "3h", world.items["card"]: "2d"}
    page = world.client("rita").get("/queue").text
    listed = world.service.list_items(ItemFilter(), world.user("aldo"), 1, 50).items
    rows = re.findall(r'<a href="/items/([^"?]+)\?.*?</a></td>\s*<td[^>]*>(.*?)</td>', page)
    assert {item: _TITLED.findall(cell) for item, cell in rows} == {
        item.id: [(_iso(item.created_at), "minute", _utc(item.created_at), shown_as[item.id])]
        for item in listed
    }
    assert _dates_outside_time_elements(page) == []


def test_the_users_page_marks_every_date_up(world: World) -> None:
    """Accounts' creation times, API tokens' created and expiry times, and the revoke
    page's: each a ``<time>`` in UTC, none a bare date."""
    world.token("rita")
    (token,) = world.service.list_tokens()
    assert token.expires_at is not None
    admin = world.client("admin")
    page = admin.get("/admin/users").text
    times = _TIME.findall(page)
    accounts = world.service.list_users()
    expected = [a.created_at for a in accounts] + [token.created_at, token.expires_at]
    assert [(at, style, title) for at, style, title, _ in times] == [
        (_iso(moment), "minute", _utc(moment)) for moment in expected
    ]
    assert all(title == text for _, _, title, text in times)
    assert _dates_outside_time_elements(page) == []
    asked = admin.post(f"/admin/tokens/{token.id}/revoke", data={"csrf_token": csrf_of(page)})
    assert [t[0] for t in _TIME.findall(asked.text)] == [
        _iso(token.created_at),
        _iso(token.expires_at),
    ]
    assert _dates_outside_time_elements(asked.text) == []


def test_the_audit_log_writes_no_bare_date(world: World) -> None:
    world.service.decide(world.items["card"], world.user("rita"), "reject", None)
    world.service.create_token("rita", CLI)
    log = world.client("aldo").get("/audit").text
    assert _TIME.findall(log)
    assert _dates_outside_time_elements(log) == []
