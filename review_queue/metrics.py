"""Queue-wide Prometheus metrics, computed from the shared store at scrape time.

The numbers describe the shared database, not this process: every ``review-queue serve``
replica exports the same values, so dashboards and alerts aggregate them with ``max``.
Labels come from closed sets only (categories, statuses, decisions); never a customer,
address or reviewer name.
"""

from __future__ import annotations

import bisect
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime, timedelta
from typing import Any

from prometheus_client import CollectorRegistry
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector
from sqlalchemy import select

from review_queue.service import ReviewService
from review_queue.store.db import Database
from review_queue.store.schema import Item, ItemDecision
from review_queue.store.types import Decision, ItemStatus, Operator
from scanner.categories import ALL_CATEGORIES

__all__ = ["QueueCollector", "register_queue_metrics"]

log = logging.getLogger(__name__)

OTHER = "other"  # any category outside the known set, so the label set stays closed
CACHE_SECONDS = 5.0  # several Prometheus servers scraping at once cost one query
# Review latency buckets: minutes to the 7-day auto-resolution of undecided items.
LATENCY_BUCKETS = (60, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400, 259200, 604800)
# Decisions can commit up to this long after a later-stamped one (long transactions,
# replica clocks); they are re-read for that long and de-duplicated by item id.
LATE_COMMIT = timedelta(minutes=10)
# Scrapes read the whole queue: counts only, never an item.
SCRAPER = Operator("system:metrics")


class DecisionLatency:
    """Cumulative histogram of hold-to-decision time of reviewers' decisions.

    Reads only decisions newer than the last one seen (``decided_at`` is indexed), so a
    scrape costs the new decisions, not the whole history; the first scrape after a start
    reads everything once, which makes every replica and restart report the same values.
    Retention and rescan decisions are not reviewer latency and are left out.
    """

    def __init__(self) -> None:
        self.buckets = [0] * len(LATENCY_BUCKETS)
        self.count = 0
        self.sum = 0.0
        self._newest: datetime | None = None
        self._recent: dict[str, datetime] = {}  # item ids decided within LATE_COMMIT

    def update(self, db: Database) -> None:
        """Add the decisions recorded since the last call."""
        query = (
            select(ItemDecision.item_id, ItemDecision.decided_at, Item.created_at)
            .join(Item, Item.id == ItemDecision.item_id)
            .where(ItemDecision.source == "reviewer")
        )
        if self._newest is not None:
            query = query.where(ItemDecision.decided_at > self._newest - LATE_COMMIT)
        with db.transaction() as session:
            rows = session.execute(query).all()
        for item_id, decided_at, created_at in rows:
            if item_id in self._recent:  # counted by an earlier scrape
                continue
            self._observe(max((decided_at - created_at).total_seconds(), 0.0))
            self._recent[item_id] = decided_at
            self._newest = max(self._newest or decided_at, decided_at)
        if self._newest is not None:
            horizon = self._newest - LATE_COMMIT
            self._recent = {k: at for k, at in self._recent.items() if at > horizon}

    def _observe(self, seconds: float) -> None:
        self.count += 1
        self.sum += seconds
        for index in range(bisect.bisect_left(LATENCY_BUCKETS, seconds), len(LATENCY_BUCKETS)):
            self.buckets[index] += 1

    def family(self) -> HistogramMetricFamily:
        """The histogram as a metric family."""
        return HistogramMetricFamily(
            "mailguard_review_decision_latency_seconds",
            "Time from hold to a reviewer's decision (retention and rescan excluded).",
            buckets=[
                (str(le), float(n)) for le, n in zip(LATENCY_BUCKETS, self.buckets, strict=True)
            ]
            + [("+Inf", float(self.count))],
            sum_value=self.sum,
        )


