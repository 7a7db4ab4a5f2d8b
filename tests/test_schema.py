"""The migrations and the model agree: a derived file that is stale fails here."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from tasdiq.settings import Settings
from tasdiq.store import Store, fresh
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


def _contents(store: Store) -> list[tuple[Any, ...]]:
    with sqlite3.connect(store.settings.sqlite_path) as conn:
        return list(fresh.contents(conn))


def test_a_new_sqlite_store_is_what_the_migrations_build(tmp_path: Path) -> None:
    migrated, replayed = Store(Settings(home=tmp_path / "migrated")), Store(Settings(home=tmp_path / "replayed"))
    migrated.migrate()
    assert replayed.ensure_schema()
    assert replayed.current_revision() == HEAD_REVISION
    assert _contents(replayed) == _contents(migrated), "store/sqlite_schema.sql is stale: run tools/sqlite_schema.py"
    tables = {row[1] for row in _contents(replayed) if row[0] == "table"}
    assert set(metadata.tables) <= tables


def test_a_database_that_holds_anything_is_left_to_the_migrations(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path, isolation_level=None) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        assert not fresh.create(conn)
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes"]


def test_alembic_finds_nothing_to_apply_to_a_replayed_store(sqlite_store: Store) -> None:
    # Alembic reads the stamp the script wrote: nothing left to apply.
    sqlite_store.migrate()
    with sqlite_store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == HEAD_REVISION


def test_a_store_another_process_made_first_is_left_as_it_is(sqlite_store: Store) -> None:
    # The race `create` cannot see: the database was empty when looked at, full when locked.
    before = _contents(sqlite_store)
    with sqlite3.connect(sqlite_store.settings.sqlite_path, isolation_level=None) as conn:
        assert not fresh.replay(conn)
        assert not conn.in_transaction
    assert _contents(sqlite_store) == before
