"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from review_queue.service import CLI, ReviewService
from review_queue.store.schema import Base

MIGRATIONS = Path(__file__).resolve().parents[3] / "review_queue" / "store" / "migrations"


def test_migrated_schema_matches_the_models(service: ReviewService) -> None:
    with service.db.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == "0006"
        assert compare_metadata(context, Base.metadata) == []


def test_reopening_is_idempotent(service: ReviewService) -> None:
    again = ReviewService.open(service.settings)
    try:
        assert again.stats(CLI)["pending"] == 0
    finally:
        again.close()


def test_a_database_made_by_an_earlier_version_is_upgraded_in_place(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO allowlist (sender_hash, customer, created_at, created_by)"
                " VALUES ('h', 'c', '2026-12-01 00:00:00', 'admin')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO users (name, role, password_hash, disabled, created_at)"
                " VALUES ('rita', 'reviewer', 'x', 0, '2026-12-01 00:00:00')"
            )
        )
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        assert connection.execute(text("SELECT count(*) FROM allowlist")).scalar() == 1
        columns = {c["name"] for c in inspect(connection).get_columns("items")}
        assert "fingerprint" in columns
        (role,) = [
            c for c in inspect(connection).get_columns("item_addresses") if c["name"] == "role"
        ]
        assert role["type"].length == 16  # header roles such as header_reply_to
        assert connection.execute(text("SELECT count(*) FROM counters")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM user_customers")).scalar() == 0
        epochs = connection.execute(text("SELECT credential_epoch FROM users")).scalars()
        assert list(epochs) == [0]  # existing accounts start at 0
        command.downgrade(config, "0001")
        assert "counters" not in inspect(connection).get_table_names()
        assert "user_customers" not in inspect(connection).get_table_names()
        users = {c["name"] for c in inspect(connection).get_columns("users")}
        assert "credential_epoch" not in users
        assert "fingerprint" not in {c["name"] for c in inspect(connection).get_columns("items")}
