"""The real ``scanner proxy`` and ``review-queue serve`` processes sharing one store: after a
scripted flow, /metrics counts match what was sent, and no planted value appears in their
JSON logs or /metrics."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import httpx2
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.observability import flow
from tests.observability.conftest import Process, Sink

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def samples(exposition: str) -> Samples:
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(exposition)
        for s in family.samples
    }


def value(table: Samples, name: str, **labels: str) -> float:
    return table.get((name, frozenset(labels.items())), 0.0)


def eventually(check: Callable[[], bool], seconds: float = 10.0) -> bool:
    """Poll ``check`` (bounded) for values that settle asynchronously."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return check()


@pytest.fixture(scope="module")
def flow_result(
    proxy_service: Process, review_service: Process, sink: tuple[Sink, int]
) -> tuple[Samples, Samples, Samples, Samples, list[flow.Sent], int]:
    """Scrapes of both processes before and after the flow, what was sent, sink growth."""
    proxy_before, review_before = (
        samples(proxy_service.scrape()),
        samples(review_service.scrape()),
    )
    delivered_before = len(sink[0].messages)
    sent = flow.run(proxy_service.ports["smtp"])
    held = sum(1 for s in sent if s.expected == "hold")

    def review_caught_up() -> bool:
        now = samples(review_service.scrape())
        return (
            value(now, "mailguard_review_queue_items", status="pending")
            - value(review_before, "mailguard_review_queue_items", status="pending")
            == held
        )

    assert eventually(review_caught_up), "the review queue never showed the held messages"
    assert eventually(
        lambda: value(samples(proxy_service.scrape()), "mailguard_active_sessions") == 0
    )
    return (
        proxy_before,
        samples(proxy_service.scrape()),
        review_before,
        samples(review_service.scrape()),
        sent,
        len(sink[0].messages) - delivered_before,
    )


@pytest.mark.slow
def test_proxy_counts_match_what_was_sent(
    flow_result: tuple[Samples, Samples, Samples, Samples, list[flow.Sent], int],
) -> None:
    before, after, _, _, sent, delivered = flow_result

    def delta(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert [s.reply for s in sent] == [250] * len(sent)
    by_action = {a: sum(1 for s in sent if s.expected == a) for a in ("pass", "hold")}
    assert delta("mailguard_message_size_bytes_count") == len(sent)
    assert delta("mailguard_message_size_bytes_sum") == sum(len(s.raw) for s in sent)
    for action, count in by_action.items():
        assert delta("mailguard_messages_total", action=action, mode="enforce") == count
    for action in ("tag", "reject", "tempfail"):
        assert delta("mailguard_messages_total", action=action, mode="enforce") == 0
    assert delta("mailguard_findings_total", category="government_id") == 1
    assert delta("mailguard_findings_total", category="payment_card") == 1
    assert delta("mailguard_smtp_responses_total", **{"class": "2xx"}) == flow.replies_2xx(sent)
    assert delta("mailguard_smtp_responses_total", **{"class": "3xx"}) == len(sent)  # 354
    assert delta("mailguard_smtp_responses_total", **{"class": "4xx"}) == 0
    assert delta("mailguard_smtp_responses_total", **{"class": "5xx"}) == 0
    assert delta("mailguard_stage_duration_seconds_count", stage="scan") == len(sent)
    for stage in ("parse", "detect", "classify"):
        assert delta("mailguard_scan_stage_duration_seconds_count", stage=stage) == len(sent)
    assert delta("mailguard_stage_duration_seconds_count", stage="hold") == by_action["hold"]
    assert delta("mailguard_downstream_latency_seconds_count") == by_action["pass"]
    assert delivered == by_action["pass"]
    assert sum(v for (n, _), v in after.items() if n == "mailguard_tempfails_total") == sum(
        v for (n, _), v in before.items() if n == "mailguard_tempfails_total"
    )


@pytest.mark.slow
def test_review_queue_counts_match_what_was_held(
    flow_result: tuple[Samples, Samples, Samples, Samples, list[flow.Sent], int],
    review_service: Process,
) -> None:
    _, _, before, after, _, _ = flow_result

    def delta(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert value(after, "mailguard_review_queue_up") == 1
    assert delta("mailguard_review_queue_depth", category="government_id") == 1
    assert delta("mailguard_review_queue_depth", category="payment_card") == 1
    assert delta("mailguard_review_queue_depth", category="health") == 0
    # The scrape right after the hold may read an age of 0.0 (rounded, then cached for 5 s);
    # the age must grow once that cache expires.
    assert eventually(
        lambda: (
            value(
                samples(review_service.scrape()),
                "mailguard_review_queue_oldest_pending_age_seconds",
            )
            > 0
        )
    )


@pytest.mark.slow
def test_planted_values_appear_in_no_log_line_or_scrape(
    flow_result: object, proxy_service: Process, review_service: Process
) -> None:
    for service in (proxy_service, review_service):
        lines = [line for line in service.stderr().splitlines() if line.strip()]
        assert lines, f"{service.stderr_path.name} is empty: nothing was checked"
        for line in lines:
            json.loads(line)  # JSON log mode: every line is one JSON object
        assert flow.leaks(service.stderr()) == [], service.stderr_path.name
        assert flow.leaks(service.scrape()) == []
    proxy_log = [json.loads(line) for line in proxy_service.stderr().splitlines()]
    done = [entry for entry in proxy_log if entry["message"] == "message done"]
    assert sum(1 for entry in done if entry["outcome"] == "held") == 2
    assert all(entry["reply"] == "250" and entry["scan_id"] for entry in done)


@pytest.mark.slow
def test_health_and_readiness(proxy_service: Process) -> None:
    base = proxy_service.metrics_url.removesuffix("/metrics")
    assert httpx2.get(f"{base}/healthz", timeout=5).status_code == 200
    assert httpx2.get(f"{base}/readyz", timeout=5).status_code == 200
