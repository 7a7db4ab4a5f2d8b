"""search: full-text index over sources, incidents and claims (FTS5 on SQLite, tsvector on PostgreSQL)

Built here for the rows that exist; kept in step afterwards by triggers (SQLite) or generated
columns (PostgreSQL). See tasdiq/store/search.py.

Revision ID: d1a4e0c9b7f2
Revises: b82c4fb55716
Create Date: 2026-12-04 16:30:00
"""

from __future__ import annotations

from alembic import op

from tasdiq.store import search

revision = 'd1a4e0c9b7f2'
down_revision = 'b82c4fb55716'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        statements = [*search.sqlite_ddl(), *search.sqlite_backfill()]
    else:
        statements = search.postgres_ddl()
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    drops = search.sqlite_drop() if op.get_bind().dialect.name == "sqlite" else search.postgres_drop()
    for statement in drops:
        op.execute(statement)
