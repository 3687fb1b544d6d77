"""Hostile clients against the real ``scanner proxy`` process: clear replies, no crash,
timeouts that free slots, and memory and descriptors that stay bounded."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.reliability.harness import ProxyProcess, SinkThread, write_config
from tests.reliability.rawsmtp import RawClient, session

LIMIT = 1024 * 1024
MAX_SESSIONS = 4
COMMAND_TIMEOUT = 2.0
DATA_TIMEOUT = 4.0
ENVELOPE = b"MAIL FROM:<a@riverside.example>\r\nRCPT TO:<x@example.net>\r\nDATA\r\n"


class Hostile:
    def __init__(self, proxy: ProxyProcess, sink: SinkThread) -> None:
        self.proxy = proxy
        self.sink = sink
        self.fds_start = 1 << 20
        self.assert_healthy()  # warm: a pooled next-hop connection is part of the baseline
        self.rss_start = proxy.rss_kib()
        self.fds_start = proxy.fd_count()

    def settled_fds(self) -> int:
        """The proxy's fd count once closed sessions are gone (bounded wait)."""
        deadline = time.monotonic() + 5
        while self.proxy.fd_count() > self.fds_start and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.proxy.fd_count()

    def assert_healthy(self) -> None:
        """Alive, serving a normal message, no descriptor left behind."""
        assert self.proxy.alive()
        with session(self.proxy.port) as client:
            client.send(ENVELOPE + b"Subject: ok\r\n\r\nstill here\r\n.\r\nQUIT\r\n")
            assert client.replies(5)[3].startswith("250 2.0.0 Ok: relayed")
        assert self.settled_fds() <= self.fds_start


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hostile]:
    directory = tmp_path_factory.mktemp("hostile")
    config = write_config(
        directory,
        max_message_bytes=LIMIT,
        max_recipients=20,
        max_sessions=MAX_SESSIONS,
        command_timeout_seconds=COMMAND_TIMEOUT,
        data_timeout_seconds=DATA_TIMEOUT,
    )
    sink = SinkThread()
    proxy = ProxyProcess(config, directory / "var", sink.port)
    try:
        proxy.start()
        yield Hostile(proxy, sink)
    finally:
        proxy.stop()
        sink.close()


def test_slowloris_sessions_time_out_and_free_their_slots(hostile: Hostile) -> None:
    port = hostile.proxy.port
    clients = [RawClient(port) for _ in range(MAX_SESSIONS)]
    try:
        for client in clients:
            assert client.replies(1)[0].startswith("220")
        with RawClient(port) as extra:
            assert extra.replies(1)[0].startswith("421 4.3.2")
        clients[0].send(b"EH")  # half a command, then silence
        clients[1].send(b"HELO x\r\n")
        started = time.monotonic()
        assert all(client.closed_within(COMMAND_TIMEOUT + 3) for client in clients)
        assert time.monotonic() - started < COMMAND_TIMEOUT + 3
    finally:
        for client in clients:
            client.close()
    hostile.assert_healthy()


def test_dripping_data_hits_the_data_timeout(hostile: Hostile) -> None:
    with session(hostile.proxy.port) as client:
        client.send(ENVELOPE)
        assert client.replies(3)[2].startswith("354")
        started = time.monotonic()
        closed = False
        while not closed and time.monotonic() - started < DATA_TIMEOUT + 5:
            try:
                client.send(b"x")
            except OSError:
                break
            closed = client.closed_within(0.5)
        assert time.monotonic() - started < DATA_TIMEOUT + 3
    assert hostile.sink.handler.received.count("drip") == 0
    hostile.assert_healthy()


