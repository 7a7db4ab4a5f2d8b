"""The bulk write path: many new rows in one statement, each still in the audit chain.

The ORM unit of work costs about 100 µs per new object (identity map, attribute events,
the audit hook's snapshot); a first link of 100,000 mentions creates some 150,000 rows,
which alone would take most of the 60-second budget. So new incidents and new links are
inserted with one multi-row `INSERT ... RETURNING id` on the session's own connection and
transaction, and for each row an audit entry identical to what the ORM hook would write
(action "insert", the full row as `snapshot` renders it) is appended through
`tasdiq.store.audit.append_entries`. Updates and deletes, which are few, stay on the ORM.

Rows must be complete: Core does not apply the dataclass defaults, so `complete()` fills
them in from the model declaration.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from tasdiq.model import Entity
from tasdiq.store.audit import append_entries
from tasdiq.store.schema import table_of

_DEFAULTS: dict[str, tuple[tuple[str, Any, Any], ...]] = {}


def _defaults(entity: type[Entity]) -> tuple[tuple[str, Any, Any], ...]:
    """(name, default, default factory) of every column but id, read once per entity."""
    found = _DEFAULTS.get(entity.__tablename__)
    if found is None:
        found = tuple(
            (f.name, None if f.default is dataclasses.MISSING else f.default,
             None if f.default_factory is dataclasses.MISSING else f.default_factory)
            for f in dataclasses.fields(entity) if f.name != "id")
        _DEFAULTS[entity.__tablename__] = found
    return found


def complete(entity: type[Entity], values: dict[str, Any]) -> dict[str, Any]:
    """Every column of `entity`, from `values` or the declared default."""
    row: dict[str, Any] = {}
    for name, default, factory in _defaults(entity):
        row[name] = values[name] if name in values else (factory() if factory else default)
    return row


def _scalar(value: Any) -> Any:
    """The audit form of a column value. JSON columns written here are plain JSON already
    (the linker builds them from str/int/float/None), so only dates need converting."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def insert_audited(session: Session, entity: type[Entity], rows: list[dict[str, Any]]) -> list[int]:
    """Insert complete rows of `entity`; returns their ids in order, audit entries appended."""
    if not rows:
        return []
    session.flush()  # pending ORM writes (and their audit entries) go first, in order
    conn = session.connection()
    table = table_of(entity)
    if conn.dialect.name == "sqlite":
        # SQLite runs RETURNING with parameter order row by row; our transaction began with
        # BEGIN IMMEDIATE, so it holds the only write lock and can number the rows itself.
        first = int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1
        ids = list(range(first, first + len(rows)))
        conn.execute(insert(table), [row | {"id": i} for i, row in zip(ids, rows, strict=True)])
    else:
        result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
        ids = [int(r[0]) for r in result]
    names = ["id", *(name for name, _, _ in _defaults(entity))]
    items: list[tuple[str, str, str, dict[str, Any] | None, dict[str, Any] | None]] = [
             ("insert", entity.__tablename__, str(i), None,
              {name: _scalar(i if name == "id" else row[name]) for name in names})
             for i, row in zip(ids, rows, strict=True)]
    append_entries(conn, actor=str(session.info.get("actor", "system")), items=items)
    return ids
