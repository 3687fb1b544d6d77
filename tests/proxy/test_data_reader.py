"""The block-wise DATA reader: what GuardSMTP receives is what aiosmtpd's own line loop
receives (content, replies, limits), over real loopback sockets, however the bytes are cut."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanner.proxy.dataread import CRLF, TERMINATOR, DataParser, receive
from scanner.proxy.handler import EsmtpHandler
from scanner.proxy.smtp import Gate, GuardSMTP

LINE_LIMIT = 100  # small, so long lines and the stream limit's overruns are cheap to hit
SIZE_LIMIT = 500
ENVELOPE = b"EHLO client.test\r\nMAIL FROM:<a@riverside.example>\r\nRCPT TO:<b@example.net>\r\n"
PAUSE = 0.002  # between pieces, so the server reads them separately
_ENHANCED = re.compile(rb"^(\d{3}[ -])[245]\.\d{1,3}\.\d{1,3} ")


@dataclass
class Recorder:
    """Keeps each message's content exactly as the DATA hook sees it."""

    messages: list[bytes] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        assert type(envelope.content) is bytes
        assert envelope.content is envelope.original_content
        self.messages.append(envelope.content)
        return "250 OK"


class GuardRecorder(Recorder, EsmtpHandler):
    """The recorder plus the EHLO/MAIL/RCPT handling GuardSMTP relies on."""


class StockSMTP(SMTP):
    """aiosmtpd as shipped, with the test's line limit (also its stream limit)."""

    line_length_limit = LINE_LIMIT


def stock_factory(handler: Recorder, loop: asyncio.AbstractEventLoop) -> SMTP:
    return StockSMTP(handler, data_size_limit=SIZE_LIMIT, hostname="test", loop=loop)


def guard_factory(
    handler: Recorder, loop: asyncio.AbstractEventLoop, gate: Gate | None = None, **options: Any
) -> GuardSMTP:
    config: dict[str, Any] = {
        "max_message_bytes": SIZE_LIMIT,
        "max_line_bytes": LINE_LIMIT,
        "command_timeout": 10.0,
        "data_timeout": 10.0,
    }
    config.update(options)
    return GuardSMTP(
        handler, gate=gate or Gate(max_sessions=10), hostname="test", loop=loop, **config
    )


async def serve(factory: Callable[[], SMTP]) -> tuple[asyncio.Server, int]:
    server = await asyncio.get_running_loop().create_server(factory, "127.0.0.1", 0)
    return server, int(server.sockets[0].getsockname()[1])


async def final_reply(reader: asyncio.StreamReader) -> bytes:
    """The next complete reply's last line, enhanced status code removed; b"" at EOF."""
    while True:
        line = await reader.readline()
        if not line or line[3:4] != b"-":
            return _ENHANCED.sub(rb"\1", line.rstrip(b"\r\n"))


