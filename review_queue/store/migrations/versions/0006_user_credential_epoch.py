"""Accounts count their disables: ``users.credential_epoch`` is part of the credential stamp
a browser session checks, so a session (in any UI process) that outlived a disable stays
ended when the account is enabled again.

Existing accounts start at 0.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-12 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("credential_epoch", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("credential_epoch")