class QueueCollector(Collector):
    """The ``mailguard_review_*`` families from ``ReviewService.stats()`` and the decisions."""

    def __init__(
        self,
        service: ReviewService,
        clock: Callable[[], float] = time.monotonic,
        cache_seconds: float = CACHE_SECONDS,
    ) -> None:
        self._service = service
        self._clock = clock
        self._cache_seconds = cache_seconds
        self._lock = threading.Lock()
        self._cached: tuple[float, dict[str, Any] | None] | None = None
        self._latency = DecisionLatency()
        self._retention_success: float | None = None

    def retention_succeeded(self, at: float | None = None) -> None:
        """Record a successful retention run (Unix time; default now) in this process."""
        with self._lock:
            self._retention_success = time.time() if at is None else at

    def describe(self) -> Iterable[Metric]:
        """The families without samples, so registering does not query the database."""
        return list(self._families({}, up=False))

    def collect(self) -> Iterable[Metric]:
        """Every family; only ``mailguard_review_queue_up 0`` when the store failed."""
        stats = self._stats()
        if stats is None:
            yield _up(False)
            return
        yield from self._families(stats, up=True)

    def _stats(self) -> dict[str, Any] | None:
        with self._lock:
            now = self._clock()
            if self._cached is not None and now - self._cached[0] < self._cache_seconds:
                return self._cached[1]
            try:
                stats: dict[str, Any] | None = self._service.stats(SCRAPER)
                self._latency.update(self._service.db)
            except Exception as exc:  # the store is down: say so, never fail the scrape
                log.warning("queue_stats_failed", extra={"error": type(exc).__name__})
                stats = None
            self._cached = (now, stats)
            return stats

    def _families(self, stats: Mapping[str, Any], up: bool) -> Iterator[Metric]:
        yield _up(up)
        depth = GaugeMetricFamily(
            "mailguard_review_queue_depth",
            "Undecided items with a finding of the category (an item counts once per category).",
            labels=["category"],
        )
        for category, count in _closed(stats.get("pending_by_category", {}), ALL_CATEGORIES):
            depth.add_metric([category], count)
        yield depth
        items = GaugeMetricFamily(
            "mailguard_review_queue_items", "Items in the store by status.", labels=["status"]
        )
        by_status = stats.get("by_status", {})
        for status in ItemStatus:
            items.add_metric([str(status)], float(by_status.get(str(status), 0)))
        yield items
        yield GaugeMetricFamily(
            "mailguard_review_queue_oldest_pending_age_seconds",
            "Age of the oldest undecided item; 0 when none is waiting.",
            value=float(stats.get("oldest_pending_age_seconds") or 0.0),
        )
        decisions = CounterMetricFamily(
            "mailguard_review_decisions",
            "Decisions recorded, by type (reviewers and retention), including those of items"
            " erase or metadata retention deleted since.",
            labels=["decision"],
        )
        recorded = stats.get("decisions_recorded", {})
        for decision in Decision:
            decisions.add_metric([str(decision)], float(recorded.get(str(decision), 0)))
        yield decisions
        yield self._latency.family()
        if self._retention_success is not None:
            yield GaugeMetricFamily(
                "mailguard_review_retention_last_success_timestamp_seconds",
                "When this process last completed retention (purge) without error, Unix time.",
                value=self._retention_success,
            )


def _up(up: bool) -> GaugeMetricFamily:
    return GaugeMetricFamily(
        "mailguard_review_queue_up",
        "1 if the last queue statistics query succeeded, 0 if the store was unreachable.",
        value=1.0 if up else 0.0,
    )


def _closed(counts: Mapping[str, Any], known: Iterable[str]) -> list[tuple[str, float]]:
    """Counts for every known label value (0 if absent); unknown ones summed as ``other``."""
    values = dict.fromkeys(known, 0.0) | {OTHER: 0.0}
    for key, count in counts.items():
        values[key if key in values else OTHER] += float(count)
    return list(values.items())


def register_queue_metrics(service: ReviewService, registry: CollectorRegistry) -> QueueCollector:
    """Export the review queue's state on ``registry``; call once per process.

    Mount it where ``/metrics`` is served, e.g. in ``review-queue serve``::

        collector = register_queue_metrics(service, prometheus_client.REGISTRY)
        ...  # after each successful retention run:
        collector.retention_succeeded()

    Families, computed at scrape time (cached 5 s) from ``service.stats()`` and the
    decisions table:

    - ``mailguard_review_queue_up``: 1, or 0 when the store could not be queried (then
      nothing else is exported for that scrape);
    - ``mailguard_review_queue_depth{category}``: undecided items per finding category
      (every known category exported, 0 when empty; unknown ones as ``other``);
    - ``mailguard_review_queue_items{status}``: items per status;
    - ``mailguard_review_queue_oldest_pending_age_seconds``: 0 when nothing waits;
    - ``mailguard_review_decisions_total{decision}``: decisions recorded: those stored plus
      those erasure and metadata retention deleted (table ``counters``), so it never drops;
    - ``mailguard_review_decision_latency_seconds``: histogram of hold-to-decision time of
      reviewers' decisions;
    - ``mailguard_review_retention_last_success_timestamp_seconds``: the last
      ``retention_succeeded()`` call in this process; absent until the first one.
    """
    collector = QueueCollector(service)
    registry.register(collector)
    return collector
