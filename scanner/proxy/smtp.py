"""aiosmtpd's SMTP server, hardened for the proxy.

Adds what a content filter needs: ENHANCEDSTATUSCODES on every reply, PIPELINING,
XFORWARD/XCLIENT from trusted networks, a session limit, a DATA timeout, draining for
graceful shutdown (new sessions and commands get 421 while in-flight DATA finishes), and
a DATA body read in blocks (``dataread``) rather than aiosmtpd's line by line.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import ipaddress
import logging
import re
import ssl
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from aiosmtpd.smtp import MISSING, SMTP, Envelope, Session

from scanner.metrics import ProxyMetrics
from scanner.proxy import dataread, forwarding

log = logging.getLogger(__name__)

SHUTDOWN_REPLY = "421 4.3.2 Service shutting down, try again later"
BUSY_REPLY = "421 4.3.2 Too many connections, try again later"
TIMEOUT_REPLY = "421 4.4.2 Error: timeout exceeded"
QUIT_GRACE_SECONDS = 1.0  # draining: time for a client that just got its reply to QUIT
MAX_HELD_REPLIES = 64  # replies held for one write at most (a long pipelined group)
STREAM_LIMIT = 64 * 1024  # bytes the session's stream buffers before it stops reading
# Replies sent at once: a greeting or "ready to start TLS", and those before a close.
_WRITE_THROUGH = ("220", "221", "421")
# aiosmtpd quotes an unrecognised command line back, and that line can be an address or a
# line of the body (a client that sends its body after DATA was refused): never echo it.
_UNRECOGNISED_ECHO = '500 Error: command "'
_SIZE_PARAM = re.compile(r"(?:^|\s)SIZE=(\S*)", re.IGNORECASE)
_ASCII_DIGITS = re.compile(r"[0-9]+")
UNRECOGNISED_REPLY = "500 5.5.2 Error: command not recognized"
_REFUSALS = {dataread.TOO_LONG_REPLY: "line_too_long", dataread.TOO_MUCH_REPLY: "too_large"}
# Enhanced status codes (RFC 3463) for aiosmtpd's built-in replies that lack one.
_ENHANCED = {
    "250": "2.0.0",
    "221": "2.0.0",
    "252": "2.0.0",
    "421": "4.3.2",
    "451": "4.3.0",
    "452": "4.5.3",
    "500": "5.5.2",
    "501": "5.5.4",
    "502": "5.5.1",
    "503": "5.5.1",
    "504": "5.5.4",
    "530": "5.7.0",
    "550": "5.7.1",
    "552": "5.3.4",
    "553": "5.1.3",
    "554": "5.7.0",
    "555": "5.5.4",
}
_HAS_ENHANCED = re.compile(r"^\d{3}[ -][245]\.\d{1,3}\.\d{1,3}( |$)")
# ``<dot-atom@domain>`` with nothing unusual: the common case, which aiosmtpd's RFC 5322
# parser (email._header_value_parser) reads at about 50 us per address. Anything else
# (quoted local parts, address literals, source routes, comments, ...) still goes there.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_PATH = re.compile(
    rf"<({_ATEXT}(?:\.{_ATEXT})*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)>[ \t]*(?![ \t(])",
    re.ASCII,
)


class GuardEnvelope(Envelope):
    """aiosmtpd's envelope plus the XFORWARD attributes of this transaction."""

    def __init__(self) -> None:
        super().__init__()
        self.xforward: dict[str, str] = {}


