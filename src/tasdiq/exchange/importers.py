"""Import rows of other datasets (UCDP GED, ACLED, GTD, our own CSV) as Sources and Mentions.

Each row becomes a Source of kind `official_report` (the row rendered as `column: value`
lines, so an analyst reads exactly what the dataset said) and one Mention with the row's
structured values, each with the span of its value in that text. The file itself is kept
byte for byte in the object store with an `Original` row, as ingest keeps every file, and
the rows are written with `insert_audited` (one statement per table, audited).

- The whole file is checked before anything is written: a malformed file or row stops the
  import with one error naming the file and line, and nothing is stored.
- Importing the same bytes again adds nothing (the Original's SHA-256 is already there).
- Mentions carry `components["import"]` (e.g. `tasdiq.import.ucdp.v1`), and their sources
  are marked extracted, so `tasdiq extract` never replaces them and `tasdiq link` merges
  them with mentions read from reports.

Column names and code lists are in `data/imports.toml`; docs/exchange.md states the rules.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tasdiq.errors import InputError
from tasdiq.exchange.reference import countries
from tasdiq.ingest.pipeline import normalised_text_sha256
from tasdiq.ingest.readers.decoding import decode
from tasdiq.model.entities import Mention, Original, Source
from tasdiq.model.enums import SourceKind
from tasdiq.reference import gazetteer, registry, resolve
from tasdiq.store.bulk import insert_audited
from tasdiq.store.integrity import lock_objects
from tasdiq.store.objects import ObjectStore, sha256_bytes
from tasdiq.store.schema import cols

FORMATS = ("ucdp-ged", "acled", "gtd", "tasdiq-csv")
# Names a dataset uses for "no known perpetrator"; they must not become an actor.
NOBODY = ("unidentified", "unknown", "")


@cache
def _spec() -> dict[str, Any]:
    text = resources.files("tasdiq.exchange").joinpath("data", "imports.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def codes(name: str) -> dict[str, Any]:
    """A code list of data/imports.toml: the dataset's code -> our value."""
    table: dict[str, Any] = _spec()["codes"][name]
    return table


@dataclass(frozen=True)
class Layout:
    fmt: str
    component: str
    dataset: str
    columns: dict[str, str]
    required: tuple[str, ...]


def layout(fmt: str) -> Layout:
    if fmt not in FORMATS:
        raise InputError("format", f"{fmt!r} is not one of {', '.join(FORMATS)}")
    s = _spec()[fmt]
    return Layout(fmt, s["component"], s["dataset"], dict(s["columns"]), tuple(s["required"]))


class Row:
    """One data row, read by our field names; every refusal is a ValueError naming the column."""

    def __init__(self, lay: Layout, cells: dict[str, str]) -> None:
        self.lay = lay
        self.cells = cells

    def column(self, name: str) -> str:
        return self.lay.columns.get(name, "")

    def text(self, name: str) -> str | None:
        value = self.cells.get(self.column(name), "").strip()
        return value or None

    def number(self, name: str) -> float | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            return float(value)
        except ValueError:
            raise ValueError(f"{self.column(name)} {value!r} is not a number") from None

    def whole(self, name: str) -> int | None:
        """A count or code; "10.0" is 10 (UCDP's files write floats), "10.5" is an error."""
        value = self.number(name)
        if value is None:
            return None
        if value != int(value) or value < 0:
            raise ValueError(f"{self.column(name)} {self.text(name)!r} is not a whole number of zero or more")
        return int(value)

    def code(self, name: str, table: str) -> Any:
        value = self.text(name)
        if value is None:
            return None
        key = str(self.whole(name)) if value.replace(".", "", 1).isdigit() else value
        try:
            return codes(table)[key]
        except KeyError:
            known = ", ".join(map(str, codes(table)))
            raise ValueError(f"{self.column(name)} {value!r} is not one of: {known}") from None


# ---- the values of one row -------------------------------------------------------------


