"""The `tasdiq-events/1` line for one document (see docs and ../shared/eval/FORMAT.md)."""

from __future__ import annotations

from typing import Any

from tasdiq.extract import refs
from tasdiq.extract.types import Count, DocumentExtraction, ExtractedClaim, ExtractedEvent, Location

FORMAT = "tasdiq-events/1"


def _count(c: Count | None) -> dict[str, int | None] | None:
    return None if c is None else {"low": c.low, "best": c.best, "high": c.high}


def _location(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    return {"name": loc.name, "country": loc.country, "admin1": loc.admin1, "admin2": loc.admin2,
            "lat": loc.lat, "lon": loc.lon, "precision": loc.precision}


def _actor(name: str | None) -> str | None:
    """FORMAT.md: a key of the shared seed list where the actor is listed there, else its name."""
    return None if name is None else refs.exchange_name(name)


def _claim(c: ExtractedClaim) -> dict[str, Any]:
    return {"kind": c.kind.value, "claimant": _actor(c.claimant), "subject": _actor(c.subject), "channel": c.channel,
            "flags": list(c.flags), "span": list(c.span) if c.span else None}


def event_json(e: ExtractedEvent) -> dict[str, Any]:
    return {
        "attack_type": e.attack_type.value,
        "acled_sub_event_type": e.acled_sub_event_type,
        "suicide": e.suicide,
        "date": e.date.isoformat() if e.date else None,
        "date_precision": e.date_precision.value,
        "date_resolution": e.date_resolution,
        "location": _location(e.location),
        "killed": _count(e.killed),
        "injured": _count(e.injured),
        "perpetrators_killed": _count(e.perpetrators_killed),
        "kidnapped": _count(e.kidnapped),
        "perpetrator": {"actor": _actor(e.perpetrator), "certainty": e.certainty.value} if e.perpetrator else None,
        "target_group": _actor(e.target_group),
        "claims": [_claim(c) for c in e.claims],
        "targets": list(e.targets),
        "victims": list(e.victims),
        "part_of": e.part_of,
        "spans": {k: list(v) for k, v in e.spans.items()},
        "components": dict(e.components),
    }


def events_json(doc_id: str, extraction: DocumentExtraction) -> dict[str, Any]:
    """One output object: id, category, events, and the component versions that made them."""
    return {
        "id": doc_id,
        "format": FORMAT,
        "language": extraction.language,
        "category": extraction.category,
        "events": [event_json(e) for e in extraction.events],
        "components": dict(extraction.components),
    }
