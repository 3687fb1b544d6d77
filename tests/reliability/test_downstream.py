"""The next hop refuses, hangs or hangs up mid-transfer: the client gets 4xx (or the
next hop's own permanent 5xx), nothing is reported delivered, and the proxy carries on."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from scanner.config import load_settings
from scanner.proxy.server import ProxyServer
from tests.reliability.conftest import StartProxy
from tests.reliability.harness import SinkThread, WireNextHop, mail, send, write_config

RELAY_TIMEOUT = 2.0
ProxyTo = Callable[[int], Awaitable[ProxyServer]]


@pytest.fixture
def proxy_to(tmp_path: Path, start_proxy: StartProxy) -> ProxyTo:
    """Starts a proxy with short relay timeouts towards the given next-hop port."""
    config = write_config(
        tmp_path, relay_timeout_seconds=RELAY_TIMEOUT, relay_connect_timeout_seconds=2.0
    )

    async def start(port: int) -> ProxyServer:
        return await start_proxy(load_settings(config, tmp_path / "var"), port)

    return start


@pytest.mark.parametrize(
    ("mode", "reply", "expected"),
    [
        ("refuse", "451 4.3.0 next hop busy", "451"),
        ("refuse", "421 4.3.2 next hop shutting down", "4"),
        ("refuse", "554 5.7.1 next hop says no", "554"),  # permanent stays permanent: a bounce
        ("hang", "", "4"),
        ("close", "", "4"),
    ],
)
async def test_next_hop_failure_is_a_clear_reply_and_nothing_is_delivered(
    proxy_to: ProxyTo, sink: SinkThread, mode: str, reply: str, expected: str
) -> None:
    sink.handler.mode, sink.handler.reply = mode, reply
    proxy = await proxy_to(sink.port)
    started = time.monotonic()
    code, text = await asyncio.to_thread(send, proxy.port, mail("down@test"), "a@riverside.example")
    elapsed = time.monotonic() - started
    assert str(code).startswith(expected), text
    assert sink.handler.received == []
    assert elapsed < RELAY_TIMEOUT * 7 + 5  # bounded by the relay timeouts, never a hang
    sink.handler.mode = "accept"
    code, _ = await asyncio.to_thread(send, proxy.port, mail("after@test"), "a@riverside.example")
    assert code == 250 and sink.handler.received == ["after@test"]


async def test_next_hop_hanging_up_mid_body_is_4xx(proxy_to: ProxyTo) -> None:
    closer = WireNextHop(body_bytes=64)
    try:
        proxy = await proxy_to(closer.port)
        code, text = await asyncio.to_thread(
            send, proxy.port, mail("cut@test", body_bytes=200_000), "a@riverside.example"
        )
        assert closer.closed_mid_body >= 1
        assert 400 <= code < 500, text
    finally:
        closer.close()
