"""The hold store as the proxy uses it: opened lazily, retried, never blocking the loop."""

from __future__ import annotations

import importlib.util
import logging
import threading
import time
from collections.abc import Callable

from scanner.config import Settings
from scanner.holding import HoldError, HoldStore
from scanner.model import Envelope, Verdict

log = logging.getLogger(__name__)

Opener = Callable[[], HoldStore]


def review_queue_opener(settings: Settings) -> Opener | None:
    """Opens ``review_queue.service.ReviewService``; None when it is not installed."""
    if importlib.util.find_spec("review_queue") is None:
        return None
    if importlib.util.find_spec("review_queue.service") is None:
        return None

    def open_store() -> HoldStore:
        from review_queue.service import ReviewService

        service: HoldStore = ReviewService.open(settings)
        return service

    return open_store


class LazyStore:
    """Opens the store on first use and again after a failure (at most every
    ``retry_seconds``), so the proxy starts and keeps working while the database is
    down: holds then fail with ``HoldError`` and the client gets 4xx. An outage is logged
    when it starts and when it ends, not at every retry or readiness probe."""

    def __init__(self, opener: Opener | None, retry_seconds: float = 5.0) -> None:
        self._opener = opener
        self._retry_seconds = retry_seconds
        self._store: HoldStore | None = None
        self._next_try = 0.0
        self._lock = threading.Lock()
        self._down = False  # the last open or ping failed (logged once until one works)

    @property
    def available(self) -> bool:
        """False when no store implementation is installed at all."""
        return self._opener is not None

    def hold(
        self, envelope: Envelope, raw: bytes, verdict: Verdict, customer: str | None = None
    ) -> str:
        """See ``HoldStore.hold``; any failure becomes ``HoldError``."""
        store = self._get()
        try:
            return store.hold(envelope, raw, verdict, customer)
        except HoldError:
            raise
        except Exception as exc:
            log.error("hold store failed", extra={"error": type(exc).__name__})
            raise HoldError("hold store failed") from None

    def reachable(self) -> bool:
        """True when the store opens and answers a ping (blocking: call off the loop)."""
        try:
            store = self._get()
            ping = getattr(store, "ping", None)
            if ping is not None:
                ping()
        except Exception as exc:
            self._went_down("hold store unreachable", exc)
            return False
        self._came_back()
        return True

    def allowlisted(self, envelope: Envelope, customer: str | None = None) -> bool:
        """True if a reviewer allowlisted this sender for this customer (the review queue's
        ``release_and_allowlist``; ``customer`` as in ``HoldStore.hold``); False when
        unknown or on any error, so mail is held."""
        try:
            check = getattr(self._get(), "allowlisted", None)
            return bool(check(envelope, customer)) if check is not None else False
        except Exception as exc:
            log.warning("allowlist lookup failed", extra={"error": type(exc).__name__})
            return False

    def _get(self) -> HoldStore:
        with self._lock:
            if self._store is not None:
                return self._store
            if self._opener is None:
                raise HoldError("no hold store installed")
            if time.monotonic() < self._next_try:
                raise HoldError("hold store unavailable")
            try:
                self._store = self._opener()
            except Exception as exc:
                self._next_try = time.monotonic() + self._retry_seconds
                self._went_down("cannot open hold store", exc)
                raise HoldError("hold store unavailable") from None
            self._came_back()
            return self._store

    def _went_down(self, message: str, exc: Exception) -> None:
        if not self._down:
            self._down = True
            log.error(message, extra={"error": type(exc).__name__})

    def _came_back(self) -> None:
        if self._down:
            self._down = False
            log.info("hold store reachable again")
