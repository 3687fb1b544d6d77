"""``/readyz`` follows the next hop and the hold store; ``/healthz`` only says alive."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import httpx2
import pytest

from bench.loopback import free_port
from scanner.config import load_settings
from scanner.proxy.readiness import Readiness
from scanner.proxy.server import ProxyServer
from scanner.proxy.store import LazyStore
from tests.proxy.conftest import Sink, StartProxy
from tests.proxy.helpers import message, send


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


class RecordingNextHop:
    """A loopback SMTP server that greets, answers QUIT and records what each connection
    sent and whether it ended with QUIT (what Postfix logs as a clean disconnect)."""

    def __init__(self, greeting: bytes = b"220 hop.test ESMTP\r\n") -> None:
        self.greeting = greeting
        self.sessions: list[list[str]] = []
        self.clean: list[bool] = []
        self.server: asyncio.Server | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        commands: list[str] = []
        self.sessions.append(commands)
        writer.write(self.greeting)
        clean = False
        while line := await reader.readline():
            commands.append(line.decode().strip())
            if line.strip().upper() == b"QUIT":
                writer.write(b"221 2.0.0 Bye\r\n")
                clean = True
                break
            writer.write(b"502 5.5.1 Error: command not implemented\r\n")
        await writer.drain()
        self.clean.append(clean)
        writer.close()


async def test_probe_speaks_smtp_greeting_and_quit(tmp_path: Path) -> None:
    hop = RecordingNextHop()
    port = await hop.start()
    readiness = Readiness(("127.0.0.1", port), LazyStore(None))
    try:
        await readiness.probe()
        await asyncio.sleep(0.05)
        assert readiness.next_hop_ok
        assert hop.sessions == [["QUIT"]] and hop.clean == [True]
    finally:
        await hop.stop()


async def test_probe_with_a_refusing_greeting_is_not_ready_and_still_quits() -> None:
    hop = RecordingNextHop(b"421 4.3.2 hop.test Service not available\r\n")
    port = await hop.start()
    readiness = Readiness(("127.0.0.1", port), LazyStore(None))
    try:
        await readiness.probe()
        await asyncio.sleep(0.05)
        assert not readiness.next_hop_ok
        assert hop.sessions == [["QUIT"]]
    finally:
        await hop.stop()


async def test_a_recent_relay_stands_in_for_the_probe() -> None:
    hop = RecordingNextHop()
    port = await hop.start()
    readiness = Readiness(("127.0.0.1", port), LazyStore(None), interval_seconds=60)
    try:
        readiness.relayed()
        await readiness.probe()
        assert readiness.next_hop_ok and hop.sessions == []  # no connection at all
        readiness.interval_seconds = 0  # the relay is now older than one interval
        await readiness.probe()
        await asyncio.sleep(0.05)
        assert hop.sessions == [["QUIT"]]
    finally:
        await hop.stop()


async def test_next_hop_state_is_logged_only_when_it_changes(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="scanner.proxy.readiness")
    readiness = Readiness(("127.0.0.1", free_port()), LazyStore(None), timeout_seconds=1)
    for _ in range(3):
        await readiness.probe()
    hop = RecordingNextHop()
    port = await hop.start()
    try:
        readiness.next_hop = ("127.0.0.1", port)
        for _ in range(3):
            await readiness.probe()
    finally:
        await hop.stop()
    lines = [(r.levelname, r.getMessage()) for r in caplog.records]
    assert lines == [
        ("WARNING", "next hop unavailable"),
        ("INFO", "next hop accepting mail"),
    ]


async def test_relayed_mail_marks_the_next_hop_up_without_probing(
    start_proxy: StartProxy, sink: Sink
) -> None:
    proxy = await start_proxy()
    code, _ = await asyncio.to_thread(send, proxy.port, message())
    assert code == 250
    assert proxy.readiness._recently_relayed()


def test_a_store_outage_is_logged_when_it_starts_and_when_it_ends(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="scanner.proxy.store")
    database_up = False

    class Pinged:
        def ping(self) -> None:
            if not database_up:
                raise OSError("connection lost")

    def opener() -> object:
        if not database_up:
            raise OSError("database unreachable")
        return Pinged()

    store = LazyStore(opener, retry_seconds=0)  # type: ignore[arg-type]
    assert [store.reachable() for _ in range(3)] == [False] * 3
    database_up = True
    assert [store.reachable() for _ in range(3)] == [True] * 3
    database_up = False
    assert [store.reachable() for _ in range(3)] == [False] * 3
    lines = [(r.levelname, r.getMessage()) for r in caplog.records]
    assert lines == [
        ("ERROR", "cannot open hold store"),
        ("INFO", "hold store reachable again"),
        ("ERROR", "hold store unreachable"),
    ]
