"""The flat export row: ACLED's column names where the meaning is the same, then ours.

One declaration serves the CSV (column order), GeoJSON (feature properties) and the
documentation (docs/exchange.md lists these in this order). A column marked personal is
written only when the caller may see personal data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tasdiq.claims.ledger import ATTRIBUTING
from tasdiq.claims.reference import party_named
from tasdiq.errors import NotFound
from tasdiq.exchange.records import IncidentRecord
from tasdiq.exchange.reference import Country, TargetActor, admin1_names, countries, target_actors
from tasdiq.model.enums import ClaimKind
from tasdiq.reference.vocab import attack_types

Value = str | int | float | None


@dataclass(frozen=True)
class Column:
    name: str
    get: Callable[[IncidentRecord], Value]
    personal: bool = False


# ACLED's time precision: 1 the day is known, 2 within about a week, 3 only the month or less.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# UCDP's where_prec (1 exact ... 7 international waters) to ACLED's geo_precision (1 town,
# 2 near a town or part of a region, 3 only the province or larger).
GEO_PRECISION = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}


def _country(r: IncidentRecord) -> Country | None:
    return countries().get(r.incident.country or "")


def _country_name(r: IncidentRecord) -> str:
    country = _country(r)
    return country.name if country else (r.incident.country or "")


def _target_actor(r: IncidentRecord) -> TargetActor | None:
    targets = set(r.incident.targets)
    return next((t for t in target_actors() if t.category in targets), None)


def _acled_type(r: IncidentRecord) -> tuple[str, str] | None:
    target = _target_actor(r)
    try:
        code = attack_types().acled(r.incident.attack_type, forces=target is not None and target.side == "forces")
    except NotFound:
        return None  # a type this version does not declare (an old import): no ACLED code
    return (code.event_type, code.sub_event_type) if code else None


def _names(values: Sequence[str | None]) -> str:
    return "; ".join(dict.fromkeys(v for v in values if v))


def _canonical(name: str | None) -> str | None:
    party = party_named(name)
    return party.name if party else name


def perpetrator_claimed(r: IncidentRecord) -> str:
    """Who claims or confesses to it (their own word), never merged with attributions."""
    kinds = (ClaimKind.RESPONSIBILITY, ClaimKind.CONFESSION)
    return _names([_canonical(c.subject) for c in r.claims if c.kind in kinds])


def perpetrator_attributed(r: IncidentRecord) -> str:
    """The latest analyst assessment; without one, whom others' attributions name."""
    assessment = r.latest_assessment
    if assessment is not None and assessment.perpetrator:
        return _canonical(assessment.perpetrator) or ""
    return _names([_canonical(c.subject) for c in r.claims if c.kind == ClaimKind.ATTRIBUTION])


def actor1(r: IncidentRecord) -> str:
    """ACLED's actor1: the assessed or uncontested perpetrator, else an unidentified group."""
    assessment = r.latest_assessment
    if assessment is not None and assessment.perpetrator:
        return _canonical(assessment.perpetrator) or ""
    named = {_canonical(c.subject) for c in r.claims if c.kind in ATTRIBUTING and c.subject}
    if len(named) == 1:
        return named.pop() or ""
    return f"Unidentified Armed Group ({_country_name(r)})"


def inter1(r: IncidentRecord) -> str:
    party = party_named(actor1(r))
    return party.acled_inter if party else "Political militia"


def interaction(r: IncidentRecord) -> str:
    target = _target_actor(r)
    return f"{inter1(r)}-{target.inter2}" if target else ""


def claims_summary(r: IncidentRecord) -> str:
    parts = []
    for c in r.claims:
        who = c.claimant or c.subject or "unnamed"
        via = f" via {c.channel}" if c.channel else ""
        about = f" ({c.subject})" if c.subject and c.kind != ClaimKind.RESPONSIBILITY else ""
        parts.append(f"{c.kind}: {who}{about}{via}")
    return "; ".join(parts)


def _timestamp(r: IncidentRecord) -> int | None:
    when = r.incident.updated_at or r.incident.created_at
    return int(when.timestamp()) if when else None


def _tags(r: IncidentRecord) -> str:
    return "; ".join((["suicide attack"] if r.incident.suicide else []) + list(r.incident.targets))


def _event_id(r: IncidentRecord) -> str:
    country = _country(r)
    return f"{country.alpha3 if country else 'TSQ'}{r.incident.id}"


def _analysts(r: IncidentRecord) -> str:
    return _names([a.analyst for a in r.assessments] + [v.analyst for v in r.checks] + [v.reviewer for v in r.checks])


def _i(name: str) -> Callable[[IncidentRecord], Value]:
    def get(r: IncidentRecord) -> Value:
        value: Value = getattr(r.incident, name)
        return value

    return get


ACLED = (
    Column("event_id_cnty", _event_id),
    Column("event_date", lambda r: r.incident.date.isoformat() if r.incident.date else None),
    Column("year", lambda r: r.incident.date.year if r.incident.date else None),
    Column("time_precision", lambda r: TIME_PRECISION.get(r.incident.date_precision)),
    Column("disorder_type", lambda r: "Political violence"),
    Column("event_type", lambda r: t[0] if (t := _acled_type(r)) else None),
    Column("sub_event_type", lambda r: t[1] if (t := _acled_type(r)) else None),
    Column("actor1", actor1),
    Column("assoc_actor_1", lambda r: None),
    Column("inter1", inter1),
    Column("actor2", lambda r: t.actor2.format(country=_country_name(r)) if (t := _target_actor(r)) else None),
    Column("interaction", interaction),
    Column("country", _country_name),
    Column("iso", lambda r: c.numeric if (c := _country(r)) else None),
    Column("admin1", lambda r: admin1_names().get(r.incident.admin1 or "", r.incident.admin1)),
    Column("admin2", _i("admin2")),
    Column("location", _i("place_name")),
    Column("latitude", _i("lat")),
    Column("longitude", _i("lon")),
    Column("geo_precision", lambda r: GEO_PRECISION.get(r.incident.geo_precision or 0)),
    Column("source", lambda r: _names([s.publisher for s in r.sources])),
    Column("source_scale", lambda r: None),
    Column("notes", _i("title")),
    Column("fatalities", _i("killed_best")),
    Column("tags", _tags),
    Column("timestamp", _timestamp),
)

OURS = (
    Column("killed_low", _i("killed_low")),
    Column("killed_best", _i("killed_best")),
    Column("killed_high", _i("killed_high")),
    Column("injured_low", _i("injured_low")),
    Column("injured_best", _i("injured_best")),
    Column("injured_high", _i("injured_high")),
    Column("date_precision", _i("date_precision")),
    Column("tasdiq_geo_precision", _i("geo_precision")),
    Column("claims_summary", claims_summary),
    Column("perpetrator_claimed", perpetrator_claimed),
    Column("perpetrator_attributed", perpetrator_attributed),
    Column("verification_status", _i("status")),
    Column("independent_sources", lambda r: r.independent_sources),
    Column("tasdiq_incident_id", _i("id")),
)

PERSONAL = (
    Column("victims_named", lambda r: "; ".join(r.victims_named), personal=True),
    Column("analysts", _analysts, personal=True),
)

COLUMNS: tuple[Column, ...] = (*ACLED, *OURS, *PERSONAL)


def columns(*, include_personal: bool) -> tuple[Column, ...]:
    return tuple(c for c in COLUMNS if include_personal or not c.personal)


def row(r: IncidentRecord, *, include_personal: bool) -> dict[str, Any]:
    return {c.name: c.get(r) for c in columns(include_personal=include_personal)}
