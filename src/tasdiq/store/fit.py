"""Values made storable on every backend, at the two places objects become rows.

SQLite stores a NUL character and a string longer than its column; PostgreSQL refuses both
(`A string literal cannot contain NUL`, `value too long for type character varying`), so the
same file ingested fine on one backend and failed with a raw SQL dump on the other (issue 16);
neither encodes a lone surrogate. A NUL or a lone surrogate becomes U+FFFD (the replacement
character: it shows that something was there) in strings and in JSON keys and values; a
string over its column's declared `max_length` is cut, ending in an ellipsis. The original
file is untouched: this shapes only the derived rows. `insert_rows` (bulk) and the session
hook (ORM) call it before the audit chain snapshots the row, so the chain records what was
stored.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, UOWTransaction

from tasdiq.model.entities import Entity

NUL = "\x00"
REPLACEMENT = "\ufffd"
ELLIPSIS = "\u2026"
_SURROGATE = re.compile("[\ud800-\udfff]")


def fit_value(value: Any, max_length: int | None = None) -> Any:
    """`value` with NULs and lone surrogates replaced (recursively in JSON), cut to `max_length`."""
    if isinstance(value, str):
        if NUL in value:
            value = value.replace(NUL, REPLACEMENT)
        # No database encodes a lone surrogate: a JSON "\ud800" escape, or a file name's
        # undecodable bytes (os.fsdecode gives them as U+DC80-U+DCFF).
        if not value.isascii():  # ASCII has none: the check is a flag, the search 4 us a KB
            value = _SURROGATE.sub(REPLACEMENT, value)
        if max_length is not None and len(value) > max_length:
            value = value[: max_length - 1] + ELLIPSIS
        return value
    if isinstance(value, dict):
        return {fit_value(k): fit_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [fit_value(v) for v in value]
    return value


_LENGTHS: dict[str, dict[str, int | None]] = {}


def max_lengths(entity: type[Entity]) -> dict[str, int | None]:
    """Each field's declared max_length (None: unbounded text or not a string)."""
    found = _LENGTHS.get(entity.__tablename__)
    if found is None:
        found = _LENGTHS[entity.__tablename__] = {
            f.name: f.metadata.get("max_length") for f in dataclasses.fields(entity)
        }
    return found


def fit_row(entity: type[Entity], row: dict[str, Any]) -> dict[str, Any]:
    """The row, copied only if a value needs fitting (this runs for every row ingest writes)."""
    lengths = max_lengths(entity)
    fitted: dict[str, Any] | None = None
    for name, value in row.items():
        if isinstance(value, str | dict | list) and _needs_fit(value, lengths.get(name)):
            fitted = fitted if fitted is not None else dict(row)
            fitted[name] = fit_value(value, lengths.get(name))
    return fitted if fitted is not None else row


def _needs_fit(value: str | dict[str, Any] | list[Any], max_length: int | None) -> bool:
    if not isinstance(value, str):
        return bool(value)  # JSON: rare and small enough to rebuild
    return (NUL in value or (max_length is not None and len(value) > max_length)
            or (not value.isascii() and bool(_SURROGATE.search(value))))


def fit_object(obj: Entity) -> None:
    """Fit an object's fields in place, touching only the fields that change."""
    for name, max_length in max_lengths(type(obj)).items():
        value = getattr(obj, name)
        if isinstance(value, str | dict | list):
            fitted = fit_value(value, max_length)
            if fitted != value:
                setattr(obj, name, fitted)


def _fit_flush(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    for obj in [*session.new, *session.dirty]:
        if isinstance(obj, Entity):
            fit_object(obj)


def install_fit_hook(session_class: Any) -> None:
    """Fit every new or changed object before a flush; install before the audit hook, once per
    new sessionmaker (no `event.contains` guard: see `store.audit.install_audit_hook`)."""
    event.listen(session_class, "before_flush", _fit_flush)
