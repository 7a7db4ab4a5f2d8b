"""search: covering indexes for filtered full-text searches on SQLite

A filtered search joins each full-text match to its row; these indexes hold the columns the
filters read, so the join does not read the row (see tasdiq/store/search.py, FILTER_COLUMNS).
PostgreSQL filters the rows in the same scan as the match and needs none.

Revision ID: e5b7c2a9d4f1
Revises: 6c36b0c178de
Create Date: 2026-12-04 18:55:00
"""

from __future__ import annotations

from alembic import op

from tasdiq.store import search

revision = 'e5b7c2a9d4f1'
down_revision = '6c36b0c178de'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in search.sqlite_filter_ddl():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in search.sqlite_filter_drop():
            op.execute(statement)
