"""Fixtures for fault tests: a switchable next hop on loopback and the real proxy process."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import pytest

from scanner.config import Settings
from scanner.proxy.server import ProxyServer
from tests import scanners
from tests.reliability.harness import SinkThread


@pytest.fixture(autouse=True)
def reuse_scanners(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process proxies share one Scanner per detection config (``tests.scanners``)."""
    scanners.reuse_scanners(monkeypatch)


@pytest.fixture
def sink() -> Iterator[SinkThread]:
    running = SinkThread()
    yield running
    running.close()


StartProxy = Callable[[Settings, int], Awaitable[ProxyServer]]


@pytest.fixture
async def start_proxy() -> AsyncIterator[StartProxy]:
    """Starts in-process proxies relaying to a given loopback port; shuts them all down."""
    servers: list[ProxyServer] = []

    async def start(settings: Settings, relay_port: int) -> ProxyServer:
        server = ProxyServer(settings, listen=("127.0.0.1", 0), relay=("127.0.0.1", relay_port))
        await server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        await server.shutdown()
