"""Pass, tag, hold, reject, tempfail through a real proxy between smtplib and a sink."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from pathlib import Path

import pytest
from prometheus_client import generate_latest

from review_queue.service import CLI, ReviewService
from review_queue.store.types import ItemFilter, Role
from scanner.config import RateLimit, Review, Settings, Store
from tests.proxy.conftest import Sink, StartProxy, make_settings
from tests.proxy.helpers import IMAGE_MESSAGE, message, scan_worker_pids, send


def held_count(settings: Settings) -> int:
    service = ReviewService.open(settings)
    try:
        return service.list_items(ItemFilter(status=None), CLI).total
    finally:
        service.close()


async def test_pass_relays_and_mirrors_the_next_hop(start_proxy: StartProxy, sink: Sink) -> None:
    proxy = await start_proxy()
    raw = message()
    code, text = await asyncio.to_thread(send, proxy.port, raw)
    assert code == 250
    assert b"next hop queued as Q1" in text
    [delivery] = sink.handler.deliveries
    assert delivery.raw == raw
    assert delivery.mail_from == "news@riverside.example"
    assert delivery.rcpt_tos == ["friends@example.net"]


async def test_tag_prepends_verdict_headers_and_keeps_the_rest(
    start_proxy: StartProxy, sink: Sink
) -> None:
    proxy = await start_proxy()
    code, _ = await asyncio.to_thread(send, proxy.port, IMAGE_MESSAGE)
    assert code == 250
    [delivery] = sink.handler.deliveries
    head, _, rest = delivery.raw.partition(b"From: ")
    assert b"From: " + rest == IMAGE_MESSAGE
    assert head.startswith(b"X-Mailguard-Action: tag\r\n")
    assert b"X-Mailguard-Categories: unscanned\r\n" in head
    assert b"X-Mailguard-Reasons: UNSCANNED_IMAGE\r\n" in head


async def test_hold_is_committed_before_250_and_not_relayed(
    start_proxy: StartProxy, sink: Sink
) -> None:
    proxy = await start_proxy()
    raw = message(sender="board@hold.example")
    code, text = await asyncio.to_thread(send, proxy.port, raw, "board@hold.example")
    assert code == 250
    assert text.startswith(b"2.0.0 Ok: held for review as ")
    queue_id = text.decode().rsplit(" ", 1)[1]
    assert sink.handler.deliveries == []
    service = ReviewService.open(proxy.settings)
    try:
        assert service.load_raw(queue_id, CLI) == raw
        assert service.list_items(ItemFilter(status=None), CLI).total == 1
    finally:
        service.close()


async def test_reject_is_550_with_a_reason_code_only(start_proxy: StartProxy, sink: Sink) -> None:
    proxy = await start_proxy()
    raw = message(sender="x@reject.example", body="card 4111 1111 1111 1111\r\n")
    code, text = await asyncio.to_thread(send, proxy.port, raw, "x@reject.example")
    assert (code, text) == (550, b"5.7.1 Message rejected by content policy (TOS_VIOLATION)")
    assert sink.handler.deliveries == []
    assert held_count(proxy.settings) == 0


async def test_tempfail_is_451_4_7_1(start_proxy: StartProxy, sink: Sink) -> None:
    proxy = await start_proxy()
    code, text = await asyncio.to_thread(
        send, proxy.port, message(sender="x@defer.example"), "x@defer.example"
    )
    assert code == 451
    assert text.startswith(b"4.7.1 ")
    assert sink.handler.deliveries == []


async def test_monitor_mode_passes_what_it_would_reject_and_counts_it(
    start_proxy: StartProxy, sink: Sink
) -> None:
    proxy = await start_proxy(dry_run=True)
    code, _ = await asyncio.to_thread(
        send, proxy.port, message(sender="x@reject.example"), "x@reject.example"
    )
    assert code == 250
    assert len(sink.handler.deliveries) == 1
    value = proxy.registry.get_sample_value(
        "mailguard_messages_total", {"action": "reject", "mode": "monitor"}
    )
    assert value == 1.0


async def test_downstream_down_gives_4xx_and_the_retry_is_delivered_once(
    start_proxy: StartProxy, sink: Sink
) -> None:
    proxy = await start_proxy()
    await sink.stop()
    raw = message()
    code, text = await asyncio.to_thread(send, proxy.port, raw)
    assert (code, text) == (451, b"4.3.0 Next hop unavailable, try again later")
    assert held_count(proxy.settings) == 0
    # The next hop comes back on the same port; the client's retry goes through once.
    from scanner.demo_sink import start_sink

    server = await start_sink(sink.handler, "127.0.0.1", sink.port)
    try:
        code, _ = await asyncio.to_thread(send, proxy.port, raw)
    finally:
        server.close()
        await server.wait_closed()
    assert code == 250
    assert [d.raw for d in sink.handler.deliveries] == [raw]
    assert (
        proxy.registry.get_sample_value("mailguard_relay_errors_total", {"reason": "connect"})
        == 1.0
    )


@pytest.mark.parametrize(
    ("refusal", "expected"),
    [
        ("554 5.7.1 No thanks", (554, b"5.0.0 Next hop refused the message")),
        ("452 4.3.1 Queue full", (451, b"4.3.0 Next hop unavailable, try again later")),
    ],
)
async def test_next_hop_refusal_keeps_its_class(
    start_proxy: StartProxy, sink: Sink, refusal: str, expected: tuple[int, bytes]
) -> None:
    proxy = await start_proxy()
    sink.handler.refuse = refusal
    assert await asyncio.to_thread(send, proxy.port, message()) == expected


async def test_partly_refused_recipients_defer_the_whole_message(
    start_proxy: StartProxy, sink: Sink
) -> None:
    proxy = await start_proxy()
    sink.handler.refuse_rcpt = {"gone@example.net": "550 5.1.1 No such user"}
    code, _ = await asyncio.to_thread(
        send, proxy.port, message(), "news@riverside.example", ("a@example.net", "gone@example.net")
    )
    assert code == 451
    assert sink.handler.deliveries == []
    # The proxy reset the next hop's transaction; the connection is still usable.
    sink.handler.refuse_rcpt = {}
    assert (await asyncio.to_thread(send, proxy.port, message()))[0] == 250


async def test_dead_store_gives_4xx_and_nothing_is_relayed(
    tmp_path: Path, policy_file: Path, start_proxy: StartProxy, sink: Sink
) -> None:
    dead = Store(url="postgresql+psycopg://postgres@127.0.0.1:9/test", pool_timeout_seconds=2)
    settings = make_settings(tmp_path, policy_file, {"store": dead})
    proxy = await start_proxy(settings)
    code, text = await asyncio.to_thread(
        send, proxy.port, message(sender="a@hold.example"), "a@hold.example"
    )
    assert (code, text) == (451, b"4.3.0 Temporary failure, try again later")
    assert sink.handler.deliveries == []


async def test_scan_timeout_gives_4xx(start_proxy: StartProxy, sink: Sink) -> None:
    # Parsing 2 MB takes far longer than a microsecond.
    proxy = await start_proxy(scan_timeout_seconds=1e-6)
    big = message(body="lorem ipsum dolor sit amet\r\n" * 80_000)
    code, _ = await asyncio.to_thread(send, proxy.port, big)
    assert code == 451
    assert sink.handler.deliveries == []
    assert (
        proxy.registry.get_sample_value("mailguard_tempfails_total", {"cause": "scan_timeout"})
        == 1.0
    )


async def test_customer_from_configured_header(
    tmp_path: Path, policy_file: Path, start_proxy: StartProxy, sink: Sink
) -> None:
    settings = make_settings(tmp_path, policy_file, customer_header="X-Customer")
    proxy = await start_proxy(settings)
    raw = message(extra_headers="X-Customer: login-acme\r\n")
    code, text = await asyncio.to_thread(send, proxy.port, raw)
    assert code == 250
    assert b"held for review" in text
    assert sink.handler.deliveries == []


async def test_process_workers_scan_relay_and_survive_a_killed_worker(
    start_proxy: StartProxy, sink: Sink
) -> None:
    proxy = await start_proxy(executor="process", workers=1)
    code, _ = await asyncio.to_thread(send, proxy.port, IMAGE_MESSAGE)
    assert code == 250
    assert sink.handler.deliveries[0].raw.startswith(b"X-Mailguard-Action: tag\r\n")
    [worker] = scan_worker_pids()
    os.kill(worker, signal.SIGKILL)
    for _ in range(100):  # bounded: until the kernel reports it gone
        if worker not in scan_worker_pids():
            break
        await asyncio.sleep(0.05)
    # The message that meets the dead pool is deferred, never lost; the next gets a new one.
    codes = [(await asyncio.to_thread(send, proxy.port, message()))[0] for _ in range(2)]
    assert codes in ([451, 250], [250, 250])
    assert len(sink.handler.deliveries) == 1 + codes.count(250)


async def test_no_address_or_value_in_logs_or_metrics(
    start_proxy: StartProxy, sink: Sink, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    proxy = await start_proxy()
    canary = "4111 1111 1111 1111"
    for sender in ("canary@riverside.example", "canary@hold.example", "canary@reject.example"):
        raw = message(sender=sender, body=f"card {canary} for canary\r\n")
        await asyncio.to_thread(send, proxy.port, raw, sender, ("canary-rcpt@example.net",))
    await sink.stop()
    await asyncio.to_thread(send, proxy.port, message(), "canary@riverside.example")
    exposed = caplog.text + generate_latest(proxy.registry).decode()
    assert "canary" not in exposed
    assert canary not in exposed
    assert "riverside" not in exposed


async def test_customer_over_its_rate_is_held_not_dropped(
    tmp_path: Path, policy_file: Path, start_proxy: StartProxy, sink: Sink
) -> None:
    limit = RateLimit(messages=2, window_seconds=3600)
    proxy = await start_proxy(make_settings(tmp_path, policy_file, {"ratelimit": limit}))
    replies = [(await asyncio.to_thread(send, proxy.port, message()))[1] for _ in range(3)]
    assert [b"relayed" in r for r in replies] == [True, True, False]
    assert b"held for review" in replies[2]
    # Another customer is not affected.
    other = await asyncio.to_thread(send, proxy.port, message(), "a@other.example")
    assert b"relayed" in other[1]
    assert proxy.registry.get_sample_value("mailguard_ratelimit_exceeded_total") == 1.0
    assert held_count(proxy.settings) == 1


async def test_retries_while_the_next_hop_defers_do_not_use_up_the_rate(
    tmp_path: Path, policy_file: Path, start_proxy: StartProxy, sink: Sink
) -> None:
    limit = RateLimit(messages=2, window_seconds=3600)
    proxy = await start_proxy(make_settings(tmp_path, policy_file, {"ratelimit": limit}))
    sink.handler.refuse = "451 4.3.0 Try again later"
    codes = [(await asyncio.to_thread(send, proxy.port, message()))[0] for _ in range(4)]
    assert codes == [451] * 4
    sink.handler.refuse = None
    replies = [(await asyncio.to_thread(send, proxy.port, message()))[1] for _ in range(3)]
    assert [b"relayed" in r for r in replies] == [True, True, False]
    assert held_count(proxy.settings) == 1


async def test_sender_allowlisted_by_a_reviewer_is_relayed(
    tmp_path: Path, policy_file: Path, start_proxy: StartProxy, sink: Sink
) -> None:
    release = Review(release_relay=f"127.0.0.1:{sink.port}")
    proxy = await start_proxy(make_settings(tmp_path, policy_file, {"review": release}))
    raw = message(sender="board@hold.example")
    _, text = await asyncio.to_thread(send, proxy.port, raw, "board@hold.example")
    queue_id = text.decode().rsplit(" ", 1)[1]
    service = ReviewService.open(proxy.settings)
    try:
        # No SASL login: the item is recorded under the policy's customer, the sender domain.
        listed = service.list_items(ItemFilter(customer="hold.example"), CLI).items
        assert [item.id for item in listed] == [queue_id]
        admin = service.create_user("admin", Role.ADMIN, "correct horse battery staple", CLI)
        await asyncio.to_thread(service.decide, queue_id, admin, "release_and_allowlist", None)
    finally:
        service.close()
    assert [d.raw for d in sink.handler.deliveries] == [raw]  # the release
    code, text = await asyncio.to_thread(send, proxy.port, raw, "board@hold.example")
    assert (code, b"relayed" in text) == (250, True)
    # Another sender of the same customer is still held.
    _, text = await asyncio.to_thread(send, proxy.port, raw, "treasurer@hold.example")
    assert b"held for review" in text
