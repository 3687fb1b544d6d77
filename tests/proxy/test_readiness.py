"""``/readyz`` follows the next hop and the hold store; ``/healthz`` only says alive."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx2

from bench.loopback import free_port
from scanner.config import load_settings
from scanner.proxy.server import ProxyServer
from tests.proxy.conftest import Sink


def _settings(tmp_path: Path) -> Path:
    config = tmp_path / "mailguard.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "var"}"\n[tos]\nenabled = false\n'
        f'[proxy]\nexecutor = "thread"\nworkers = 1\nmetrics_listen = "127.0.0.1:{free_port()}"\n'
    )
    return config


async def _probe(proxy: ProxyServer, path: str) -> int:
    url = f"http://127.0.0.1:{proxy.metrics_port}{path}"
    response = await asyncio.to_thread(httpx2.get, url, timeout=5)
    return response.status_code


async def test_readyz_follows_the_next_hop(tmp_path: Path, sink: Sink) -> None:
    proxy = ProxyServer(
        load_settings(_settings(tmp_path)),
        listen=("127.0.0.1", 0),
        relay=("127.0.0.1", sink.port),
    )
    proxy.readiness.interval_seconds = 0.1
    await proxy.start()
    try:
        assert await _probe(proxy, "/readyz") == 200
        await sink.stop()
        await asyncio.sleep(0.5)
        assert await _probe(proxy, "/readyz") == 503
        assert await _probe(proxy, "/healthz") == 200
    finally:
        await proxy.shutdown()


async def test_not_ready_while_the_store_cannot_open(tmp_path: Path, sink: Sink) -> None:
    def broken_store() -> object:
        raise OSError("database unreachable")

    proxy = ProxyServer(
        load_settings(_settings(tmp_path)),
        listen=("127.0.0.1", 0),
        relay=("127.0.0.1", sink.port),
        store_opener=broken_store,  # type: ignore[arg-type]
    )
    await proxy.start()
    try:
        assert proxy.readiness.next_hop_ok
        assert await _probe(proxy, "/readyz") == 503
    finally:
        await proxy.shutdown()


async def test_not_ready_when_the_next_hop_was_never_up(tmp_path: Path) -> None:
    proxy = ProxyServer(
        load_settings(_settings(tmp_path)),
        listen=("127.0.0.1", 0),
        relay=("127.0.0.1", free_port()),
    )
    await proxy.start()
    try:
        assert not proxy.readiness.next_hop_ok
        assert await _probe(proxy, "/readyz") == 503
    finally:
        await proxy.shutdown()
