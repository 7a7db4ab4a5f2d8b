"""Verification status counts and the figures that say how far the data can be trusted.

- unknown date: no date, or a precision of "unknown" or "year";
- coarse place: UCDP-style precision 4 or more (province, region, country) or no place;
- single source: one independent source by verification's own rule (distinct publishers,
  syndicated copies once; an analyst's stated count overrides it: tasdiq.verify.service);
  incidents with no linked source at all (entered by an analyst) are counted apart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.analyse.selection import Selection, linked_sources
from tasdiq.model.entities import Verification
from tasdiq.model.enums import CheckKind, IncidentStatus
from tasdiq.store.schema import table_of
from tasdiq.verify.service import current, stated_sources

V = table_of(Verification)
VAGUE_DATES = ("unknown", "year")
COARSE_FROM = 4


@dataclass(frozen=True)
class DataQuality:
    incidents: int
    unknown_date: int
    coarse_place: int
    single_source: int
    no_source: int
    undated_left_out: int  # undated incidents a period could not include

    def share(self, count: int) -> float | None:
        return round(count / self.incidents, 3) if self.incidents else None


def status_counts(selection: Selection) -> dict[str, int]:
    """Incidents per verification status, every status listed (debunked included)."""
    found = Counter(r.status for r in selection.rows)
    return {s.value: found.get(s.value, 0) for s in IncidentStatus} | {
        k: v for k, v in found.items() if k not in {s.value for s in IncidentStatus}}


def counted(sources: list[tuple[int, str | None, str]]) -> int:
    """verify.service.counted_sources over rows already loaded: the same rule, no query."""
    seen_texts: set[str] = set()
    publishers: set[str] = set()
    for source_id, publisher, text_sha in sources:
        if text_sha and text_sha in seen_texts:
            continue
        seen_texts.add(text_sha)
        publishers.add((publisher or f"source {source_id}").casefold())
    return len(publishers)


def _stated(session: Session, ids: frozenset[int]) -> dict[int, int]:
    checks: dict[int, list[Verification]] = defaultdict(list)
    query = select(Verification).where(V.c.check == CheckKind.INDEPENDENT_SOURCES.value).order_by(V.c.at, V.c.id)
    for v in session.scalars(query):
        if v.incident_id in ids:
            checks[v.incident_id].append(v)
    found = {i: stated_sources(current(vs)) for i, vs in checks.items()}
    return {i: n for i, n in found.items() if n is not None}


def independent_sources(*, session: Session, selection: Selection) -> dict[int, int]:
    """Independent sources per selected incident, as verification counts them."""
    linked = linked_sources(session, selection.ids)
    stated = _stated(session, selection.ids)
    return {r.id: stated.get(r.id, counted(linked.get(r.id, []))) for r in selection.rows}


def data_quality(*, session: Session, selection: Selection) -> DataQuality:
    rows = selection.counted
    sources = independent_sources(session=session, selection=selection)
    return DataQuality(
        incidents=len(rows),
        unknown_date=sum(1 for r in rows if r.date is None or r.date_precision in VAGUE_DATES),
        coarse_place=sum(1 for r in rows if r.geo_precision is None or r.geo_precision >= COARSE_FROM),
        single_source=sum(1 for r in rows if sources[r.id] == 1),
        no_source=sum(1 for r in rows if sources[r.id] == 0),
        undated_left_out=selection.undated_left_out,
    )
