"""Observability overheads: the per-customer rate limit's cost per message, and the cost of
one /metrics scrape for the proxy registry and for the review queue's collector."""

from __future__ import annotations

import tempfile
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry, generate_latest

from review_queue.metrics import QueueCollector
from review_queue.service import ReviewService
from scanner.config import Settings
from scanner.metrics import ProxyMetrics
from scanner.model import Action, ClientInfo, Envelope, Finding, Verdict
from scanner.ratelimit import RateLimiter

CALLS = 200_000
HELD = 500
SCRAPES = 50


def _ratelimit(customers: int) -> dict[str, Any]:
    registry = CollectorRegistry()
    limiter = RateLimiter(100, 3600, 100_000, ProxyMetrics(registry).ratelimit_exceeded)
    names = [f"customer-{i}" for i in range(customers)]
    start = time.perf_counter()
    for i in range(CALLS):
        limiter.allow(names[i % customers], i * 0.01)
    seconds = time.perf_counter() - start
    return {
        "suite": "observability",
        "case": f"ratelimit allow, {customers:,} customers",
        "ops_per_s": CALLS / seconds,
        "us_per_op": seconds / CALLS * 1e6,
    }


def _proxy_scrape() -> dict[str, Any]:
    registry = CollectorRegistry()
    ProxyMetrics(registry)
    start = time.perf_counter()
    for _ in range(SCRAPES):
        size = len(generate_latest(registry))
    return {
        "suite": "observability",
        "case": "proxy /metrics render",
        "ms_per_scrape": (time.perf_counter() - start) / SCRAPES * 1000,
        "bytes": size,
    }


def _queue_scrape(data_dir: Path) -> dict[str, Any]:
    service = ReviewService.open(Settings(data_dir=data_dir))
    try:
        msg = EmailMessage()
        msg["Subject"] = "bench"
        msg.set_content("body\n")
        finding = Finding("bench", "health", "X", "body:text/plain", "0", 0, 4, 0.9)
        verdict = Verdict(Action.HOLD, {"tos": 0.0, "sensitive": 0.9}, ("health",), (finding,),
                          (), ())  # fmt: skip
        envelope = Envelope("a@org.example", ("b@example.net",), ClientInfo(login="c"))
        for _ in range(HELD):
            service.hold(envelope, msg.as_bytes(), verdict)
        registry = CollectorRegistry()
        registry.register(QueueCollector(service, cache_seconds=0))  # the query, not the cache
        start = time.perf_counter()
        for _ in range(SCRAPES):
            generate_latest(registry)
        seconds = time.perf_counter() - start
    finally:
        service.close()
    return {
        "suite": "observability",
        "case": f"review queue /metrics, {HELD} held (SQLite, uncached)",
        "ms_per_scrape": seconds / SCRAPES * 1000,
    }


def run() -> list[dict[str, Any]]:
    """Rows for the shared bench table."""
    with tempfile.TemporaryDirectory() as tmp:
        queue = _queue_scrape(Path(tmp) / "var")
    return [_ratelimit(1_000), _ratelimit(100_000), _proxy_scrape(), queue]
