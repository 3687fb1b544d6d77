"""The session store: unguessable ids, rotation, idle and absolute expiry, bounded size."""

from __future__ import annotations

from datetime import UTC, datetime

from review_queue.store.types import Role, User
from review_queue.web.sessions import SessionStore


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
