"""The review queue's collector over a real (SQLite) store: depth, age, decisions, up."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry, generate_latest

from review_queue.metrics import QueueCollector, register_queue_metrics
from review_queue.service import CLI, ReviewService
from review_queue.store.types import Operator
from scanner.config import Review, Settings
from scanner.model import Action, ClientInfo, Envelope, Finding, Verdict

ADDRESS = "planted.sender@org.example"
OTHER = "other.sender@org.example"


def held(service: ReviewService, *categories: str, sender: str = ADDRESS) -> str:
    msg = EmailMessage()
    msg["From"] = sender
    msg["Subject"] = "quarterly numbers"
    msg.set_content("body text\n")
    findings = tuple(
        Finding("test", c, c.upper(), "body:text/plain", "0", 0, 4, 0.9) for c in categories
    )
    verdict = Verdict(
        Action.HOLD, {"tos": 0.0, "sensitive": 0.9}, tuple(sorted(categories)), findings, (), ()
    )
    envelope = Envelope(sender, ("donor@example.net",), ClientInfo(login="org-7"))
    return service.hold(envelope, msg.as_bytes(), verdict)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ReviewService]:
    # one sample message held many times: as distinct items, not as retries of one
    no_merge = Review(duplicate_window_seconds=0)
    service = ReviewService.open(Settings(data_dir=tmp_path / "var", review=no_merge))
    try:
        yield service
    finally:
        service.close()


def sample(registry: CollectorRegistry, name: str, **labels: str) -> float | None:
    return registry.get_sample_value(name, labels)


def test_depth_age_statuses_and_decisions_come_from_the_store(service: ReviewService) -> None:
    registry = CollectorRegistry()
    register_queue_metrics(service, registry)  # scraped only after the changes below
    first = held(service, "government_id")
    held(service, "government_id", "payment_card")
    held(service, "health")
    reviewer = service.create_user("rita", "reviewer", "correct horse battery", Operator("test"))
    service.decide(first, reviewer, "reject", None)

    assert sample(registry, "mailguard_review_queue_up") == 1
    assert sample(registry, "mailguard_review_queue_depth", category="government_id") == 1
    assert sample(registry, "mailguard_review_queue_depth", category="payment_card") == 1
    assert sample(registry, "mailguard_review_queue_depth", category="health") == 1
    assert sample(registry, "mailguard_review_queue_depth", category="credential") == 0
    assert sample(registry, "mailguard_review_queue_items", status="pending") == 2
    assert sample(registry, "mailguard_review_queue_items", status="rejected") == 1
    assert sample(registry, "mailguard_review_decisions_total", decision="reject") == 1
    assert sample(registry, "mailguard_review_decisions_total", decision="release") == 0
    age = sample(registry, "mailguard_review_queue_oldest_pending_age_seconds")
    assert age is not None and 0 <= age < 60
    text = generate_latest(registry).decode()
    assert ADDRESS not in text and "org-7" not in text and "rita" not in text


def test_the_decision_counter_does_not_drop_when_erase_and_retention_delete(
    service: ReviewService,
) -> None:
    """Erase and metadata retention delete decision rows; a drop would read as a reset."""
    registry = CollectorRegistry()
    registry.register(QueueCollector(service, cache_seconds=0))
    reviewer = service.create_user("rita", "reviewer", "correct horse battery", Operator("test"))
    items = [held(service, "health"), *(held(service, "health", sender=OTHER) for _ in "ab")]
    for item_id in items:
        service.decide(item_id, reviewer, "reject", None)
    total = "mailguard_review_decisions_total"
    assert sample(registry, total, decision="reject") == 3

    assert service.erase(ADDRESS, CLI).erased == 1
    assert sample(registry, total, decision="reject") == 3
    assert service.purge(datetime.now(UTC) + timedelta(days=401)).items_deleted == 2
    assert sample(registry, total, decision="reject") == 3
    assert sample(registry, "mailguard_review_queue_items", status="rejected") == 0


def test_empty_queue_exports_zeros_and_no_retention_until_it_ran(service: ReviewService) -> None:
    registry = CollectorRegistry()
    collector = register_queue_metrics(service, registry)
    assert sample(registry, "mailguard_review_queue_oldest_pending_age_seconds") == 0
    assert sample(registry, "mailguard_review_queue_items", status="pending") == 0
    name = "mailguard_review_retention_last_success_timestamp_seconds"
    assert sample(registry, name) is None
    before = time.time()
    service.purge()
    collector.retention_succeeded()
    stamp = sample(registry, name)
    assert stamp is not None and before <= stamp <= time.time()


def test_unreachable_store_reports_down_instead_of_failing_the_scrape(
    service: ReviewService,
) -> None:
    registry = CollectorRegistry()
    register_queue_metrics(service, registry)
    with service.db.engine.begin() as connection:  # a broken database, really broken
        connection.exec_driver_sql("DROP TABLE item_categories")
    assert sample(registry, "mailguard_review_queue_up") == 0
    assert sample(registry, "mailguard_review_queue_depth", category="health") is None


def test_scrapes_within_the_cache_time_cost_one_query(service: ReviewService) -> None:
    now = [100.0]
    registry = CollectorRegistry()
    registry.register(QueueCollector(service, clock=lambda: now[0]))
    held(service, "health")
    assert sample(registry, "mailguard_review_queue_items", status="pending") == 1
    held(service, "health")
    now[0] += 4.9
    assert sample(registry, "mailguard_review_queue_items", status="pending") == 1  # cached
    now[0] += 0.2
    assert sample(registry, "mailguard_review_queue_items", status="pending") == 2


def test_reviewer_decision_latency_counts_each_decision_once(service: ReviewService) -> None:
    registry = CollectorRegistry()
    registry.register(QueueCollector(service, cache_seconds=0))
    first, second, _ = held(service, "health"), held(service, "health"), held(service, "tos")
    reviewer = service.create_user("rita", "reviewer", "correct horse battery", Operator("test"))
    count = "mailguard_review_decision_latency_seconds_count"
    assert sample(registry, count) == 0
    service.decide(first, reviewer, "reject", None)
    assert sample(registry, count) == 1
    service.decide(second, reviewer, "reject", None)
    assert sample(registry, count) == 2  # the second scrape added only the new decision
    service.purge(datetime.now(UTC) + timedelta(days=30))  # retention resolves the third
    assert sample(registry, "mailguard_review_decisions_total", decision="reject") == 3
    assert sample(registry, count) == 2  # not a reviewer's decision
    assert sample(registry, "mailguard_review_decision_latency_seconds_bucket", le="60") == 2
    total = sample(registry, "mailguard_review_decision_latency_seconds_sum")
    assert total is not None and 0 <= total < 60
    restarted = CollectorRegistry()  # another replica, or this one after a restart
    restarted.register(QueueCollector(service, cache_seconds=0))
    assert sample(restarted, count) == 2
