"""Engine set-up, migrations at open, and the transaction helper every store module uses.

SQLite runs in WAL mode with ``synchronous=FULL`` (a hold is on disk when it returns) and
every transaction starts with ``BEGIN IMMEDIATE``, so concurrent writers from several
processes queue on the busy timeout instead of failing on a lock upgrade. PostgreSQL
serialises migrations with an advisory lock.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from review_queue.store.types import ReviewQueueError, StoreError
from scanner.config import Store

log = logging.getLogger(__name__)

SQLITE_FILE = "queue.sqlite3"  # in the data directory, when store.url is empty
_MIGRATIONS = Path(__file__).with_name("migrations")
_MIGRATION_LOCK = 0x6D67_7175  # "mgqu": pg_advisory_xact_lock id for schema upgrades
# How long a checkpoint waits for readers (writers queue behind it meanwhile).
_CHECKPOINT_WAIT_MS = 5000


@dataclass
class Database:
    """An engine and its session factory."""

    engine: Engine
    sessions: sessionmaker[Session]

    @classmethod
    def open(cls, settings: Store, data_dir: Path) -> Database:
        """Connect, upgrade the schema to the newest revision, and return the database."""
        url = _url(settings, data_dir)
        try:
            _create_sqlite_file(url)
            engine = _engine(url, settings)
            _migrate(engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the review queue database ({_kind(exc)})") from None
        return cls(engine, sessionmaker(engine, expire_on_commit=False))

    @property
    def is_postgresql(self) -> bool:
        """True on PostgreSQL (SKIP LOCKED and row locks available)."""
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error.

        Database errors become ``StoreError`` naming only the error class (driver
        messages can quote bound values such as addresses).
        """
        try:
            with self.sessions.begin() as session:
                yield session
        except ReviewQueueError:
            raise
        except SQLAlchemyError as exc:
            log.warning("database error", extra={"error": _kind(exc)})
            raise StoreError(f"review queue database error ({_kind(exc)})") from None

    def compact(self, tables: tuple[str, ...]) -> bool:
        """Clear what deleted rows leave in the database's own files; False if that could
        not be completed now (try again later). It cannot reach copies elsewhere.

        SQLite: ``secure_delete`` wrote the freed space zeroed into new page versions in the
        WAL; a TRUNCATE checkpoint copies them over the main file's old pages and empties
        the WAL, which still holds earlier copies of the rows (from the hold, say). A reader
        on an older snapshot stops it from completing: it waits at most
        ``_CHECKPOINT_WAIT_MS`` (new writers wait meanwhile) and then reports False.
        PostgreSQL: ``VACUUM`` makes dead tuples' space reusable. It does not overwrite it
        at once, cannot clear tuples an open older transaction may still see, and does not
        touch WAL segments, WAL archives or backups, which keep old rows until they are
        recycled or expire.
        """
        try:
            if self.is_postgresql:
                with self.engine.connect() as connection:
                    auto = connection.execution_options(isolation_level="AUTOCOMMIT")
                    for table in tables:
                        auto.exec_driver_sql(f"VACUUM {table}")
                return True
            return self._checkpoint()
        except (SQLAlchemyError, OSError, sqlite3.Error) as exc:
            log.warning("compaction failed", extra={"error": _kind(exc)})
            return False

    def _checkpoint(self) -> bool:
        """``PRAGMA wal_checkpoint(TRUNCATE)``; True only if it checkpointed everything."""
        # outside any transaction: the raw connection is in autocommit mode
        raw = self.engine.raw_connection()
        try:
            driver: Any = raw.driver_connection
            (previous,) = driver.execute("PRAGMA busy_timeout").fetchone()
            driver.execute(f"PRAGMA busy_timeout = {_CHECKPOINT_WAIT_MS}")
            try:
                busy, _, _ = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                driver.execute(f"PRAGMA busy_timeout = {int(previous)}")
        finally:
            raw.close()
        if busy:
            log.warning("WAL checkpoint incomplete: a reader holds an older snapshot")
            return False
        return True

    def ping(self) -> None:
        """Run ``SELECT 1``; raises the driver's error when the database is unreachable."""
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def check_schema(settings: Store, data_dir: Path) -> str:
    """Connect to the configured database without changing it and check that its schema
    is this release's newest; what was found, for the operator. ``StoreError`` when the
    database cannot be reached (PostgreSQL: within ``connect_timeout_seconds``), holds no
    review queue, or its schema is older or newer. No message quotes the URL: it may hold
    a password."""
    url = _url(settings, data_dir)
    path = _sqlite_path(url)
    if path is not None and not path.exists():
        raise StoreError(
            "no review queue yet: its SQLite file does not exist (`scanner run` or "
            "`review-queue serve` creates it)"
        )
    script = ScriptDirectory(str(_MIGRATIONS))
    head = script.get_current_head() or ""
    started = time.monotonic()
    try:
        engine = _engine(url, settings)
        try:
            with engine.connect() as connection:
                current = MigrationContext.configure(connection).get_current_heads()
                backend = connection.dialect.name
        finally:
            engine.dispose()
    except SQLAlchemyError as exc:
        waited = f"{_kind(exc)} after {time.monotonic() - started:.1f} s"
        raise StoreError(
            f"cannot open the review queue's SQLite file ({waited}): check that this user "
            "may read and write it and its directory"
            if path is not None
            else f"cannot reach the review queue database ({waited}; "
            f"store.connect_timeout_seconds is {settings.connect_timeout_seconds}): check "
            "the host, port, database name, user and password in store.url"
        ) from None
    if not current:
        raise StoreError(
            "the database holds no review queue (no schema revision): `scanner run` or "
            "`review-queue serve` creates it"
        )
    if current != (head,):
        at = ", ".join(current)
        known = {revision.revision for revision in script.walk_revisions()}
        if known.issuperset(current):
            raise StoreError(
                f"the database schema is at revision {at}, this release's is {head}: the "
                "service upgrades it when it starts (`scanner proxy`, `scanner run`, "
                "`review-queue serve`, any `review-queue` command)"
            )
        raise StoreError(
            f"the database schema is at revision {at}, newer than this release knows "
            f"({head}): a later release upgraded it; run that release"
        )
    return f"{backend}, schema revision {head}, current"


