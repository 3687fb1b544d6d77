"""Times are written in UTC, marked up for static/time.js to show in the reader's zone
(the conversion itself is checked in a real browser: test_browser)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from review_queue.web.pages import utc_time
from tests.review_queue.web.conftest import World

_TIME = re.compile(r'<time datetime="([^"]+)" data-style="([^"]+)" title="([^"]+)">([^<]+)</time>')


def test_a_time_is_written_as_utc_whatever_zone_it_comes_in() -> None:
    berlin = datetime(2026, 1, 2, 3, 4, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    assert _TIME.findall(utc_time(berlin, "second")) == [
        ("2026-01-02T02:04:05Z", "second", "2026-01-02 02:04:05 UTC", "2026-01-02 02:04:05 UTC")
    ]
    assert _TIME.findall(utc_time(berlin))[0][3] == "2026-01-02 02:04 UTC"
    assert _TIME.findall(utc_time(berlin, "clock"))[0][3] == "02:04:05 UTC"


def test_the_item_page_and_the_audit_log_mark_their_times_up(world: World) -> None:
    item = world.items["card"]
    world.service.decide(item, world.user("rita"), "reject", None)
    aldo = world.client("aldo")
    decision = world.service.get_item(item, world.user("aldo")).decision
    assert decision is not None
    at = decision.decided_at.astimezone(UTC)
    shown = at.strftime("%Y-%m-%d %H:%M UTC")
    page = aldo.get(f"/items/{item}").text
    assert _TIME.findall(page) == [(at.strftime("%Y-%m-%dT%H:%M:%SZ"), "minute", shown, shown)]
    log = aldo.get("/audit").text
    assert "Time (UTC)" not in log  # each time says its zone
    times = _TIME.findall(log)
    assert times and all(style == "second" and title == text for _, style, title, text in times)
