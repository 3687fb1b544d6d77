"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from review_queue.service import ReviewService
from review_queue.store.schema import Base


def test_migrated_schema_matches_the_models(service: ReviewService) -> None:
    with service.db.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == "0001"
        assert compare_metadata(context, Base.metadata) == []


def test_reopening_is_idempotent(service: ReviewService) -> None:
    again = ReviewService.open(service.settings)
    try:
        assert again.stats()["pending"] == 0
    finally:
        again.close()
