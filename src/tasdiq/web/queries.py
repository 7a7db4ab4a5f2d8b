"""Reads the pages and the API need: incident lists, map data, dashboard figures.

The dashboard's figures are `tasdiq.analyse`'s (web/dashboard.py); what stays here are the
reads that must answer within milliseconds on every page view (a page of the list, map
points, per-province counts) and the timeline's months by attack type, which no library offers.
Aggregates are cached per store version: every write goes through the audit chain, so the
chain's head id changes exactly when the data may have changed, and one indexed row read
tells whether a cached figure is still true.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

from sqlalchemy import Select, String, cast, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from tasdiq.model import Incident, IncidentMention, Mention
from tasdiq.model.enums import AttackType, LinkState
from tasdiq.store.read import names_actor
from tasdiq.store.schema import audit_head, table_of
from tasdiq.store.search import Kind, Matches
from tasdiq.web.filters import IncidentFilter, IncidentListQuery, IncidentSort

INC = table_of(Incident)
LINK = table_of(IncidentMention)
MEN = table_of(Mention)
T = TypeVar("T")
MAP_POINTS_DEFAULT = 2000

# Unknown values (no date, no toll, no province) sort last either way, on both backends:
# PostgreSQL puts NULL first in a descending order and SQLite first in an ascending one, so
# without NULLS LAST "deadliest first" opened with the incidents whose toll is unknown.
_SORTS: dict[IncidentSort, tuple[ColumnElement[Any], ...]] = {
    IncidentSort.DATE_DESC: (INC.c.date.desc().nulls_last(), INC.c.id.desc()),
    IncidentSort.DATE_ASC: (INC.c.date.asc().nulls_last(), INC.c.id.asc()),
    IncidentSort.KILLED_DESC: (INC.c.killed_best.desc().nulls_last(), INC.c.id.desc()),
    IncidentSort.KILLED_ASC: (INC.c.killed_best.asc().nulls_last(), INC.c.id.asc()),
    IncidentSort.PROVINCE: (INC.c.admin1.asc().nulls_last(), INC.c.date.desc().nulls_last(), INC.c.id.desc()),
    IncidentSort.UPDATED_DESC: (INC.c.updated_at.desc().nulls_last(), INC.c.id.desc()),
}


class VersionCache:
    """A small LRU of computed values keyed by (store version, question)."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value


_cache = VersionCache(size=1024)


class VersionClock:
    """The store version as last read, trusted for `ttl_s` seconds.

    Reading the audit head costs a connection and a query per request; under load that is
    most of a cached answer's price. Writes made through this app call `invalidate`, so a user
    sees their own change at once; a write from another process (an ingest run) shows within
    `ttl_s`.
    """

    def __init__(self, ttl_s: float = 1.0) -> None:
        self.ttl_s = ttl_s
        self._seen: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def version(self, session: Session) -> int:
        url = str(session.get_bind().engine.url)
        now = time.monotonic()
        with self._lock:
            seen = self._seen.get(url)
        if seen and now - seen[0] < self.ttl_s and session.info.get("read_only"):
            return seen[1]
        version = int(session.scalar(select(audit_head.c.last_id).where(audit_head.c.id == 1)) or 0)
        with self._lock:
            self._seen[url] = (now, version)
        return version

    def invalidate(self) -> None:
        with self._lock:
            self._seen.clear()


clock = VersionClock()


def data_version(session: Session) -> int:
    """The audit chain's head id: it changes exactly when the data may have changed."""
    if "data_version" not in session.info:
        session.info["data_version"] = clock.version(session)
    return int(session.info["data_version"])


