"""SIGHUP with a broken configuration: the proxy keeps running on the old one and counts the
failure in ``mailguard_config_reloads_total{result="failed"}`` (alert MailguardModelLoadFailed)."""

from __future__ import annotations

import signal
import time

import httpx2
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.observability.conftest import Process


def reloads(service: Process, result: str) -> float:
    for family in text_string_to_metric_families(service.scrape()):
        for sample in family.samples:
            if sample.name == "mailguard_config_reloads_total" and sample.labels == {
                "result": result
            }:
                return sample.value
    raise AssertionError("mailguard_config_reloads_total is not exported")


@pytest.mark.slow
def test_failed_reload_is_counted_and_the_proxy_keeps_serving(proxy_service: Process) -> None:
    assert proxy_service.config is not None
    good = proxy_service.config.read_text()
    failed, ok = reloads(proxy_service, "failed"), reloads(proxy_service, "ok")
    try:
        proxy_service.config.write_text("[proxy\nworkers = 1\n")  # not TOML
        proxy_service.process.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 30
        while reloads(proxy_service, "failed") == failed and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        proxy_service.config.write_text(good)
    assert reloads(proxy_service, "failed") == failed + 1
    assert reloads(proxy_service, "ok") == ok
    assert proxy_service.process.poll() is None
    base = proxy_service.metrics_url.removesuffix("/metrics")
    assert httpx2.get(f"{base}/readyz", timeout=5).status_code == 200
    assert "reload failed" in proxy_service.stderr()
