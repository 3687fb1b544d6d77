"""Metrics of the proxy that dashboards and alerts key on: the loaded model, refusals
counted as temp-fails by cause, pre-created label values, the reload state gauges."""

from __future__ import annotations

import asyncio
import dataclasses
import smtplib
import socket
import time
from pathlib import Path

from scanner.config import Settings, Tos
from scanner.metrics import RELAY_ERRORS, TEMPFAIL_CAUSES, ProxyMetrics
from scanner.tos import artifact
from tests.proxy.conftest import StartProxy, make_settings

SHIPPED_MODEL = Path(__file__).resolve().parents[2] / "models" / "tos" / "tos-v8.zip"


def sample(proxy_metrics: ProxyMetrics, name: str, **labels: str) -> float | None:
    return proxy_metrics.registry.get_sample_value(name, labels or None)


def model_labels(proxy_metrics: ProxyMetrics) -> list[dict[str, str]]:
    [family] = [f for f in proxy_metrics.registry.collect() if f.name == "mailguard_model_info"]
    return [s.labels for s in family.samples]


async def test_model_info_names_the_tos_model_and_follows_a_reload(
    start_proxy: StartProxy, tmp_path: Path, policy_file: Path
) -> None:
    other = tmp_path / "models" / "tos-v9.zip"
    artifact.save(dataclasses.replace(artifact.load(SHIPPED_MODEL), version="v9"), other)
    settings = make_settings(tmp_path, policy_file)
    settings = settings.model_copy(update={"tos": Tos(model=SHIPPED_MODEL)})
    proxy = await start_proxy(settings)
    [labels] = model_labels(proxy.metrics)
    assert labels["tos_model"] == "v8" and labels["tos_scorer"] == "TosEngine"
    proxy.loader = lambda: settings.model_copy(update={"tos": Tos(model=other)})
    assert await proxy.reload()
    [labels] = model_labels(proxy.metrics)  # the old series is gone
    assert labels["tos_model"] == "v9"


async def test_url_blocklist_size_is_exported_and_follows_a_reload(
    start_proxy: StartProxy, tmp_path: Path, policy_file: Path
) -> None:
    feed = tmp_path / "feed.txt"
    feed.write_text("evil.example\nhttps://share.example/bad.exe\n", encoding="utf-8")
    settings = make_settings(tmp_path, policy_file)
    proxy = await start_proxy(settings)
    assert sample(proxy.metrics, "mailguard_url_blocklist_entries") == 0
    feeds = Tos(model=SHIPPED_MODEL, url_blocklists=(feed,))
    proxy.loader = lambda: settings.model_copy(update={"tos": feeds})
    assert await proxy.reload()
    assert sample(proxy.metrics, "mailguard_url_blocklist_entries") == 2
    gone = Tos(model=SHIPPED_MODEL, url_blocklists=(tmp_path / "gone.txt",))
    proxy.loader = lambda: settings.model_copy(update={"tos": gone})
    assert not await proxy.reload()  # a feed that is not there: the loaded list stays
    assert sample(proxy.metrics, "mailguard_url_blocklist_entries") == 2


async def test_reload_state_gauges(start_proxy: StartProxy, tmp_path: Path) -> None:
    before = time.time()
    proxy = await start_proxy()
    metrics = proxy.metrics
    assert sample(metrics, "mailguard_config_last_reload_successful") == 1
    started = sample(metrics, "mailguard_config_last_reload_success_timestamp_seconds")
    assert started is not None and started >= before - 1

    def broken() -> Settings:
        raise ValueError("bad config")

    good = proxy.settings
    proxy.loader = broken
    assert not await proxy.reload()
    assert sample(metrics, "mailguard_config_last_reload_successful") == 0
    assert sample(metrics, "mailguard_config_last_reload_success_timestamp_seconds") == started
    await asyncio.sleep(0.01)
    proxy.loader = lambda: good
    assert await proxy.reload()
    assert sample(metrics, "mailguard_config_last_reload_successful") == 1
    after = sample(metrics, "mailguard_config_last_reload_success_timestamp_seconds")
    assert after is not None and after > started


