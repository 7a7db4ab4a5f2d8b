"""Bulk writes that stay audited: many rows of one entity in one statement.

The ORM's unit of work costs a few hundred microseconds a row; ingesting a hundred
thousand reports needs less. `insert_audited` inserts model objects with one multi-row
INSERT ... RETURNING (on PostgreSQL: ids from the table's sequence, then COPY), assigns
their ids, and appends one audit entry per row to the chain, exactly as the session hook
would have. `insert_rows` does the same from column values,
for callers that never need the objects (the linker writes ~150,000 rows a run, and
building mapped objects would cost it seconds); both write one and the same audit entry.
`update_audited` is the update's counterpart: one multi-row UPDATE (`copy.update_many`), and
the before and after images the session hook would have written for each changed row.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm.attributes import set_committed_value

from tasdiq.model.entities import Entity
from tasdiq.store.audit import _plain, append_entries, snapshot
from tasdiq.store.copy import copy_rows, insert_many, next_ids, update_many, uses_copy
from tasdiq.store.fit import fit_row
from tasdiq.store.schema import TABLES

Default = tuple[str, Any, Callable[[], Any] | None]


_DEFAULTS: dict[str, tuple[Default, ...]] = {}


def _defaults(entity: type[Entity]) -> tuple[Default, ...]:
    """(name, default, default factory) of every column but id, as the model declares them."""
    found = _DEFAULTS.get(entity.__tablename__)
    if found is None:
        found = _DEFAULTS[entity.__tablename__] = tuple(
            (f.name, None if f.default is dataclasses.MISSING else f.default,
             None if f.default_factory is dataclasses.MISSING else f.default_factory)
            for f in dataclasses.fields(entity) if f.name != "id")
    return found


def _row(obj: Entity) -> dict[str, Any]:
    # the declared columns, cached: `dataclasses.fields` rebuilt their tuple for every row
    return {name: getattr(obj, name) for name, _, _ in _defaults(type(obj))}


def complete(entity: type[Entity], values: dict[str, Any]) -> dict[str, Any]:
    """Every column of `entity` but id: from `values`, else the declared default.

    Core does not apply dataclass defaults, so rows for `insert_rows` must be complete."""
    return {name: values[name] if name in values else (factory() if factory else default)
            for name, default, factory in _defaults(entity)}


def insert_rows(
    conn: Connection, *, actor: str, entity: type[Entity], rows: Sequence[dict[str, Any]],
    images: list[dict[str, Any]] | None = None,
) -> list[int]:
    """Insert rows of `entity` (values as `complete` returns them); their ids in order, each insert
    audited. `images`, when given, receives each row's audit image (its `snapshot` as stored)."""
    if not rows:
        return []
    table = TABLES[entity]
    rows = [fit_row(entity, row) for row in rows]  # NULs and over-long strings, as every backend stores them
    if conn.dialect.name == "sqlite":
        # SQLite cannot return ids from a multi-row insert in parameter order, and falls back
        # to one statement per row. The transaction holds SQLite's only write lock (writers
        # begin IMMEDIATE), so numbering the rows here cannot collide with another writer.
        start = int(conn.execute(select(func.max(table.c.id))).scalar() or 0)
        ids = list(range(start + 1, start + 1 + len(rows)))
        insert_many(conn, table, [row | {"id": new_id} for row, new_id in zip(rows, ids, strict=True)])
    elif uses_copy(conn, len(rows)):
        ids = next_ids(conn, table, len(rows))
        copy_rows(conn, table, [row | {"id": new_id} for row, new_id in zip(rows, ids, strict=True)])
    else:
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids = [int(i) for i in conn.execute(statement, list(rows)).scalars().all()]
    if entity.__audited__:
        # The same snapshot `audit.snapshot` takes of an object: every column, plain values.
        items: list[tuple[str, str, str, dict[str, Any] | None, dict[str, Any] | None]] = [
            ("insert", entity.__tablename__, str(new_id), None,
             {"id": new_id} | {name: _plain(value) for name, value in row.items()})
            for row, new_id in zip(rows, ids, strict=True)]
        append_entries(conn, actor=actor, items=items)
        if images is not None:
            images.extend(after for *_, after in items if after is not None)
    return ids


def insert_audited(
    conn: Connection, *, actor: str, objects: Sequence[Entity], images: list[dict[str, Any]] | None = None
) -> None:
    """Insert objects (all of one entity type), set their ids, and audit each insert (`images` as
    for `insert_rows`)."""
    if not objects:
        return
    ids = insert_rows(conn, actor=actor, entity=type(objects[0]), rows=[_row(obj) for obj in objects], images=images)
    for obj, new_id in zip(objects, ids, strict=True):
        obj.id = new_id


def update_audited(
    conn: Connection, *, actor: str, changes: Sequence[tuple[Entity, dict[str, Any]]],
    images: list[dict[str, Any]] | None = None,
) -> None:
    """Set columns of objects (all of one entity type, every change naming the same columns) by
    `update_many`, audit each row that changes with the before and after images the
    session's flush hook would have written (in id order, as its flush did), and bring the
    objects up to date as committed state, without a flush of their own. `images`, when given,
    receives every object's image after the update, in id order, changed or not."""
    if not changes:
        return
    entity = type(changes[0][0])
    fitted = [(obj, fit_row(entity, values)) for obj, values in sorted(changes, key=lambda c: int(c[0].id or 0))]
    names = tuple(fitted[0][1])
    items: list[tuple[str, str, str, dict[str, Any] | None, dict[str, Any] | None]] = []
    params: list[dict[str, Any]] = []
    for obj, values in fitted:
        before = snapshot(obj)
        altered = {name: value for name, value in values.items() if _plain(value) != before[name]}
        if not altered:
            if images is not None:
                images.append(before)
            continue
        after = before | {name: _plain(value) for name, value in altered.items()}
        if images is not None:
            images.append(after)
        items.append(("update", entity.__tablename__, str(obj.id), before, after))
        params.append({"id": obj.id} | {name: values[name] for name in names})
    if params:
        update_many(conn, TABLES[entity], params)
        append_entries(conn, actor=actor, items=items)
    for obj, values in fitted:
        for name, value in values.items():  # committed state, not a change: the row holds them
            set_committed_value(obj, name, value)
