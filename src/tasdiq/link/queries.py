"""Reading incidents for people: lists with filters, and one incident with its sources."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tasdiq.errors import NotFound
from tasdiq.model import Incident, IncidentMention, Mention, Source
from tasdiq.store.read import LinkedMention, incident_mentions, names_actor
from tasdiq.store.schema import table_of

INC, IM, M, S = table_of(Incident), table_of(IncidentMention), table_of(Mention), table_of(Source)


def summary(incident: Incident, *, mentions: int | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": incident.id, "title": incident.title, "attack_type": incident.attack_type,
        "date": incident.date.isoformat() if incident.date else None, "date_precision": incident.date_precision,
        "place_name": incident.place_name, "country": incident.country, "admin1": incident.admin1,
        "admin2": incident.admin2, "lat": incident.lat, "lon": incident.lon, "geo_precision": incident.geo_precision,
        "killed": [incident.killed_low, incident.killed_best, incident.killed_high],
        "injured": [incident.injured_low, incident.injured_best, incident.injured_high],
        "perpetrator_summary": incident.perpetrator_summary, "status": incident.status,
        "independent_sources": (incident.explanation or {}).get("independent_sources"),
    }
    if mentions is not None:
        data["mentions"] = mentions
    return data


def list_incidents(
    *, session: Session, province: str | None = None, date_from: dt.date | None = None,
    date_to: dt.date | None = None, status: str | None = None, actor: str | None = None, limit: int = 50,
) -> tuple[int, list[dict[str, Any]]]:
    """(total matching, the newest `limit` of them with their mention counts)."""
    query = select(Incident)
    if province:
        query = query.where((INC.c.admin1 == province) | (func.lower(INC.c.place_name) == province.lower()))
    if date_from:
        query = query.where(INC.c.date >= date_from)
    if date_to:
        query = query.where(INC.c.date <= date_to)
    if status:
        query = query.where(INC.c.status == status)
    if actor:
        query = query.where(names_actor(actor))
    total = int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
    rows = list(session.scalars(query.order_by(INC.c.date.desc(), INC.c.id.desc()).limit(limit)))
    ids = [r.id for r in rows]
    query_counts = select(IM.c.incident_id, func.count()).where(IM.c.incident_id.in_(ids)).group_by(IM.c.incident_id)
    counts: dict[int, int] = {int(i): int(n) for i, n in session.execute(query_counts)}
    return total, [summary(r, mentions=counts.get(r.id or 0, 0)) for r in rows]


def _link_row(r: LinkedMention) -> dict[str, Any]:
    m, s = r.mention, r.source
    return {
        "mention_id": m.id, "state": r.link.state, "score": r.link.score, "decided_by": r.link.decided_by,
        "source_id": m.source_id, "ordinal": m.ordinal, "publisher": s.publisher, "source_kind": s.kind,
        "source_title": s.title, "published": s.published.isoformat() if s.published else None,
        "date": m.date.isoformat() if m.date else None, "date_precision": m.date_precision,
        "place_name": m.place_name, "attack_type": m.attack_type,
        "killed": [m.killed_low, m.killed_best, m.killed_high], "injured_best": m.injured_best,
        "perpetrator": m.perpetrator, "certainty": m.perpetrator_certainty,
    }


def incident_detail(*, session: Session, incident_id: int) -> dict[str, Any]:
    """The incident, its linked mentions (with source, link state and score) and its explanation."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound("incident", incident_id)
    mentions = [_link_row(r) for r in incident_mentions(session, incident_id, include_rejected=True,
                                                         order="published")]
    return summary(incident, mentions=len(mentions)) | {"links": mentions, "targets": incident.targets,
                                                         "explanation": incident.explanation}
