"""The dashboard's figures, counted by `tasdiq.analyse` (the same rules as `tasdiq report`).

The analyses select incidents by period; the web's other filters (province, actor, attack
type, target, status) narrow that selection to the matching ids, so the dashboard, the list
and the map agree on which incidents a filter means. Claimed versus verified is
`tasdiq.claims.reconcile` per claimant (through `analyse.claimed_versus_verified`): a
bulletin's claims held against our verified incidents, by date, place and target.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq import analyse
from tasdiq.analyse import Period, Selection, Tally
from tasdiq.claims.reference import party_named
from tasdiq.web.filters import IncidentFilter
from tasdiq.web.queries import INC, cached, incident_conditions

TOP = 12  # bars per chart: more are unreadable at the dashboard's width


def selection(session: Session, f: IncidentFilter) -> Selection:
    chosen = analyse.select_incidents(session=session, period=_period(f))
    narrowing = f.model_copy(update={"date_from": None, "date_to": None, "group_branches": None})
    conds = incident_conditions(narrowing)
    if not conds:
        return chosen
    ids = set(session.scalars(select(INC.c.id).where(*conds)))
    return dataclasses.replace(chosen, rows=tuple(r for r in chosen.rows if r.id in ids))


def _period(f: IncidentFilter) -> Period:
    return Period(start=f.date_from, end=f.date_to)


def _tallies(rows: tuple[Tally, ...], top: int | None = None) -> list[dict[str, Any]]:
    return [dataclasses.asdict(t) for t in rows[:top]]


def _claimants(session: Session, f: IncidentFilter) -> list[dict[str, Any]]:
    found = analyse.claimed_versus_verified(session=session, period=_period(f))
    return [dataclasses.asdict(c) | {"ratio": c.ratio, "label": _party(c.claimant)} for c in found]


def _party(name: str) -> str:
    party = party_named(name)  # "islamic_state_khorasan" reads as Islamic State Khorasan Province
    return party.name if party else name


def figures(session: Session, f: IncidentFilter) -> dict[str, Any]:
    """Everything the dashboard draws, cached per store version and filter."""

    def compute() -> dict[str, Any]:
        chosen = selection(session, f)
        perpetrators = analyse.by_perpetrator(session=session, selection=chosen, group_branches=bool(f.group_branches))
        quality = analyse.data_quality(session=session, selection=chosen)
        return {
            "total": dataclasses.asdict(analyse.total(chosen)),
            "period": _period(f).describe(),
            "status": analyse.status_counts(chosen),
            "months": _tallies(analyse.by_month(chosen)),
            "provinces": _tallies(analyse.by_province(chosen)),
            "perpetrators_claimed": _tallies(perpetrators.claimed, TOP),
            "perpetrators_attributed": _tallies(perpetrators.attributed, TOP),
            "targets": _tallies(analyse.by_target(chosen), TOP),
            "attack_types": _tallies(analyse.by_attack_type(chosen)),
            "quality": dataclasses.asdict(quality),
            "claimed_vs_verified": _claimants(session, f),
        }

    return cached(session, ("dashboard", f.model_dump_json()), compute)