def _url(settings: Store, data_dir: Path) -> str:
    return settings.url or f"sqlite:///{data_dir / SQLITE_FILE}"


def _parse(url: str) -> URL:
    """``url`` parsed; ``StoreError`` (never quoting it) when it cannot be."""
    try:
        return make_url(url)
    except (SQLAlchemyError, ValueError):  # a port that is no number: ValueError
        raise StoreError("store.url is not a valid database URL (host, port?)") from None


def _sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None: another database, or SQLite in memory)."""
    parsed = _parse(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _create_sqlite_file(url: str) -> None:
    """The SQLite file of ``url`` made (with its directory) if missing, private from the
    start: SQLite gives its -wal and -shm files the same mode."""
    path = _sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))


def _engine(url: str, settings: Store) -> Engine:
    parsed = _parse(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            parsed, connect_args={"timeout": settings.busy_timeout_seconds}, pool_pre_ping=True
        )
        _sqlite_setup(engine)
        return engine
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    # libpq waits for a silent server forever; a connect_timeout in the URL wins.
    connect_args = (
        {}
        if "connect_timeout" in parsed.query
        else {"connect_timeout": settings.connect_timeout_seconds}
    )
    return create_engine(
        parsed,
        connect_args=connect_args,
        pool_size=settings.pool_size,
        max_overflow=settings.max_overflow,
        pool_timeout=settings.pool_timeout_seconds,
        pool_pre_ping=True,
    )


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


def _migrate(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _kind(exc: Exception) -> str:
    original = getattr(exc, "orig", None)
    return type(original).__name__ if original is not None else type(exc).__name__
