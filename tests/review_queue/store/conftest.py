"""Store fixtures: every test runs against SQLite and against the local PostgreSQL.

PostgreSQL tests share one fresh schema in database ``test`` per run (dropped at the
end), emptied before each test.
Set ``MAILGUARD_TEST_POSTGRES_URL`` to use another server.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from argon2 import PasswordHasher

from bench.loopback import free_port
from review_queue.service import CLI, ReviewService
from review_queue.store.db import Database
from review_queue.store.types import Role, User
from scanner.config import Review, Settings, Store
from tests.review_queue.store.helpers import PASSWORD, envelope, ssn_message, verdict

PG_BASE = os.environ.get(
    "MAILGUARD_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real argon2id, at test-sized cost (the default costs ~0.3 s per hash here)."""
    monkeypatch.setattr(
        "review_queue.store.users._hasher",
        PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1),
    )


# Children first. DELETE, not TRUNCATE: far cheaper on tables this small.
_TABLES = (
    "decisions",
    "item_categories",
    "item_addresses",
    "items",
    "api_tokens",
    "user_customers",
    "users",
    "login_failures",
    "audit_log",
    "allowlist",
    "counters",
)


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh schema in database ``test`` for this run, migrated once, dropped at the end."""
    schema = f"rq_test_{os.getpid()}_{secrets.token_hex(4)}"
    try:
        admin = psycopg.connect(_libpq(PG_BASE), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError:
        pytest.fail("PostgreSQL at 127.0.0.1:5432 (database test) is not reachable")
    with admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            url = f"{PG_BASE}?options=-csearch_path%3D{schema}"
            Database.open(Store(url=url), tmp_path_factory.mktemp("pg")).close()
            yield url
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    """The store URL: "" (SQLite under the test's data dir) or the run's PostgreSQL
    schema, emptied for this test."""
    if request.param == "sqlite":
        return ""
    url: str = request.getfixturevalue("postgres_url")
    with psycopg.connect(_libpq(url)) as connection:
        for table in _TABLES:
            connection.execute(f"DELETE FROM {table}")
        connection.execute("DELETE FROM audit_head WHERE id <> 1")  # a prune's base row
        connection.execute("UPDATE audit_head SET seq = 0, hash = %s", ("0" * 64,))
    return url


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A listening socket that never accepts: the kernel completes the handshake, nothing
    is ever said (a database host behind a dropping firewall, a hung server)."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield int(server.getsockname()[1])


@pytest.fixture
def relay_port() -> int:
    """The release relay's port (nothing listens unless a test starts a sink on it)."""
    return free_port()


MakeSettings = Callable[..., Settings]


@pytest.fixture
def make_settings(tmp_path: Path, backend: str, relay_port: int) -> MakeSettings:
    """Settings for this backend; keyword arguments override ``review`` keys."""

    def build(**review: Any) -> Settings:
        # The tests hold one sample message many times: as distinct items unless a test
        # asks for duplicate detection.
        review.setdefault("duplicate_window_seconds", 0)
        return Settings(
            data_dir=tmp_path / "var",
            store=Store(url=backend, lease_seconds=60),
            review=Review(
                release_relay=f"127.0.0.1:{relay_port}",
                release_timeout_seconds=5,
                release_retry_seconds=1,
                **review,
            ),
        )

    return build


@pytest.fixture
def service(make_settings: MakeSettings) -> Iterator[ReviewService]:
    svc = ReviewService.open(make_settings())
    try:
        yield svc
    finally:
        svc.close()


@pytest.fixture
def reviewers(service: ReviewService) -> tuple[User, User, User]:
    """Two reviewers and an auditor."""
    return (
        service.create_user("rita", Role.REVIEWER, PASSWORD, CLI),
        service.create_user("ron", Role.REVIEWER, PASSWORD, CLI),
        service.create_user("aldo", Role.AUDITOR, PASSWORD, CLI),
    )


@pytest.fixture
def held(service: ReviewService) -> dict[str, str]:
    """One pending item of customers ``org-1``, ``org-2`` and none, by customer."""
    raw, finding = ssn_message()
    return {
        customer or "none": service.hold(envelope(customer=customer), raw, verdict((finding,)))
        for customer in ("org-1", "org-2", None)
    }


@pytest.fixture
def scoped(service: ReviewService) -> User:
    """A reviewer limited to ``org-1``."""
    return service.create_user("sam", Role.REVIEWER, PASSWORD, CLI, customers=["org-1"])
