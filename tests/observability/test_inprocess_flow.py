"""The real proxy in this process (thread scan workers, so caplog sees every logger): a
scripted flow with planted values leaves none of them in logs or metrics."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from prometheus_client import generate_latest

from scanner.config import Proxy, Settings
from scanner.proxy.server import ProxyServer
from tests.observability import flow
from tests.observability.conftest import Sink


@pytest.fixture
async def proxy(tmp_path: Path, sink: tuple[Sink, int]) -> AsyncIterator[ProxyServer]:
    settings = Settings(
        data_dir=tmp_path / "var",
        proxy=Proxy(executor="thread", workers=1, relay=f"127.0.0.1:{sink[1]}"),
    )
    server = ProxyServer(settings, listen=("127.0.0.1", 0))
    await server.start()
    try:
        yield server
    finally:
        await server.shutdown()


@pytest.mark.slow
async def test_planted_values_stay_out_of_logs_and_metrics(
    proxy: ProxyServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sent = await asyncio.to_thread(flow.run, proxy.port)
    assert [s.reply for s in sent] == [250] * len(sent)
    records = [r for r in caplog.records if r.name.startswith(("scanner", "review_queue"))]
    assert any(r.getMessage() == "message done" for r in records), "the flow logged no messages"
    rendered = "\n".join(
        f"{r.getMessage()} {vars(r)}" for r in caplog.records
    )  # message, arguments and every extra field of every record, any logger
    assert flow.leaks(rendered) == []
    assert flow.leaks(generate_latest(proxy.registry).decode()) == []
