"""Accounts: argon2 hashes, login limits, tokens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text, update

from review_queue.service import CLI, ReviewService
from review_queue.store.schema import ApiToken
from review_queue.store.types import (
    AuditQuery,
    InvalidInput,
    PermissionDenied,
    Role,
    UserExists,
    UserNotFound,
)
from tests.review_queue.store.conftest import MakeSettings
from tests.review_queue.store.helpers import PASSWORD


def test_passwords_are_argon2_hashed(service: ReviewService) -> None:
    service.create_user("rita", Role.REVIEWER, PASSWORD, CLI)
    with service.db.engine.connect() as connection:
        (stored,) = connection.execute(text("SELECT password_hash FROM users")).one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert service.authenticate("rita", PASSWORD) is not None
    assert service.authenticate("rita", PASSWORD + "x") is None
    service.set_password("rita", "another long passphrase", CLI)
    assert service.authenticate("rita", PASSWORD) is None
    assert service.authenticate("rita", "another long passphrase") is not None


def test_user_validation(service: ReviewService) -> None:
    service.create_user("rita", "reviewer", PASSWORD, CLI)
    with pytest.raises(UserExists):
        service.create_user("rita", "admin", PASSWORD, CLI)
    with pytest.raises(InvalidInput):
        service.create_user("bob", "admin", "short", CLI)
    with pytest.raises(InvalidInput):
        service.create_user("bob@example.org", "admin", PASSWORD, CLI)
    with pytest.raises(ValueError):
        service.create_user("bob", "root", PASSWORD, CLI)
    with pytest.raises(UserNotFound):
        service.disable_user("nobody", CLI)


def test_account_changes_are_made_by_admins_or_the_operator(service: ReviewService) -> None:
    admin = service.create_user("root", Role.ADMIN, PASSWORD, CLI)
    reviewer = service.create_user("rita", Role.REVIEWER, PASSWORD, admin)
    refused = (
        lambda: service.create_user("mallory", Role.ADMIN, PASSWORD, reviewer),
        lambda: service.set_customers("rita", [], reviewer),
        lambda: service.set_password("root", "a takeover passphrase", reviewer),
        lambda: service.create_token("root", reviewer),
        lambda: service.revoke_tokens("root", reviewer),
        lambda: service.revoke_token(1, reviewer),
        lambda: service.disable_user("root", reviewer),
    )
    for attempt in refused:
        with pytest.raises(PermissionDenied):
            attempt()
    assert service.get_user("mallory") is None
    assert service.authenticate("root", PASSWORD) is not None
    service.disable_user("root", CLI)
    with pytest.raises(PermissionDenied):  # a disabled admin no longer is one
        service.create_token("rita", admin)
    created = service.audit_entries(AuditQuery(action="user_create"), CLI)
    assert [(e.actor, e.detail["user"]) for e in created] == [("root", "rita"), (CLI.name, "root")]
    (disabled,) = service.audit_entries(AuditQuery(action="user_disable"), CLI)
    assert disabled.actor == CLI.name and CLI.name.startswith("cli:")


def test_lockout_per_user_and_ip(make_settings: MakeSettings) -> None:
    service = ReviewService.open(make_settings(login_max_failures=3))
    try:
        service.create_user("rita", Role.REVIEWER, PASSWORD, CLI)
        for _ in range(3):
            assert service.authenticate("rita", "wrong guess", "198.51.100.7") is None
        assert service.authenticate("rita", PASSWORD, "198.51.100.7") is None  # locked out
        assert service.authenticate("rita", PASSWORD, "203.0.113.9") is not None  # other IP
        actions = [e.action for e in service.audit_entries(AuditQuery(actor="rita"), CLI)]
        assert actions.count("login_failed") == 3
        assert "login_lockout" in actions and "login_refused" in actions
        assert actions[0] == "login"
        assert service.authenticate("ghost", "whatever", "198.51.100.7") is None
        (ghost,) = service.audit_entries(AuditQuery(actor="-unknown-"), CLI)
        assert ghost.action == "login_failed"
        entries = service.audit_entries(AuditQuery(actor="rita"), CLI)
        clients = {e.detail["client"] for e in entries}
        assert len(clients) == 2  # two client addresses, told apart without storing them
        assert "198.51.100.7" not in str(entries)
    finally:
        service.close()


def test_disabled_user_cannot_log_in_and_tokens_die(service: ReviewService) -> None:
    service.create_user("rita", Role.REVIEWER, PASSWORD, CLI)
    token = service.create_token("rita", CLI)
    user = service.user_for_token(token)
    assert user is not None and user.name == "rita"
    assert service.user_for_token(token + "x") is None
    assert service.user_for_token("not-a-token") is None
    with service.db.engine.connect() as connection:
        stored = connection.execute(text("SELECT token_hash FROM api_tokens")).scalar_one()
    assert token not in stored
    service.disable_user("rita", CLI)
    assert service.user_for_token(token) is None
    assert service.authenticate("rita", PASSWORD) is None
    assert [u.disabled for u in service.list_users()] == [True]


def test_a_token_older_than_its_max_age_is_refused(make_settings: MakeSettings) -> None:
    service = ReviewService.open(make_settings(api_token_max_age_days=30))
    try:
        service.create_user("rita", Role.REVIEWER, PASSWORD, CLI)
        token = service.create_token("rita", CLI)
        assert service.user_for_token(token) is not None

        def age(days: int) -> None:
            with service.db.transaction() as session:
                created = datetime.now(UTC) - timedelta(days=days)
                session.execute(update(ApiToken).values(created_at=created))

        age(29)
        assert service.user_for_token(token) is not None
        (listed,) = service.list_tokens()
        assert listed.state(datetime.now(UTC)) == "active"
        assert listed.expires_at == listed.created_at + timedelta(days=30)
        age(31)
        assert service.user_for_token(token) is None
        (listed,) = service.list_tokens()
        assert listed.state(datetime.now(UTC)) == "expired"
    finally:
        service.close()
    forever = ReviewService.open(make_settings(api_token_max_age_days=0))
    try:
        assert forever.user_for_token(token) is not None
        assert [t.expires_at for t in forever.list_tokens()] == [None]
    finally:
        forever.close()


def test_one_token_is_revoked_by_id_and_listing_never_shows_a_secret(
    service: ReviewService,
) -> None:
    service.create_user("rita", Role.REVIEWER, PASSWORD, CLI)
    service.create_user("bot", Role.AUDITOR, PASSWORD, CLI)
    leaked, kept = service.create_token("rita", CLI), service.create_token("rita", CLI)
    other = service.create_token("bot", CLI)
    listed = service.list_tokens()
    assert [t.user for t in listed] == ["rita", "rita", "bot"]
    assert not any(secret in repr(listed) for secret in (leaked, kept, other))
    leaked_id = listed[0].id  # oldest first: the first one created
    assert service.revoke_token(leaked_id, CLI) is True
    assert service.revoke_token(leaked_id, CLI) is False  # already revoked: said, not an error
    assert service.user_for_token(leaked) is None
    assert service.user_for_token(kept) is not None and service.user_for_token(other) is not None
    now = datetime.now(UTC)
    assert [t.state(now) for t in service.list_tokens("rita")] == ["revoked", "active"]
    with pytest.raises(InvalidInput, match="no API token with id 999"):
        service.revoke_token(999, CLI)
    with pytest.raises(UserNotFound):
        service.list_tokens("ghost")
    revocations = service.audit_entries(AuditQuery(action="token_revoke"), CLI)
    assert sorted(e.detail["count"] for e in revocations) == [0, 1]
    assert {e.detail["token"] for e in revocations} == {leaked_id}


@pytest.mark.parametrize("max_age_days", [30, 0])
def test_one_token_is_fetched_by_id_as_the_listing_shows_it(
    make_settings: MakeSettings, max_age_days: int
) -> None:
    service = ReviewService.open(make_settings(api_token_max_age_days=max_age_days))
    try:
        service.create_user("rita", Role.REVIEWER, PASSWORD, CLI)
        service.create_user("bot", Role.AUDITOR, PASSWORD, CLI)
        secrets = [service.create_token(name, CLI) for name in ("rita", "bot", "rita")]
        listed = service.list_tokens()
        assert [service.get_token(t.id) for t in listed] == listed  # owner, dates, state
        first, bot, _ = listed
        assert bot.user == "bot"
        expected = first.created_at + timedelta(days=30) if max_age_days else None
        assert first.expires_at == expected
        service.revoke_token(first.id, CLI)
        fetched = service.get_token(first.id)
        assert fetched is not None and fetched.revoked and fetched.user == "rita"
        assert service.get_token(bot.id) == bot  # the others are untouched
        assert service.get_token(max(t.id for t in listed) + 1) is None
        assert service.get_token(0) is None and service.get_token(-1) is None
        for beyond in (2**63, 10**30):  # past any row id (SQLite cannot even bind them)
            assert service.get_token(beyond) is None
            with pytest.raises(InvalidInput, match="no API token with id"):
                service.revoke_token(beyond, CLI)
        shown = repr([service.get_token(t.id) for t in listed])
        assert not any(secret in shown for secret in secrets)
    finally:
        service.close()


def test_first_run_admin(service: ReviewService) -> None:
    created = service.ensure_admin()
    assert created is not None
    user, password = created
    assert user.role is Role.ADMIN and len(password) >= 18
    assert service.authenticate(user.name, password) is not None
    assert service.ensure_admin() is None


def test_a_disabled_account_is_enabled_again_but_its_tokens_stay_revoked(
    service: ReviewService,
) -> None:
    admin = service.create_user("root", Role.ADMIN, PASSWORD, CLI)
    rita = service.create_user("rita", Role.REVIEWER, PASSWORD, CLI)
    token = service.create_token("rita", CLI)
    service.disable_user("rita", admin)
    disabled = service.get_user("rita")
    assert disabled is not None and disabled.disabled
    assert disabled.credential_stamp != rita.credential_stamp  # sessions end, wherever they are
    service.enable_user("rita", admin)
    enabled = service.get_user("rita")
    assert enabled is not None and not enabled.disabled
    # Sessions from before the disable stay ended; the password logs in as before.
    assert enabled.credential_stamp != rita.credential_stamp
    assert service.authenticate("rita", PASSWORD) is not None
    assert service.user_for_token(token) is None  # revoked at disable, stays revoked
    assert service.user_for_token(service.create_token("rita", admin)) is not None
    (entry,) = service.audit_entries(AuditQuery(action="user_enable"), CLI)
    assert (entry.actor, dict(entry.detail)) == ("root", {"user": "rita", "was_disabled": True})
    with pytest.raises(UserNotFound):
        service.enable_user("nobody", CLI)


def test_only_an_admin_enables_an_account_and_a_refusal_is_audited(
    service: ReviewService,
) -> None:
    service.create_user("root", Role.ADMIN, PASSWORD, CLI)
    reviewer = service.create_user("rita", Role.REVIEWER, PASSWORD, CLI)
    auditor = service.create_user("aldo", Role.AUDITOR, PASSWORD, CLI)
    service.disable_user("root", CLI)
    for actor in (reviewer, auditor):
        with pytest.raises(PermissionDenied):
            service.enable_user("root", actor)
    root = service.get_user("root")
    assert root is not None and root.disabled
    assert service.audit_entries(AuditQuery(action="user_enable"), CLI) == []
    denied = service.audit_entries(AuditQuery(action="access_denied"), CLI)
    assert sorted((e.actor, dict(e.detail)) for e in denied) == [
        (name, {"attempted": "user_enable", "outcome": "denied", "reason": "permission"})
        for name in ("aldo", "rita")
    ]
    service.enable_user("root", CLI)  # the operator may
    (enabled,) = service.audit_entries(AuditQuery(action="user_enable"), CLI)
    assert enabled.actor == CLI.name
