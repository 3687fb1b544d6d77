"""Item address roles are wider: header addresses are indexed (``header_reply_to``).

Items held before this revision keep their envelope rows only; they are not re-indexed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("item_addresses", schema=None) as batch_op:
        batch_op.alter_column(
            "role",
            existing_type=sa.String(length=8),
            type_=sa.String(length=16),
            existing_nullable=False,
        )


def downgrade() -> None:
    # The older schema indexes envelope addresses only: header rows cannot stay.
    op.execute("DELETE FROM item_addresses WHERE role LIKE 'header%'")
    with op.batch_alter_table("item_addresses", schema=None) as batch_op:
        batch_op.alter_column(
            "role",
            existing_type=sa.String(length=16),
            type_=sa.String(length=8),
            existing_nullable=False,
        )
