"""Hostile input is handled in bounded time: no catastrophic backtracking, no hang.

The per-test timeout is a hang detector only (generous on a shared 2-core machine); speed
itself is measured in bench/detect.py.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanner.categories import UNSCANNED
from scanner.config import Settings
from scanner.detectors.engine import RuleEngine, TextScanner
from scanner.detectors.loader import SegmentDetector, merged_hits
from scanner.detectors.rules import LEFT, NumberTrigger, Rule, RuleSpec
from scanner.pipeline import Scanner

HOSTILE = [
    "1" * 100_000,
    "1 " * 50_000,
    "1-" * 50_000,
    "4111 " * 20_000,
    "4111\r\n" * 20_000,
    "1 \n" * 30_000,
    "123-45-" * 15_000,
    "AB12 " * 20_000,
    "password: " * 10_000,
    "pin " * 25_000,
    "-----BEGIN PRIVATE KEY-----" + "A" * 100_000,
    "card ending " * 8_000,
    "xxxx-" * 20_000,
    "last 4 of SSN " * 7_000,
    "diagnosed with cancer " * 4_000,
    ("he " * 30_000) + "cancer",
    "." * 100_000,
    "\n" * 100_000,
    # pasted tables: one huge delimiter line, endless rows, a delimiter per character
    "," * 100_000 + "\n1" + "x" * 100_000,
    "a,b\n" + "1,2\n" * 50_000,
    "|" * 50_000 + "\n" + "1|" * 50_000,
    ("a\tb\n1\t" + "2" * 3000 + "\n") * 30,
    # spoken digits: one endless run of words, a 1 MB line of spaced digits, words and
    # separators alternating, a hyphen after each word, "oh"s that start nothing, numbers
    # that join no word, as many short runs as the limit reads and more
    "one " * 100_000,
    "5 " * 500_000,
    "one, two - three dash four " * 15_000,
    "seven-" * 50_000,
    "oh o " * 50_000,
    "one 22 " * 50_000,
    "double " * 100_000,
    "PIN seven three nine one. " * 20_000,
    # numbers with odd separators: endless dotted single digits, symbols between digits,
    # slashes, as many short runs as the limit reads and more
    "1." * 100_000,
    "1•" * 100_000,
    "12 🔸 " * 50_000,
    "123/45/6789/" * 20_000,
    "PIN 1•2•3•4. " * 20_000,
    # invisible characters between digits: one endless run, runs among spaces and hyphens
    "1\u200b" * 100_000,
    "1 2\u2060" * 50_000,
    "4111-\ufeff1" * 20_000,
    # quoted CSV cells: a line of quotes, lines of doubled quotes, quotes left open or
    # followed by text (read unquoted), rows of quoted cells
    "a,b\n" + '"' * 20_000 + ",1\n",
    "a,b\n" + ('"' * 1_996 + ",1\n") * 50,
    "a,b\n" + ('"' + '""' * 995 + '1",2\n') * 100,
    "a;b\n" + '"1;2\n' * 50_000,
    "a,b\n" + '"1"x,2\n' * 50_000,
    "a,b\n" + '"1,1","2"\n' * 50_000,
    # quoted cells over line breaks: every line opening one, one never closed, quotes
    # closed just past a row's characters, rows of line breaks, tab-separated rows
    "a,b\n" + '"1\n' * 50_000,
    'a,b\n"' + "1,2\n" * 50_000,
    "a,b\n" + ('"x,y\n' + "1,2\n") * 25_000,
    ("a,b\n" + '"' + "x\n" * 1_000 + '1",2\n') * 25,
    ("a,b\n" + '"' + "\n" * 500 + '",1\n') * 200,
    "a\tb\n" + '"1\t"\n' * 50_000,
]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: f"{t[:12]!r}x{len(t)}")
def test_hostile_text_finishes(scanners: list[tuple[str, TextScanner]], text: str) -> None:
    hits = merged_hits(scanners, text)
    found = [h for h in hits if h.category != UNSCANNED]
    assert all(0 <= h.start < h.end <= len(text) for h in found)
    # A rule out of time (wall clock, on a busy machine) or the hit limit leaves a mark.
    assert all(0 <= h.start == h.end <= len(text) for h in hits if h not in found)
    assert len(found) <= 4 * 1000  # max_findings_per_segment per scanner


_PIECES = ["SSN ", "card ", "password: ", "IBAN ", "GB82 ", "\n", "HIV ", "seven ", "oh ", "dash "]
_ALPHABET = st.sampled_from(list("0123456789 -./:#*xX") + _PIECES)


@pytest.mark.timeout(120)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, min_size=0, max_size=3000).map("".join))
def test_random_near_matches_are_bounded(
    scanners: list[tuple[str, TextScanner]], text: str
) -> None:
    for hit in merged_hits(scanners, text):
        assert 0 <= hit.start < hit.end <= len(text)
        assert 0.0 <= hit.score <= 1.0


@pytest.mark.timeout(120)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_arbitrary_unicode_never_crashes(
    scanners: list[tuple[str, TextScanner]], text: str
) -> None:
    for hit in merged_hits(scanners, text):
        assert 0 <= hit.start < hit.end <= len(text)


def _number_rule(rule_id: str, pattern: str, digits: tuple[int, int]) -> Rule:
    """A rule compiled as the loader would, without its load-time backtracking probe."""
    spec = RuleSpec(
        id=rule_id, entity="TEST_ID", category="government_id", pattern=pattern, score=0.9,
        number=NumberTrigger(digits=digits),
    )  # fmt: skip
    return Rule(spec, "test", regex.compile(f"{LEFT}(?:{pattern})(?![0-9A-Za-z])"))


# Exponential on a long run of digits not followed by a capital letter.
_SLOW = _number_rule("slow", r"(?:\d|\d\d)+[A-Z]", (1, 64))
_SSN = _number_rule("ssn-like", r"\d{3}-\d{2}-\d{4}", (9, 9))
# One number candidate longer than LONG_WINDOW: the patterns run on it with a timer.
_LONG_CANDIDATE = "ref " + "1" * 2000 + " 536-22-1906 end"


@pytest.mark.timeout(60)
def test_a_pattern_out_of_time_is_an_unscanned_hit_and_the_others_still_match() -> None:
    engine = RuleEngine((_SLOW, _SSN))
    hits = engine.scan_text(_LONG_CANDIDATE)
    found = [(h.rule, h.category, h.entity) for h in hits]
    assert ("ssn-like", "government_id", "TEST_ID") in found
    assert ("slow", UNSCANNED, "RULE_TIMEOUT") in found
    timed_out = next(h for h in hits if h.rule == "slow")
    assert timed_out.start == timed_out.end == 4  # where the rule gave up; no value


def test_the_hit_limit_ends_the_scan_with_an_unscanned_hit(
    scanners: list[tuple[str, TextScanner]],
) -> None:
    engine = RuleEngine((_SSN,), max_hits=3)
    text = "536-22-1906 " * 10
    hits = engine.scan_text(text)
    assert [h.category for h in hits] == ["government_id"] * 3 + [UNSCANNED]
    assert (hits[-1].entity, hits[-1].start) == ("LIMIT_FINDINGS", hits[2].end)


def test_an_unscanned_hit_reaches_the_verdict_as_an_unscanned_finding() -> None:
    detector = SegmentDetector("sensitive-data", RuleEngine((_SLOW, _SSN)))
    raw = f"From: a@example.org\r\nSubject: x\r\n\r\n{_LONG_CANDIDATE}\r\n".encode()
    verdict = Scanner(Settings(), (detector,)).scan(raw).verdict
    unscanned = [f for f in verdict.findings if f.category == UNSCANNED]
    assert [(f.entity, f.detector) for f in unscanned] == [("RULE_TIMEOUT", "slow")]
    assert "RULE_TIMEOUT" in {reason.rule for reason in verdict.reasons}  # policy saw it
