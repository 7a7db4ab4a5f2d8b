"""SQL tables derived from the dataclasses in `tasdiq.model`, and the ORM mapping onto them.

The model declares each noun once; this module turns the declaration into a `Table`
(column types from the annotations, NULL from `| None`, constraints from field metadata)
and maps the dataclass imperatively, so the rest of the product works with plain model
objects. Alembic compares these tables with its migrations (tests/test_schema.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import registry
from sqlalchemy.sql.base import ReadOnlyColumnCollection
from sqlalchemy.types import TypeDecorator, TypeEngine

from tasdiq.model.entities import ENTITIES, Entity, Incident

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)
mapper_registry = registry(metadata=metadata)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores UTC without an offset and returns aware UTC datetimes on every backend.

    SQLite keeps no time zone and PostgreSQL converts to the session's; normalising here
    means the audit chain hashes the same text for the same instant on both.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: Tasdiq stores aware UTC times only")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class StrEnumType(TypeDecorator[StrEnum]):
    """A closed vocabulary stored as its text value and read back as the enum member.

    Writing a value the enum does not declare fails here, before it reaches a row: the store
    holds only declared values (reference/data/registry declares them). Reading is lenient,
    so a row written by an older version with a since-retired value still loads as text.
    """

    impl = String
    cache_ok = True

    def __init__(self, enum: type[StrEnum], length: int | None = None) -> None:
        super().__init__(length)
        self.enum = enum
        # Read back by a dict lookup: calling the enum costs ~1.2 µs more a value, and an after-link
        # read of a few thousand claims and links decodes tens of thousands of them.
        self._members: dict[str, StrEnum] = {m.value: m for m in enum}

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        if value is None:
            return None
        try:
            return self.enum(value).value
        except ValueError:
            allowed = ", ".join(m.value for m in self.enum)
            raise ValueError(f"{value!r} is not a declared {self.enum.__name__} (one of {allowed})") from None

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        if value is None:
            return None
        return self._members.get(value, value)


_SCALARS: dict[Any, type[TypeEngine[Any]]] = {
    int: Integer,
    float: Float,
    bool: Boolean,
    dt.date: Date,
}


def _unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    """`X | None` -> (X, True); anything else -> (annotation, False)."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return annotation, False


def _sql_type(annotation: Any, info: typing.Mapping[str, Any]) -> TypeEngine[Any]:
    if annotation is str:
        length = info.get("max_length")
        return String(length) if length else Text()
    if annotation is dt.datetime:
        return UTCDateTime()
    if isinstance(annotation, type) and issubclass(annotation, StrEnum):
        return StrEnumType(annotation, info.get("max_length"))
    origin = typing.get_origin(annotation) or annotation
    if origin in (dict, list):
        return JSON()
    if annotation in _SCALARS:
        return _SCALARS[annotation]()
    raise TypeError(f"no SQL type for annotation {annotation!r}")


def _column(field: dataclasses.Field[Any], annotation: Any) -> Column[Any]:
    if field.name == "id":
        return Column("id", Integer, primary_key=True, autoincrement=True)
    inner, optional = _unwrap_optional(annotation)
    info = field.metadata
    args: list[Any] = []
    if info.get("references"):
        args.append(ForeignKey(info["references"], ondelete=info.get("on_delete")))
    return Column(
        field.name,
        _sql_type(inner, info),
        *args,
        nullable=optional,
        unique=bool(info.get("unique")) or None,
        index=bool(info.get("index")) or None,
    )


def table_for(entity: type[Entity]) -> Table:
    hints = typing.get_type_hints(entity)
    columns = [_column(f, hints[f.name]) for f in dataclasses.fields(entity)]
    constraints = [UniqueConstraint(*cols) for cols in entity.__unique_together__]
    return Table(entity.__tablename__, metadata, *columns, *constraints)


TABLES: dict[type[Entity], Table] = {entity: table_for(entity) for entity in ENTITIES}

# Queries that the incident list and the map run on every page view.
Index("ix_incidents_date_admin1", TABLES[Incident].c.date, TABLES[Incident].c.admin1)

# One row holding the head of the audit chain. Appending an entry updates it in the same
# transaction, which serialises concurrent writers on PostgreSQL (row lock) as SQLite's
# single writer already does: two entries can never claim the same predecessor.
audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("last_id", Integer, nullable=True),
    Column("last_hash", String(64), nullable=False),
)

_mapped = False


def map_entities() -> None:
    """Map every model dataclass onto its table (once per process)."""
    global _mapped
    if _mapped:
        return
    for entity, table in TABLES.items():
        mapper_registry.map_imperatively(entity, table)
    _mapped = True


def table_of(entity: type[Entity]) -> Table:
    return TABLES[entity]


def cols(entity: type[Entity]) -> ReadOnlyColumnCollection[str, Column[Any]]:
    """The columns of an entity's table, for typed queries: `select(Source).where(cols(Source).id == 3)`.

    The model's dataclass attributes are typed as plain values (`int | None`), so mypy cannot
    see them as SQL expressions; the table's columns are the typed handle on the same thing.
    """
    return TABLES[entity].c