class GuardSession(Session):
    """aiosmtpd's session plus the XCLIENT attributes (they last for the session)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__(loop)
        self.xclient: dict[str, str] = {}


class Gate:
    """Shared by all sessions of one listener: counts them, refuses extra ones, drains."""

    def __init__(
        self,
        max_sessions: int,
        metrics: ProxyMetrics | None = None,
        max_inflight_bytes: int = 0,
    ) -> None:
        self.max_sessions = max_sessions
        self.max_inflight_bytes = max_inflight_bytes
        self.inflight_bytes = 0
        self.metrics = metrics
        self.sessions: set[GuardSMTP] = set()
        self.draining = False
        self._busy = 0  # sessions running a command (O(1) per command, not a scan of all)
        self._idle = asyncio.Event()
        self._idle.set()
        self._empty = asyncio.Event()
        self._empty.set()

    def enter(self, server: GuardSMTP) -> str | None:
        """Register a new session; returns a 421 reply if it must be refused."""
        if self.draining:
            return SHUTDOWN_REPLY
        if len(self.sessions) >= self.max_sessions:
            return BUSY_REPLY
        self.sessions.add(server)
        self._count_sessions()
        return None

    def leave(self, server: GuardSMTP) -> None:
        if server in self.sessions:
            self.sessions.discard(server)
            self._count_sessions()
            if server.busy:  # dropped in the middle of a command
                self.busy_changed(False)

    def busy_changed(self, busy: bool) -> None:
        """A registered session started (True) or finished (False) a command."""
        self._busy += 1 if busy else -1
        if self._busy:
            self._idle.clear()
        else:
            self._idle.set()

    def reserve(self, size: int) -> bool:
        """Reserve ``size`` bytes of the in-flight budget; False when it is used up (one
        transaction always fits, so a budget below the message limit cannot block all)."""
        limit = self.max_inflight_bytes
        if limit and self.inflight_bytes and self.inflight_bytes + size > limit:
            return False
        self.inflight_bytes += size
        return True

    def release(self, size: int) -> None:
        self.inflight_bytes -= size

    def _count_sessions(self) -> None:
        if self.sessions:
            self._empty.clear()
        else:
            self._empty.set()
        if self.metrics is not None:
            self.metrics.sessions.set(len(self.sessions))

    async def drain(self, deadline: float) -> bool:
        """Refuse new sessions and commands, close idle sessions with 421, wait up to
        ``deadline`` seconds for commands in progress (DATA being relayed); then close
        everything. Returns True if everything finished in time."""
        self.draining = True
        for server in list(self.sessions):
            if not server.busy:
                server.close_with(SHUTDOWN_REPLY)
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            await asyncio.wait_for(self._idle.wait(), deadline)
            finished = True
            # A client whose message just finished gets a moment to QUIT by itself.
            grace = min(QUIT_GRACE_SECONDS, max(deadline - (loop.time() - started), 0))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._empty.wait(), grace)
        except TimeoutError:
            finished = False
        for server in list(self.sessions):
            server.close_with(SHUTDOWN_REPLY)
        return finished


class GuardSMTP(SMTP):
    """One client session."""

    def __init__(
        self,
        handler: Any,
        *,
        gate: Gate,
        hostname: str,
        max_message_bytes: int,
        max_line_bytes: int,
        command_timeout: float,
        data_timeout: float,
        forward_networks: Iterable[str] = (),
        tls_context: ssl.SSLContext | None = None,
        metrics: ProxyMetrics | None = None,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        # Read by SMTP.__init__ as the stream's limit: command lines are held to
        # command_size_limits and DATA lines to max_line_bytes (``_data``) by their own
        # checks, so the stream may buffer whole blocks (a limit of one line paused and
        # resumed reading, two system calls, for every few KiB of DATA).
        self.line_length_limit = max(STREAM_LIMIT, max_line_bytes)
        self.max_message_bytes = max_message_bytes
        self.gate = gate
        self._reserved = 0  # bytes of the in-flight budget this transaction holds
        super().__init__(
            handler,
            data_size_limit=max_message_bytes,
            enable_SMTPUTF8=True,
            decode_data=False,
            hostname=hostname,
            ident="mailguard ESMTP",
            tls_context=tls_context,
            timeout=command_timeout,
            loop=loop,
        )
        # aiosmtpd keeps these on the class; per-session copies avoid cross-talk.
        self.line_length_limit = max_line_bytes  # the DATA line check (``_data``)
        self._replies: list[bytes] = []
        self._deadline = 0.0  # see _reset_timeout
        self.command_size_limits = collections.defaultdict(lambda: 512)
        self.command_size_limits["MAIL"] = 1024
        self.metrics = metrics
        self.data_timeout = data_timeout
        self.busy = False
        self._refusal: str | None = None
        self._in_ehlo = False
        self._networks = [ipaddress.ip_network(n, strict=False) for n in forward_networks]
        self._smtp_methods = {
            name: (method if name == "QUIT" else self._guarded(method))
            for name, method in self._smtp_methods.items()
        }

    # -- session life ---------------------------------------------------------------

    def _create_session(self) -> GuardSession:
        return GuardSession(self.loop)

    def _create_envelope(self) -> GuardEnvelope:
        self._release_reservation()  # every reset (after DATA, RSET, EHLO) ends a transaction
        return GuardEnvelope()

    def reserve(self, mail_options: Iterable[str]) -> bool:
        """Reserve this transaction's bytes (its SIZE=, else the maximum) in the gate's
        in-flight budget; DATA may then be at most twice the declared size (CRLF and
        dot-stuffing cannot double an honest one). False: answer 452."""
        declared = next((int(o[5:]) for o in mail_options if o.upper().startswith("SIZE=")), 0)
        size = declared or self.max_message_bytes
        if not self.gate.reserve(size):
            self._count_tempfail("memory")
            return False
        self._reserved = size
        if declared:
            self.data_size_limit = min(self.max_message_bytes, 2 * declared + 65536)
        return True

    def _release_reservation(self) -> None:
        if self._reserved:
            self.gate.release(self._reserved)
            self._reserved = 0
        self.data_size_limit = self.max_message_bytes

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        first = self.transport is None
        super().connection_made(transport)
        if first:
            self._refusal = self.gate.enter(self)

    def connection_lost(self, error: Exception | None) -> None:
        self._replies.clear()
        self.gate.leave(self)
        self._release_reservation()
        super().connection_lost(error)

    async def _handle_client(self) -> None:
        if self._refusal is not None:
            self._count_tempfail("shutdown" if self._refusal == SHUTDOWN_REPLY else "max_sessions")
            await self.push(self._refusal)
            return
        await super()._handle_client()

    def _guarded(self, method: Callable[[str], Awaitable[None]]) -> Callable[[str], Any]:
        async def run(arg: str) -> None:
            if self.gate.draining:  # 421 closes the channel (RFC 5321 3.8): counted once
                self.close_with(SHUTDOWN_REPLY)
                return
            registered = self in self.gate.sessions
            self.busy = True
            if registered:
                self.gate.busy_changed(True)
            try:
                await method(arg)
            finally:
                self.busy = False
                if registered and self in self.gate.sessions:
                    self.gate.busy_changed(False)

        return run

    def close_with(self, reply: str) -> None:
        """Send ``reply`` (a 421) and close, without waiting; for idle sessions."""
        if self.transport is not None and not self.transport.is_closing():
            self._flush_replies()
            self._writer.write(reply.encode("ascii") + b"\r\n")
            if reply == SHUTDOWN_REPLY:
                self._count_tempfail("shutdown")
            if self.metrics is not None:
                self.metrics.reply(reply)
            self.transport.close()

    def _count_tempfail(self, cause: str) -> None:
        """A session or transaction refused for now (421 or 452): the client retries."""
        if self.metrics is not None:
            self.metrics.tempfails.labels(cause=cause).inc()

    def _reset_timeout(self, duration: float | None = None) -> None:
        """aiosmtpd's session timer, moved without a new timer per command: the armed
        timer fires at its old time, sees the later deadline and re-arms for it."""
        now = self.loop.time()
        self._deadline = now + (duration or self._timeout_duration)
        handle = self._timeout_handle
        if handle is None or handle.cancelled() or handle.when() > self._deadline:
            if handle is not None:
                handle.cancel()
            self._arm_timer()

    def _arm_timer(self) -> None:
        self._timeout_handle = self.loop.call_at(self._deadline, self._timer_fired)

    def _timer_fired(self) -> None:
        if self.loop.time() < self._deadline:
            self._arm_timer()
        else:
            # As Postfix does: say why before closing, so the client logs a timeout and
            # retries its message rather than seeing a bare lost connection.
            self.close_with(TIMEOUT_REPLY)

    def extend_timeout(self, seconds: float) -> None:
        """Give the current command (scan and relay after DATA) ``seconds`` more."""
        self._reset_timeout(seconds)

    # -- replies --------------------------------------------------------------------

    async def push(self, status: str | bytes) -> None:
        """Queue a reply; replies queued in one turn of the loop go out in one write
        (RFC 2920 lets a server hold replies to pipelined commands until it would wait
        for input; a pipelined MAIL, RCPT, DATA then costs one send, not three). The
        replies before a close or a TLS handshake are written at once."""
        text = status if isinstance(status, str) else status.decode("utf-8", "replace")
        if text.startswith(_UNRECOGNISED_ECHO):
            text = UNRECOGNISED_REPLY
        if not self._in_ehlo and self.session is not None and self.session.extended_smtp:
            text = _with_enhanced(text)
        if self.metrics is not None and len(text) > 3 and text[3] != "-":
            self.metrics.reply(text)
        self._replies.append(text.encode("utf-8") + b"\r\n")
        if text.startswith(_WRITE_THROUGH) or len(self._replies) >= MAX_HELD_REPLIES:
            self._flush_replies()
        elif len(self._replies) == 1:
            self.loop.call_soon(self._flush_replies)
        await self._writer.drain()
        if text.startswith("421") and self.transport is not None:
            self.transport.close()

    def _flush_replies(self) -> None:
        if self._replies:
            data = b"".join(self._replies)
            self._replies.clear()
            self._writer.write(data)

    async def smtp_EHLO(self, hostname: str) -> None:
        self._in_ehlo = True
        try:
            await super().smtp_EHLO(hostname)
        finally:
            self._in_ehlo = False

    async def smtp_MAIL(self, arg: str | None) -> None:
        """aiosmtpd's, after checking that a SIZE= value is ASCII digits (RFC 1870): it
        takes any Unicode digit, and ``int()`` then fails (a 451 the client would retry)
        or reads e.g. Arabic-Indic digits as a number."""
        size = _SIZE_PARAM.search((arg or "").rpartition(">")[2])
        if size is not None and not _ASCII_DIGITS.fullmatch(size.group(1)):
            await self.push("501 5.5.4 Error: SIZE takes a number of bytes")
            return
        await super().smtp_MAIL(arg)

    def ehlo_lines(self, responses: list[str]) -> list[str]:
        """Our extensions, inserted before aiosmtpd's final ``250 HELP``."""
        extra = ["250-PIPELINING", "250-ENHANCEDSTATUSCODES"]
        if self._forward_allowed():
            extra.append("250-XFORWARD " + " ".join(sorted(forwarding.XFORWARD_ATTRS)))
            extra.append("250-XCLIENT " + " ".join(sorted(forwarding.XCLIENT_ATTRS)))
        return responses[:-1] + extra + responses[-1:]

    # -- DATA -----------------------------------------------------------------------

    async def smtp_DATA(self, arg: str) -> None:
        self._reset_timeout(self.data_timeout)
        try:
            await self._data(arg)
        finally:
            if self.transport is not None:
                self._reset_timeout()

    async def _data(self, arg: str) -> None:
        """aiosmtpd's ``smtp_DATA`` (checks, replies, DATA hook) with the body read in
        blocks rather than line by line (``dataread``: same content, same refusals)."""
        if await self.check_helo_needed() or await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        parser = dataread.DataParser(self.line_length_limit, self.data_size_limit)
        try:
            await dataread.receive(self._reader, parser)
        except asyncio.CancelledError:  # the connection was closed or timed out
            log.info("connection lost during DATA")
            self._writer.close()
            raise
        if parser.refusal is not None:
            # The handler never sees this message, so its refusal is logged here (the
            # code and why, nothing of the message).
            log.info(
                "message refused",
                extra={"reply": parser.refusal[:3], "refused": _REFUSALS.get(parser.refusal)},
            )
            await self.push(parser.refusal)
            self._set_post_data_state()  # type: ignore[no-untyped-call]
            return
        self.envelope.content = self.envelope.original_content = parser.content()
        status = await self._call_handler_hook("DATA")
        self._set_post_data_state()  # type: ignore[no-untyped-call]
        await self.push("250 OK" if status is MISSING else status)

    # -- MAIL / RCPT ----------------------------------------------------------------

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """aiosmtpd's address parser, with a fast path giving the same result for plain
        ``<local@domain>`` paths (tested against it); a path that breaks the parser is a
        syntax error, not a 451 (the stdlib's RFC 5322 parser raises IndexError on ``<``,
        AttributeError on ``a@[`` and UnboundLocalError on ``9@[ ``)."""
        match = _PLAIN_PATH.match(arg)
        if match is None:
            try:
                return super()._getaddr(arg)
            except Exception:  # hostile input may find other parser bugs: same answer
                return None, None
        address = match.group(1)
        if self.local_part_limit and address.rindex("@") > self.local_part_limit:
            return None, None
        return address, arg[match.end() :]

    # -- XFORWARD / XCLIENT ---------------------------------------------------------

    def _forward_allowed(self) -> bool:
        peer = self.session.peer if self.session is not None else None
        if not isinstance(peer, tuple) or not peer:
            return False
        try:
            address = ipaddress.ip_address(peer[0])
        except ValueError:
            return False
        return any(address in network for network in self._networks)

    async def _forward_checks(self) -> bool:
        if not self._forward_allowed():
            await self.push("550 5.7.0 Error: insufficient authorization")
            return False
        if self.envelope is not None and self.envelope.mail_from is not None:
            await self.push("503 5.5.1 Error: MAIL transaction in progress")
            return False
        return True

    async def smtp_XFORWARD(self, arg: str | None) -> None:
        """Original client attributes for the next transaction (reset after it)."""
        if not await self._forward_checks():
            return
        try:
            attrs = forwarding.parse(arg, forwarding.XFORWARD_ATTRS)
        except forwarding.ForwardSyntaxError:
            await self.push("501 5.5.4 Syntax: XFORWARD attribute=value...")
            return
        envelope = self.envelope
        assert isinstance(envelope, GuardEnvelope)
        envelope.xforward.update(attrs)
        await self.push("250 2.0.0 Ok")

    async def smtp_XCLIENT(self, arg: str | None) -> None:
        """Impersonate the original client: a new session, greeting and EHLO follow."""
        if not await self._forward_checks():
            return
        try:
            attrs = forwarding.parse(arg, forwarding.XCLIENT_ATTRS)
        except forwarding.ForwardSyntaxError:
            await self.push("501 5.5.4 Syntax: XCLIENT attribute=value...")
            return
        session = self.session
        assert isinstance(session, GuardSession)
        session.xclient.update(attrs)
        session.host_name = None
        session.extended_smtp = False
        self._set_rset_state()  # type: ignore[no-untyped-call]
        await self.push(f"220 {self.hostname} {self.__ident__}")


def _with_enhanced(text: str) -> str:
    """Insert the enhanced status code into a 2xx/4xx/5xx reply that lacks one."""
    code = text[:3]
    if code[:1] not in "245" or code == "220" or _HAS_ENHANCED.match(text):
        return text
    enhanced = _ENHANCED.get(code)
    if enhanced is None or len(text) < 4:
        return text
    return f"{text[:4]}{enhanced} {text[4:]}"


def session_attrs(session: Session, envelope: Envelope) -> dict[str, str]:
    """XCLIENT attributes overlaid with this transaction's XFORWARD ones."""
    attrs: dict[str, str] = dict(getattr(session, "xclient", {}))
    attrs.update(getattr(envelope, "xforward", {}))
    return attrs
