"""Fixtures: a recording next hop and a proxy in front of it, both on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
import uvloop

from scanner.config import Policy, Proxy, Settings, Tos
from scanner.proxy.server import ProxyServer
from tests import scanners
from tests.proxy.helpers import RecordingSink, start_recording_sink

# Customers keyed by sender domain force each action whatever detectors are installed:
# a ToS threshold of 0 is reached by every message.
TEST_POLICY = """
customers:
  hold.example: {tos: {hold: 0.0}}
  reject.example: {tos: {reject: 0.0}}
  defer.example: {tos: {tempfail: 0.0}}
  login-acme: {tos: {hold: 0.0}}
"""


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> dict[str, Callable[[], asyncio.AbstractEventLoop]]:
    """Every async proxy test runs on both loops ``proxy.event_loop`` offers; the end-to-end
    tests with a real Postfix (seconds each: they test the Postfix integration, not the
    loop), those whose proxy is a process of its own (``proxy_process``: its loop is the
    one its config names) and the scan pool's bookkeeping (``one_loop``) on the default one
    only."""
    if any(item.get_closest_marker(name) for name in ("postfix", "proxy_process", "one_loop")):
        return {"uvloop": uvloop.new_event_loop}
    return {"asyncio": asyncio.new_event_loop, "uvloop": uvloop.new_event_loop}


@pytest.fixture(autouse=True)
def reuse_scanners(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process proxies share one Scanner per detection config (``tests.scanners``)."""
    scanners.reuse_scanners(monkeypatch)


class Sink:
    """The running recording next hop."""

    def __init__(self, handler: RecordingSink, server: asyncio.Server, port: int) -> None:
        self.handler = handler
        self.server = server
        self.port = port

    async def stop(self) -> None:
        self.server.close()
        await self.server.wait_closed()


@pytest.fixture
async def sink() -> AsyncIterator[Sink]:
    handler, server, port = await start_recording_sink()
    running = Sink(handler, server, port)
    yield running
    await running.stop()


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(TEST_POLICY)
    return path


def make_settings(
    tmp_path: Path, policy_file: Path, sections: dict[str, Any] | None = None, **proxy: Any
) -> Settings:
    """Settings for one test: thread workers (fast start), the test policy, the installed
    detectors, no ToS model (its scores on these synthetic messages are not under test)."""
    proxy.setdefault("executor", "thread")
    proxy.setdefault("workers", 2)
    return Settings(
        data_dir=tmp_path / "var",
        policy=Policy(file=policy_file),
        proxy=Proxy(**proxy),
        tos=Tos(enabled=False),
        **(sections or {}),
    )


StartProxy = Callable[..., Coroutine[Any, Any, ProxyServer]]


@pytest.fixture
async def start_proxy(tmp_path: Path, policy_file: Path, sink: Sink) -> AsyncIterator[StartProxy]:
    started: list[ProxyServer] = []

    async def start(settings: Settings | None = None, **proxy: Any) -> ProxyServer:
        server = ProxyServer(
            settings or make_settings(tmp_path, policy_file, **proxy),
            listen=("127.0.0.1", 0),
            relay=("127.0.0.1", sink.port),
        )
        await server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        await server.shutdown()
