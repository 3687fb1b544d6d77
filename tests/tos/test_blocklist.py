"""URL blocklists from threat feeds: formats, matching, limits, and errors that name the file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from scanner.config import Settings, Tos
from scanner.errors import ConfigError
from scanner.tos import load_tos
from scanner.tos.blocklist import load_blocklists

FEED = """\
# comment line
evil.example
0.0.0.0 hosts-file.example  # trailing comment
127.0.0.1 other-hosts.example
*.wild.example
.dotted.example
192.0.2.7
Bücher-phish.example
https://share.example/u/bad.exe
http://share.example/page?id=7#fragment
not a host at all!
ftp://share.example/x
"""


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.txt"
    path.write_text(FEED, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/",
        "http://a.b.EVIL.example/x?y=1",
        "www.evil.example/login",
        "https://hosts-file.example/",
        "https://other-hosts.example/",
        "https://cdn.wild.example/x",
        "https://wild.example/",
        "https://dotted.example/",
        "http://192.0.2.7:8080/a",
        "https://" + "bücher-phish.example".encode("idna").decode() + "/",
        "https://bücher-phish.example/",
        "http://share.example/u/bad.exe",
        "https://share.example/u/bad.exe/",
        "https://SHARE.example/u/bad.exe#top",
        "https://share.example/page?id=7",
    ],
)
def test_listed_hosts_their_subdomains_and_listed_urls_are_blocked(feed: Path, url: str) -> None:
    assert load_blocklists([feed], max_entries=100).blocks(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://not-evil.example/",
        "https://example/",  # a parent of a listed host is not listed
        "https://evil.example.org/",
        "https://share.example/u/other.pdf",  # only that file of a shared host
        "https://share.example/page?id=8",
        "https://share.example/U/BAD.EXE",  # paths are case-sensitive
        "mailto:someone@evil.example",
        "ftp://share.example/x",
        "https://[::1/",  # malformed: no crash
        "",
    ],
)
def test_other_urls_are_not_blocked(feed: Path, url: str) -> None:
    assert not load_blocklists([feed], max_entries=100).blocks(url)


def test_junk_lines_are_counted_in_a_warning_that_quotes_no_entry(
    feed: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        blocklist = load_blocklists([feed], max_entries=100)
    assert len(blocklist) == 9
    assert "2 line(s)" in caplog.text and str(feed) in caplog.text
    assert "evil" not in caplog.text and "ftp" not in caplog.text


def test_feeds_are_merged_and_bounded(feed: Path, tmp_path: Path) -> None:
    second = tmp_path / "second.txt"
    second.write_text("evil.example\nmore.example\n", encoding="utf-8")
    assert len(load_blocklists([feed, second], max_entries=10)) == 10  # one duplicate
    with pytest.raises(ConfigError, match=r"more than 9 entries \(at .*second.txt\)"):
        load_blocklists([feed, second], max_entries=9)


def test_an_unreadable_feed_stops_loading_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(ConfigError, match="cannot read URL blocklist .*missing.txt"):
        load_blocklists([missing], max_entries=10)


def test_no_feed_blocks_nothing() -> None:
    blocklist = load_blocklists([], max_entries=10)
    assert len(blocklist) == 0 and not blocklist.blocks("https://evil.example/")


def test_the_tos_engine_loads_the_configured_feeds(feed: Path, tmp_path: Path) -> None:
    engine = load_tos(Settings(tos=Tos(url_blocklists=(feed,))))
    assert engine is not None and len(engine.rules.lists.url_blocklist) == 9
    with pytest.raises(ConfigError, match="nope.txt"):
        load_tos(Settings(tos=Tos(url_blocklists=(tmp_path / "nope.txt",))))
