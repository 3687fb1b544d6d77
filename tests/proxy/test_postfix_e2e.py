"""End to end with a real Postfix (Debian's package) as after-queue content filter and as
before-queue proxy filter: Postfix -> proxy -> Postfix re-injection -> sink; held mail
arrives only after a reviewer releases it."""

from __future__ import annotations

import asyncio
import smtplib
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bench.loopback import free_port
from review_queue.service import CLI, ReviewService
from review_queue.store.types import ItemFilter, Role
from scanner.config import Review
from scanner.proxy.server import ProxyServer
from tests.proxy.conftest import Sink, make_settings
from tests.proxy.helpers import message
from tests.proxy.postfix import PostfixInstance, require_postfix

pytestmark = [pytest.mark.postfix, pytest.mark.slow]


class World:
    def __init__(self, postfix: PostfixInstance, proxy: ProxyServer, sink: Sink) -> None:
        self.postfix = postfix
        self.proxy = proxy
        self.sink = sink

    def submit(self, raw: bytes, sender: str) -> tuple[int, bytes]:
        with smtplib.SMTP("127.0.0.1", self.postfix.smtp_port, timeout=60) as client:
            client.ehlo("original-client.test")
            client.mail(sender)
            client.rcpt("friends@example.net")
            return client.data(raw)

    async def delivered(self, count: int, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while len(self.sink.handler.deliveries) < count:
            if time.monotonic() > deadline:
                pytest.fail(f"not delivered in {seconds}s; postfix log:\n{self.postfix.log_text()}")
            await asyncio.sleep(0.1)

    async def log_contains(self, text: str, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while text not in self.postfix.log_text():
            if time.monotonic() > deadline:
                pytest.fail(f"{text!r} not logged in {seconds}s:\n{self.postfix.log_text()}")
            await asyncio.sleep(0.1)


@pytest.fixture(params=["after-queue", "before-queue"])
async def world(
    request: pytest.FixtureRequest, tmp_path: Path, policy_file: Path, sink: Sink
) -> AsyncIterator[World]:
    require_postfix()
    smtp_port, proxy_port = free_port(), free_port()
    postfix = PostfixInstance(request.param, smtp_port, proxy_port, sink.port)
    release = Review(release_relay=f"127.0.0.1:{postfix.reinject_port}")
    settings = make_settings(tmp_path, policy_file, {"review": release})
    proxy = ProxyServer(
        settings,
        listen=("127.0.0.1", proxy_port),
        relay=("127.0.0.1", postfix.reinject_port),
    )
    await proxy.start()
    try:
        await asyncio.to_thread(postfix.start)
        yield World(postfix, proxy, sink)
    finally:
        await asyncio.to_thread(postfix.stop)
        await proxy.shutdown()


async def test_passed_mail_goes_through_the_proxy_and_is_reinjected(world: World) -> None:
    """Also: the site's header checks still apply. The before-queue re-injection server is
    the only way into cleanup, so it must not turn header checks (or milters) off, as the
    after-queue one may."""
    raw = message(
        body="Dear friends,\r\nthe spring newsletter is here.\r\n",
        extra_headers="X-Strip-Me: internal\r\n",
    )
    code, _ = await asyncio.to_thread(world.submit, raw, "news@riverside.example")
    assert code == 250
    await world.delivered(1)
    [delivery] = world.sink.handler.deliveries
    assert raw.split(b"\r\n\r\n", 1)[1] in delivery.raw
    assert b"X-Strip-Me" not in delivery.raw and b"Volunteer rota" in delivery.raw
    assert (
        world.proxy.registry.get_sample_value(
            "mailguard_messages_total", {"action": "pass", "mode": "enforce"}
        )
        == 1.0
    )
    # XFORWARD carried the original client through the proxy to the re-injection smtpd,
    # which logs it as orig_client (only present when XFORWARD arrived).
    await world.log_contains("orig_client=localhost[127.0.0.1]")


async def test_held_mail_arrives_only_after_release(world: World) -> None:
    raw = message(sender="board@hold.example", body="Case note for review.\r\n")
    code, text = await asyncio.to_thread(world.submit, raw, "board@hold.example")
    assert code == 250
    if world.postfix.mode == "before-queue":
        assert b"held for review" in text
    else:
        await world.log_contains("held for review")
    await asyncio.sleep(1)
    assert world.sink.handler.deliveries == []
    service = ReviewService.open(world.proxy.settings)
    try:
        [item] = service.list_items(ItemFilter(), CLI).items
        admin = service.create_user("admin", Role.ADMIN, "correct horse battery staple", CLI)
        result = await asyncio.to_thread(service.decide, item.id, admin, "release", None)
        assert not result.duplicate
    finally:
        service.close()
    await world.delivered(1)
    assert b"Case note for review." in world.sink.handler.deliveries[0].raw


async def test_rejected_mail_never_arrives(world: World) -> None:
    raw = message(sender="x@reject.example")
    code, text = await asyncio.to_thread(world.submit, raw, "x@reject.example")
    if world.postfix.mode == "before-queue":
        assert (code, text) == (550, b"5.7.1 Message rejected by content policy (TOS_VIOLATION)")
        await asyncio.sleep(1)
        assert world.sink.handler.deliveries == []
    else:
        # Postfix accepted it; the proxy's 550 makes Postfix bounce it to the sender.
        assert code == 250
        await world.delivered(1)
        [bounce] = world.sink.handler.deliveries
        assert (bounce.mail_from, bounce.rcpt_tos) == ("<>", ["x@reject.example"])
        assert b"rejected by content policy (TOS_VIOLATION)" in bounce.raw
