"""Many rows into one table: PostgreSQL's COPY, else one multi-row INSERT.

A batch partition writes thousands of rows (sources, mentions, claims and an audit entry for
each) in one transaction. PostgreSQL parses, plans and acknowledges every row of an INSERT
(psycopg sends them as multi-row statements of a few hundred rows each); COPY streams them
in one command. Values are bound exactly as SQLAlchemy binds them for an INSERT (each
column type's bind processor: JSON wrapped as `Json`, enums as their values, times in UTC),
so the stored rows are the same either way. COPY runs on the transaction's own connection:
it commits or rolls back with everything else the transaction wrote.

Updates of many rows go the same way on PostgreSQL: one UPDATE from a VALUES list of bound
rows, not one UPDATE a row.

On SQLite the rows go to the driver's executemany as tuples bound by the same processors:
SQLAlchemy's executemany built each row's parameters in Python again (a dict a row, a lookup
and a call a column): 5,000 audited sources took 0.73-0.80 CPU s that way, 0.67-0.69 this way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, insert, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import StatementError

# Audited sources, client CPU per row by INSERT / by COPY (bench run under load 12, so
# relative figures only): 16 rows 310-380 / 305-340 us, 64 rows 216-227 / 118-133 us, 500 rows
# 203-206 / 74-78 us. Below 64 the sequence read and COPY's own round trip eat the gain.
COPY_FROM = 64
# Rows a multi-row UPDATE sets: PostgreSQL takes at most 65,535 parameters a statement.
UPDATE_ROWS = 1000


def uses_copy(conn: Connection, rows: int) -> bool:
    return conn.dialect.name == "postgresql" and rows >= COPY_FROM


def insert_many(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows (all with the same keys) into `table`: by COPY on PostgreSQL."""
    if not rows:
        return
    if uses_copy(conn, len(rows)):
        copy_rows(conn, table, rows)
    elif conn.dialect.name == "sqlite" and len(rows[0]) == len(table.c) and all(n in table.c for n in rows[0]):
        # every column given: nothing left for a Python-side column default to fill in
        places = ", ".join("?" * len(table.c))
        statement = _statement(conn, table, list(rows[0]), "INSERT INTO", f"VALUES ({places})")
        conn.exec_driver_sql(statement, _bound(conn, table, rows, statement))
    else:
        conn.execute(insert(table), list(rows))


def update_many(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Set columns of many rows of `table`, each row its `id` and the same other columns.

    On PostgreSQL one `UPDATE ... FROM (VALUES ...)` for up to `UPDATE_ROWS` rows: an
    executemany UPDATE is one statement a row for the server to parse, plan and acknowledge.
    On SQLite the driver's executemany of tuples, as `insert_many` does. Values are bound by the
    column types' processors (on PostgreSQL cast to the column's type), as SQLAlchemy binds
    them, so the stored rows are the same."""
    if not rows:
        return
    names = [name for name in rows[0] if name != "id"]
    ordered = [{name: row[name] for name in names} | {"id": row["id"]} for row in rows]
    if conn.dialect.name == "postgresql":
        for start in range(0, len(ordered), UPDATE_ROWS):
            _update_from_values(conn, table, ordered[start : start + UPDATE_ROWS])
    elif conn.dialect.name == "sqlite":
        quote = conn.dialect.identifier_preparer
        settings = ", ".join(f"{quote.quote(name)} = ?" for name in names)
        statement = f"UPDATE {quote.format_table(table)} SET {settings} WHERE id = ?"
        conn.exec_driver_sql(statement, _bound(conn, table, ordered, statement))
    else:
        each = update(table).where(table.c.id == bindparam("key")).values({name: bindparam(name) for name in names})
        conn.execute(each, [{"key": row["id"]} | {name: row[name] for name in names} for row in rows])


def _update_from_values(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """One UPDATE of `rows` (their columns in one order, `id` last) from a VALUES list."""
    names = list(rows[0])
    quote = conn.dialect.identifier_preparer
    casts = ", ".join(f"%s::{table.c[name].type.compile(dialect=conn.dialect)}" for name in names)
    settings = ", ".join(f"{quote.quote(name)} = v.{quote.quote(name)}" for name in names if name != "id")
    target, columns = quote.format_table(table), ", ".join(quote.quote(name) for name in names)
    statement = (f"UPDATE {target} SET {settings} FROM (VALUES " + ", ".join([f"({casts})"] * len(rows))
                 + f") AS v ({columns}) WHERE {target}.id = v.id")
    bound = _bound(conn, table, rows, statement)
    conn.exec_driver_sql(statement, tuple(value for values in bound for value in values))


def copy_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    statement = _statement(conn, table, list(rows[0]), "COPY", "FROM STDIN")
    bound = _bound(conn, table, rows, statement)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor.copy(statement) as copy:
        for values in bound:
            copy.write_row(values)


def _statement(conn: Connection, table: Table, names: list[str], verb: str, source: str) -> str:
    quote = conn.dialect.identifier_preparer
    return f"{verb} {quote.format_table(table)} ({', '.join(quote.quote(n) for n in names)}) {source}"


def _bound(conn: Connection, table: Table, rows: Sequence[dict[str, Any]], statement: str) -> list[tuple[Any, ...]]:
    """Each row's values in its first row's column order, as the column types bind them; a
    value a type refuses raises StatementError, as SQLAlchemy's own binding does."""
    names = list(rows[0])
    processors: list[Callable[[Any], Any] | None] = [
        table.c[name].type._cached_bind_processor(conn.dialect) for name in names]
    try:
        return [tuple([value if process is None else process(value)
                       for value, process in zip((row[n] for n in names), processors, strict=True)])
                for row in rows]
    except Exception as exc:
        raise StatementError(f"({type(exc).__module__}.{type(exc).__qualname__}) {exc}", statement, None,
                             exc) from exc


def next_ids(conn: Connection, table: Table, count: int) -> list[int]:
    """`count` new ids from the table's own sequence (PostgreSQL), in increasing order; rows
    inserted with them by COPY take ids that no concurrent writer can take."""
    sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}).scalar_one()
    found = conn.execute(text("SELECT nextval(:s) FROM generate_series(1, :n)"), {"s": sequence, "n": count})
    return sorted(int(i) for i in found.scalars())
