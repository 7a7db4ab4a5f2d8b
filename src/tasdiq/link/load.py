"""Bulk reads for the linker: rows as tuples into `Features`, a few queries per run.

Reads go through the tables (Core `select`), never per-row ORM loads: linking 100,000
mentions must cost a handful of queries. Writes stay in `tasdiq.link.service` (ORM, audited).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from tasdiq.link import anniversary
from tasdiq.link.config import scoring
from tasdiq.link.features import Features, event_text, norm_set
from tasdiq.link.figures import ClaimInfo
from tasdiq.model import Claim, Incident, IncidentMention, LinkDecision, Mention, Source
from tasdiq.store.schema import table_of

M, S, INC, IM = table_of(Mention), table_of(Source), table_of(Incident), table_of(IncidentMention)
C, D = table_of(Claim), table_of(LinkDecision)
CHUNK = 5000
VAGUE = ("month", "year", "unknown")


def chunks(values: Sequence[int], size: int = CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _mention_select() -> Select[Any]:
    return select(
        M.c.id, M.c.source_id, M.c.ordinal, S.c.publisher, S.c.kind, S.c.text_sha256, S.c.published,
        S.c.supersedes_id, M.c.date, M.c.date_precision, M.c.country, M.c.admin1, M.c.admin2, M.c.place_name,
        M.c.lat, M.c.lon, M.c.geo_precision, M.c.attack_type, M.c.suicide, M.c.killed_low, M.c.killed_best,
        M.c.killed_high, M.c.injured_low, M.c.injured_best, M.c.injured_high, M.c.perpetrator,
        M.c.perpetrator_certainty, M.c.targets, M.c.victims_named, M.c.spans, S.c.text,
        M.c.components["date_resolution"].as_string().label("date_how"),
    ).join_from(M, S, M.c.source_id == S.c.id)


def _features(row: Any) -> Features:
    published = row.published
    if published is not None and published.tzinfo is None:
        published = published.replace(tzinfo=dt.UTC)
    return Features(
        mention_id=row.id, source_id=row.source_id, ordinal=row.ordinal, publisher=row.publisher,
        source_kind=row.kind, text_sha256=row.text_sha256 or "", published=published,
        supersedes_id=row.supersedes_id, date=row.date, precision=row.date_precision or "unknown",
        country=row.country, admin1=row.admin1, admin2=row.admin2, place_name=row.place_name, lat=row.lat,
        lon=row.lon, geo_precision=row.geo_precision, attack_type=row.attack_type or "other",
        suicide=bool(row.suicide), killed=(row.killed_low, row.killed_best, row.killed_high),
        injured=(row.injured_low, row.injured_best, row.injured_high), perpetrator=row.perpetrator,
        certainty=row.perpetrator_certainty or "unknown", targets=norm_set(row.targets),
        victims=norm_set(row.victims_named), text=event_text(row.text or "", row.spans), date_how=row.date_how,
    )


def incident_features(row: Any) -> Features:
    """An incident's own figures as a stand-in member, for incidents left without mentions."""
    return Features(
        mention_id=None, source_id=None, ordinal=-1, publisher=None, source_kind="incident", text_sha256="",
        published=None, supersedes_id=None, date=row.date, precision=row.date_precision or "unknown",
        country=row.country, admin1=row.admin1, admin2=row.admin2, place_name=row.place_name, lat=row.lat,
        lon=row.lon, geo_precision=row.geo_precision, attack_type=row.attack_type or "other",
        suicide=bool(row.suicide), killed=(row.killed_low, row.killed_best, row.killed_high),
        injured=(row.injured_low, row.injured_best, row.injured_high), perpetrator=None, certainty="unknown",
        targets=norm_set(row.targets), victims=frozenset(),
    )


def unlinked_mentions(session: Session, *, only: Sequence[int] = ()) -> list[Features]:
    query = _mention_select().where(not_(exists().where(IM.c.mention_id == M.c.id)))
    return _restricted(session, query, only)


