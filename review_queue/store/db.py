"""The database at open (migrated to the newest schema), its check from outside, and the
transaction helper every store module uses. PostgreSQL serialises migrations with an
advisory lock. How connections are made and bounded: ``review_queue.store.engine``.
"""

from __future__ import annotations

import logging
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
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from review_queue.store.engine import (
    create_sqlite_file,
    make_engine,
    sqlite_path,
    without_statement_timeout,
)
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
            create_sqlite_file(url)
            engine = make_engine(url, settings)
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
                    auto.exec_driver_sql("SET statement_timeout = 0")  # a VACUUM may run long
                    try:
                        for table in tables:
                            auto.exec_driver_sql(f"VACUUM {table}")
                    finally:
                        auto.exec_driver_sql("RESET statement_timeout")  # back to the pool
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
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise StoreError(
            "no review queue yet: its SQLite file does not exist (`scanner run` or "
            "`review-queue serve` creates it)"
        )
    script = ScriptDirectory(str(_MIGRATIONS))
    head = script.get_current_head() or ""
    started = time.monotonic()
    try:
        engine = make_engine(url, settings)
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


def _migrate(engine: Engine) -> None:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as connection:
        without_statement_timeout(connection)  # an upgrade may rewrite a large table
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _kind(exc: Exception) -> str:
    original = getattr(exc, "orig", None)
    return type(original).__name__ if original is not None else type(exc).__name__
