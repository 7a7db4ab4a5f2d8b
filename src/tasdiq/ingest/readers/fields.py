"""Documented record fields (JSON Lines, JSON, CSV, front matter) to a SourceRecord.

Documented fields: text (required), title, url, publisher, published, language, kind,
and author. Any other field is kept, as a string, in `extra`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from tasdiq.errors import InputError
from tasdiq.model.enums import SourceKind

from .dates import parse_date
from .decoding import normalise
from .records import SourceRecord

DOCUMENTED = frozenset({"text", "title", "url", "publisher", "published", "language", "kind", "author"})
KINDS = frozenset(kind.value for kind in SourceKind)


class FieldProblem(ValueError):
    """One field of one record is wrong; the caller adds which file and record."""


def record_from_fields(
    name: str, fields: Mapping[str, Any], *, locator: str, require_text: bool = True
) -> SourceRecord:
    """Build a record, raising InputError that names the file and the record."""
    try:
        return _build(fields, locator=locator, require_text=require_text)
    except FieldProblem as problem:
        raise InputError(name, f"{locator}: {problem}") from None


def _build(fields: Mapping[str, Any], *, locator: str, require_text: bool) -> SourceRecord:
    values = {key: _documented(key, fields.get(key)) for key in DOCUMENTED}
    text = normalise(values["text"] or "")
    if not text and require_text:
        raise FieldProblem("record has no text")
    published, precision = _published(values["published"])
    return SourceRecord(
        text=text,
        kind=parse_kind(values["kind"]),
        title=values["title"],
        author=values["author"],
        publisher=values["publisher"],
        url=values["url"],
        published=published,
        published_precision=precision,
        language=values["language"],
        locator=locator,
        extra={key: _as_string(value) for key, value in fields.items() if key not in DOCUMENTED and value is not None},
    )


def _documented(key: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise FieldProblem(f"field {key!r} must be a string, not {type(value).__name__}")
    value = value.strip() if key != "text" else value
    return value or None


def _published(value: str | None) -> tuple[datetime | None, str | None]:
    if value is None:
        return None, None
    try:
        return parse_date(value)
    except ValueError:
        raise FieldProblem(f"published {value!r} is not an ISO 8601 or RFC 2822 date") from None


def parse_kind(value: str | None) -> str:
    if value is None:
        return SourceKind.NEWS.value
    kind = value.strip().lower().replace(" ", "_").replace("-", "_")
    if kind not in KINDS:
        raise FieldProblem(f"kind {value!r} is not one of {', '.join(sorted(KINDS))}")
    return kind


def _as_string(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