def test_every_emitted_label_value_is_precreated() -> None:
    from prometheus_client import CollectorRegistry

    metrics = ProxyMetrics(CollectorRegistry())
    for reason in ("busy", *RELAY_ERRORS):
        assert sample(metrics, "mailguard_relay_errors_total", reason=reason) == 0
    for cause in ("shutdown", "max_sessions", "memory", *TEMPFAIL_CAUSES):
        assert sample(metrics, "mailguard_tempfails_total", cause=cause) == 0


def tempfails(metrics: ProxyMetrics, cause: str) -> float | None:
    return sample(metrics, "mailguard_tempfails_total", cause=cause)


async def test_session_over_the_limit_is_a_tempfail(start_proxy: StartProxy) -> None:
    proxy = await start_proxy(max_sessions=1)

    def refused_second() -> int:
        with smtplib.SMTP("127.0.0.1", proxy.port, timeout=10) as first:
            first.ehlo("one.test")
            second = smtplib.SMTP(timeout=10)
            try:
                code, _ = second.connect("127.0.0.1", proxy.port)
            finally:
                second.close()
            return code

    assert await asyncio.to_thread(refused_second) == 421
    assert tempfails(proxy.metrics, "max_sessions") == 1


async def test_memory_budget_refusal_is_a_tempfail(start_proxy: StartProxy) -> None:
    proxy = await start_proxy(max_inflight_bytes=1000)

    def second_mail() -> int:
        with smtplib.SMTP("127.0.0.1", proxy.port, timeout=10) as first:
            first.ehlo("one.test")
            assert first.mail("a@riverside.example", ["SIZE=900"])[0] == 250
            with smtplib.SMTP("127.0.0.1", proxy.port, timeout=10) as second:
                second.ehlo("two.test")
                return second.mail("b@riverside.example", ["SIZE=900"])[0]

    assert await asyncio.to_thread(second_mail) == 452
    assert tempfails(proxy.metrics, "memory") == 1


async def test_shutdown_refusals_are_counted(start_proxy: StartProxy) -> None:
    proxy = await start_proxy()
    metrics = proxy.metrics

    loop = asyncio.get_running_loop()

    def idle_session_during_shutdown() -> int:
        """An idle session gets 421 when the proxy drains (shutdown closes it with one)."""
        with smtplib.SMTP("127.0.0.1", proxy.port, timeout=10) as idle:
            idle.ehlo("idle.test")
            asyncio.run_coroutine_threadsafe(proxy.shutdown(), loop).result(timeout=30)
            return idle.getreply()[0]

    assert await asyncio.to_thread(idle_session_during_shutdown) == 421
    assert tempfails(metrics, "shutdown") == 1


async def test_command_and_session_while_draining_are_shutdown_tempfails(
    start_proxy: StartProxy,
) -> None:
    proxy = await start_proxy()
    gate = proxy._gate
    assert gate is not None

    def refused() -> tuple[bytes, bytes, int]:
        with socket.create_connection(("127.0.0.1", proxy.port), timeout=10) as client:
            reader = client.makefile("rb")
            reader.readline()  # banner
            client.sendall(b"EHLO busy.test\r\n")
            while reader.readline()[3:4] == b"-":
                pass
            gate.draining = True  # as during shutdown, before idle sessions are closed
            client.sendall(b"NOOP\r\nRSET\r\nNOOP\r\n")  # a client that keeps talking
            reply = reader.readline()
            after = reader.read()  # the 421 closed the channel: nothing more, then EOF
        try:
            smtplib.SMTP("127.0.0.1", proxy.port, timeout=10).close()
            session = 220
        except smtplib.SMTPConnectError as exc:
            session = exc.smtp_code
        return reply, after, session

    try:
        reply, after, session = await asyncio.to_thread(refused)
    finally:
        gate.draining = False
    assert reply.startswith(b"421 ") and after == b"" and session == 421
    assert tempfails(proxy.metrics, "shutdown") == 2  # one per session, not per command
