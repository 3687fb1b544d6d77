"""A small SMTP client for the next hop: EHLO, pipelined commands, a streamed body.

aiosmtplib answers one command at a time and copies a message three times before it
writes it (line endings, dot-stuffing, terminator). This client writes a pipelined group
(RFC 2920) in one send when the next hop offers PIPELINING, and streams the body in
slices cut at line ends, normalised and dot-stuffed slice by slice, so a large message is
never copied whole. Bytes are sent as received: 8-bit and UTF-8 stay byte for byte.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import re
from collections.abc import Iterator
from typing import NamedTuple, cast

MAX_REPLY_LINE = 4096  # RFC 5321 says 512; be lenient, but bounded
MAX_REPLY_LINES = 200
BODY_SLICE = 64 * 1024
_BARE_NEWLINE = re.compile(rb"\r\n|\r|\n")


class Reply(NamedTuple):
    """One reply: its code and its text (lines joined by newlines, codes removed)."""

    code: int
    text: str


class NextHopError(Exception):
    """The next hop broke the protocol, closed the connection or did not answer in time.
    ``kind`` is ``timeout``, ``disconnected`` or ``protocol`` (a metric label)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class _ReplyReader(asyncio.Protocol):
    """Parses replies as they arrive; several may come in one segment (pipelining)."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.replies: collections.deque[Reply | NextHopError] = collections.deque()
        self._buffer = bytearray()
        self._lines: list[str] = []
        self._waiter: asyncio.Future[None] | None = None
        self._can_write = asyncio.Event()
        self._can_write.set()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A stream transport (uvloop's do not subclass asyncio.Transport).
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        start = 0
        while (end := self._buffer.find(b"\n", start)) != -1:
            self._line(bytes(self._buffer[start:end]).rstrip(b"\r"))
            start = end + 1
        del self._buffer[:start]
        if len(self._buffer) > MAX_REPLY_LINE:
            self._fail(NextHopError("protocol"))
        self._wake()

    def _line(self, line: bytes) -> None:
        code, separator = line[:3], line[3:4]
        if len(line) > MAX_REPLY_LINE or not code.isdigit() or separator not in (b"", b" ", b"-"):
            self._fail(NextHopError("protocol"))
            return
        self._lines.append(line[4:].decode("utf-8", "surrogateescape"))
        if len(self._lines) > MAX_REPLY_LINES:
            self._fail(NextHopError("protocol"))
        elif separator != b"-":
            self.replies.append(Reply(int(code), "\n".join(self._lines)))
            self._lines = []

    def _fail(self, error: NextHopError) -> None:
        self.replies.append(error)
        if self.transport is not None:
            self.transport.abort()

    def connection_lost(self, exc: Exception | None) -> None:
        self.replies.append(NextHopError("disconnected"))
        self._can_write.set()
        self._wake()

    def eof_received(self) -> bool:
        return False  # close our side too

    def pause_writing(self) -> None:
        self._can_write.clear()

    def resume_writing(self) -> None:
        self._can_write.set()

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def next_reply(self) -> Reply:
        while not self.replies:
            self._waiter = asyncio.get_running_loop().create_future()
            await self._waiter
        reply = self.replies[0]
        if isinstance(reply, NextHopError):
            raise reply  # left in place: every later read fails the same way
        self.replies.popleft()
        return reply

    @property
    def writable(self) -> bool:
        """Open and not paused: a write needs no wait."""
        transport = self.transport
        return self._can_write.is_set() and transport is not None and not transport.is_closing()

    async def drain(self) -> None:
        await self._can_write.wait()
        if self.transport is None or self.transport.is_closing():
            raise NextHopError("disconnected")


class NextHop:
    """One open connection to the next hop, after its greeting and our EHLO."""

    def __init__(self, reader: _ReplyReader, timeout: float) -> None:
        self._reader = reader
        self.timeout = timeout
        self.extensions: dict[str, str] = {}

    @classmethod
    async def connect(
        cls, host: str, port: int, local_hostname: str, connect_timeout: float, timeout: float
    ) -> NextHop:
        """Connect, read the 220 greeting and say EHLO.

        Raises:
            NextHopError: the connection failed, or the greeting or EHLO was refused
                (``protocol``), or it took longer than ``connect_timeout``.
            OSError: the connection was refused.
        """
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(connect_timeout):
                _, reader = await loop.create_connection(_ReplyReader, host, port)
                hop = cls(reader, timeout)
                greeting = await reader.next_reply()
                if greeting.code != 220:
                    hop.close()
                    raise NextHopError("protocol")
                await hop.ehlo(local_hostname)
        except TimeoutError:
            raise NextHopError("timeout") from None
        return hop

    async def ehlo(self, local_hostname: str) -> None:
        """EHLO; the extensions the next hop offers (upper-case keyword -> parameters)."""
        reply = await self.command(b"EHLO " + local_hostname.encode("ascii"))
        if reply.code != 250:
            self.close()
            raise NextHopError("protocol")
        self.extensions = {}
        for line in reply.text.split("\n")[1:]:
            keyword, _, params = line.strip().partition(" ")
            self.extensions[keyword.upper()] = params

    def offers(self, extension: str) -> bool:
        return extension.upper() in self.extensions

    @property
    def reusable(self) -> bool:
        """Open, and nothing arrived unasked (a next hop that times out an idle connection
        says 421 before it closes; that reply must not be paired with our next command)."""
        transport = self._reader.transport
        return transport is not None and not transport.is_closing() and not self._reader.replies

    async def command(self, line: bytes) -> Reply:
        """One command, one reply."""
        return (await self.pipeline([line]))[0]

    async def pipeline(self, lines: list[bytes]) -> list[Reply]:
        """Send ``lines`` in one write and read one reply per line, in order."""
        if any(b"\r" in line or b"\n" in line for line in lines):
            raise NextHopError("protocol")  # never let a value smuggle in a command
        self._write(b"".join(line + b"\r\n" for line in lines))
        return await self._replies(len(lines))

    async def reply(self) -> Reply:
        return (await self._replies(1))[0]

    async def _replies(self, count: int) -> list[Reply]:
        """The next ``count`` replies, within one ``timeout``."""
        try:
            async with asyncio.timeout(self.timeout):
                return [await self._reader.next_reply() for _ in range(count)]
        except TimeoutError:
            self.abort()
            raise NextHopError("timeout") from None

    async def send_body(self, raw: bytes) -> Reply:
        """The message after a 354 (see ``wire_slices``); the final reply. Waits whenever
        the socket buffer is full, so at most one slice is queued beyond it."""
        for chunk in wire_slices(raw):
            self._write(chunk)
            await self._drain()
        return await self.reply()

    async def _drain(self) -> None:
        if self._reader.writable:
            return
        try:
            async with asyncio.timeout(self.timeout):
                await self._reader.drain()
        except TimeoutError:
            self.abort()
            raise NextHopError("timeout") from None

    def _write(self, data: bytes) -> None:
        transport = self._reader.transport
        if transport is None or transport.is_closing():
            raise NextHopError("disconnected")
        transport.write(data)

    async def quit(self) -> None:
        """QUIT, best effort, then close."""
        with contextlib.suppress(NextHopError, OSError):
            await self.command(b"QUIT")
        self.close()

    def close(self) -> None:
        if self._reader.transport is not None:
            self._reader.transport.close()

    def abort(self) -> None:
        """Drop the connection at once: a transaction in DATA is discarded by the next hop."""
        if self._reader.transport is not None:
            self._reader.transport.abort()


def wire_slices(raw: bytes) -> Iterator[bytes]:
    """``raw`` as DATA content: CRLF line endings, dot-stuffed, ending in CRLF ``.`` CRLF;
    in slices of about ``BODY_SLICE`` cut at line ends, so no full-size copy is made."""
    start, size = 0, len(raw)
    if size == 0:
        yield b".\r\n"
    while start < size:
        end = _slice_end(raw, start)
        chunk = _transparent(raw[start:end], at_line_start=_line_start(raw, start))
        if end == size:
            chunk += b".\r\n" if chunk.endswith(b"\r\n") else b"\r\n.\r\n"
        yield chunk
        start = end


def _slice_end(raw: bytes, start: int) -> int:
    """Where the slice from ``start`` ends: the whole rest if it is small, else after the
    last line end within ``BODY_SLICE`` (inside an over-long line: never between CR and LF)."""
    if len(raw) - start <= BODY_SLICE:
        return len(raw)
    end = raw.rfind(b"\n", start, start + BODY_SLICE) + 1
    if end > start:
        return end
    end = start + BODY_SLICE
    return end - 1 if raw[end - 1 : end] == b"\r" else end


def _line_start(raw: bytes, offset: int) -> bool:
    return offset == 0 or raw[offset - 1 : offset] == b"\n"


def _transparent(chunk: bytes, at_line_start: bool) -> bytes:
    """CRLF line endings and RFC 5321 dot-stuffing for one slice (cut at a line end,
    except inside an over-long line, where ``at_line_start`` is False)."""
    if chunk.count(b"\n") != chunk.count(b"\r\n") or chunk.count(b"\r") != chunk.count(b"\r\n"):
        chunk = _BARE_NEWLINE.sub(b"\r\n", chunk)
    if b"\n." in chunk:
        chunk = chunk.replace(b"\n.", b"\n..")
    if at_line_start and chunk.startswith(b"."):
        chunk = b"." + chunk
    return chunk