def _date(text: str, column: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:  # ACLED's older exports: "30 January 2023"
        return dt.datetime.strptime(text, "%d %B %Y").date()
    except ValueError:
        pass
    raise ValueError(f"{column} {text!r} is not a date (YYYY-MM-DD or '30 January 2023')")


def _dated(row: Row, table: str) -> tuple[dt.date | None, str]:
    text = row.text("date")
    if text is None:
        return None, "unknown"
    return _date(text, row.column("date")), row.code("date_precision", table) or "unknown"


def _gtd_date(row: Row) -> tuple[dt.date | None, str]:
    """GTD writes 0 for an unknown month or day; `approxdate` says the day is approximate."""
    year, month, day = row.whole("year"), row.whole("month") or 0, row.whole("day") or 0
    if year is None:
        return None, "unknown"
    try:
        date = dt.date(year, month or 1, day or 1)
    except ValueError:
        raise ValueError(f"iyear/imonth/iday {year}/{month}/{day} is not a date") from None
    if not month:
        return date, "year"
    if not day:
        return date, "month"
    return date, "week" if row.text("approxdate") else "day"


@cache
def _country_codes() -> dict[str, str]:
    return {c.name.casefold(): c.alpha2 for c in countries().values()}


@lru_cache(maxsize=4096)
def _province(name: str, country: str | None) -> str | None:
    """The ISO 3166-2 code of a province name ("Paktya province", "FATA" -> PK-KP)."""
    spelled = codes("admin1_spellings").get(name)
    if spelled:
        return str(spelled)
    for place in gazetteer().lookup(name):
        if place.kind in ("province", "region") and country in (None, place.country):
            return place.admin1
    return None


@lru_cache(maxsize=16384)
def _place(name: str, admin1: str | None, country: str | None) -> tuple[str, str | None, str | None]:
    """(name, admin1, admin2) of the gazetteer's place, when it is one place that agrees."""
    found = resolve([name], context_admin1=[admin1] if admin1 else (), country_hint=country)
    place = found.place if found is not None else None
    if place is None or (admin1 and place.admin1 != admin1) or (country and place.country != country):
        return name, admin1, None
    return place.name, place.admin1, place.admin2


def _where(row: Row, precision: int | None) -> dict[str, Any]:
    country = _country_codes().get((row.text("country") or "").casefold())
    admin1_name = row.text("admin1")
    admin1 = _province(admin1_name, country) if admin1_name else None
    name, admin2 = row.text("place"), row.text("admin2")
    if name:
        name, admin1, found_admin2 = _place(name, admin1, country)
        admin2 = admin2 or found_admin2
    lat, lon = row.number("lat"), row.number("lon")
    if (lat is None) != (lon is None) or (lat is not None and not -90 <= lat <= 90):
        raise ValueError(f"{row.column('lat')}/{row.column('lon')} {lat}/{lon} are not coordinates")
    if precision is not None and not 1 <= precision <= 7:
        raise ValueError(f"{row.column('geo_precision')} {precision} is not a place precision 1-7")
    return {"country": country, "admin1": admin1, "admin2": admin2, "place_name": name, "lat": lat, "lon": lon,
            "geo_precision": precision}


def _actor(name: str | None) -> str | None:
    """The registry key of a group's name; a name we do not know is kept as written."""
    if name is None or name.split(" ")[0].casefold() in NOBODY:
        return None
    # Datasets dress names up: GTD "Tehrik-i-Taliban Pakistan (TTP)", ACLED "Islamic State
    # (Afghanistan)" or "TTP: Tehrik-i-Taliban Pakistan"; try the name, then each part.
    named = codes("actor_names").get(name)
    if named:
        return str(named)
    parts = [name, *(p.strip() for p in re.split(r"[():]", name) if p.strip())]
    found = next((a for a in map(registry().lookup, parts) if a is not None), None)
    return found.key if found else name[:200]


def _side_target(name: str | None) -> list[str]:
    if not name:
        return []
    return [target for prefix, target in codes("side_target").items() if name.startswith(prefix)][:1]


def _toll(low: int | None, best: int | None, high: int | None, own: int | None) -> dict[str, Any]:
    """Victims apart from the perpetrators: their own dead are taken out of every figure."""
    def less(n: int | None) -> int | None:
        return None if n is None else max(n - (own or 0), 0)

    return {"killed_low": less(low), "killed_best": less(best), "killed_high": less(high),
            "perpetrators_killed_best": own}


def _ucdp(row: Row) -> dict[str, Any]:
    date, precision = _dated(row, "ucdp_date_prec")
    certainty = row.code("violence", "ucdp_certainty") or "suspected"
    # Only in one-sided violence is side_a the perpetrator, so only there are its dead apart.
    own = row.whole("perpetrators_killed") if certainty == "attributed" else None
    toll = _toll(row.whole("killed_low"), row.whole("killed_best"), row.whole("killed_high"), own)
    return {"date": date, "date_precision": precision, **_where(row, row.whole("geo_precision")), **toll,
            "perpetrator": _actor(row.text("perpetrator")), "perpetrator_certainty": certainty,
            "targets": _side_target(row.text("other_side"))}


def _acled(row: Row) -> dict[str, Any]:
    date, precision = _dated(row, "acled_time_precision")
    sub = row.text("sub_event_type")
    attack = codes("acled_attack_type").get(sub or "", "other")
    return {"date": date, "date_precision": precision, **_where(row, row.code("geo_precision", "acled_geo_precision")),
            "killed_best": row.whole("killed_best"), "perpetrator": _actor(row.text("perpetrator")),
            "perpetrator_certainty": "attributed", "attack_type": attack, "acled_sub_event_type": sub,
            "suicide": attack == "suicide_bombing", "targets": _side_target(row.text("other_side"))}


def _tasdiq(row: Row) -> dict[str, Any]:
    date, precision = _dated(row, "tasdiq_date_precision")
    sub = row.text("sub_event_type")
    tags = [t.strip() for t in (row.text("tags") or "").split(";") if t.strip()]
    suicide = "suicide attack" in tags
    attack = codes("acled_attack_type").get(sub or "", "other")
    attributed, claimed = _actor(row.text("perpetrator")), _actor(row.text("perpetrator_claimed"))
    return {"date": date, "date_precision": precision, **_where(row, row.whole("geo_precision")),
            "killed_low": row.whole("killed_low"), "killed_best": row.whole("killed_best"),
            "killed_high": row.whole("killed_high"), "injured_low": row.whole("injured_low"),
            "injured_best": row.whole("injured_best"), "injured_high": row.whole("injured_high"),
            "perpetrator": attributed or claimed,
            "perpetrator_certainty": "attributed" if attributed else "claimed" if claimed else "unknown",
            "attack_type": "suicide_bombing" if suicide and attack == "bombing" else attack,
            "acled_sub_event_type": sub, "suicide": suicide, "targets": [t for t in tags if t != "suicide attack"]}


def _gtd(row: Row) -> dict[str, Any]:
    date, precision = _gtd_date(row)
    suicide = row.text("suicide") == "1"
    attack = row.code("attack_type", "gtd_attack_type") or "other"
    target = row.code("target", "gtd_target")
    # GTD's nkill counts the perpetrators who died too (nkillter says how many).
    toll = _toll(None, row.whole("killed_best"), None, row.whole("perpetrators_killed"))
    return {"date": date, "date_precision": precision, **_where(row, row.code("geo_precision", "gtd_specificity")),
            **toll, "injured_best": row.whole("injured_best"), "perpetrator": _actor(row.text("perpetrator")),
            "perpetrator_certainty": "claimed" if row.text("claimed") == "1" else "attributed",
            "attack_type": "suicide_bombing" if suicide and attack == "bombing" else attack, "suicide": suicide,
            "targets": [target] if target else []}


VALUES: dict[str, Callable[[Row], dict[str, Any]]] = {
    "ucdp-ged": _ucdp, "acled": _acled, "gtd": _gtd, "tasdiq-csv": _tasdiq,
}


# ---- a file into records ---------------------------------------------------------------


@dataclass
class Record:
    line: int
    ident: str
    title: str
    text: str
    mention: Mention


def render(lay: Layout, ident: str, cells: dict[str, str]) -> tuple[str, dict[str, tuple[int, int]]]:
    """The row as `column: value` lines, and where each column's value sits in that text."""
    parts = [f"{lay.dataset} record {ident}\n"]
    spans: dict[str, tuple[int, int]] = {}
    offset = len(parts[0])
    for column, value in cells.items():
        value = value.strip()
        if not value:
            continue
        line = f"{column}: {value}\n"
        spans[column] = (offset + len(column) + 2, offset + len(line) - 1)
        parts.append(line)
        offset += len(line)
    return "".join(parts), spans


def record(lay: Layout, cells: dict[str, str], line: int) -> Record:
    row = Row(lay, cells)
    # UCDP's files write ids as floats ("401115.0").
    ident = (row.text("id") or f"line {line}").removesuffix(".0")
    values = VALUES[lay.fmt](row)
    text, where = render(lay, ident, cells)
    spans = {name: list(where[col]) for name, col in lay.columns.items() if col in where}
    mention = Mention(ordinal=0, spans=spans, components={"import": lay.component}, **values)
    heading = row.text("title")
    title = f"{lay.dataset} {ident}" + (f": {heading[:200]}" if heading else "")
    return Record(line, ident, title, text, mention)


def _rows(label: str, text: str, lay: Layout) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip() for h in next(reader, [])]
        missing = [c for c in lay.required if c not in header]
        if missing:
            raise InputError(f"{label} line 1", f"not a {lay.dataset} file: no column {', '.join(missing)}")
        start = reader.line_num + 1
        for cells in reader:
            if any(c.strip() for c in cells):
                if len(cells) != len(header):
                    raise InputError(f"{label} line {start}", f"{len(cells)} cells, the header has {len(header)}")
                yield start, dict(zip(header, cells, strict=True))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(f"{label} line {reader.line_num}", f"malformed CSV ({exc})") from None