def mentions_not_confirmed(session: Session, *, only: Sequence[int] = ()) -> list[Features]:
    confirmed = exists().where(and_(IM.c.mention_id == M.c.id, IM.c.state == "confirmed"))
    return _restricted(session, _mention_select().where(not_(confirmed)), only)


def _restricted(session: Session, query: Select[Any], only: Sequence[int]) -> list[Features]:
    if not only:
        return [_features(r) for r in session.execute(query.order_by(M.c.id))]
    found: list[Features] = []
    for part in chunks(list(only)):
        found += [_features(r) for r in session.execute(query.where(M.c.id.in_(part)))]
    return found


@dataclass
class Link:
    incident_id: int
    mention_id: int
    state: str
    score: float | None


def links_of(session: Session, incident_ids: Sequence[int] | None, *, states: Iterable[str] = ()) -> list[Link]:
    query = select(IM.c.incident_id, IM.c.mention_id, IM.c.state, IM.c.score)
    if states:
        query = query.where(IM.c.state.in_(list(states)))
    if incident_ids is None:
        return [Link(*r) for r in session.execute(query)]
    found: list[Link] = []
    for part in chunks(list(incident_ids)):
        found += [Link(*r) for r in session.execute(query.where(IM.c.incident_id.in_(part)))]
    return found


def mentions_by_id(session: Session, mention_ids: Sequence[int]) -> dict[int, Features]:
    found: dict[int, Features] = {}
    for part in chunks(list(mention_ids)):
        for row in session.execute(_mention_select().where(M.c.id.in_(part))):
            found[row.id] = _features(row)
    return found


def _row_select() -> Select[Any]:
    return select(*(c for c in INC.c if c.name not in ("explanation", "title", "perpetrator_summary")))


def incident_rows(session: Session, incident_ids: Sequence[int] | None) -> dict[int, Any]:
    """The columns an incident's stand-in `Features` needs (not the bulky explanation)."""
    query = _row_select()
    if incident_ids is None:
        return {r.id: r for r in session.execute(query)}
    found: dict[int, Any] = {}
    for part in chunks(list(incident_ids)):
        found |= {r.id: r for r in session.execute(query.where(INC.c.id.in_(part)))}
    return found


def incidents_near(session: Session, pending: list[Features]) -> dict[int, Any]:
    """Rows (as `incident_rows`) of incidents whose block a pending mention falls in."""
    slack = int(scoring()["day_slack"])
    # An incident's date is one of its members' dates, which a joining mention must be within
    # the slack of: exact for day dates; a week date may mean six days either side.
    width = slack + 6
    spans: defaultdict[tuple[str, str | None], list[tuple[int, int]]] = defaultdict(list)
    undated: defaultdict[tuple[str, str | None], set[str]] = defaultdict(set)
    # Retrospectives dated by their publication (see anniversary.py): the anniversary days they
    # may recall, and their town or site names, which the recalled incident must share.
    recalled_days: defaultdict[tuple[str, str | None], set[dt.date]] = defaultdict(set)
    recalled_names: defaultdict[tuple[str, str | None], set[str]] = defaultdict(set)
    for f in pending:
        place = ("admin1", f.admin1) if f.admin1 else ("country", f.country)
        if f.lo is not None and f.hi is not None:
            spans[place].append((f.lo - width, f.hi + width))
            days = anniversary.earlier_days(f)
            towns = {v.strip().lower() for v in (f.admin2, f.place_name) if v}
            if days and towns:
                recalled_days[place] |= {dt.date.fromordinal(day) for day in days}
                recalled_names[place] |= towns
        else:
            undated[place] |= {v.strip().lower() for v in (f.admin2, f.place_name) if v}
    found: dict[int, Any] = {}
    # One query per place (served by the admin1 index), its date windows OR-ed inside it.
    for place in set(spans) | set(undated):
        # Vague or undated incidents are few; the ones in these places are all candidates.
        ors: list[ColumnElement[bool]] = [INC.c.date.is_(None), INC.c.date_precision.in_(VAGUE)]
        ors += [INC.c.date.between(dt.date.fromordinal(lo), dt.date.fromordinal(hi)) for lo, hi in _merge(spans[place])]
        names = sorted(undated.get(place, ()))
        if names:
            # An undated mention needs its town or district in common (see blocking.tokens).
            ors += [func.lower(INC.c.admin2).in_(names), func.lower(INC.c.place_name).in_(names)]
        if recalled_days[place]:
            known = sorted(recalled_names[place])
            in_town = or_(func.lower(INC.c.admin2).in_(known), func.lower(INC.c.place_name).in_(known))
            ors.append(and_(INC.c.date.in_(sorted(recalled_days[place])), in_town))
        for start in range(0, len(ors), 300):
            query = _row_select().where(and_(_place_clause(place), or_(*ors[start : start + 300])))
            found |= {r.id: r for r in session.execute(query)}
    # Placed only to a country or nowhere, or left empty by re-extraction: always candidates (few).
    found |= {r.id: r for r in session.execute(_row_select().where(INC.c.admin1.is_(None)))}
    return found | incident_rows(session, sorted(empty_incident_ids(session) - set(found)))


