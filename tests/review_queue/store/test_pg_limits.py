"""Every wait on the local PostgreSQL is bounded: the statement timeout reaches the server
(beside the URL's own options) and cancels a stalled statement, and the TCP keepalive and
user-timeout settings reach the connection's socket in the kernel."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from review_queue.store.db import Database
from review_queue.store.engine import without_statement_timeout
from review_queue.store.types import StoreError
from scanner.config import Store

pytestmark = pytest.mark.postgres


OpenPg = Callable[..., Database]


@pytest.fixture
def open_pg(postgres_url: str, tmp_path: Path) -> Iterator[OpenPg]:
    """``open_pg(url=..., **store settings)``: the run's PostgreSQL schema (or ``url``) on
    one pooled connection, closed at the end of the test."""
    opened: list[Database] = []

    def open_database(url: str = postgres_url, **settings: Any) -> Database:
        db = Database.open(Store(url=url, pool_size=1, max_overflow=0, **settings), tmp_path)
        opened.append(db)
        return db

    yield open_database
    for db in opened:
        db.close()


def _show(db: Database, setting: str) -> str:
    with db.transaction() as session:
        return str(session.execute(text(f"SHOW {setting}")).scalar_one())


def test_the_statement_timeout_reaches_the_server_beside_the_urls_options(
    open_pg: OpenPg, postgres_url: str
) -> None:
    db = open_pg(statement_timeout_seconds=3)
    assert _show(db, "statement_timeout") == "3s"
    schema = postgres_url.rsplit("%3D", 1)[1]
    assert _show(db, "search_path") == schema  # the URL's own options kept
    assert _show(open_pg(), "statement_timeout") == "1min"
    off = open_pg(statement_timeout_seconds=0)
    assert _show(off, "statement_timeout") == "0"


def test_a_statement_timeout_in_the_url_wins(open_pg: OpenPg, postgres_url: str) -> None:
    url = postgres_url + "%20-cstatement_timeout%3D7000"
    db = open_pg(url, statement_timeout_seconds=3)
    assert _show(db, "statement_timeout") == "7s"


def test_a_statement_past_the_timeout_fails_as_a_store_error_in_time(
    open_pg: OpenPg,
) -> None:
    db = open_pg(statement_timeout_seconds=1)
    started = time.monotonic()
    with pytest.raises(StoreError, match=r"QueryCanceled"), db.transaction() as session:
        session.execute(text("SELECT pg_sleep(30)"))
    assert time.monotonic() - started < 5
    assert _show(db, "statement_timeout") == "1s"  # the connection is usable again


def test_long_maintenance_runs_without_the_timeout_and_gives_it_back(
    open_pg: OpenPg,
) -> None:
    """A schema upgrade or a full audit read lifts the limit for its own transaction only;
    a VACUUM (no transaction) lifts it and restores it before the connection is reused."""
    db = open_pg(statement_timeout_seconds=1)
    with db.transaction() as session:
        without_statement_timeout(session.connection())
        session.execute(text("SELECT pg_sleep(1.5)"))
    assert _show(db, "statement_timeout") == "1s"
    assert db.compact(("items",))
    assert _show(db, "statement_timeout") == "1s"  # the same pooled connection (pool of 1)


def test_keepalives_and_the_user_timeout_reach_the_socket(open_pg: OpenPg) -> None:
    db = open_pg(keepalives_idle_seconds=25, tcp_user_timeout_seconds=20)
    raw = db.engine.raw_connection()
    try:
        fd = raw.driver_connection.pgconn.socket  # type: ignore[union-attr]
        with socket.socket(fileno=os.dup(fd)) as sock:
            tcp = socket.IPPROTO_TCP
            assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
            assert sock.getsockopt(tcp, socket.TCP_KEEPIDLE) == 25
            assert sock.getsockopt(tcp, socket.TCP_KEEPINTVL) == 10
            assert sock.getsockopt(tcp, socket.TCP_KEEPCNT) == 3
            assert sock.getsockopt(tcp, socket.TCP_USER_TIMEOUT) == 20_000
    finally:
        raw.close()
