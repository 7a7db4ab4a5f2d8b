"""sources.extractor_version as text: component versions stored whole, as JSON

Revision ID: a6f7ec696311
Revises: c975632f50cc
Create Date: 2026-12-04 16:16:10.076121
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'a6f7ec696311'
down_revision = 'c975632f50cc'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Values written before were cut at 200 characters (invalid JSON); each source's mentions
    # keep their components whole, and the next extraction of the source rewrites this one.
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.alter_column('extractor_version', existing_type=sa.VARCHAR(length=200), type_=sa.Text(),
                              existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.alter_column('extractor_version', existing_type=sa.Text(), type_=sa.VARCHAR(length=200),
                              existing_nullable=True)
