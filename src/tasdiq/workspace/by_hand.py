"""Incidents recorded by hand, and sources and evidence attached to an incident by an analyst.

A hand-made incident is an ordinary incident whose figures the analyst typed: each value
entered is stored as a standing correction with no machine value (`tasdiq.link.corrections`),
so when reports are attached later and the linker derives figures from them, the analyst's
values stay in force and the machine's appear beside them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.errors import InputError, NotFound
from tasdiq.link import corrections, decisions
from tasdiq.model import Correction, Evidence, EvidenceLink, Incident, Mention, Source
from tasdiq.model.enums import AttackType, DatePrecision, IncidentStatus
from tasdiq.reference.places import Place, gazetteer, province_code
from tasdiq.store.schema import cols


@dataclass(frozen=True)
class HandIncident:
    title: str
    attack_type: str
    reason: str  # where the analyst's knowledge comes from
    date: dt.date | None = None
    province: str | None = None  # code or name
    place_name: str | None = None
    killed: int | None = None
    injured: int | None = None
    perpetrator: str | None = None


def create_incident(*, session: Session, entry: HandIncident, analyst: str) -> Incident:
    """A new incident from the analyst's form; every value given is kept as the analyst's."""
    title = entry.title.strip()
    if not title or len(title) > 300:
        raise InputError("title", "1 to 300 characters")
    if entry.attack_type not in set(AttackType):
        raise InputError("attack_type", f"one of {', '.join(AttackType)}")
    for name, count in (("killed", entry.killed), ("injured", entry.injured)):
        if count is not None and not 0 <= count <= 1_000_000:
            raise InputError(name, "a count from 0")
    if entry.date is not None:
        corrections.check_date("date", entry.date)
    place = _province(entry.province) if entry.province else None
    now = dt.datetime.now(dt.UTC)
    values: dict[str, Any] = {
        "title": title, "attack_type": entry.attack_type, "date": entry.date, "admin1": place.id if place else None,
        "place_name": (entry.place_name or "").strip() or (place.name if place else None),
        "killed_best": entry.killed, "injured_best": entry.injured,
        "perpetrator_summary": (entry.perpetrator or "").strip() or None,
    }
    incident = Incident(date_precision=DatePrecision.DAY if entry.date else DatePrecision.UNKNOWN,
                        country=place.country if place else None, lat=place.lat if place else None,
                        lon=place.lon if place else None, geo_precision=place.precision if place else None,
                        killed_low=entry.killed, killed_high=entry.killed, injured_low=entry.injured,
                        injured_high=entry.injured, status=IncidentStatus.REPORTED, created_at=now, updated_at=now,
                        explanation={"by_hand": {"analyst": analyst, "reason": entry.reason.strip()}}, **values)
    session.add(incident)
    session.flush()
    _keep_as_analysts(session, incident, values, entry.reason, analyst, now)
    return incident


def _province(value: str) -> Place:
    code = province_code(value)
    place = gazetteer().places.get(code)
    if place is None or place.kind != "province":
        raise InputError("province", f"no province {value!r} in Afghanistan or Pakistan (a code like AF-KAB or a name)")
    return place


def _keep_as_analysts(session: Session, incident: Incident, values: dict[str, Any], reason: str, analyst: str,
                      now: dt.datetime) -> None:
    why = reason.strip()
    if len(why) < corrections.MIN_REASON:
        raise InputError("reason", "say where this comes from (a few words at least)")
    for field, value in values.items():
        if value is not None and field in corrections.CORRECTABLE:
            session.add(Correction(incident_id=incident.id or 0, field=field, machine_value=None,
                                   value=corrections.show(value), reason=f"entered by hand: {why}", analyst=analyst,
                                   at=now))
    session.flush()


def attach_source(*, session: Session, incident_id: int, source_id: int, analyst: str) -> int:
    """Attach every attack the source tells to this incident (as confirmed links); returns how many.

    A source is attached through what extraction read from it: one with nothing extracted
    cannot say which attack it tells, so it is refused with the reason."""
    if session.get(Incident, incident_id) is None:
        raise NotFound("incident", incident_id)
    if session.get(Source, source_id) is None:
        raise NotFound("source", source_id)
    mentions = list(session.scalars(select(cols(Mention).id).where(cols(Mention).source_id == source_id)))
    if not mentions:
        raise InputError("source_id", f"source {source_id} has no extracted attack yet: run `tasdiq extract` first")
    for mention_id in mentions:
        decisions.confirm(session=session, incident_id=incident_id, mention_id=mention_id, analyst=analyst)
    return len(mentions)


def attach_evidence(*, session: Session, incident_id: int, evidence_id: int, analyst: str,
                    note: str | None = None) -> EvidenceLink:
    if session.get(Incident, incident_id) is None:
        raise NotFound("incident", incident_id)
    if session.get(Evidence, evidence_id) is None:
        raise NotFound("evidence", evidence_id)
    existing = session.scalars(select(EvidenceLink).where(cols(EvidenceLink).incident_id == incident_id,
                                                          cols(EvidenceLink).evidence_id == evidence_id)).first()
    if existing is not None:
        return existing
    link = EvidenceLink(evidence_id=evidence_id, incident_id=incident_id, note=(note or "").strip() or None,
                        analyst=analyst, at=dt.datetime.now(dt.UTC))
    session.add(link)
    session.flush()
    return link
