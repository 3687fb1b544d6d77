"""Persisted counters: decisions deleted by erase and metadata retention, per decision.

Nothing is backfilled: decisions deleted before this revision are not counted, so the
exported ``mailguard_review_decisions_total`` keeps its value across the upgrade and only
stops dropping from then on.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "counters",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("counters")