def parse(label: str, data: bytes, lay: Layout) -> list[Record]:
    """Every row of the file as a Record; the first bad row raises, naming file and line."""
    found = []
    for line, cells in _rows(label, decode(label, data), lay):
        try:
            found.append(record(lay, cells, line))
        except ValueError as exc:
            raise InputError(f"{label} line {line}", str(exc)) from None
    if not found:
        raise InputError(label, f"no {lay.dataset} rows")
    return found


# ---- into the store --------------------------------------------------------------------


@dataclass
class ImportSummary:
    name: str
    format: str
    sha256: str
    rows: int = 0
    already_imported: bool = False
    source_ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.name, "format": self.format, "sha256": self.sha256, "rows": self.rows,
                "already_imported": self.already_imported, "sources_added": len(self.source_ids),
                "mentions_added": len(self.source_ids)}


def _source(r: Record, lay: Layout, label: str, digest: str, now: dt.datetime) -> Source:
    return Source(
        sha256=digest, locator=f"line {r.line}", kind=SourceKind.OFFICIAL_REPORT.value, title=r.title,
        publisher=lay.dataset, retrieved=now, language="en", text=r.text, text_sha256=normalised_text_sha256(r.text),
        extra={"import": {"format": lay.fmt, "file": label, "line": r.line, "id": r.ident}}, ingested_at=now,
        extracted_at=now, extractor_version=json.dumps({"import": lay.component}),
    )


