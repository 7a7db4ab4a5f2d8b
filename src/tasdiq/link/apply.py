"""Writing derived figures onto incidents, and recomputing them from the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.link import corrections, load
from tasdiq.link.features import Features
from tasdiq.link.figures import ClaimInfo, IncidentFigures, compute
from tasdiq.model import Correction, Incident

LinkInfo = dict[int, tuple[str, float | None]]


def figures_for(members: list[Features], claims: dict[int, list[ClaimInfo]], links: LinkInfo) -> IncidentFigures:
    real = [f for f in members if f.mention_id is not None]
    mine = [c for f in real for c in claims.get(f.mention_id or 0, [])]
    # Link states and scores live on IncidentMention (and `incidents show` prints them);
    # repeating them here would make every confirm rewrite the explanation.
    return compute(real, mine)


def apply(incident: Incident, fig: IncidentFigures, *, now: dt.datetime,
          corrected: dict[str, Correction] | None = None) -> bool:
    """Set only what changed (each change is one audited update); True if anything did.
    An analyst's standing corrections win over the derived values (`corrections.overlay`)."""
    changed = False
    values = corrections.overlay(dict(fig.values), corrected)
    explanation = fig.explanation | ({"corrected": {k: c.reason for k, c in corrected.items()}} if corrected else {})
    if "by_hand" in (incident.explanation or {}):  # who recorded it and why outlives re-derivation
        explanation["by_hand"] = incident.explanation["by_hand"]
    updates: dict[str, Any] = values | {"explanation": explanation}
    for name, value in updates.items():
        if getattr(incident, name) != value:
            setattr(incident, name, value)
            changed = True
    if changed:
        incident.updated_at = now
    return changed


def incident_values(fig: IncidentFigures, *, now: dt.datetime) -> dict[str, Any]:
    """Column values of a new incident with these figures."""
    return fig.values | {"explanation": fig.explanation, "created_at": now, "updated_at": now}


def refresh(*, session: Session, incident_ids: Sequence[int]) -> int:
    """Recompute the figures of these incidents from their current links; returns how many changed."""
    session.flush()
    links = load.links_of(session, list(incident_ids))
    mentions = load.mentions_by_id(session, [lk.mention_id for lk in links])
    claims = load.claims_of(session, list(mentions))
    members: dict[int, list[Features]] = {i: [] for i in incident_ids}
    info: LinkInfo = {}
    for lk in links:
        members[lk.incident_id].append(mentions[lk.mention_id])
        info[lk.mention_id] = (lk.state, lk.score)
    now = dt.datetime.now(dt.UTC)
    changed = 0
    pinned = corrections.standing(session, incident_ids)
    for incident in session.scalars(select(Incident).where(Incident.id.in_(list(incident_ids)))):  # type: ignore[union-attr]
        assert incident.id is not None
        if members[incident.id]:
            changed += apply(incident, figures_for(members[incident.id], claims, info), now=now,
                             corrected=pinned.get(incident.id))
    return changed