async def converse(port: int, pieces: list[bytes]) -> list[bytes]:
    """EHLO, MAIL, RCPT, DATA; then ``pieces`` one by one; the replies from the 354 on,
    until the server closes the connection."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await final_reply(reader)  # greeting
        writer.write(ENVELOPE + b"DATA\r\n")
        for _ in range(3):
            assert (await final_reply(reader)).startswith(b"250")
        replies = [await final_reply(reader)]
        for piece in pieces:
            writer.write(piece)
            await writer.drain()
            await asyncio.sleep(PAUSE)
        while reply := await final_reply(reader):
            replies.append(reply)
        return replies
    finally:
        writer.close()


async def run_both(
    pieces: list[bytes], talk: Callable[[int, list[bytes]], Awaitable[list[bytes]]] = converse
) -> list[tuple[list[bytes], list[bytes]]]:
    """The replies and messages of stock aiosmtpd and of GuardSMTP for the same bytes."""
    loop = asyncio.get_running_loop()
    stock, guard = Recorder(), GuardRecorder()
    results = []
    for factory in (lambda: stock_factory(stock, loop), lambda: guard_factory(guard, loop)):
        server, port = await serve(factory)
        try:
            replies = await asyncio.wait_for(talk(port, pieces), 10)
        finally:
            server.close()
            await server.wait_closed()
        results.append(replies)
    return [(results[0], stock.messages), (results[1], guard.messages)]


def without_end(body: bytes) -> bytes:
    """``body`` with every line that is a lone dot stuffed, as a client would."""
    while TERMINATOR in CRLF + body:
        body = (CRLF + body).replace(TERMINATOR, b"\r\n..\r\n")[len(CRLF) :]
    return body


def cut(stream: bytes, points: list[int]) -> list[bytes]:
    edges = [0, *sorted(set(points)), len(stream)]
    return [stream[a:b] for a, b in zip(edges, edges[1:], strict=False) if b > a]


def body_of(lines: list[bytes], repeat: int, long: list[tuple[int, bytes]]) -> bytes:
    """``lines`` repeated and joined, with each ``(position, line)`` of ``long`` inserted."""
    lines = lines * repeat
    for position, line in long:
        lines.insert(position, line)
    return b"".join(lines)


_SHORT = st.one_of(
    st.binary(max_size=12),
    st.binary(min_size=20, max_size=LINE_LIMIT // 2),
    st.sampled_from(
        [b"", b".", b"..", b"...", b".x", b". ", b"\r", b"\n", b".\r", b"\n.", b"\r\n."]
        + ["Grüße, 你好, مرحبا".encode(), b"latin-1 \xe9\xff \x00"]
    ),
)
_LONG = st.builds(
    bytes.__mul__,
    st.sampled_from([b"a", b".", b"\xc3"]),
    st.one_of(st.integers(LINE_LIMIT - 4, LINE_LIMIT + 2), st.integers(LINE_LIMIT, 4 * LINE_LIMIT)),
)
_ENDING = st.sampled_from([CRLF] * 6 + [b"\n", b"\r", b""])
BODIES = st.builds(
    body_of,
    st.lists(st.tuples(_SHORT, _ENDING).map(b"".join), max_size=40),
    st.integers(1, 8),
    st.lists(st.tuples(st.integers(0, 100), st.tuples(_LONG, _ENDING).map(b"".join)), max_size=2),
)


def data_stream(body: bytes) -> bytes:
    """What a client sends after 354: ``body``, the end-of-data line, two commands."""
    body = without_end(body)
    end = b".\r\n" if (CRLF + body).endswith(CRLF) else TERMINATOR
    return body + end + b"NOOP\r\nQUIT\r\n"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=BODIES, data=st.data())
def test_guard_receives_what_aiosmtpd_receives(body: bytes, data: st.DataObject) -> None:
    stream = data_stream(body)
    points = data.draw(st.lists(st.integers(1, len(stream) - 1), max_size=4))
    stock, guard = asyncio.run(run_both(cut(stream, points)))
    assert guard == stock


async def receive_pieces(pieces: list[bytes]) -> tuple[str | None, bytes | None, bytes]:
    """The parser's verdict and content, and what is left in the stream, with each piece
    arriving on its own."""
    reader = asyncio.StreamReader(limit=LINE_LIMIT)
    parser = DataParser(LINE_LIMIT, SIZE_LIMIT)
    task = asyncio.create_task(receive(reader, parser))
    for piece in pieces:
        reader.feed_data(piece)
        for _ in range(3):
            await asyncio.sleep(0)
    reader.feed_eof()
    await asyncio.wait_for(task, 5)
    content = parser.content() if parser.refusal is None else None
    return parser.refusal, content, await reader.read()


@settings(max_examples=300, deadline=None)
@given(body=BODIES, data=st.data())
def test_pieces_change_nothing_and_nothing_past_the_end_is_read(
    body: bytes, data: st.DataObject
) -> None:
    stream = data_stream(body)
    points = data.draw(st.lists(st.integers(1, len(stream) - 1), max_size=8))
    whole = asyncio.run(receive_pieces([stream]))
    assert asyncio.run(receive_pieces(cut(stream, points))) == whole
    end = (CRLF + stream).index(TERMINATOR) + len(TERMINATOR) - len(CRLF)
    assert whole[2] == stream[end:]


FILL = (b"b" * 60 + CRLF) * 7  # 434 bytes: a next line of 100 crosses SIZE_LIMIT


@pytest.mark.parametrize(
    "pieces",
    [
        [FILL + b"a" * LINE_LIMIT + b"\r", b"\n.\r\n"],  # counted (552), then measured
        [FILL + b"a" * LINE_LIMIT + b"\r\nxyz", b"\r\n.\r\n"],  # a block ends at its CR
        [FILL + b"a" * (LINE_LIMIT + 1) + b"\r", b"\n.\r\n"],  # too long before counted
        [FILL + b"a" * (LINE_LIMIT - 1), b"\r\n.\r\n"],
        [b"a" * LINE_LIMIT + b"\r", b"\n.\r\n"],
        [b"a" * 3 * LINE_LIMIT, b"a" * 3 * LINE_LIMIT, b"\r\n.\r\n"],
        [b"x\r\n.", b"\r\n"],
        [b"x\r", b"\n.\r\n"],
        [b".", b"\r", b"\n"],
    ],
)
def test_cuts_at_the_limits_agree_with_aiosmtpd(pieces: list[bytes]) -> None:
    pieces = [*pieces[:-1], pieces[-1] + b"NOOP\r\nQUIT\r\n"]
    stock, guard = asyncio.run(run_both(pieces))
    assert guard == stock
    refusal, _, _ = asyncio.run(receive_pieces(pieces))  # cut exactly there
    assert (refusal or "250 OK").encode() == stock[0][1]


@pytest.mark.parametrize(
    ("stream", "content"),
    [
        (b".\r\n", b""),
        (b"\r\n.\r\n", b"\r\n"),
        (b"..\r\n.\r\n", b".\r\n"),
        (b".a\r\n...\r\n.\r\n", b"a\r\n..\r\n"),
        (b"a\n.\r\n.\r\n", b"a\n.\r\n"),  # after a bare LF a dot is not at a line start
        (b"a\r.\r\n.\r\n", b"a\r.\r\n"),
        (b"no CRLF before the dot.\r\n.\r\n", b"no CRLF before the dot.\r\n"),
        ("ü\xe9".encode("latin-1") + b"\r\n.\r\n", "ü\xe9".encode("latin-1") + b"\r\n"),
    ],
)
async def test_edge_cases(stream: bytes, content: bytes) -> None:
    for pieces in ([stream], [stream[:1], stream[1:]], [bytes([b]) for b in stream]):
        assert await receive_pieces(pieces) == (None, content, b"")


async def whole_session(port: int, pieces: list[bytes]) -> list[bytes]:
    """All replies after the greeting to ``pieces`` (written at once), until the close."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await final_reply(reader)
        writer.write(b"".join(pieces))
        replies = []
        while reply := await final_reply(reader):
            replies.append(reply)
        return replies
    finally:
        writer.close()


