"""Delivery to the next hop, keeping connections open for reuse.

MAIL, RCPT and DATA go in one write when the next hop offers PIPELINING (RFC 2920), and the
body is streamed (``nexthop``). One transaction is all-or-nothing: if the next hop refuses
any recipient, no body is sent (RSET, or a dropped connection if it already said 354), so
a 4xx to our client can never cause a duplicate downstream.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from scanner.model import is_null_sender
from scanner.proxy import forwarding
from scanner.proxy.nexthop import NextHop, NextHopError, Reply

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One message for the next hop: envelope as received, raw bytes (CRLF lines)."""

    mail_from: str
    rcpt_tos: Sequence[str]
    raw: bytes
    body_8bit: bool = False
    smtputf8: bool = False
    xforward: Mapping[str, str] = field(default_factory=dict)
    xclient: Mapping[str, str] = field(default_factory=dict)


class RelayError(Exception):
    """Delivery failed; ``reply`` is what our client gets, ``reason`` the metric label."""

    def __init__(self, reason: str, reply: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.reply = reply


TEMP_REPLY = "451 4.3.0 Next hop unavailable, try again later"


@dataclass
class _Conn:
    hop: NextHop
    uses: int = 0
    idle_since: float = 0.0
    reusable: bool = True


class _Stale(Exception):
    """A reused connection died before the transaction started: safe to retry."""


class Relay:
    """Sends messages to one next hop over a small pool of open connections."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        local_hostname: str,
        connect_timeout: float,
        timeout: float,
        idle_connections: int,
        idle_seconds: float,
        reuse_limit: int,
        max_connections: int = 50,
    ) -> None:
        self.host = host
        self.port = port
        self.local_hostname = local_hostname
        self.connect_timeout = connect_timeout
        self.timeout = timeout
        self.idle_connections = idle_connections
        self.idle_seconds = idle_seconds
        self.reuse_limit = reuse_limit
        self._idle: list[_Conn] = []
        # Open connections (busy and idle) never exceed max_connections: each holds a
        # process of the next hop's smtpd. When all are busy, senders queue and a finished
        # connection is handed to the first of them instead of going idle.
        self.max_connections = max_connections
        self._open = 0
        self._waiters: collections.deque[asyncio.Future[_Conn | None]] = collections.deque()

    async def send(self, message: Outgoing) -> str:
        """Deliver ``message``; returns the next hop's final reply text.

        Raises:
            RelayError: with the reply for our client (4xx, or 5xx when the next hop
                refused the message permanently).
        """
        for _ in range(3):
            conn = self._take_idle() or await self._acquire_in_time()
            if conn is None:
                return await self._transaction(await self._connect_in_slot(), message, False)
            try:
                return await self._transaction(conn, message, reused=True)
            except _Stale:
                continue  # it was discarded; nothing was sent on it
        raise RelayError("disconnected", TEMP_REPLY)

    async def close(self) -> None:
        """Close idle connections (QUIT, best effort; all at once, so a stalled next hop
        costs one reply timeout, not one per connection)."""
        idle, self._idle = self._idle, []
        await asyncio.gather(*(conn.hop.quit() for conn in idle))
        for _ in idle:
            self._free_slot()

    def _take_idle(self) -> _Conn | None:
        now = time.monotonic()
        while self._idle:
            conn = self._idle.pop()
            if conn.hop.reusable and now - conn.idle_since < self.idle_seconds:
                return conn
            self._discard(conn)
        return None

    async def _acquire_in_time(self) -> _Conn | None:
        """``_acquire``, waiting at most one reply timeout: all connections busy that long
        is a 4xx (``busy``) the client retries, not a session left to time out."""
        try:
            return await asyncio.wait_for(self._acquire(), self.timeout)
        except TimeoutError:
            raise RelayError("busy", TEMP_REPLY) from None

    async def _acquire(self) -> _Conn | None:
        """A connection handed over by a finished sender, or None: a free slot to open one."""
        if self._open < self.max_connections:
            self._open += 1
            return None
        waiter: asyncio.Future[_Conn | None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                handed = waiter.result()  # pass on what we were given
                if handed is None:
                    self._free_slot()
                else:
                    self._give_back(handed, used=False)
            raise

    def _hand_over(self, conn: _Conn | None) -> bool:
        """Give ``conn`` (or, if None, its slot) to the first waiting sender."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(conn)
                return True
        return False

    def _give_back(self, conn: _Conn, used: bool = True) -> None:
        conn.uses += used
        usable = conn.reusable and conn.hop.reusable and conn.uses < self.reuse_limit
        if usable and self._hand_over(conn):
            return
        if usable and len(self._idle) < self.idle_connections:
            conn.idle_since = time.monotonic()
            self._idle.append(conn)
        else:
            self._discard(conn)

    def _discard(self, conn: _Conn) -> None:
        conn.hop.close()
        self._free_slot()

    def _free_slot(self) -> None:
        if not self._hand_over(None):
            self._open -= 1

    async def _connect_in_slot(self) -> _Conn:
        try:
            return await self._connect()
        except BaseException:
            self._free_slot()
            raise

    async def _connect(self) -> _Conn:
        try:
            hop = await NextHop.connect(
                self.host, self.port, self.local_hostname, self.connect_timeout, self.timeout
            )
        except NextHopError as exc:
            reason = exc.kind if exc.kind in ("timeout", "protocol") else "connect"
            raise RelayError(reason, TEMP_REPLY) from None
        except OSError:
            raise RelayError("connect", TEMP_REPLY) from None
        return _Conn(hop)

    async def _transaction(self, conn: _Conn, message: Outgoing, reused: bool) -> str:
        """MAIL, RCPT, DATA (one pipelined write when offered), then the body. A reused
        connection that fails before the body is ``_Stale``: nothing can have been
        delivered, so the caller retries on a fresh one."""
        hop = conn.hop
        body_started = False
        try:
            commands = await self._forward(conn, message)
            mail_at = len(commands)
            commands.append(self._mail_command(hop, message))
            commands += [b"RCPT TO:" + _addr(rcpt) for rcpt in message.rcpt_tos]
            commands.append(b"DATA")
            replies = await _exchange(hop, commands, mail_at)
            if reused and any(reply.code == 421 for reply in replies):  # closing: stale
                self._discard(conn)
                raise _Stale()
            refusal = _refusal(replies, mail_at, len(message.rcpt_tos))
            if refusal is not None:
                await _abandon(hop, replies, len(commands))
                raise refusal
            body_started = True
            final = await hop.send_body(message.raw)
            if final.code != 250:
                raise RelayError(*_classify(final.code))
        except RelayError:
            self._give_back(conn)
            raise
        except NextHopError as exc:
            self._discard(conn)
            if exc.kind == "disconnected" and reused and not body_started:
                raise _Stale() from exc
            raise RelayError(exc.kind, TEMP_REPLY) from None
        except OSError:
            self._discard(conn)
            raise RelayError("disconnected", TEMP_REPLY) from None
        except asyncio.CancelledError:
            # Our client went away (or its session timed out) mid-transaction. Abort, not
            # close: close would flush a buffered final dot and deliver what nobody will
            # be told about; and the slot must be freed, or the pool shrinks for good.
            conn.hop.abort()
            self._free_slot()
            raise
        self._give_back(conn)
        return final.text

    async def _forward(self, conn: _Conn, message: Outgoing) -> list[bytes]:
        """Pass on the original client: XCLIENT when we got it and the hop offers it
        (sent at once; the connection is then not reused), else the XFORWARD commands to
        send ahead of MAIL when offered."""
        hop = conn.hop
        if message.xclient and hop.offers("XCLIENT"):
            for args in forwarding.commands("XCLIENT", message.xclient, hop.extensions["XCLIENT"]):
                reply = await hop.command(b"XCLIENT " + args)
                if reply.code != 220:
                    raise RelayError(*_classify(reply.code))
                await hop.ehlo(self.local_hostname)
            conn.reusable = False
            return []
        attrs = {**message.xclient, **message.xforward}
        if not attrs or not hop.offers("XFORWARD"):
            return []
        advertised = hop.extensions["XFORWARD"]
        return [b"XFORWARD " + args for args in forwarding.commands("XFORWARD", attrs, advertised)]

    def _mail_command(self, hop: NextHop, message: Outgoing) -> bytes:
        command = b"MAIL FROM:" + _addr(message.mail_from)
        if hop.offers("SIZE"):
            command += f" SIZE={len(message.raw)}".encode("ascii")
        if message.body_8bit and hop.offers("8BITMIME"):
            command += b" BODY=8BITMIME"
        if message.smtputf8:
            if not hop.offers("SMTPUTF8"):
                raise RelayError(
                    "refused_5xx", "550 5.6.7 Next hop does not support SMTPUTF8 addresses"
                )
            command += b" SMTPUTF8"
        return command


async def _exchange(hop: NextHop, commands: list[bytes], mail_at: int) -> list[Reply]:
    """One reply per command: all in one write if the hop offers PIPELINING, else one by
    one, stopping at the first refused XFORWARD or MAIL, or before DATA when a recipient
    was refused (the returned list is then shorter)."""
    if hop.offers("PIPELINING"):
        return await hop.pipeline(commands)
    replies: list[Reply] = []
    for index, command in enumerate(commands):
        if command == b"DATA" and _refusal(replies, mail_at, len(commands) - mail_at - 2):
            break
        replies.append(await hop.command(command))
        if index <= mail_at and replies[-1].code != 250:
            break
    return replies


def _refusal(replies: list[Reply], mail_at: int, rcpts: int) -> RelayError | None:
    """Why the transaction cannot go on (first refused XFORWARD, MAIL, recipients, DATA)."""
    for reply in replies[: mail_at + 1]:
        if reply.code != 250:
            return RelayError(*_classify(reply.code))
    bad = [r for r in replies[mail_at + 1 : mail_at + 1 + rcpts] if r.code not in (250, 251)]
    if bad:
        return _refused_reply(bad, rcpts)
    if len(replies) > mail_at + 1 + rcpts and replies[-1].code != 354:
        return RelayError(*_classify(replies[-1].code))
    return None


async def _abandon(hop: NextHop, replies: list[Reply], sent: int) -> None:
    """End a transaction that will not be delivered. After a 354 the only way out without
    delivering anything is to drop the connection; otherwise RSET keeps it reusable."""
    if len(replies) == sent and replies[-1].code == 354:
        hop.abort()
    elif hop.reusable:
        try:
            await hop.command(b"RSET")
        except NextHopError:
            hop.abort()


def _addr(address: str) -> bytes:
    """An address in angle brackets, bytes exactly as received (UTF-8, surrogates kept);
    the null sender of bounces (aiosmtpd gives ``<>``) stays ``<>``."""
    if is_null_sender(address):
        return b"<>"
    return b"<" + address.encode("utf-8", "surrogateescape") + b">"


def _classify(code: int) -> tuple[str, str]:
    """Metric reason and the reply for our client: the next hop's class, fixed text."""
    if 500 <= code < 600:
        return "refused_5xx", f"{code} 5.0.0 Next hop refused the message"
    return "refused_4xx", TEMP_REPLY


def _refused_reply(bad: list[Reply], total: int) -> RelayError:
    """Every recipient refused permanently -> 550; anything else -> 451 (retry all)."""
    if len(bad) == total and all(500 <= r.code < 600 for r in bad):
        return RelayError("refused_5xx", "550 5.1.1 Next hop refused all recipients")
    return RelayError("refused_4xx", TEMP_REPLY)