def _store(session: Session, lay: Layout, label: str, data: bytes, digest: str, records: list[Record]) -> list[int]:
    now = dt.datetime.now(dt.UTC)
    actor = str(session.info.get("actor", "system"))
    conn = session.connection()
    original = Original(sha256=digest, size=len(data), media_type="text/csv", name=label, format=f"csv-{lay.fmt}",
                        received_at=now, received_by=actor)
    insert_audited(conn, actor=actor, objects=[original])
    sources = [_source(r, lay, label, digest, now) for r in records]
    insert_audited(conn, actor=actor, objects=sources)
    for r, source in zip(records, sources, strict=True):
        r.mention.source_id = source.id or 0
        r.mention.created_at = now
    insert_audited(conn, actor=actor, objects=[r.mention for r in records])
    return [s.id or 0 for s in sources]


def import_file(
    *, session: Session, objects: ObjectStore, path: Path, fmt: str, name: str | None = None
) -> ImportSummary:
    """Import one dataset file: all its rows, or (on any error) nothing."""
    lay = layout(fmt)
    label = name or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(label, exc.strerror or str(exc)) from None
    digest = sha256_bytes(data)
    summary = ImportSummary(label, fmt, digest)
    if session.scalar(select(func.count()).where(cols(Original).sha256 == digest)):
        summary.already_imported = True
        return summary
    records = parse(label, data, lay)
    # Rows first, then the original, both under the object lock: if the rows fail there is no
    # object to take back, and no other writer can reference it before this one commits.
    lock_objects(session.connection())
    summary.source_ids = _store(session, lay, label, data, digest, records)
    objects.put(data)
    summary.rows = len(records)
    return summary
