"""The session store: unguessable ids, rotation, idle and absolute expiry, bounded size."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from review_queue.store.types import Role, User
from review_queue.web import sessions
from review_queue.web.sessions import SessionStore, keep_swept
from tests.review_queue.web.conftest import World


def _reviewer(name: str) -> User:
    return User(1, name, Role.REVIEWER, False, datetime.now(UTC), "stamp")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_login_replaces_the_session_and_its_csrf_token() -> None:
    store = SessionStore(60, 3600, 100)
    anonymous = store.new()
    user = store.login(anonymous, _reviewer("rita"))
    assert user.id != anonymous.id and user.csrf != anonymous.csrf
    assert store.get(anonymous.id) is None
    assert store.get(user.id) is user and user.user == "rita"
    assert len(user.id) >= 43  # 256 random bits, URL-safe


def test_idle_and_absolute_expiry() -> None:
    clock = Clock()
    store = SessionStore(60, 150, 100, clock)
    session = store.new()
    for _ in range(3):  # kept alive by use...
        clock.now += 50
        assert store.get(session.id) is session
    clock.now += 1  # ...but never beyond its lifetime
    assert store.get(session.id) is None
    idle = store.new()
    clock.now += 61
    assert store.get(idle.id) is None


def test_a_flood_of_anonymous_sessions_does_not_evict_logged_in_ones() -> None:
    store = SessionStore(60, 3600, 10)
    reviewer = store.login(None, _reviewer("rita"))
    for _ in range(50):
        store.new()
    assert store.get(reviewer.id) is reviewer
    assert len(store._sessions) == 10


def test_drop_user_ends_all_of_its_sessions() -> None:
    store = SessionStore(60, 3600, 100)
    first, second = store.login(None, _reviewer("rita")), store.login(None, _reviewer("rita"))
    other = store.login(None, _reviewer("ron"))
    store.drop_user("rita")
    assert (store.get(first.id), store.get(second.id)) == (None, None)
    assert store.get(other.id) is other


def test_a_store_full_of_logged_in_sessions_still_lets_someone_log_in() -> None:
    clock = Clock()
    store = SessionStore(60, 3600, 3, clock)
    stale = [store.login(None, _reviewer(f"r{i}")) for i in range(3)]
    clock.now += 61  # all idle past the limit, never visited again
    fresh = store.new()
    assert store.get(fresh.id) is fresh
    assert all(store.get(s.id) is None for s in stale)
    live = [store.login(None, _reviewer(f"s{i}")) for i in range(3)]  # full of live ones
    anonymous = store.new()
    assert store.get(anonymous.id) is anonymous  # the oldest live one made room
    assert store.get(live[0].id) is None and store.get(live[2].id) is live[2]


def test_a_reveal_grant_is_kept_for_its_item_until_it_runs_out() -> None:
    clock = Clock()
    store = SessionStore(600, 3600, 100, clock)
    session = store.login(None, _reviewer("rita"))
    store.grant_reveal(session, "item-1", 0, "219-09-9999", 300)
    clock.now += 100
    store.grant_reveal(session, "item-1", 2, "4111 1111 1111 1111", 300)
    store.grant_reveal(session, "item-2", 0, "078-05-1120", 300)
    assert store.revealed(session, "item-1") == {0: "219-09-9999", 2: "4111 1111 1111 1111"}
    assert "219-09-9999" not in repr(session)  # a session logged by mistake shows no value
    clock.now += 200
    assert store.revealed(session, "item-1") == {2: "4111 1111 1111 1111"}
    assert store.get(session.id) is session
    assert [g.finding for g in session.reveals] == [2, 0]  # the run-out one is dropped
    clock.now += 100
    assert store.get(session.id) is session and session.reveals == []


def _held(store: SessionStore) -> set[str]:
    """Every revealed value anywhere in the store."""
    return {g.value for s in store._sessions.values() for g in s.reveals}


def test_a_sweep_drops_expired_values_of_sessions_that_make_no_request() -> None:
    clock = Clock()
    store = SessionStore(600, 3600, 100, clock)
    rita, ron = store.login(None, _reviewer("rita")), store.login(None, _reviewer("ron"))
    store.grant_reveal(rita, "item-1", 0, "219-09-9999", 300)
    store.grant_reveal(ron, "item-2", 0, "078-05-1120", 500)
    clock.now += 299
    store.sweep()
    assert _held(store) == {"219-09-9999", "078-05-1120"}  # not yet
    clock.now += 2  # rita's ran out; neither session asks for anything
    store.sweep()
    assert _held(store) == {"078-05-1120"}
    assert rita.reveals == [] and [g.item_id for g in ron.reveals] == ["item-2"]
    clock.now += 200
    store.sweep()
    assert _held(store) == set() and ron.reveals == []
    assert store.get(rita.id) is rita and store.get(ron.id) is ron  # the sessions live on


def test_a_sweep_drops_expired_sessions_and_their_values() -> None:
    clock = Clock()
    store = SessionStore(60, 150, 100, clock)
    idle, busy = store.login(None, _reviewer("rita")), store.login(None, _reviewer("ron"))
    store.grant_reveal(idle, "item-1", 0, "219-09-9999", 3600)  # outlives its session
    store.grant_reveal(busy, "item-2", 0, "078-05-1120", 3600)
    clock.now += 50
    assert store.get(busy.id) is busy
    clock.now += 11  # idle: 61 s unseen
    store.sweep()
    assert list(store._sessions) == [busy.id]
    assert idle.reveals == []  # a request still holding it would find nothing
    assert _held(store) == {"078-05-1120"}
    clock.now += 90  # past the lifetime, however busy
    store.sweep()
    assert store._sessions == {} and busy.reveals == [] and _held(store) == set()


def test_ending_a_session_any_way_drops_its_values() -> None:
    clock = Clock()
    store = SessionStore(600, 3600, 2, clock)
    sessions = [store.login(None, _reviewer(name)) for name in ("rita", "ron")]
    for session in sessions:
        store.grant_reveal(session, "item-1", 0, "219-09-9999", 300)
    store.drop(sessions[0].id)  # logout
    store.login(None, _reviewer("aldo"))
    third = store.login(None, _reviewer("sam"))  # a full store evicts the oldest: ron's
    assert [s.reveals for s in sessions] == [[], []]
    store.grant_reveal(third, "item-1", 0, "219-09-9999", 300)
    store.drop_user("sam")  # disabled, or a new password
    assert third.reveals == [] and _held(store) == set()


async def test_the_sweeper_sweeps_on_its_own_until_cancelled() -> None:
    """``keep_swept`` sweeps after each interval with no request; a failing sweep does not
    stop it. Driven by a fake sleep that moves the store's clock: nothing really waits."""
    clock = Clock()
    store = SessionStore(600, 3600, 100, clock)
    session = store.login(None, _reviewer("rita"))
    store.grant_reveal(session, "item-1", 0, "219-09-9999", 3.5)
    seen: list[set[str]] = []
    sweep = store.sweep

    def failing_once() -> None:
        if not seen:
            seen.append(_held(store))
            raise RuntimeError("first sweep fails")
        sweep()
        seen.append(_held(store))

    store.sweep = failing_once  # type: ignore[method-assign]

    async def sleep(seconds: float) -> None:
        assert seconds == 1.0
        if len(seen) == 5:
            raise asyncio.CancelledError
        clock.now += seconds

    with pytest.raises(asyncio.CancelledError):
        await keep_swept(store, 1.0, sleep)
    assert seen == [{"219-09-9999"}] * 3 + [set(), set()]  # at 1 (failed), 2, 3; at 4, 5
    assert store.get(session.id) is session  # the session lives on, without the value


def test_the_app_sweeps_while_it_serves(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's lifespan runs the sweeper: a value past its time leaves the store though
    no request comes at all; shutting down stops the sweeper."""
    clock = Clock()
    store = SessionStore(600, 3600, 100, clock)
    world.app.state.sessions = store
    monkeypatch.setattr(sessions, "SWEEP_SECONDS", 0.01)
    session = store.login(None, world.user("rita"))
    store.grant_reveal(session, world.items["ssn"], 0, "219-09-9999", 300)
    ran, gone = threading.Event(), threading.Event()
    sweep = store.sweep

    def watched() -> None:
        sweep()
        ran.set()
        if not _held(store):
            gone.set()

    monkeypatch.setattr(store, "sweep", watched)
    with TestClient(world.app):
        sweeper = world.app.state.session_sweeper
        assert not sweeper.done()
        assert ran.wait(10), "no sweep ran"
        assert _held(store) == {"219-09-9999"}  # swept, not yet expired
        clock.now += 301
        assert gone.wait(10), "the value was not swept"
        assert store.get(session.id) is session and session.reveals == []
    assert sweeper.cancelled()
