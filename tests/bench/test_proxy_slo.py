"""The latency-bounded load: the highest share within the target, every lower one too."""

from __future__ import annotations

from bench.proxy_load import TARGET_ADDED_P99_MS
from bench.proxy_slo import highest_within

UNDER, OVER = TARGET_ADDED_P99_MS - 0.1, TARGET_ADDED_P99_MS


def test_the_highest_share_within_the_target_counts() -> None:
    assert highest_within({0.25: 2.0, 0.5: UNDER, 0.75: OVER}) == 0.5


def test_a_share_within_the_target_above_a_failure_does_not_count() -> None:
    assert highest_within({0.75: 3.0, 0.25: 2.0, 0.5: OVER}) == 0.25


def test_failing_at_the_lowest_share_gives_zero() -> None:
    assert highest_within({0.25: OVER, 0.5: 1.0}) == 0.0
    assert highest_within({}) == 0.0