@pytest.mark.parametrize(
    "commands",
    [
        b"DATA\r\n",  # before EHLO
        b"EHLO client.test\r\nDATA\r\n",  # before MAIL and RCPT
        b"EHLO client.test\r\nMAIL FROM:<a@riverside.example>\r\nDATA\r\n",
        ENVELOPE + b"DATA now\r\n",  # an argument
    ],
)
def test_data_refused_before_the_body_as_by_aiosmtpd(commands: bytes) -> None:
    stock, guard = asyncio.run(run_both([commands + b"QUIT\r\n"], whole_session))
    assert guard[0][-2:] == stock[0][-2:]
    assert stock[0][-2][:1] == b"5"
    assert guard[1] == stock[1] == []


@dataclass
class Guard:
    handler: GuardRecorder
    gate: Gate
    port: int


@pytest.fixture
def options() -> dict[str, Any]:
    """GuardSMTP settings a test overrides (by parametrizing ``options``)."""
    return {}


@pytest.fixture
async def guard(options: dict[str, Any]) -> AsyncIterator[Guard]:
    handler, gate = GuardRecorder(), Gate(max_sessions=10)
    loop = asyncio.get_running_loop()
    server, port = await serve(lambda: guard_factory(handler, loop, gate, **options))
    yield Guard(handler, gate, port)
    server.close()
    await server.wait_closed()


