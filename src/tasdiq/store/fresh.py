"""A new SQLite store made by one script instead of by running every migration.

`tasdiq ingest` into a new folder (the first command a user runs) used to import alembic and
run the migrations one by one: ~140 DDL statements, tables rebuilt by alembic's batch mode,
0.2-0.3 CPU s of a command. `sqlite_schema.sql` holds what those migrations leave in an empty
SQLite database (its `sqlite_master` statements in creation order, and its rows: the
`alembic_version` stamp) and a new store replays it in one transaction. Migrations stay the
only declaration: the script is derived from them by `tools/sqlite_schema.py`, and
tests/test_schema.py fails when it no longer rebuilds exactly what they build. Existing stores,
and PostgreSQL, migrate through alembic as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve().with_name("sqlite_schema.sql")


def schema_script(conn: sqlite3.Connection) -> str:
    """The statements that rebuild `conn`'s schema and the rows of its own tables, in the order
    they were created; objects SQLite makes by itself (a full-text index's tables, autoindexes,
    `sqlite_sequence`) are left to it."""
    scratch = sqlite3.connect(":memory:")
    statements, tables = [], []
    query = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    for kind, name, sql in conn.execute(query):
        made = scratch.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        if made or name.startswith("sqlite_"):
            continue
        scratch.execute(sql)
        statements.append(f"{sql};")
        if kind == "table" and not sql.upper().startswith("CREATE VIRTUAL"):
            tables.append(name)
    for table in tables:
        statements.extend(f'INSERT INTO "{table}" VALUES ({", ".join(map(_literal, row))});'
                          for row in conn.execute(f'SELECT * FROM "{table}"'))
    scratch.close()
    return "\n".join(statements) + "\n"


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return f"X'{value.hex()}'"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def create(conn: sqlite3.Connection) -> bool:
    """Build the newest schema in `conn` if its database is empty; False (nothing done) if not.

    `conn` is in autocommit mode (the store's connections are): the script runs inside its
    own transaction, so a failure leaves the database empty."""
    if _holds_anything(conn):
        return False
    return replay(conn)


def replay(conn: sqlite3.Connection) -> bool:
    """Run the script in one transaction; False if another process made the store between our
    look and our write lock (its first CREATE then fails and nothing of ours is kept)."""
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{SCRIPT.read_text(encoding='utf-8')}COMMIT;")
    except sqlite3.OperationalError:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if _holds_anything(conn):
            return False
        raise
    return True


def _holds_anything(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])


def contents(conn: sqlite3.Connection) -> Iterator[tuple[Any, ...]]:
    """What two stores must share to be the same store: every schema object, every row of every
    table (SQLite's own included) and the header's version fields."""
    master = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    yield from ((kind, name, table, _table_clauses_sorted(sql)) for kind, name, table, sql in master)
    for kind, name, _table, sql in master:
        if kind == "table" and not (sql or "").upper().startswith("CREATE VIRTUAL"):
            yield (name, sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr))
    yield ("user_version", conn.execute("PRAGMA user_version").fetchone())
    yield ("application_id", conn.execute("PRAGMA application_id").fetchone())


_CONSTRAINT_WORDS = ("CONSTRAINT ", "PRIMARY KEY", "FOREIGN KEY", "UNIQUE ", "UNIQUE(", "CHECK ", "CHECK(")


def _table_clauses_sorted(sql: str | None) -> str | None:
    """A CREATE TABLE with its table constraints in sorted order: alembic's batch mode rebuilds a
    table with its constraints in an order that varies from process to process (it iterates a
    set), so two equal schemas may list them differently. Columns keep their order."""
    if not sql or not sql.startswith("CREATE TABLE") or "\n" not in sql:
        return sql
    head, *body, tail = sql.split("\n")
    clauses = [line.strip().removesuffix(",").strip() for line in body]
    columns = [c for c in clauses if not c.upper().startswith(_CONSTRAINT_WORDS)]
    constraints = sorted(c for c in clauses if c.upper().startswith(_CONSTRAINT_WORDS))
    return "\n".join([head, *columns, *constraints, tail])
