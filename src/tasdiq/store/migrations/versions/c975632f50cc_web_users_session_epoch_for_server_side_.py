"""web: users.session_epoch for server-side logout; index incidents.killed_best for the map

Revision ID: c975632f50cc
Revises: ac5160fa8e73
Create Date: 2026-11-21 19:04:39.318607
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'c975632f50cc'
down_revision = 'ac5160fa8e73'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incidents_killed_best'), ['killed_best'], unique=False)

    with op.batch_alter_table('users', schema=None) as batch_op:
        # Existing accounts start at epoch 0, which is what their (older) cookies are checked against.
        batch_op.add_column(sa.Column('session_epoch', sa.Integer(), nullable=False, server_default=sa.text('0')))


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('session_epoch')

    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_incidents_killed_best'))

