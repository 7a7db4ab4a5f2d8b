"""Which incidents an analysis counts, read in bulk (a few queries, whatever the store's size).

Counting rules (docs/analyse.md; the report's methods paragraph says the same):
- a period keeps incidents dated within it, both ends included; an undated incident cannot
  be placed in a period, so it is left out and `Selection.undated_left_out` says how many;
  without a period every incident counts, undated ones under "(undated)";
- debunked incidents are left out of every table (the attack did not happen as reported)
  but are counted in the verification status figures;
- links an analyst rejected are not links: their mentions, sources and claims do not count.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from tasdiq.model.entities import Incident, IncidentMention, Mention, Source
from tasdiq.model.enums import IncidentStatus, LinkState
from tasdiq.store.schema import table_of

INC, IM, M, S = table_of(Incident), table_of(IncidentMention), table_of(Mention), table_of(Source)
VERIFIED = (IncidentStatus.CORROBORATED.value, IncidentStatus.VERIFIED.value)
DEBUNKED = IncidentStatus.DEBUNKED.value


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both included; either may be open."""

    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def bounded(self) -> bool:
        return self.start is not None or self.end is not None

    def describe(self) -> str:
        if not self.bounded:
            return "all dates"
        start = self.start.isoformat() if self.start else "the start"
        return f"{start} to {self.end.isoformat() if self.end else 'now'}"


@dataclass(frozen=True)
class IncidentRow:
    """The fields of an incident the analyses read."""

    id: int
    date: dt.date | None
    date_precision: str
    admin1: str | None
    country: str | None
    geo_precision: int | None
    attack_type: str
    targets: tuple[str, ...]
    status: str
    killed_low: int | None
    killed_best: int | None
    killed_high: int | None
    injured_best: int | None

    @property
    def verified(self) -> bool:
        return self.status in VERIFIED


@dataclass(frozen=True)
class Selection:
    period: Period
    rows: tuple[IncidentRow, ...]  # debunked included; `counted` leaves them out
    undated_left_out: int = 0

    @property
    def counted(self) -> tuple[IncidentRow, ...]:
        return tuple(r for r in self.rows if r.status != DEBUNKED)

    @property
    def ids(self) -> frozenset[int]:
        return frozenset(r.id for r in self.rows)


def _row(r: Any) -> IncidentRow:
    return IncidentRow(
        id=int(r.id), date=r.date, date_precision=r.date_precision or "unknown", admin1=r.admin1, country=r.country,
        geo_precision=r.geo_precision, attack_type=r.attack_type or "other", targets=tuple(r.targets or ()),
        status=r.status or IncidentStatus.REPORTED.value, killed_low=r.killed_low, killed_best=r.killed_best,
        killed_high=r.killed_high, injured_best=r.injured_best,
    )


def _where(query: Select[Any], period: Period) -> Select[Any]:
    if period.start is not None:
        query = query.where(INC.c.date >= period.start)
    if period.end is not None:
        query = query.where(INC.c.date <= period.end)
    return query


def select_incidents(*, session: Session, period: Period | None = None) -> Selection:
    """The incidents in the period (all by default), in id order."""
    period = period or Period()
    columns = [INC.c[name] for name in (
        "id", "date", "date_precision", "admin1", "country", "geo_precision", "attack_type", "targets", "status",
        "killed_low", "killed_best", "killed_high", "injured_best")]
    rows = tuple(_row(r) for r in session.execute(_where(select(*columns), period).order_by(INC.c.id)))
    left_out = 0
    if period.bounded:
        left_out = int(session.scalar(select(func.count()).select_from(INC).where(INC.c.date.is_(None))) or 0)
    return Selection(period, rows, left_out)


def linked_sources(session: Session, ids: frozenset[int]) -> dict[int, list[tuple[int, str | None, str]]]:
    """(source id, publisher, text SHA-256) of each incident's linked mentions, in source order."""
    query = (
        select(IM.c.incident_id, S.c.id, S.c.publisher, S.c.text_sha256)
        .join_from(IM, M, IM.c.mention_id == M.c.id)
        .join(S, M.c.source_id == S.c.id)
        .where(IM.c.state != LinkState.REJECTED.value)
        .order_by(IM.c.incident_id, S.c.id, M.c.ordinal)
    )
    found: dict[int, list[tuple[int, str | None, str]]] = defaultdict(list)
    for incident_id, source_id, publisher, text_sha in session.execute(query):
        if incident_id in ids:
            found[int(incident_id)].append((int(source_id), publisher, text_sha or ""))
    return found


def linked_mention_ids(session: Session, ids: frozenset[int]) -> dict[int, int]:
    """mention id -> incident id, for links that are not rejected."""
    query = select(IM.c.mention_id, IM.c.incident_id).where(IM.c.state != LinkState.REJECTED.value)
    return {int(m): int(i) for m, i in session.execute(query) if i in ids}
