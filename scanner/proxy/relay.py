"""Delivery to the next hop with aiosmtplib, keeping connections open for reuse.

One transaction is all-or-nothing: if the next hop refuses any recipient the transaction
is reset before DATA, so a 4xx to our client can never cause a duplicate downstream.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import aiosmtplib
from aiosmtplib import SMTPResponse

from scanner.proxy import forwarding

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
    client: aiosmtplib.SMTP
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
            conn = self._take_idle() or await self._acquire()
            if conn is None:
                return await self._transaction(await self._connect_in_slot(), message, False)
            try:
                return await self._transaction(conn, message, reused=True)
            except _Stale:
                continue  # it was discarded; nothing was sent on it
        raise RelayError("disconnected", TEMP_REPLY)

    async def close(self) -> None:
        """Close idle connections (QUIT, best effort)."""
        idle, self._idle = self._idle, []
        for conn in idle:
            try:
                await conn.client.quit(timeout=2)
            except (aiosmtplib.SMTPException, OSError):
                conn.client.close()
            self._free_slot()

    def _take_idle(self) -> _Conn | None:
        now = time.monotonic()
        while self._idle:
            conn = self._idle.pop()
            if conn.client.is_connected and now - conn.idle_since < self.idle_seconds:
                return conn
            self._discard(conn)
        return None

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
        usable = conn.reusable and conn.client.is_connected and conn.uses < self.reuse_limit
        if usable and self._hand_over(conn):
            return
        if usable and len(self._idle) < self.idle_connections:
            conn.idle_since = time.monotonic()
            self._idle.append(conn)
        else:
            self._discard(conn)

    def _discard(self, conn: _Conn) -> None:
        conn.client.close()
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
        client = aiosmtplib.SMTP(
            hostname=self.host,
            port=self.port,
            local_hostname=self.local_hostname,
            timeout=self.timeout,
            start_tls=False,
        )
        try:
            await client.connect(timeout=self.connect_timeout)
            await client.ehlo()
        except aiosmtplib.SMTPTimeoutError:
            client.close()
            raise RelayError("timeout", TEMP_REPLY) from None
        except aiosmtplib.SMTPResponseException:
            client.close()
            raise RelayError("protocol", TEMP_REPLY) from None
        except (aiosmtplib.SMTPException, OSError):
            client.close()
            raise RelayError("connect", TEMP_REPLY) from None
        return _Conn(client)

    async def _transaction(self, conn: _Conn, message: Outgoing, reused: bool) -> str:
        """MAIL, RCPT, DATA. A reused connection that fails before DATA is ``_Stale``:
        nothing can have been delivered, so the caller retries on a fresh one."""
        client = conn.client
        in_data = False
        try:
            await self._forward(conn, message)
            response = await client.execute_command(*self._mail_args(client, message))
            if reused and response.code == 421:
                self._discard(conn)
                raise _Stale()
            _check(response, (250,))
            replies = [
                await client.execute_command(b"RCPT", b"TO:" + _addr(rcpt))
                for rcpt in message.rcpt_tos
            ]
            bad = [r for r in replies if r.code not in (250, 251)]
            if bad:
                await client.rset()
                raise _refused_reply(bad, len(message.rcpt_tos))
            in_data = True
            final = await client.data(message.raw)
        except RelayError:
            self._give_back(conn)
            raise
        except aiosmtplib.SMTPResponseException as exc:
            self._discard(conn)
            raise RelayError(*_classify(exc.code)) from None
        except aiosmtplib.SMTPTimeoutError:
            self._discard(conn)
            raise RelayError("timeout", TEMP_REPLY) from None
        except (aiosmtplib.SMTPServerDisconnected, ConnectionError) as exc:
            self._discard(conn)
            if reused and not in_data:
                raise _Stale() from exc
            raise RelayError("disconnected", TEMP_REPLY) from None
        except (aiosmtplib.SMTPException, OSError):
            self._discard(conn)
            raise RelayError("protocol", TEMP_REPLY) from None
        self._give_back(conn)
        return final.message

    async def _forward(self, conn: _Conn, message: Outgoing) -> None:
        """Pass on the original client: XCLIENT when we got it and the hop offers it
        (the connection is then not reused), else XFORWARD when offered."""
        client = conn.client
        if message.xclient and client.supports_extension("xclient"):
            attrs = dict(message.xclient)
            for args in forwarding.commands("XCLIENT", attrs, client.esmtp_extensions["xclient"]):
                response = await client.execute_command(b"XCLIENT", args)
                _check(response, (220,))
                await client.ehlo()
            conn.reusable = False
            return
        attrs = {**message.xclient, **message.xforward}
        if attrs and client.supports_extension("xforward"):
            for args in forwarding.commands("XFORWARD", attrs, client.esmtp_extensions["xforward"]):
                _check(await client.execute_command(b"XFORWARD", args), (250,))

    def _mail_args(self, client: aiosmtplib.SMTP, message: Outgoing) -> list[bytes]:
        args = [b"MAIL", b"FROM:" + _addr(message.mail_from)]
        if client.supports_extension("size"):
            args.append(f"SIZE={len(message.raw)}".encode("ascii"))
        if message.body_8bit and client.supports_extension("8bitmime"):
            args.append(b"BODY=8BITMIME")
        if message.smtputf8:
            if not client.supports_extension("smtputf8"):
                raise RelayError(
                    "refused_5xx", "550 5.6.7 Next hop does not support SMTPUTF8 addresses"
                )
            args.append(b"SMTPUTF8")
        return args


def _addr(address: str) -> bytes:
    """An address in angle brackets, bytes exactly as received (UTF-8, surrogates kept);
    the null sender of bounces (aiosmtpd gives ``<>``) stays ``<>``."""
    if address in ("", "<>"):
        return b"<>"
    return b"<" + address.encode("utf-8", "surrogateescape") + b">"


def _check(response: SMTPResponse, ok: tuple[int, ...]) -> None:
    if response.code not in ok:
        raise RelayError(*_classify(response.code))


def _classify(code: int) -> tuple[str, str]:
    """Metric reason and the reply for our client: the next hop's class, fixed text."""
    if 500 <= code < 600:
        return "refused_5xx", f"{code} 5.0.0 Next hop refused the message"
    return "refused_4xx", TEMP_REPLY


def _refused_reply(bad: list[SMTPResponse], total: int) -> RelayError:
    """Every recipient refused permanently -> 550; anything else -> 451 (retry all)."""
    if len(bad) == total and all(500 <= r.code < 600 for r in bad):
        return RelayError("refused_5xx", "550 5.1.1 Next hop refused all recipients")
    return RelayError("refused_4xx", TEMP_REPLY)
