"""JSON Lines, JSON and CSV files of records (fields documented in fields.py)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from tasdiq.errors import InputError, NotAReport

from .decoding import decode
from .fields import record_from_fields
from .records import Limits, SourceRecord


def read_jsonl(name: str, data: bytes, limits: Limits) -> list[SourceRecord]:
    return _some(name, list(iter_jsonl(name, data, limits)))


def iter_jsonl(name: str, data: bytes, limits: Limits) -> Iterator[SourceRecord]:
    """Each record in turn: a file of 800,000 tiny records never becomes a list of them."""
    for number, line in _lines(decode(name, data)):
        if line.strip():
            yield record_from_fields(name, _object(name, line, where=f"line {number}"), locator=f"line {number}")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(number, line) without splitting the text into a list first."""
    start, number = 0, 1
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield number, text[start:end]
        start, number = end + 1, number + 1


def read_json(name: str, data: bytes, limits: Limits) -> list[SourceRecord]:
    return _some(name, list(iter_json(name, data, limits)))


def iter_json(name: str, data: bytes, limits: Limits) -> Iterator[SourceRecord]:
    """A JSON object, or each object of a JSON array in turn: the array's items are decoded one
    at a time, so a file of 500,000 records never becomes a list of 500,000 dicts."""
    text = decode(name, data)
    start = _skip_space(text, 0)
    if not text.startswith("[", start):
        document = _load(name, text, where=None)
        if not isinstance(document, dict) or "text" not in document:
            # Settings, a package manifest, an API dump: nothing here is meant as a report.
            raise NotAReport(name, 'not a report: no record has a "text" field')
        yield record_from_fields(name, document, locator="item 1")
        return
    decoder = json.JSONDecoder()
    position, number = _skip_space(text, start + 1), 0
    if text.startswith("]", position):
        raise NotAReport(name, 'not a report: no record has a "text" field')
    while True:
        number += 1
        item, position = _item(name, decoder, text, position, number)
        if number == 1 and not (isinstance(item, dict) and "text" in item):
            # Decided on the first item, as the array streams: an array of records starts with one.
            raise NotAReport(name, 'not a report: no record has a "text" field')
        if not isinstance(item, dict):
            raise InputError(name, f"item {number}: expected a JSON object, found {_json_type(item)}")
        yield record_from_fields(name, item, locator=f"item {number}")
        position = _skip_space(text, position)
        if text.startswith("]", position):
            if text[_skip_space(text, position + 1):]:
                raise InputError(name, f"invalid JSON: extra data after the array at {_where(text, position + 1)}")
            return
        if not text.startswith(",", position):
            what = "JSON ends early (truncated?)" if position >= len(text) else "invalid JSON: expected ',' or ']'"
            raise InputError(name, f"{what} at {_where(text, position)}")
        position = _skip_space(text, position + 1)


def _item(name: str, decoder: json.JSONDecoder, text: str, position: int, number: int) -> tuple[Any, int]:
    try:
        return decoder.raw_decode(text, position)
    except json.JSONDecodeError as error:
        where = _where(text, error.pos)
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            raise InputError(name, f"JSON ends early (truncated?) in item {number}, {where}") from None
        message = error.msg.removesuffix(" at").lower()
        raise InputError(name, f"item {number}: invalid JSON: {message} at {where}") from None
    except RecursionError:
        raise InputError(name, "JSON nested too deeply") from None


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _where(text: str, position: int) -> str:
    line = text.count("\n", 0, position) + 1
    column = position - text.rfind("\n", 0, position)
    return f"line {line} column {column}"



def _object(name: str, line: str, *, where: str) -> dict[str, Any]:
    value = _load(name, line, where=where)
    if not isinstance(value, dict):
        raise InputError(name, f"{where}: expected a JSON object, found {_json_type(value)}")
    return value


def _load(name: str, text: str, *, where: str | None) -> Any:
    prefix = f"{where}: " if where else ""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        place = f"column {error.colno}" if where else f"line {error.lineno} column {error.colno}"
        message = error.msg.removesuffix(" at")  # "Unterminated string starting at"
        if error.pos >= len(text.rstrip()) or message.startswith("Unterminated string"):
            what = "invalid JSON: the line ends early" if where else "JSON ends early (truncated?)"
            raise InputError(name, f"{prefix}{what} at {place}") from None
        raise InputError(name, f"{prefix}invalid JSON: {message.lower()} at {place}") from None
    except RecursionError:
        raise InputError(name, f"{prefix}JSON nested too deeply") from None


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def read_csv(name: str, data: bytes, limits: Limits) -> list[SourceRecord]:
    return _some(name, list(iter_csv(name, data, limits)))


def iter_csv(name: str, data: bytes, limits: Limits) -> Iterator[SourceRecord]:
    """Each row's record in turn (see iter_jsonl)."""
    text = decode(name, data)
    # The csv module refuses fields over 128 KB by default; a long report is one field.
    # The limit is process-wide, so only ever raise it.
    csv.field_size_limit(max(csv.field_size_limit(), limits.max_text_bytes))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = _header(name, next(reader, None))
        for row, line in _rows(reader):
            yield _row(name, header, row, line)
    except csv.Error as error:
        raise InputError(name, f"line {reader.line_num}: malformed CSV ({error})") from None


def _header(name: str, row: list[str] | None) -> list[str]:
    if row is None:
        raise InputError(name, "no header row")
    header = [cell.strip().lower() for cell in row]
    if "text" not in header:
        raise InputError(name, f"no 'text' column (columns: {', '.join(header)})")
    duplicates = sorted({cell for cell in header if header.count(cell) > 1})
    if duplicates:
        raise InputError(name, f"column {duplicates[0]!r} appears more than once")
    return header


def _rows(reader: Any) -> Iterator[tuple[list[str], int]]:
    """Each non-blank row with the line it starts on (a quoted field may span lines)."""
    start = reader.line_num + 1
    for row in reader:
        if any(cell.strip() for cell in row):
            yield row, start
        start = reader.line_num + 1


def _row(name: str, header: list[str], row: list[str], line: int) -> SourceRecord:
    if len(row) != len(header):
        raise InputError(name, f"line {line}: {len(row)} fields, but the header has {len(header)}")
    fields = {key: (value if value.strip() else None) for key, value in zip(header, row, strict=True)}
    return record_from_fields(name, fields, locator=f"line {line}")


def some(name: str, records: Iterator[SourceRecord]) -> Iterator[SourceRecord]:
    """The records, refusing a file that turns out to hold none (checked as they stream)."""
    empty = True
    for record in records:
        empty = False
        yield record
    if empty:
        raise InputError(name, "no records")


def _some(name: str, records: list[SourceRecord]) -> list[SourceRecord]:
    if not records:
        raise InputError(name, "no records")
    return records
