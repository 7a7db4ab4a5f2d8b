"""Writers of the diffable formats: CSV, GeoJSON and JSON Lines.

All three write incidents in id order with a fixed key order, so two exports of the same
store are byte-identical and a change shows as a readable diff (tests pin them by golden
files). Personal fields are left out unless `include_personal` is set.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, TextIO

from tasdiq import csvsafe
from tasdiq.claims.queries import personal_fields
from tasdiq.exchange.columns import columns, row
from tasdiq.exchange.records import IncidentRecord
from tasdiq.model.entities import Entity

SOURCE_FIELDS = ("id", "kind", "publisher", "title", "url", "published", "language", "reliability", "author")
INCIDENT_SKIP = ("explanation",)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def write_csv(records: Iterable[IncidentRecord], out: TextIO, *, include_personal: bool = False) -> int:
    names = [c.name for c in columns(include_personal=include_personal)]
    writer = csvsafe.writer(out)
    writer.writerow(names)
    count = 0
    for r in records:
        values = row(r, include_personal=include_personal)
        writer.writerow([_cell(values[n]) for n in names])
        count += 1
    return count


def feature(r: IncidentRecord, *, include_personal: bool) -> dict[str, Any]:
    props = row(r, include_personal=include_personal)
    i = r.incident
    geometry = {"type": "Point", "coordinates": [i.lon, i.lat]} if i.lat is not None and i.lon is not None else None
    return {"type": "Feature", "id": props["event_id_cnty"], "geometry": geometry, "properties": props}


def write_geojson(records: Iterable[IncidentRecord], out: TextIO, *, include_personal: bool = False) -> int:
    features = [feature(r, include_personal=include_personal) for r in records]
    collection = {"type": "FeatureCollection", "features": features}
    out.write(json.dumps(collection, ensure_ascii=False, indent=1, default=_json_default) + "\n")
    return len(features)


def public(
    obj: Entity, *, include_personal: bool, only: tuple[str, ...] = (), skip: tuple[str, ...] = ()
) -> dict[str, Any]:
    """An entity's fields as a dict, without personal ones unless allowed."""
    hidden = set(skip) | (set() if include_personal else personal_fields(type(obj)))
    names = only or tuple(f.name for f in dataclasses.fields(obj))
    return {n: getattr(obj, n) for n in names if n not in hidden}


def document(r: IncidentRecord, *, include_personal: bool) -> dict[str, Any]:
    """The whole incident as one JSON object: its fields, claims, assessments, checks, sources."""
    p = include_personal
    claims = []
    for c in r.claims:
        source = r.claim_sources.get(c.id or 0)
        claims.append(public(c, include_personal=p) | {"source_id": source.id if source else c.source_id})
    return {
        "incident": public(r.incident, include_personal=p, skip=INCIDENT_SKIP),
        "row": row(r, include_personal=p),
        "claims": claims,
        "assessments": [public(a, include_personal=p) for a in r.assessments],
        "checks": [public(v, include_personal=p) for v in r.checks],
        "sources": [public(s, include_personal=p, only=SOURCE_FIELDS) for s in r.sources],
        "victims_named": list(r.victims_named) if p else None,
    }


def write_jsonl(records: Iterable[IncidentRecord], out: TextIO, *, include_personal: bool = False) -> int:
    count = 0
    for r in records:
        doc = document(r, include_personal=include_personal)
        if not include_personal:
            del doc["victims_named"]
        out.write(json.dumps(doc, ensure_ascii=False, default=_json_default) + "\n")
        count += 1
    return count