def test_oversized_message_is_552_and_never_buffered(hostile: Hostile) -> None:
    before = hostile.proxy.rss_kib()
    body = b"Message-ID: <huge@x>\r\n\r\n" + (b"y" * 998 + b"\r\n") * (24 * LIMIT // 1000)
    with session(hostile.proxy.port) as client:
        client.send(ENVELOPE)
        assert client.replies(3)[2].startswith("354")
        client.send(body + b".\r\n")
        assert client.replies(1)[0].startswith("552 5.3.4")
    growth_kib = hostile.proxy.rss_kib() - before
    print(f"\n24 MiB body vs 1 MiB limit: proxy RSS grew {growth_kib} KiB")
    assert growth_kib < 8 * 1024  # a third of the body; the body itself would be 24 MiB
    assert "huge@x" not in hostile.sink.handler.received
    hostile.assert_healthy()


@pytest.mark.parametrize(
    ("name", "send", "expected"),
    [
        ("unknown command", b"FOO bar\r\n", ["500 5.5.2"]),
        ("overlong command line", b"EHLO " + b"a" * 5000 + b"\r\n", ["500 5.5.2"]),
        ("control bytes", bytes(range(1, 10)) + b"\x0b\x0c\x0e\x1b[2J\r\n", ["500 5.5.2"]),
        ("bare CR inside a command", b"MAIL FROM:<a@b.example>\rRCPT TO:<x@y.example>\r\n",
         ["501 5.5.4"]),
        ("NUL in MAIL FROM", b"MAIL FROM:<a\x00@b.example>\r\n", ["501 5.1.7"]),
        ("NUL in RCPT TO", b"MAIL FROM:<a@b.example>\r\nRCPT TO:<x\x00@y.example>\r\n",
         ["250", "501 5.1.3"]),
        ("NUL bytes in the body (scanned, relayed byte for byte)",
         ENVELOPE + b"Message-ID: <nul@x>\r\n\r\nhi \x00\x00 there\r\n.\r\n",
         ["250", "250", "354", "250 2.0.0 Ok: relayed"]),
        ("DATA before RCPT", b"MAIL FROM:<a@b.example>\r\nDATA\r\n", ["250", "503 5.5.1"]),
        ("too many recipients",
         b"MAIL FROM:<a@b.example>\r\n"
         + b"".join(b"RCPT TO:<r%d@y.example>\r\n" % i for i in range(22)),
         ["250"] * 21 + ["452 4.5.3", "452 4.5.3"]),
        ("overlong DATA line", ENVELOPE + b"Subject: x\r\n\r\n" + b"z" * 5000 + b"\r\n.\r\n",
         ["250", "250", "354", "500 5.5.2"]),
        ("bare LF end-of-data smuggling",
         ENVELOPE + b"Subject: x\r\n\r\nhi\r\n\n.\nMAIL FROM:<e@v.example>\r\n"
         b"RCPT TO:<z@y.example>\r\nDATA\r\nMessage-ID: <smuggled@x>\r\n\r\nevil\r\n.\r\n",
         ["250", "250", "354", "550 5.6.0"]),
        ("bare CR end-of-data smuggling",
         ENVELOPE + b"Subject: x\r\n\r\nhi\r.\rMAIL FROM:<e@v.example>\r\n.\r\n",
         ["250", "250", "354", "550 5.6.0"]),
        ("pipelined body before 354", ENVELOPE + b"Message-ID: <piped@x>\r\n\r\nhi\r\n.\r\n",
         ["250", "250", "354", "250 2.0.0 Ok: relayed"]),
    ],
)  # fmt: skip
def test_hostile_input_gets_clear_replies(
    hostile: Hostile, name: str, send: bytes, expected: list[str]
) -> None:
    with session(hostile.proxy.port) as client:
        client.send(send)
        replies = client.replies(len(expected))
        assert len(replies) == len(expected), (name, replies)
        for reply, prefix in zip(replies, expected, strict=True):
            assert reply.startswith(prefix), (name, reply)
    assert "smuggled@x" not in hostile.sink.handler.received
    hostile.assert_healthy()


def test_memory_and_descriptors_bounded_after_the_abuse(hostile: Hostile) -> None:
    """Runs last in this module: everything above left no lasting growth behind."""
    growth_kib = hostile.proxy.rss_kib() - hostile.rss_start
    print(f"\nafter all hostile sessions: RSS +{growth_kib} KiB, fds {hostile.settled_fds()}")
    assert growth_kib < 32 * 1024
    assert hostile.settled_fds() <= hostile.fds_start


def test_logs_name_no_address(hostile: Hostile) -> None:
    log = hostile.proxy.log()
    assert "proxy listening" in log
    for value in ("riverside.example", "example.net", "y.example", "v.example"):
        assert value not in log