def cached(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    if not session.info.get("read_only"):
        return compute()  # a writing request must see its own uncommitted changes
    url = str(session.get_bind().engine.url)
    return _cache.get((url, data_version(session), key), compute)


def incident_conditions(f: IncidentFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.q:
        conds.append(incident_matches(f.q))
    if f.date_from:
        conds.append(INC.c.date >= f.date_from)
    if f.date_to:
        conds.append(INC.c.date <= f.date_to)
    if f.province:
        conds.append(INC.c.admin1 == f.province.upper())
    if f.country:
        conds.append(INC.c.country == f.country.upper())
    if f.actor:
        conds.append(names_actor(f.actor))
    if f.attack_type:
        conds.append(INC.c.attack_type == f.attack_type.value)
    if f.target:
        # targets is a JSON list of category names: match the quoted element in its text
        # form, which is the same on SQLite and PostgreSQL.
        conds.append(cast(INC.c.targets, String).contains(f'"{f.target}"', autoescape=True))
    if f.status:
        conds.append(INC.c.status == f.status.value)
    return conds


def incident_matches(q: str) -> ColumnElement[bool]:
    """The incident's own words match, or those of a report linked to it (not rejected):
    "Jaffar Express" finds the incident titled "Train held near Sibi" through its sources."""
    via_sources = (select(LINK.c.incident_id).join(MEN, MEN.c.id == LINK.c.mention_id)
                   .where(LINK.c.state != LinkState.REJECTED.value, Matches(Kind.SOURCE, MEN.c.source_id, q)))
    return or_(Matches(Kind.INCIDENT, INC.c.id, q), INC.c.id.in_(via_sources))


def _filtered(query: Select[Any], f: IncidentFilter) -> Select[Any]:
    conds = incident_conditions(f)
    return query.where(*conds) if conds else query


def count_incidents(session: Session, f: IncidentFilter) -> int:
    key = ("count", f.model_dump_json())
    return cached(session, key, lambda: int(session.scalar(_filtered(select(func.count()).select_from(INC), f)) or 0))


def incident_page(session: Session, q: IncidentListQuery) -> tuple[int, list[Incident]]:
    base = IncidentFilter.model_validate(q.model_dump(include=set(IncidentFilter.model_fields)))
    total = count_incidents(session, base)
    query = _filtered(select(Incident), base).order_by(*_SORTS[q.sort]).limit(q.limit).offset(q.offset)
    return total, list(session.scalars(query))


POINT_FIELDS = ("id", "lat", "lon", "killed", "type", "precision")
ATTACK_TYPES = tuple(t.value for t in AttackType)


def map_points(session: Session, f: IncidentFilter, *, limit: int = MAP_POINTS_DEFAULT) -> bytes:
    """Incident points, deadliest first, at most `limit`: `{"fields", "types", "points",
    "truncated"}`, each point `[id, lat, lon, killed, type, precision]` with `type` an index into
    `types` and `precision` the incident's UCDP-style `geo_precision` (the map colours by it).

    Compact because the map loads them all at once: ids and coordinates (4 decimals, ~11 m)
    are what it draws; a point's title and date come from /api/v1/incidents/{id} on click.
    Cached serialised: turning thousands of points into JSON costs more than finding them.
    """

    def compute() -> bytes:
        cols = (INC.c.id, INC.c.lat, INC.c.lon, INC.c.killed_best, INC.c.attack_type, INC.c.geo_precision)
        query = _filtered(select(*cols).where(INC.c.lat.is_not(None), INC.c.lon.is_not(None)), f)
        query = query.order_by(INC.c.killed_best.desc().nulls_last(), INC.c.id.desc()).limit(limit + 1)
        rows = session.execute(query).all()
        code = {t: n for n, t in enumerate(ATTACK_TYPES)}
        points = [[r.id, round(r.lat, 4), round(r.lon, 4), r.killed_best, code.get(r.attack_type, -1),
                   r.geo_precision] for r in rows[:limit]]
        answer = {"fields": POINT_FIELDS, "types": ATTACK_TYPES, "points": points, "truncated": len(rows) > limit}
        return compact_json(answer)

    return cached(session, ("points", f.model_dump_json(), limit), compute)


def compact_json(data: Any) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


def province_counts_json(session: Session, f: IncidentFilter) -> bytes:
    """`by_province` serialised once per store version: the map asks for it on every load."""
    return cached(session, ("provinces-json", f.model_dump_json()), lambda: compact_json(by_province(session, f)))


def by_province(session: Session, f: IncidentFilter) -> list[dict[str, Any]]:
    def compute() -> list[dict[str, Any]]:
        query = _filtered(
            select(INC.c.admin1, func.count().label("n"), func.coalesce(func.sum(INC.c.killed_best), 0).label("k"),
                   func.coalesce(func.sum(INC.c.injured_best), 0).label("i")).where(INC.c.admin1.is_not(None)),
            f,
        ).group_by(INC.c.admin1).order_by(func.count().desc())
        return [{"admin1": r.admin1, "incidents": r.n, "killed": int(r.k), "injured": int(r.i)}
                for r in session.execute(query)]

    return cached(session, ("provinces", f.model_dump_json()), compute)


def by_month(session: Session, f: IncidentFilter) -> list[dict[str, Any]]:
    def compute() -> list[dict[str, Any]]:
        query = _filtered(select(INC.c.date, INC.c.attack_type, INC.c.killed_best, INC.c.injured_best)
                          .where(INC.c.date.is_not(None)), f)
        months: dict[str, dict[str, Any]] = {}
        for r in session.execute(query):
            m = months.setdefault(r.date.strftime("%Y-%m"), {"month": r.date.strftime("%Y-%m"), "incidents": 0,
                                                             "killed": 0, "injured": 0, "types": Counter()})
            m["incidents"] += 1
            m["killed"] += r.killed_best or 0
            m["injured"] += r.injured_best or 0
            m["types"][r.attack_type] += 1
        filled = [months.get(k) or {"month": k, "incidents": 0, "killed": 0, "injured": 0, "types": Counter()}
                  for k in _months_between(min(months), max(months))] if months else []
        return [{**m, "types": dict(m["types"])} for m in filled]

    return cached(session, ("months", f.model_dump_json()), compute)


def _named(summaries: Iterable[str]) -> set[str]:
    """The actors that summaries name ("claimed: ISKP, IS; denied: TALIBAN" -> ISKP, IS, TALIBAN):
    the values the actor filter takes, not whole summaries."""
    return {name.strip() for summary in summaries for part in summary.split(";")
            for name in part.partition(":")[2].split(",") if name.strip()}


def _months_between(first: str, last: str) -> list[str]:
    """Every "YYYY-MM" from first to last: a chart that skips empty months draws a quiet
    stretch as if nothing separated the months either side of it."""
    year, month = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def filter_choices(session: Session) -> dict[str, list[str]]:
    """Values present in the store for the filter drop-downs."""

    def compute() -> dict[str, list[str]]:
        provinces = session.scalars(select(INC.c.admin1).where(INC.c.admin1.is_not(None)).distinct())
        summaries = session.scalars(select(INC.c.perpetrator_summary)
                                    .where(INC.c.perpetrator_summary.is_not(None)).distinct().limit(200))
        return {"provinces": sorted(provinces), "actors": sorted(_named(summaries))}

    return cached(session, ("choices",), compute)


def paged(session: Session, entity: type[Any], conds: list[ColumnElement[bool]], *, limit: int, offset: int,
          newest_first: bool = True) -> tuple[int, list[Any]]:
    """One page of any entity by id order, with the total matching."""
    table = table_of(entity)
    total = int(session.scalar(select(func.count()).select_from(table).where(*conds)) or 0)
    order = table.c.id.desc() if newest_first else table.c.id.asc()
    rows = list(session.scalars(select(entity).where(*conds).order_by(order).limit(limit).offset(offset)))
    return total, rows
