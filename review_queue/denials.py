"""Refused access, audited without letting refusals flood the audit log.

A user refused an operation (by role, as a disabled account, or on an item outside their
customers) gets an ``access_denied`` entry: the actor, what was attempted, the item id,
the reason and the outcome ``denied``; never message content, addresses or values.

Within ``WINDOW_SECONDS`` of a written refusal, further refusals of the same actor and
attempt are only counted; when the window has ended, the count is written as one entry
with ``repeated`` (at the next refusal, at the service's maintenance run or when it
closes). So a user probing item ids writes at most one entry per attempt and window,
plus one count. Windows are kept per process: with several processes, each writes its
own. ``mailguard_review_access_denied_total{action}`` counts every refusal, repeats too.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from prometheus_client import Counter
from sqlalchemy.orm import Session

from review_queue.crypto import KeyRing
from review_queue.store import audit
from review_queue.store.db import Database

ACTION = "access_denied"
WINDOW_SECONDS = 60.0


class Attempt(StrEnum):
    """What a refused user tried: the audit action the operation writes when allowed
    (``raw``: loading a message body; ``route``: a page or API call their role lacks)."""

    VIEW = "view"
    RAW = "raw"
    CLAIM = "claim"
    DECIDE = "decide"
    REVEAL = "reveal"
    LIST = "list"
    STATS = "stats"
    AUDIT = "audit"
    USER_CREATE = "user_create"
    USER_SCOPE = "user_scope"
    USER_DISABLE = "user_disable"
    USER_ENABLE = "user_enable"
    USER_PASSWORD = "user_password"
    TOKEN_CREATE = "token_create"
    TOKEN_REVOKE = "token_revoke"
    ERASE = "erase"
    EXPORT = "export"
    EXPORT_LABELS = "export_labels"
    RESCAN = "rescan"
    ROUTE = "route"


DENIED = Counter(
    "mailguard_review_access_denied",
    "Operations refused to a user (role, disabled account, or an item outside their"
    " customers), by the operation attempted",
    ["action"],
)
for _attempt in Attempt:
    DENIED.labels(_attempt.value)


@dataclass(slots=True)
class _Window:
    started: float
    repeated: int = 0


class Denials:
    """Writes refusals to the audit log, coalescing repeats (see the module doc)."""

    def __init__(
        self,
        db: Database,
        keys: KeyRing,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.keys = keys
        self.window = window
        self.clock = clock
        self._lock = threading.Lock()
        self._windows: dict[tuple[str, Attempt], _Window] = {}

    def record(self, actor: str, attempt: Attempt, item_id: str | None, **detail: Any) -> None:
        """Count a refusal; audit it unless it repeats one within the window."""
        DENIED.labels(attempt.value).inc()
        with self._lock:
            now = self.clock()
            ended = self._ended(now)
            window = self._windows.get((actor, attempt))
            if window is not None:
                window.repeated += 1
            else:
                self._windows[(actor, attempt)] = _Window(now)
        if window is not None and not ended:
            return  # counted: nothing to write (no write lock taken either)
        with self.db.transaction() as session:
            self._write_counts(session, ended)
            if window is None:
                entry = {"attempted": attempt.value, "outcome": "denied", **detail}
                audit.append(session, self.keys, actor, ACTION, item_id, entry)

    def flush(self, everything: bool = False) -> None:
        """Write the counts of ended windows (``everything``: of every window, as the
        service closes)."""
        with self._lock:
            ended = self._ended(float("inf") if everything else self.clock())
        if ended:
            with self.db.transaction() as session:
                self._write_counts(session, ended)

    def _ended(self, now: float) -> list[tuple[str, Attempt, int]]:
        """Forget the windows over by ``now``; the ``(actor, attempt, repeats)`` of those
        that counted any. Call with the lock held."""
        over = [key for key, w in self._windows.items() if now - w.started >= self.window]
        counts = [(*key, self._windows.pop(key).repeated) for key in over]
        return [(actor, attempt, n) for actor, attempt, n in counts if n]

    def _write_counts(self, session: Session, ended: list[tuple[str, Attempt, int]]) -> None:
        for actor, attempt, repeated in ended:
            detail = {"attempted": attempt.value, "outcome": "denied", "repeated": repeated}
            audit.append(session, self.keys, actor, ACTION, None, detail)
