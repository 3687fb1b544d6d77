"""Engines for the review queue's database, every wait on it bounded.

SQLite runs in WAL mode with ``synchronous=FULL`` (a hold is on disk when it returns) and
every transaction starts with ``BEGIN IMMEDIATE``, so concurrent writers from several
processes queue on the busy timeout instead of failing on a lock upgrade.

PostgreSQL (psycopg, libpq) gets limits on each way a server can keep a caller waiting:
``connect_timeout`` (a silent host at connect), the server-side ``statement_timeout`` (a
stalled server, a lock held elsewhere), TCP keepalives and ``tcp_user_timeout`` (a host
gone while a query runs, where no statement timeout can come back). libpq's defaults wait
for ever, or for hours. Any of these parameters written in the URL wins.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError

from review_queue.store.types import StoreError
from scanner.config import Store

# Keepalive probes after the first (libpq's keepalives_interval, keepalives_count); the
# URL may set others.
KEEPALIVE_INTERVAL_SECONDS = 10
KEEPALIVE_COUNT = 3


def parse_url(url: str) -> URL:
    """``url`` parsed; ``StoreError`` (never quoting it) when it cannot be."""
    try:
        return make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is no number
        raise StoreError("store.url is not a valid database URL (host, port?)") from None


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None: another database, or SQLite in memory)."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def create_sqlite_file(url: str) -> None:
    """The SQLite file of ``url`` made (with its directory) if missing, private from the
    start: SQLite gives its -wal and -shm files the same mode."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))


def make_engine(url: str, settings: Store) -> Engine:
    """The engine for ``url`` with the limits of ``settings``; opens no connection yet."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            parsed, connect_args={"timeout": settings.busy_timeout_seconds}, pool_pre_ping=True
        )
        _sqlite_setup(engine)
        return engine
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(
        parsed,
        connect_args=pg_connect_args(parsed.query, settings),
        pool_size=settings.pool_size,
        max_overflow=settings.max_overflow,
        pool_timeout=settings.pool_timeout_seconds,
        pool_pre_ping=True,
    )


def pg_connect_args(
    query: Mapping[str, str | tuple[str, ...]], settings: Store
) -> dict[str, object]:
    """The libpq parameters bounding waits on the server, less those the URL's ``query``
    sets itself; ``statement_timeout`` joins the URL's ``options`` unless they set it."""
    wanted: dict[str, object] = {
        "connect_timeout": settings.connect_timeout_seconds,
        "keepalives": 1,
        "keepalives_idle": settings.keepalives_idle_seconds,
        "keepalives_interval": KEEPALIVE_INTERVAL_SECONDS,
        "keepalives_count": KEEPALIVE_COUNT,
        "tcp_user_timeout": settings.tcp_user_timeout_seconds * 1000,  # milliseconds
    }
    args = {key: value for key, value in wanted.items() if key not in query}
    given = query.get("options", "")
    options = " ".join(given) if isinstance(given, tuple) else given
    if settings.statement_timeout_seconds and "statement_timeout" not in options:
        limit = f"-c statement_timeout={settings.statement_timeout_seconds * 1000}"
        args["options"] = f"{options} {limit}".strip()
    return args


def without_statement_timeout(connection: Connection) -> None:
    """No ``statement_timeout`` for the rest of ``connection``'s transaction, for work that
    may rightly run long (a schema upgrade, reading the whole audit chain)."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL statement_timeout = 0")


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA secure_delete=ON")  # erased rows are overwritten, not freed
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
