"""Import a group's claims bulletin (CSV or JSON Lines): one row per attack it claims.

All rows are checked before any is stored, so a bad row stops the import with one error
naming its line and nothing partial lands in the store. Importing the same bytes twice adds
nothing the second time (rows carry the SHA-256 of the file they came from).

Fields (docs/claims.md): claimant, channel, bulletin_date, date, place, admin1, target,
claimed_killed, claimed_injured, note. `claimant` and `date` are required.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tasdiq.claims.queries import col
from tasdiq.errors import InputError
from tasdiq.model.entities import BulletinClaim

FIELDS = (
    "claimant", "channel", "bulletin_date", "date", "place", "admin1", "target",
    "claimed_killed", "claimed_injured", "note",
)
REQUIRED = ("claimant", "date")
ADMIN1 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


@dataclass(frozen=True)
class BulletinImport:
    name: str
    sha256: str
    rows: int
    already_imported: bool


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: Any, name: str) -> dt.date | None:
    text = _text(value)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{name} {text!r} is not a date as YYYY-MM-DD") from None


def _count(value: Any, name: str) -> int | None:
    text = _text(value)
    if text is None:
        return None
    if not text.isdigit():
        raise ValueError(f"{name} {text!r} is not a whole number of people")
    return int(text)


def parse_row(raw: Mapping[str, Any], *, row: int) -> BulletinClaim:
    """One bulletin row as a `BulletinClaim`; raises ValueError saying what is wrong."""
    unknown = sorted(k for k in raw if k not in FIELDS)
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r} (expected: {', '.join(FIELDS)})")
    for name in REQUIRED:
        if _text(raw.get(name)) is None:
            raise ValueError(f"{name} is required")
    admin1 = _text(raw.get("admin1"))
    if admin1 is not None and not ADMIN1.match(admin1.upper()):
        raise ValueError(f"admin1 {admin1!r} is not an ISO 3166-2 code such as AF-KAB or PK-KP")
    return BulletinClaim(
        claimant=_text(raw.get("claimant")) or "", channel=_text(raw.get("channel")),
        bulletin_date=_date(raw.get("bulletin_date"), "bulletin_date"), date=_date(raw.get("date"), "date"),
        place=_text(raw.get("place")), admin1=admin1.upper() if admin1 else None, target=_text(raw.get("target")),
        claimed_killed=_count(raw.get("claimed_killed"), "claimed_killed"),
        claimed_injured=_count(raw.get("claimed_injured"), "claimed_injured"), note=_text(raw.get("note")), row=row,
    )


def _csv_rows(text: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    for record in reader:
        if None in record:  # more cells than the header names
            raise InputError(f"line {reader.line_num}", "more cells than the header has columns")
        if all(not (v or "").strip() for v in record.values()):
            continue
        yield reader.line_num, record


def _jsonl_rows(text: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number}", f"not JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"line {number}", "not a JSON object")
        yield number, record


def read_rows(path: Path) -> tuple[bytes, list[tuple[int, Mapping[str, Any]]]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".ndjson", ".json"):
        raise InputError(str(path), "a bulletin is a .csv or a .jsonl (JSON Lines) file")
    reader = _csv_rows if suffix == ".csv" else _jsonl_rows
    try:
        return data, list(reader(text))
    except InputError as exc:
        raise InputError(f"{path} {exc.name}", exc.problem) from None


def parse_all(name: str, rows: Sequence[tuple[int, Mapping[str, Any]]], *, unit: str) -> list[BulletinClaim]:
    if not rows:
        raise InputError(name, "no bulletin rows")
    parsed = []
    for number, raw in rows:
        try:
            parsed.append(parse_row(raw, row=number))
        except ValueError as exc:
            raise InputError(f"{name} {unit} {number}", str(exc)) from None
    return parsed


def import_bulletin(
    *,
    session: Session,
    path: Path | None = None,
    rows: Sequence[Mapping[str, Any]] | None = None,
    name: str | None = None,
) -> BulletinImport:
    """Store a bulletin from a file (`path`) or from records (`rows`); all rows or none."""
    if (path is None) == (rows is None):
        raise InputError("bulletin", "give either a file or rows")
    if path is not None:
        data, numbered = read_rows(path)
        label, unit = name or str(path), "line"
    else:
        numbered = list(enumerate(rows or [], start=1))
        data = json.dumps([dict(r) for _, r in numbered], sort_keys=True, default=str).encode()
        label, unit = name or "bulletin", "row"
    claims = parse_all(label, numbered, unit=unit)
    digest = hashlib.sha256(data).hexdigest()
    seen = session.scalar(select(func.count()).where(col(BulletinClaim, "import_sha256") == digest))
    if seen:
        return BulletinImport(label, digest, int(seen), already_imported=True)
    for claim in claims:
        claim.import_sha256 = digest
        session.add(claim)
    session.flush()
    return BulletinImport(label, digest, len(claims), already_imported=False)
