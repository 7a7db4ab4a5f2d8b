"""Incidents as CSV in UCDP GED's and GTD's column sets, for analysts who work in those layouts.

Same rules as the ACLED-style export (tasdiq.exchange.columns): incidents in id order, a
fixed column order, no guessed zeros (an unknown figure is an empty cell), and no personal
field in either set, so `include_personal` changes nothing. Code lists are in
data/ucdp_gtd.toml; docs/exchange.md states the rules column by column.

UCDP codes a dyad, not a perpetrator: in state-based violence (an attack on forces of a
state) side_a is the government and side_b the group; in one-sided violence (an attack on
anyone else) side_a is the group and side_b "Civilians".
"""

from __future__ import annotations

import calendar
import datetime as dt
import tomllib
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from importlib import resources
from typing import Any, TextIO

from sqlalchemy.orm import Session

from tasdiq import csvsafe, exchange
from tasdiq.errors import InputError, NotFound
from tasdiq.exchange.columns import Column, Value, actor1
from tasdiq.exchange.records import IncidentRecord, records
from tasdiq.exchange.reference import admin1_names, countries, target_actors
from tasdiq.model.enums import ClaimKind
from tasdiq.reference import registry
from tasdiq.reference.vocab import attack_types


@cache
def _codes() -> dict[str, Any]:
    text = resources.files("tasdiq.exchange").joinpath("data", "ucdp_gtd.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def code(table: str, key: str | None) -> Any:
    return _codes()[table].get(key or "")


def _gtd_attack_type(r: IncidentRecord) -> str:
    try:
        return attack_types().get(r.incident.attack_type).gtd
    except NotFound:
        return "Unknown"


def _country_name(r: IncidentRecord) -> str | None:
    country = countries().get(r.incident.country or "")
    return country.name if country else r.incident.country


def _province(r: IncidentRecord) -> str | None:
    return admin1_names().get(r.incident.admin1 or "", r.incident.admin1)


def _side(r: IncidentRecord) -> str | None:
    """'forces' or 'people': who the first target category of the incident is."""
    targets = set(r.incident.targets)
    return next((t.side for t in target_actors() if t.category in targets), None)


def violence_type(r: IncidentRecord) -> int | None:
    side = _side(r)
    return 1 if side == "forces" else 3 if side == "people" else None


def sides(r: IncidentRecord) -> tuple[str, str | None]:
    group = actor1(r)
    kind = violence_type(r)
    if kind == 1:
        return f"Government of {_country_name(r)}", group
    return group, "Civilians" if kind == 3 else None


def date_end(r: IncidentRecord) -> dt.date | None:
    """The last day the date can mean: a week's seventh day, a month's or year's last."""
    start, precision = r.incident.date, r.incident.date_precision
    if start is None:
        return None
    if precision == "week":
        return start + dt.timedelta(days=6)
    if precision == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start.replace(month=12, day=31) if precision == "year" else start


def source_article(r: IncidentRecord) -> str:
    """UCDP's `publisher,date,headline`, one per source, `;`-separated."""
    def one(s: Any) -> str:
        published = s.published.date().isoformat() if s.published else ""
        return f"{s.publisher or 'unnamed source'},{published},{s.title or ''}"

    return ";".join(one(s) for s in r.sources)


def _deaths(kind: int) -> Callable[[IncidentRecord], Value]:
    """UCDP's split of `best`: civilians in one-sided violence, else unknown (we do not split)."""
    def get(r: IncidentRecord) -> Value:
        return r.incident.killed_best if (violence_type(r) == 3) == (kind == 3) else None

    return get


def _i(name: str) -> Callable[[IncidentRecord], Value]:
    def get(r: IncidentRecord) -> Value:
        value: Value = getattr(r.incident, name)
        return value

    return get


def _date(r: IncidentRecord, part: str) -> int | None:
    """GTD's year, month, day; 0 for a month or day that is not known (GTD's convention)."""
    date, precision = r.incident.date, r.incident.date_precision
    if date is None:
        return None if part == "year" else 0
    if part == "year":
        return date.year
    if part == "month":
        return 0 if precision == "year" else date.month
    return date.day if precision in ("day", "week") else 0


def _gtd_id(r: IncidentRecord) -> str:
    """GTD's eventid is the date (00 for unknown parts) and a serial; ours is the incident id."""
    y, m, d = (_date(r, p) or 0 for p in ("year", "month", "day"))
    return f"{y:04d}{m:02d}{d:02d}{r.incident.id or 0:04d}"


def _responsibility(r: IncidentRecord) -> list[Any]:
    return [c for c in r.claims if c.kind == ClaimKind.RESPONSIBILITY]


def claim_mode(r: IncidentRecord) -> str | None:
    claims = _responsibility(r)
    if not claims:
        return None
    channels = [registry().channel(c.channel) for c in claims if c.channel]
    return next((code("gtd_claim_mode", ch.kind) for ch in channels if ch is not None), None) or "Unknown"


def gname(r: IncidentRecord) -> str:
    name = actor1(r)
    return "Unknown" if name.startswith("Unidentified") else name


def specificity(r: IncidentRecord) -> int:
    """UCDP-style where_prec -> GTD specificity (1 a town ... 5 not even the province)."""
    return {1: 1, 2: 1, 3: 3, 4: 4, 5: 4}.get(r.incident.geo_precision or 0, 5)


def _target(r: IncidentRecord) -> str:
    order = list(_codes()["gtd_target"])
    named = sorted((t for t in r.incident.targets if t in order), key=order.index)
    return code("gtd_target", named[0]) if named else "Unknown"


UCDP: tuple[Column, ...] = (
    Column("id", _i("id")),
    Column("year", lambda r: r.incident.date.year if r.incident.date else None),
    Column("type_of_violence", violence_type),
    Column("side_a", lambda r: sides(r)[0]),
    Column("side_b", lambda r: sides(r)[1]),
    Column("dyad_name", lambda r: " - ".join(s for s in sides(r) if s)),
    Column("source_article", source_article),
    Column("where_prec", _i("geo_precision")),
    Column("where_coordinates", _i("place_name")),
    Column("adm_1", lambda r: f"{p} province" if (p := _province(r)) else None),
    Column("adm_2", _i("admin2")),
    Column("latitude", _i("lat")),
    Column("longitude", _i("lon")),
    Column("country", _country_name),
    Column("date_start", lambda r: r.incident.date.isoformat() if r.incident.date else None),
    Column("date_end", lambda r: d.isoformat() if (d := date_end(r)) else None),
    Column("date_prec", lambda r: code("ucdp_date_prec", r.incident.date_precision)),
    Column("deaths_a", lambda r: None),
    Column("deaths_b", lambda r: None),
    Column("deaths_civilians", _deaths(3)),
    Column("deaths_unknown", _deaths(1)),
    Column("best", _i("killed_best")),
    Column("high", _i("killed_high")),
    Column("low", _i("killed_low")),
)

GTD: tuple[Column, ...] = (
    Column("eventid", _gtd_id),
    Column("iyear", lambda r: _date(r, "year")),
    Column("imonth", lambda r: _date(r, "month")),
    Column("iday", lambda r: _date(r, "day")),
    Column("approxdate", lambda r: f"week of {r.incident.date}" if r.incident.date_precision == "week" else None),
    Column("country_txt", _country_name),
    Column("provstate", _province),
    Column("city", _i("place_name")),
    Column("latitude", _i("lat")),
    Column("longitude", _i("lon")),
    Column("specificity", specificity),
    Column("attacktype1_txt", _gtd_attack_type),
    Column("targtype1_txt", _target),
    Column("gname", gname),
    Column("claimed", lambda r: 1 if _responsibility(r) else 0),
    Column("claimmode_txt", claim_mode),
    Column("nkill", _i("killed_best")),
    Column("nwound", _i("injured_best")),
    Column("suicide", lambda r: 1 if r.incident.suicide or r.incident.attack_type == "suicide_bombing" else 0),
    Column("summary", _i("title")),
)

COLUMN_SETS = {"csv-ucdp": UCDP, "csv-gtd": GTD}
FORMATS = (*exchange.FORMATS, *COLUMN_SETS)


def _cell(value: Value) -> str:
    return "" if value is None else str(value)


def write_columns(
    chosen: Iterable[IncidentRecord], out: TextIO, *, columns: Sequence[Column], include_personal: bool = False
) -> int:
    """Write one column set; none of its columns is personal, so `include_personal` is unused."""
    writer = csvsafe.writer(out)
    writer.writerow([c.name for c in columns if include_personal or not c.personal])
    count = 0
    for r in chosen:
        writer.writerow([_cell(c.get(r)) for c in columns if include_personal or not c.personal])
        count += 1
    return count


def write(fmt: str, chosen: Iterable[IncidentRecord], out: TextIO, *, include_personal: bool = False) -> int:
    """Write records already chosen in one of every format (the web bounds their loading)."""
    if fmt not in FORMATS:
        raise InputError("format", f"{fmt!r} is not one of {', '.join(FORMATS)}")
    if fmt in COLUMN_SETS:
        return write_columns(chosen, out, columns=COLUMN_SETS[fmt], include_personal=include_personal)
    return exchange.writer(fmt)(chosen, out, include_personal=include_personal)


def export(
    *,
    session: Session,
    fmt: str,
    out: TextIO,
    include_personal: bool = False,
    incident_ids: Sequence[int] | None = None,
) -> int:
    """`tasdiq.exchange.export` with two more formats, `csv-ucdp` and `csv-gtd`."""
    if fmt not in FORMATS:  # before any query
        raise InputError("format", f"{fmt!r} is not one of {', '.join(FORMATS)}")
    return write(fmt, records(session, incident_ids=incident_ids), out, include_personal=include_personal)
