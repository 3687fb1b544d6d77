"""Readiness: is the next hop accepting connections and the hold store answering?

Probed in the background every few seconds so that ``/readyz`` answers from a cached
result and never blocks the event loop or hammers a struggling database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from scanner.proxy.store import LazyStore

log = logging.getLogger(__name__)


class Readiness:
    """Cached reachability of the next hop (TCP connect) and of the hold store (ping)."""

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

    @property
    def ok(self) -> bool:
        """Both dependencies answered at the last probe."""
        return self.next_hop_ok and self.store_ok

    async def probe(self) -> None:
        """Probe both dependencies once and cache the results."""
        self.next_hop_ok = await self._next_hop_reachable()
        self.store_ok = self.store.available and await asyncio.to_thread(self.store.reachable)

    async def run(self) -> None:
        """Probe every ``interval_seconds`` after the first (cancel to stop)."""
        while True:
            await asyncio.sleep(self.interval_seconds)
            await self.probe()

    async def _next_hop_reachable(self) -> bool:
        host, port = self.next_hop
        try:
            _, writer = await asyncio.wait_for(
                asyncio.open_connection(host, port), self.timeout_seconds
            )
        except (OSError, TimeoutError) as exc:
            log.warning("next hop unreachable", extra={"error": type(exc).__name__})
            return False
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
        return True
