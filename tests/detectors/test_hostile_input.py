"""Hostile input is handled in bounded time: no catastrophic backtracking, no hang.

The per-test timeout is a hang detector only (generous on a shared 2-core machine); speed
itself is measured in bench/detect.py.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanner.detectors.loader import TextScanner, merged_hits

HOSTILE = [
    "1" * 100_000,
    "1 " * 50_000,
    "1-" * 50_000,
    "4111 " * 20_000,
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
]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: f"{t[:12]!r}x{len(t)}")
def test_hostile_text_finishes(scanners: list[tuple[str, TextScanner]], text: str) -> None:
    hits = merged_hits(scanners, text)
    assert all(0 <= h.start < h.end <= len(text) for h in hits)
    assert len(hits) <= 2 * 1000  # max_findings_per_segment per scanner


_PIECES = ["SSN ", "card ", "password: ", "IBAN ", "GB82 ", "\n", "HIV "]
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
