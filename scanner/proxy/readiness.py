"""Readiness: is the next hop accepting mail and the hold store answering?

Probed in the background every few seconds so that ``/readyz`` answers from a cached
result and never blocks the event loop or hammers a struggling database.

The next hop is not probed while mail flows: a message it accepted since the last probe is
the evidence. When idle, the probe is a minimal SMTP session (read the greeting, QUIT, read
the reply), which Postfix logs as a plain connect and disconnect rather than the "lost
connection after CONNECT" a bare TCP connect leaves every few seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from scanner.proxy.store import LazyStore

log = logging.getLogger(__name__)

MAX_REPLY_LINES = 100  # a greeting longer than this is not an SMTP server's


class Readiness:
    """Cached health of the next hop (recent relays, else an SMTP greeting) and of the
    hold store (ping). A change of the next hop's state is logged, once."""

    def __init__(
        self,
        next_hop: tuple[str, int],
        store: LazyStore,
        interval_seconds: float = 5.0,
        timeout_seconds: float = 2.0,
    ) -> None:
        self.next_hop = next_hop
        self.store = store
        self.interval_seconds = interval_seconds
        self.timeout_seconds = timeout_seconds
        self.next_hop_ok = False
        self.store_ok = False
        self._relayed_at: float | None = None  # monotonic time of the last accepted relay
        self._logged_state: bool | None = None

    @property
    def ok(self) -> bool:
        """Both dependencies answered at the last probe."""
        return self.next_hop_ok and self.store_ok

    def relayed(self) -> None:
        """The next hop just accepted a message: it is up, no probe needed for a while."""
        self._relayed_at = time.monotonic()
        self._set_next_hop(True, None)

    async def probe(self) -> None:
        """Probe both dependencies once and cache the results."""
        if self._recently_relayed():
            self._set_next_hop(True, None)
        else:
            self._set_next_hop(*await self._greets())
        self.store_ok = self.store.available and await asyncio.to_thread(self.store.reachable)

    async def run(self) -> None:
        """Probe every ``interval_seconds`` after the first (cancel to stop)."""
        while True:
            await asyncio.sleep(self.interval_seconds)
            await self.probe()

    def _recently_relayed(self) -> bool:
        at = self._relayed_at
        return at is not None and time.monotonic() - at < self.interval_seconds

    def _set_next_hop(self, ok: bool, error: str | None) -> None:
        self.next_hop_ok = ok
        if ok == self._logged_state:
            return
        self._logged_state = ok
        if ok:
            log.info("next hop accepting mail")
        else:
            log.warning("next hop unavailable", extra={"error": error})

    async def _greets(self) -> tuple[bool, str | None]:
        """(True, None) when the next hop greets with 220; else (False, why)."""
        try:
            return await asyncio.wait_for(self._session(), self.timeout_seconds)
        except (
            OSError,
            TimeoutError,
            asyncio.IncompleteReadError,
            asyncio.LimitOverrunError,
            ValueError,
        ) as exc:
            return False, type(exc).__name__

    async def _session(self) -> tuple[bool, str | None]:
        host, port = self.next_hop
        reader, writer = await asyncio.open_connection(host, port)
        try:
            greeting = await _reply_code(reader)
            # QUIT in any case: the next hop then logs a clean disconnect, also after a
            # 421 or 554 greeting.
            writer.write(b"QUIT\r\n")
            await writer.drain()
            with contextlib.suppress(
                OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError
            ):
                await _reply_code(reader)
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()
        if greeting != "220":
            return False, f"greeting {greeting}"
        return True, None


async def _reply_code(reader: asyncio.StreamReader) -> str:
    """The code of one (possibly multi-line) SMTP reply; ValueError if it is not one."""
    for _ in range(MAX_REPLY_LINES):
        line = await reader.readuntil(b"\n")
        code = line[:3]
        if len(line) < 4 or not code.isdigit():
            raise ValueError("not an SMTP reply")
        if line[3:4] != b"-":
            return code.decode("ascii")
    raise ValueError("reply too long")
