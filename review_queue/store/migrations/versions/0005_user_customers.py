"""Customer-scoped accounts: ``user_customers`` lists the customers an account may see.

Existing accounts get no rows, so they stay unscoped and see every customer's items.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-10 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_customers",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("customer", sa.String(length=255), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "customer"),
    )


def downgrade() -> None:
    op.drop_table("user_customers")
