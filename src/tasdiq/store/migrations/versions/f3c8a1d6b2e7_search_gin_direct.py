"""search: PostgreSQL's full-text GIN indexes take new rows directly (fastupdate off)

Searches no longer read a pending list of recent rows (see tasdiq/store/search.py,
postgres_gin_direct). SQLite's FTS5 index has no such list and is left as it is.

Revision ID: f3c8a1d6b2e7
Revises: e5b7c2a9d4f1
Create Date: 2026-12-04 21:20:00
"""

from __future__ import annotations

from alembic import op

from tasdiq.store import search

revision = 'f3c8a1d6b2e7'
down_revision = 'e5b7c2a9d4f1'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in search.postgres_gin_direct():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in search.postgres_gin_direct(direct=False):
            op.execute(statement)
