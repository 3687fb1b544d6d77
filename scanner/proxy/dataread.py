"""The DATA phase read block-wise, with the results of aiosmtpd 1.4.6's per-line loop.

aiosmtpd reads one CRLF-terminated line at a time, keeps a list of them and joins it; here
the body arrives in blocks (everything the stream holds, up to the end-of-data line) and
whole runs of lines are checked, unstuffed and appended at once. What the two share:

* lines end at CRLF only: a bare CR or LF is part of the line (and of the content);
* the end of data is the first line that is exactly ``.`` (the stream itself may start
  with it: an empty message); the CRLF before it belongs to the content;
* one leading dot is removed from every line (RFC 5321 4.5.2), nothing else changes;
* a line longer than ``line_limit`` with its CRLF, or more than ``size_limit`` bytes of
  lines as received (dots and CRLFs included), refuses the message with aiosmtpd's 500 or
  552, answered only once the end-of-data line arrives; whichever limit aiosmtpd's loop
  would have noticed first decides, and nothing more is kept once one is broken.

A StreamReader cannot take bytes back, so ``receive`` only asks for bytes that are
certainly part of the body: ``readuntil`` stops at the first CRLF.CRLF; when the buffer
holds none, its LimitOverrunError counts the bytes that can go while leaving fewer than
five (any terminator starts after them); and when what was read ends with the start of a
terminator (the body's start counts as following a CRLF), exactly the bytes that would
complete it are read next, so one cut in two reads is not missed either.
"""

from __future__ import annotations

import asyncio
import io

TERMINATOR = b"\r\n.\r\n"
CRLF = b"\r\n"
DOT_LINE = b".\r\n"
TOO_LONG_REPLY = "500 Line too long (see RFC5321 4.5.3.1.6)"
TOO_MUCH_REPLY = "552 Error: Too much mail data"
# The terminator's proper prefixes, longest first: what the stream may end with while
# the end-of-data line is still arriving.
_PREFIXES = tuple(TERMINATOR[:size] for size in range(len(TERMINATOR) - 1, 0, -1))


class DataParser:
    """Raw DATA bytes in, in order and cut anywhere ``missing`` allows; the message out."""

    def __init__(self, line_limit: int, size_limit: int | None) -> None:
        self.line_limit = line_limit
        self.size_limit = size_limit or 0  # 0: no limit, as in aiosmtpd
        self.refusal: str | None = None
        self._size = 0  # bytes of complete lines, as received
        self._line = b""  # the line in progress (since the last CRLF), while accepted
        self._out: io.BytesIO | None = io.BytesIO()
        self._tail = CRLF  # the stream's last bytes; it starts as if after a line

    def missing(self) -> int:
        """Bytes still needed to complete an end-of-data line the stream may have started
        (read exactly these, no more); 0 when any end is wholly ahead."""
        for prefix in _PREFIXES:
            if self._tail.endswith(prefix):
                return len(TERMINATOR) - len(prefix)
        return 0

    def feed(self, chunk: bytes) -> bool:
        """Take the next bytes; True once they complete the end-of-data line (the caller
        never passes bytes beyond it)."""
        recent = self._tail + chunk[-len(TERMINATOR) :]
        self._tail = recent[-len(_PREFIXES[0]) :]
        done = recent.endswith(TERMINATOR)
        if self._out is not None:
            self._take(self._line + chunk if self._line else chunk, done)
        return done

    def content(self) -> bytes:
        """The message as aiosmtpd hands it over (call once, after ``feed`` said done)."""
        assert self._out is not None and not self._line
        return self._out.getvalue()  # the buffer itself, not a copy

    def _take(self, data: bytes, done: bool) -> None:
        """Check, unstuff and keep the complete lines of ``data`` (it starts at a line
        start); hold the line in progress, or drop the end-of-data line."""
        if done:
            lines, self._line = data[: -len(DOT_LINE)], b""
        else:
            last = data.rfind(CRLF)
            end = last + len(CRLF) if last >= 0 else 0
            lines, self._line = data[:end], data[end:]
        if lines:
            self.refusal = self._first_broken_limit(lines)
        if self.refusal is None and len(self._line) > self.line_limit + 1:
            self.refusal = TOO_LONG_REPLY  # already longer than any line may be
        if self.refusal is not None:
            self._out, self._line = None, b""
        elif lines:
            assert self._out is not None
            self._out.write(_unstuff(lines))

    def _first_broken_limit(self, lines: bytes) -> str | None:
        """aiosmtpd's reply for the first limit these complete lines break, if any."""
        total = self._size + len(lines)
        if not 0 < self.size_limit < total and not self._has_long_line(lines):
            self._size = total
            return None
        # Line by line, in aiosmtpd's order: a line beyond the stream limit is refused
        # before it is counted; otherwise it is counted, then measured.
        for line in lines.split(CRLF)[:-1]:
            if len(line) > self.line_limit:
                return TOO_LONG_REPLY
            self._size += len(line) + len(CRLF)
            if self.size_limit and self._size > self.size_limit:
                return TOO_MUCH_REPLY
            if len(line) + len(CRLF) > self.line_limit:
                return TOO_LONG_REPLY
        raise AssertionError("a limit was broken")  # pragma: no cover

    def _has_long_line(self, lines: bytes) -> bool:
        """Whether one of these complete lines is longer than ``line_limit`` with its CRLF;
        a window of that many bytes is checked at once (every line inside it is short)."""
        start = 0
        while len(lines) - start > self.line_limit:
            end = lines.rfind(CRLF, start, start + self.line_limit)
            if end < 0:
                return True
            start = end + len(CRLF)
        return False


def _unstuff(lines: bytes) -> bytes:
    """Complete lines, starting at a line start, without one leading dot each."""
    if lines.startswith(b"."):
        lines = lines[1:]
    return lines.replace(b"\r\n.", CRLF)


async def receive(reader: asyncio.StreamReader, parser: DataParser) -> None:
    """Feed ``parser`` the DATA body from ``reader`` in blocks, up to and including the
    end-of-data line and not a byte further (pipelined commands stay in ``reader``)."""
    while True:
        missing = parser.missing()
        if missing:
            chunk = await reader.readexactly(missing)
        else:
            try:
                chunk = await reader.readuntil(TERMINATOR)
            except asyncio.LimitOverrunError as error:
                # No end in the stream's buffered bytes (or too far in): take those
                # bytes, all but a tail too short to hold the terminator.
                chunk = await reader.read(error.consumed)
        if parser.feed(chunk):
            return