async def session_replies(port: int, payload: bytes, count: int) -> list[bytes]:
    """Send ``payload`` in one write (pipelining); ``count`` final replies after 220."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await final_reply(reader)
        writer.write(payload)
        return [await asyncio.wait_for(final_reply(reader), 10) for _ in range(count)]
    finally:
        writer.close()


def transaction(body: bytes) -> bytes:
    return b"MAIL FROM:<a@riverside.example>\r\nRCPT TO:<b@example.net>\r\nDATA\r\n" + body


async def test_oversize_is_552_after_the_end_and_the_session_goes_on(guard: Guard) -> None:
    too_big = (b"y" * 60 + b"\r\n") * (SIZE_LIMIT // 62 + 5) + b".\r\n"
    payload = ENVELOPE + b"DATA\r\n" + too_big + transaction(b"fits\r\n.\r\n") + b"QUIT\r\n"
    replies = await session_replies(guard.port, payload, 9)
    assert [reply[:3] for reply in replies[3:]] == [b"354", b"552", b"250", b"250", b"354", b"250"]
    assert replies[4] == b"552 Error: Too much mail data"
    assert guard.handler.messages == [b"fits\r\n"]


@pytest.mark.parametrize(
    ("body", "reply"),
    [
        (b"a" * (LINE_LIMIT - 1) + b"\r\n", b"500 Line too long (see RFC5321 4.5.3.1.6)"),
        (b"a" * (LINE_LIMIT - 2) + b"\r\n", b"250 OK"),
        # The first limit aiosmtpd's loop notices decides.
        (b"a" * 5 * LINE_LIMIT + b"\r\n" + (b"b" * 60 + b"\r\n") * 30, b"500 Line too long"),
        ((b"b" * 60 + b"\r\n") * 30 + b"a" * 5 * LINE_LIMIT + b"\r\n", b"552 Error: Too much"),
    ],
)
async def test_line_limit(guard: Guard, body: bytes, reply: bytes) -> None:
    replies = await session_replies(guard.port, ENVELOPE + b"DATA\r\n" + body + b".\r\nNOOP\r\n", 6)
    assert replies[4].startswith(reply)
    assert replies[5] == b"250 OK"  # NOOP: the session goes on
    assert guard.handler.messages == ([body] if reply == b"250 OK" else [])


async def test_pipelined_commands_after_the_end_are_processed(guard: Guard) -> None:
    payload = (
        ENVELOPE
        + b"DATA\r\n.\r\n"  # an empty message, then at once the next transaction
        + transaction(b"..one\r\n.\r\n")
        + transaction(b"two\r\n.\r\n")
        + b"QUIT\r\n"
    )
    replies = await session_replies(guard.port, payload, 13)
    assert [reply[:3] for reply in replies] == [
        b"250", b"250", b"250", b"354", b"250",
        b"250", b"250", b"354", b"250",
        b"250", b"250", b"354", b"250",
    ]  # fmt: skip
    assert guard.handler.messages == [b"", b".one\r\n", b"two\r\n"]


async def test_connection_closed_mid_data_delivers_nothing(guard: Guard) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", guard.port)
    await final_reply(reader)
    writer.write(ENVELOPE + b"DATA\r\nSubject: cut off\r\n\r\nhalf a mess")
    for _ in range(4):
        await final_reply(reader)
    writer.close()
    await writer.wait_closed()
    for _ in range(100):
        if not guard.gate.sessions:
            break
        await asyncio.sleep(0.01)
    assert not guard.gate.sessions
    assert guard.handler.messages == []


async def closed_within(reader: asyncio.StreamReader, seconds: float) -> bool:
    """True when the server closes within ``seconds``; what it sends first is skipped."""
    try:
        async with asyncio.timeout(seconds):
            while await reader.read(4096):
                pass
    except ConnectionResetError:
        pass  # closed with our bytes unread: the kernel answers them with a reset
    except TimeoutError:
        return False
    return True


@pytest.mark.parametrize("options", [{"data_timeout": 0.3}])
async def test_data_timeout_closes_a_dripping_session(guard: Guard) -> None:
    loop = asyncio.get_running_loop()
    reader, writer = await asyncio.open_connection("127.0.0.1", guard.port)
    try:
        await final_reply(reader)
        writer.write(ENVELOPE + b"DATA\r\n")
        for _ in range(4):
            await final_reply(reader)
        started = closed = loop.time()
        while loop.time() - started < 5:
            writer.write(b"x")  # a byte every 50 ms: the 10 s command timeout never fires
            if await closed_within(reader, 0.05):
                closed = loop.time()
                break
    finally:
        writer.close()
    assert 0.25 < closed - started < 2
    assert guard.handler.messages == []


@pytest.mark.parametrize("options", [{"command_timeout": 0.3}])
async def test_a_session_that_times_out_is_told_421_before_the_close(guard: Guard) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", guard.port)
    try:
        await final_reply(reader)
        reply = await asyncio.wait_for(final_reply(reader), 5)
        closed = await closed_within(reader, 3)
    finally:
        writer.close()
    assert reply == b"421 Error: timeout exceeded"  # enhanced code removed by final_reply
    assert closed


@pytest.mark.parametrize("options", [{"command_timeout": 0.4}])
async def test_each_command_moves_the_session_deadline(guard: Guard) -> None:
    loop = asyncio.get_running_loop()
    reader, writer = await asyncio.open_connection("127.0.0.1", guard.port)
    try:
        await final_reply(reader)
        started = loop.time()
        while loop.time() - started < 1.2:  # three timeouts long, a command every 0.15 s
            writer.write(b"NOOP\r\n")
            assert (await final_reply(reader)).startswith(b"250")
            last_command = loop.time()
            await asyncio.sleep(0.15)
        closed = await closed_within(reader, 3)
        idle_for = loop.time() - last_command
    finally:
        writer.close()
    assert closed
    assert 0.3 < idle_for < 1.5


def stuffed(content: bytes) -> bytes:
    """``content`` (whole CRLF lines) as a client sends it, end-of-data line included."""
    lines = content.split(CRLF)[:-1]
    return b"".join((b"." if line[:1] == b"." else b"") + line + CRLF for line in lines) + b".\r\n"


@pytest.mark.parametrize("options", [{"max_message_bytes": 8_000_000, "max_line_bytes": 1001}])
async def test_large_message_arrives_byte_for_byte(guard: Guard) -> None:
    line = bytes(range(33, 33 + 76))  # base64-like lines, some starting with a dot
    content = b"".join(b"." * (i % 7 == 0) + line + b"\xe9" * (i % 5) + CRLF for i in range(50_000))
    payload = ENVELOPE + b"DATA\r\n" + stuffed(content) + b"QUIT\r\n"
    replies = await session_replies(guard.port, payload, 6)
    assert replies[4:] == [b"250 OK", b"221 Bye"]
    assert guard.handler.messages == [content]
