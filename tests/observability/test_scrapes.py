"""``promtool check metrics`` on real scrapes of the proxy and the review queue."""

from __future__ import annotations

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.observability.conftest import Process
from tests.observability.promtool import promtool


def lint(exposition: str) -> str:
    result = promtool("check", "metrics", stdin=exposition.encode())
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def families(exposition: str) -> set[str]:
    return {family.name for family in text_string_to_metric_families(exposition)}


@pytest.mark.slow
def test_review_queue_metrics_pass_promtool(review_service: Process) -> None:
    text = review_service.scrape()
    assert lint(text).strip() == ""
    assert {
        "mailguard_review_queue_up",
        "mailguard_review_queue_depth",
        "mailguard_review_queue_items",
        "mailguard_review_queue_oldest_pending_age_seconds",
        "mailguard_review_decisions",
    } <= families(text)


@pytest.mark.slow
def test_proxy_metrics_pass_promtool(proxy_service: Process) -> None:
    text = proxy_service.scrape()
    assert lint(text).strip() == ""
    assert {
        "mailguard_messages",
        "mailguard_findings",
        "mailguard_stage_duration_seconds",
        "mailguard_message_size_bytes",
        "mailguard_smtp_responses",
        "mailguard_active_sessions",
        "mailguard_relay_errors",
        "mailguard_downstream_latency_seconds",
        "mailguard_tempfails",
        "mailguard_build_info",
        "mailguard_model_info",
    } <= families(text)