def empty_incident_ids(session: Session) -> set[int]:
    """Incidents left without mentions (their sources were re-extracted): candidates until refilled."""
    query = select(INC.c.id).where(not_(exists().where(IM.c.incident_id == INC.c.id)))
    return {int(r[0]) for r in session.execute(query)}


def _place_clause(place: tuple[str, str | None]) -> Any:
    kind, value = place
    if kind == "admin1":
        return INC.c.admin1 == value
    return INC.c.country == value if value else INC.c.id.is_not(None)


def _merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(intervals):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def claims_of(session: Session, mention_ids: Sequence[int]) -> dict[int, list[ClaimInfo]]:
    found: defaultdict[int, list[ClaimInfo]] = defaultdict(list)
    cols = (C.c.mention_id, C.c.source_id, C.c.kind, C.c.claimant, C.c.subject, C.c.killed_claimed, C.c.injured_claimed)
    for part in chunks(list(mention_ids)):
        for row in session.execute(select(*cols).where(C.c.mention_id.in_(part))):
            found[row.mention_id].append(ClaimInfo(*row))
    return found


@dataclass(frozen=True)
class Pin:
    incident_id: int
    decision: str
    analyst: str
    at: dt.datetime | None


@dataclass
class Decisions:
    """Analysts' standing decisions per (source_id, ordinal): where it is pinned, where it may not go."""

    pinned: dict[tuple[int, int], Pin] = field(default_factory=dict)
    rejected: defaultdict[tuple[int, int], set[int]] = field(default_factory=lambda: defaultdict(set))

    def forbidden(self, key: tuple[int, int] | None) -> frozenset[int]:
        return frozenset(self.rejected.get(key, ())) if key else frozenset()

    def pin(self, key: tuple[int, int] | None) -> Pin | None:
        return self.pinned.get(key) if key else None


def decisions(session: Session) -> Decisions:
    """Replay every decision in order: the latest word on each mention stands."""
    out = Decisions()
    query = select(D.c.source_id, D.c.ordinal, D.c.incident_id, D.c.decision, D.c.analyst, D.c.at).order_by(D.c.id)
    for source_id, ordinal, incident_id, decision, analyst, at in session.execute(query):
        key = (source_id, ordinal)
        if decision == "reject":
            out.rejected[key].add(incident_id)
            if key in out.pinned and out.pinned[key].incident_id == incident_id:
                del out.pinned[key]
        else:
            out.pinned[key] = Pin(incident_id, decision, analyst, at)
            out.rejected[key].discard(incident_id)
    return out
