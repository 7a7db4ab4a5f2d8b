"""The migrations and the model agree: a derived file that is stale fails here."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from tasdiq.store import Store
from tasdiq.store.db import HEAD_REVISION, alembic_config
from tasdiq.store.schema import metadata
from tasdiq.store.search import is_search_object


def test_migrations_have_a_single_head(sqlite_store: Store) -> None:
    heads = ScriptDirectory.from_config(alembic_config(sqlite_store.engine)).get_heads()
    assert len(heads) == 1, f"several migration heads {heads}: rebase the newest onto the other"
    assert heads[0] == HEAD_REVISION, f"set store/db.py HEAD_REVISION to the newest migration, {heads[0]}"


def test_the_revision_is_read_as_alembic_reads_it(store: Store) -> None:
    with store.engine.connect() as conn:
        assert store.current_revision() == MigrationContext.configure(conn).get_current_revision() == HEAD_REVISION


def test_migrated_schema_matches_the_model(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={
            "compare_type": False,
            # The full-text index (tasdiq.store.search) lives beside the model, not in it.
            "include_name": lambda name, type_, _parents: not is_search_object(name, type_)}), metadata)
    assert diff == [], f"model and migrations differ; run tools/new_migration.py: {diff}"
