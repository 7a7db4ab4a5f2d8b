"""Reading incidents for people: lists with filters, and one incident with its sources."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tasdiq.errors import NotFound
from tasdiq.model import Incident, IncidentMention, Mention, Source
from tasdiq.store.read import names_actor
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


def incident_detail(*, session: Session, incident_id: int) -> dict[str, Any]:
    """The incident, its linked mentions (with source, link state and score) and its explanation."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound("incident", incident_id)
    query = (select(IM.c.mention_id, IM.c.state, IM.c.score, IM.c.decided_by, M.c.source_id, M.c.ordinal,
                    M.c.date, M.c.date_precision, M.c.place_name, M.c.attack_type, M.c.killed_low,
                    M.c.killed_best, M.c.killed_high, M.c.injured_best, M.c.perpetrator,
                    M.c.perpetrator_certainty, S.c.publisher, S.c.kind, S.c.title, S.c.published)
             .join_from(IM, M, IM.c.mention_id == M.c.id).join(S, M.c.source_id == S.c.id)
             .where(IM.c.incident_id == incident_id).order_by(S.c.published, M.c.id))
    mentions = [{
        "mention_id": r.mention_id, "state": r.state, "score": r.score, "decided_by": r.decided_by,
        "source_id": r.source_id, "ordinal": r.ordinal, "publisher": r.publisher, "source_kind": r.kind,
        "source_title": r.title, "published": r.published.isoformat() if r.published else None,
        "date": r.date.isoformat() if r.date else None, "date_precision": r.date_precision,
        "place_name": r.place_name, "attack_type": r.attack_type,
        "killed": [r.killed_low, r.killed_best, r.killed_high], "injured_best": r.injured_best,
        "perpetrator": r.perpetrator, "certainty": r.perpetrator_certainty,
    } for r in session.execute(query)]
    return summary(incident, mentions=len(mentions)) | {"links": mentions, "targets": incident.targets,
                                                         "explanation": incident.explanation}
