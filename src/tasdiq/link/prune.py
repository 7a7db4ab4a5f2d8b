"""Removing incidents that lost every mention, unless analysts' work hangs on them."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.model import ENTITIES, Entity, Incident, IncidentMention
from tasdiq.store.schema import table_of


def dependents() -> list[type[Entity]]:
    """Every entity that points at an incident (claims, checks, assessments, decisions...)."""
    found = [e for e in ENTITIES if "incident_id" in {f.name for f in dataclasses.fields(e)}]
    return [e for e in found if e is not IncidentMention]


def in_use(session: Session, incident_ids: Sequence[int]) -> set[int]:
    used: set[int] = set()
    ids = list(incident_ids)
    for entity in [*dependents(), IncidentMention]:
        col = table_of(entity).c.incident_id
        for start in range(0, len(ids), 5000):
            used |= {int(r[0]) for r in session.execute(select(col).where(col.in_(ids[start : start + 5000])))}
    return used


def drop_if_unused(*, session: Session, incident_ids: Sequence[int]) -> int:
    """Delete (audited) the incidents here that nothing refers to; returns how many."""
    if not incident_ids:
        return 0
    session.flush()
    unused = sorted(set(incident_ids) - in_use(session, incident_ids))
    for start in range(0, len(unused), 5000):
        query = select(Incident).where(Incident.id.in_(unused[start : start + 5000]))  # type: ignore[union-attr]
        for incident in session.scalars(query):
            session.delete(incident)
    session.flush()
    return len(unused)
