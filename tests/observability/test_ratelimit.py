"""The per-customer rate limit: sliding window, LRU bound, excess counted and held."""

from __future__ import annotations

import pytest
from prometheus_client import CollectorRegistry, generate_latest

from scanner.config import RateLimit, load_settings
from scanner.metrics import ProxyMetrics
from scanner.ratelimit import RateLimiter


@pytest.fixture
def metrics() -> ProxyMetrics:
    return ProxyMetrics(CollectorRegistry())


def exceeded(metrics: ProxyMetrics) -> float:
    value = metrics.registry.get_sample_value("mailguard_ratelimit_exceeded_total")
    assert value is not None
    return value


def test_allows_the_limit_then_holds_the_excess_and_counts_it(metrics: ProxyMetrics) -> None:
    limiter = RateLimiter(3, 60, 100, metrics.ratelimit_exceeded)
    assert [limiter.allow("org-1", 10.0 + i) for i in range(5)] == [True] * 3 + [False] * 2
    assert exceeded(metrics) == 2
    # Another customer has its own window.
    assert limiter.allow("org-2", 15.0)
    assert exceeded(metrics) == 2


def test_previous_window_is_weighted_by_its_overlap() -> None:
    limiter = RateLimiter(4, 100, 10)
    assert all(limiter.allow("c", t) for t in (10.0, 20.0, 30.0, 40.0))  # window [0, 100)
    # At t=150 half of the previous window still overlaps: 4 * 0.5 = 2 counted.
    assert limiter.allow("c", 150.0)  # 2 + 1
    assert limiter.allow("c", 150.0)  # 2 + 2
    assert not limiter.allow("c", 150.0)  # 2 + 3 > 4
    # At t=190 only 10 % of [0, 100) overlaps: 0.4 + 3 (+1) = 4.4 > 4, still held.
    assert not limiter.allow("c", 190.0)


def test_a_customer_that_keeps_flooding_stays_limited() -> None:
    limiter = RateLimiter(10, 60, 10)
    results = [limiter.allow("c", i * 0.5) for i in range(600)]  # 120 per minute for 5 min
    assert results[:10] == [True] * 10
    assert sum(results[300:]) <= 6  # later minutes: only what the weighting lets through


def test_a_refunded_message_no_longer_counts() -> None:
    limiter = RateLimiter(2, 60, 10)
    assert limiter.allow("c", 1.0) and limiter.allow("c", 2.0)
    limiter.refund("c", 3.0)  # the next hop deferred the second: its retry is not an extra
    assert limiter.allow("c", 4.0)
    assert not limiter.allow("c", 5.0)
    # Into the next window, a refund takes back from the previous one.
    limiter.refund("c", 61.0)
    limiter.refund("unknown", 61.0)
    assert len(limiter) == 1


def test_quiet_customer_starts_again_after_two_windows() -> None:
    limiter = RateLimiter(2, 60, 10)
    assert [limiter.allow("c", 1.0) for _ in range(3)] == [True, True, False]
    assert limiter.allow("c", 200.0)
    assert limiter.allow("c", 200.0)


def test_memory_is_bounded_by_least_recently_seen(metrics: ProxyMetrics) -> None:
    limiter = RateLimiter(1, 60, 2, metrics.ratelimit_exceeded)
    limiter.allow("a", 1.0)
    limiter.allow("b", 2.0)
    limiter.allow("a", 3.0)  # over the limit; "a" is now the most recently seen
    limiter.allow("c", 4.0)  # evicts "b"
    assert len(limiter) == 2
    assert limiter.allow("b", 5.0)  # forgotten, so it starts from zero
    assert not limiter.allow("c", 6.0)  # "c" is still tracked


def test_disabled_or_unknown_customer_is_never_limited() -> None:
    off = RateLimiter(0, 60, 10)
    assert all(off.allow("c", 1.0) for _ in range(100))
    on = RateLimiter(1, 60, 10)
    assert all(on.allow("", 1.0) for _ in range(100))
    assert len(off) == len(on) == 0


@pytest.mark.parametrize(
    ("messages", "window", "customers"),
    [(-1, 60, 10), (1, 0, 10), (1, float("inf"), 10), (1, 60, 0)],
)
def test_bad_limits_are_refused(messages: int, window: float, customers: int) -> None:
    with pytest.raises(ValueError):
        RateLimiter(messages, window, customers)


def test_configured_from_settings_and_environment(metrics: ProxyMetrics) -> None:
    settings = load_settings(
        environ={"MAILGUARD_RATELIMIT_MESSAGES": "2", "MAILGUARD_RATELIMIT_WINDOW_SECONDS": "30"}
    )
    assert settings.ratelimit == RateLimit(messages=2, window_seconds=30)
    limiter = RateLimiter.from_settings(settings.ratelimit, metrics.ratelimit_exceeded)
    assert (limiter.messages, limiter.window, limiter.max_customers) == (2, 30.0, 100_000)


def test_the_metric_never_names_the_customer(metrics: ProxyMetrics) -> None:
    limiter = RateLimiter(1, 60, 10, metrics.ratelimit_exceeded)
    for _ in range(3):
        limiter.allow("customer-secret-login", 1.0)
    text = generate_latest(metrics.registry).decode()
    assert "mailguard_ratelimit_exceeded_total 2.0" in text
    assert "customer-secret-login" not in text
