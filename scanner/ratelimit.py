"""Per-customer message rate limit: a sliding window per customer id, bounded memory.

A sudden burst from one customer is the usual first sign of a compromised account. The proxy
asks ``RateLimiter.allow(customer, now)`` once per message; ``False`` means the customer is
over its limit and the message must be **held** for review (never dropped or rejected). A
message the next hop then defers or refuses is taken back (``refund``): it was not sent.

The window is the sliding-window counter approximation: two fixed windows per customer,
the previous one weighted by how much of it still overlaps the sliding window (exact for a
steady sender; it assumes the previous window's messages were spread evenly). It needs two
counters per customer whatever the limit. Customers live in an LRU of ``max_customers``
entries; the least recently seen one is forgotten first (a forgotten customer starts again
from zero). Customer ids are never exported: the metric counts excess messages only.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from dataclasses import dataclass

from prometheus_client import Counter

from scanner.config import RateLimit

__all__ = ["RateLimiter"]


@dataclass(slots=True)
class _Window:
    start: float  # start of the current fixed window
    current: int  # messages counted in it
    previous: int  # messages counted in the window before it


class RateLimiter:
    """At most ``messages`` per ``window_seconds`` per customer; thread-safe.

    Args:
        messages: messages allowed per window; 0 disables the limit (``allow`` is always True).
        window_seconds: length of the sliding window.
        max_customers: customers remembered at once (LRU).
        exceeded: counter incremented once per message over the limit, e.g.
            ``ProxyMetrics.ratelimit_exceeded`` (``mailguard_ratelimit_exceeded_total``).
    """

    def __init__(
        self,
        messages: int,
        window_seconds: float,
        max_customers: int,
        exceeded: Counter | None = None,
    ) -> None:
        if messages < 0:
            raise ValueError("messages must be >= 0")
        if not (window_seconds > 0 and math.isfinite(window_seconds)):
            raise ValueError("window_seconds must be a positive number")
        if max_customers <= 0:
            raise ValueError("max_customers must be > 0")
        self.messages = messages
        self.window = float(window_seconds)
        self.max_customers = max_customers
        self._exceeded = exceeded
        self._windows: OrderedDict[str, _Window] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: RateLimit, exceeded: Counter | None = None) -> RateLimiter:
        """A limiter configured by the ``[ratelimit]`` section."""
        return cls(settings.messages, settings.window_seconds, settings.max_customers, exceeded)

    def allow(self, customer: str, now: float) -> bool:
        """Count one message of ``customer`` at time ``now`` (seconds, monotonic or epoch).

        Every message counts, including those over the limit, so a customer stays limited
        while it keeps sending too fast. An empty customer id (unknown customer) is never
        limited. Returns False when the message is over the limit: hold it.
        """
        if self.messages == 0 or not customer:
            return True
        with self._lock:
            window = self._touch(customer, now)
            window.current += 1
            allowed = self._estimate(window, now) <= self.messages
        if not allowed and self._exceeded is not None:
            self._exceeded.inc()
        return allowed

    def refund(self, customer: str, now: float) -> None:
        """Take back one message ``allow`` counted that was then not accepted (the next
        hop deferred or refused it): its sender retries, and each retry counts again, so
        an outage of the next hop would otherwise push a customer over its rate."""
        with self._lock:
            if customer not in self._windows:
                return
            window = self._touch(customer, now)
            if window.current:
                window.current -= 1
            elif window.previous:
                window.previous -= 1

    def __len__(self) -> int:
        """Customers currently remembered."""
        return len(self._windows)

    def _touch(self, customer: str, now: float) -> _Window:
        """The customer's window rolled forward to ``now``, marked most recently used."""
        window = self._windows.get(customer)
        if window is None:
            window = _Window(start=now - now % self.window, current=0, previous=0)
            self._windows[customer] = window
            if len(self._windows) > self.max_customers:
                self._windows.popitem(last=False)
            return window
        self._windows.move_to_end(customer)
        elapsed = now - window.start
        if elapsed >= 2 * self.window:
            window.start, window.current, window.previous = now - now % self.window, 0, 0
        elif elapsed >= self.window:
            window.previous, window.current = window.current, 0
            window.start += self.window
        return window

    def _estimate(self, window: _Window, now: float) -> float:
        """Messages in the sliding window ending at ``now``."""
        overlap = 1.0 - min(max((now - window.start) / self.window, 0.0), 1.0)
        return window.previous * overlap + window.current
