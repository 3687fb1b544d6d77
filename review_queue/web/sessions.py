"""Server-side browser sessions: random ids, idle and absolute expiry, rotation at login.

The cookie carries only an unguessable id; who is logged in and the CSRF token stay on the
server. A session exists before login (it holds the login form's CSRF token) and is
replaced by a fresh id at login, so an id planted before login is worthless afterwards.
Sessions live in this process: run one UI process, or pin clients to one (sticky sessions).

A session also holds the values its reviewer revealed (each reveal audited once, by the
service), so the item page can show them again, reloads included, for a few minutes
without revealing twice: never in the cookie or a URL, and gone with the session.

Expiry does not wait for a session's next request: ``sweep`` drops every expired session
and every revealed value past its time, and the app runs it every ``SWEEP_SECONDS``
(``keep_swept``), so a value leaves the store within that long of its expiry even if its
reviewer walked away.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from review_queue.store.types import User

log = logging.getLogger(__name__)
# How often expired sessions and revealed values are swept out: how long past its expiry a
# value may stay in memory. A sweep of the largest store (review.max_sessions, 10,000)
# takes about 2 ms.
SWEEP_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class RevealGrant:
    """One revealed value of ``finding`` in ``item_id``, shown until ``expires`` (on the
    store's clock). The value stays out of ``repr``, hence out of any log line."""

    item_id: str
    finding: int
    value: str = field(repr=False)
    expires: float


@dataclass
class Session:
    """One browser's state; ``user`` and ``role`` are None until login."""

    id: str
    csrf: str
    created: float
    seen: float
    user: str | None = None
    role: str | None = None
    credential_stamp: str | None = None
    flashes: list[str] = field(default_factory=list)
    reveals: list[RevealGrant] = field(default_factory=list, repr=False)


class SessionStore:
    """Thread-safe in-memory sessions, at most ``max_sessions`` of them."""

    def __init__(
        self,
        idle_seconds: float,
        lifetime_seconds: float,
        max_sessions: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._idle = idle_seconds
        self._lifetime = lifetime_seconds
        self._max = max_sessions
        self._clock = clock
        self._lock = threading.Lock()
        self._sessions: OrderedDict[str, Session] = OrderedDict()

    def new(self) -> Session:
        """A fresh anonymous session."""
        now = self._clock()
        session = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32), now, now)
        with self._lock:
            if len(self._sessions) >= self._max:
                self._drop_expired(now)
            while len(self._sessions) >= self._max:  # room first: never the new one
                self._evict()
            self._sessions[session.id] = session
        return session

    def _expired(self, session: Session, now: float) -> bool:
        return now - session.seen > self._idle or now - session.created > self._lifetime

    def _drop_expired(self, now: float) -> None:
        for session_id in [k for k, s in self._sessions.items() if self._expired(s, now)]:
            self._discard(session_id)

    def _discard(self, session_id: str) -> None:
        """Remove a session and the values it revealed: a request still holding the
        session object (one in flight as it ends) keeps none of them."""
        session = self._sessions.pop(session_id, None)
        if session is not None:
            session.reveals = []

    def _evict(self) -> None:
        """Drop the least recently seen anonymous session, else the least recently seen one:
        a flood of login-page visits cannot push logged-in reviewers out."""
        victim = next((k for k, s in self._sessions.items() if s.user is None), None)
        self._discard(victim if victim is not None else next(iter(self._sessions)))

    def sweep(self) -> None:
        """Drop every expired session and every revealed value past its time, whether or
        not their sessions make another request (``keep_swept`` runs this)."""
        now = self._clock()
        with self._lock:
            self._drop_expired(now)
            for session in self._sessions.values():
                if session.reveals:
                    session.reveals = [g for g in session.reveals if g.expires > now]

    def get(self, session_id: str | None) -> Session | None:
        """The live session with that id, refreshed; None if unknown or expired."""
        if not session_id:
            return None
        now = self._clock()
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return None
            if self._expired(session, now):
                self._discard(session_id)
                return None
            session.seen = now
            session.reveals = [g for g in session.reveals if g.expires > now]
            self._sessions.move_to_end(session_id)
            return session

    def grant_reveal(
        self, session: Session, item_id: str, finding: int, value: str, seconds: float
    ) -> None:
        """Keep ``value`` (just revealed and audited) shown to ``session`` for ``seconds``."""
        grant = RevealGrant(item_id, finding, value, self._clock() + seconds)
        with self._lock:
            kept = [g for g in session.reveals if (g.item_id, g.finding) != (item_id, finding)]
            session.reveals = [*kept, grant]

    def forget_reveals(self, session: Session, *item_ids: str) -> None:
        """Drop the values of these items this session revealed (the items were decided:
        they are never shown again)."""
        with self._lock:
            session.reveals = [g for g in session.reveals if g.item_id not in item_ids]

    def revealed(self, session: Session, item_id: str) -> dict[int, str]:
        """The values of ``item_id`` this session revealed and may still see, by finding."""
        now = self._clock()
        with self._lock:
            return {
                g.finding: g.value
                for g in session.reveals
                if g.item_id == item_id and g.expires > now
            }

    def login(self, old: Session | None, user: User) -> Session:
        """Replace ``old`` by a new authenticated session with new id and CSRF token."""
        if old is not None:
            self.drop(old.id)
        session = self.new()
        session.user, session.role = user.name, user.role.value
        session.credential_stamp = user.credential_stamp
        return session

    def drop(self, session_id: str) -> None:
        """End a session (logout)."""
        with self._lock:
            self._discard(session_id)

    def drop_user(self, user: str) -> None:
        """End every session of a user (disabled or password changed)."""
        with self._lock:
            for session_id in [k for k, s in self._sessions.items() if s.user == user]:
                self._discard(session_id)


async def keep_swept(
    store: SessionStore,
    every: float = SWEEP_SECONDS,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> None:
    """Sweep ``store`` every ``every`` seconds until cancelled (the app's lifespan runs
    this); a failed sweep is logged and the next one runs as usual."""
    while True:
        await sleep(every)
        try:
            store.sweep()
        except Exception:  # the values must still go at the next sweep
            log.exception("session_sweep_failed")
