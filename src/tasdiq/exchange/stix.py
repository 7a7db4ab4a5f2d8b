"""A STIX 2.1 bundle: incidents, the actors claims name, and attributions *as claims*.

Every "attributed-to" relationship is one claim (or one analyst assessment), never a merged
verdict: its description says who claimed it through what channel, and its confidence is
the claim's credibility on the STIX scale for Admiralty credibility (data/credibility.csv;
absent when the credibility cannot be judged) or the assessment's low/moderate/high.
Identifiers are UUIDv5 of our own ids, so the same store gives the same bundle.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
import uuid
from collections.abc import Iterable
from typing import Any, TextIO

import stix2
from stix2.utils import format_datetime, parse_into_datetime

from tasdiq.claims.ledger import ATTRIBUTING
from tasdiq.claims.reference import actor_key, confidence_levels, credibility_levels, party_named
from tasdiq.exchange.columns import claims_summary, row
from tasdiq.exchange.records import IncidentRecord
from tasdiq.model.entities import Assessment, Claim

NAMESPACE = uuid.UUID("6f1c5f1e-1d0b-5a8e-9c39-7a51d1a5e2b1")
EPOCH = dt.datetime(2021, 8, 15, tzinfo=dt.UTC)  # a fixed creation time for our own identity


def stix_id(kind: str, key: str) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'{kind}:{key}')}"


PRODUCER = stix_id("identity", "tasdiq")


StixObject = dict[str, Any]


def _timestamp(cls: type[Any], name: str, value: dt.datetime) -> str:
    prop = cls._properties[name]
    return str(format_datetime(parse_into_datetime(value, prop.precision, prop.precision_constraint)))


def _sdo(cls: type[Any], **values: Any) -> StixObject:
    """A STIX object as stix2 would serialise it: the class's property order, its timestamp
    precision, absent values left out. Building stix2's own objects checked every property
    at about 4 ms an object (10,000 incidents: most of a minute); the shapes here are fixed,
    and tests/exchange checks the output against the golden file and with `stix2.parse`."""
    values = {"type": cls._type, "spec_version": "2.1", **values}
    out: StixObject = {}
    for name in cls._properties:
        value = values.get(name)
        if value is None or value == []:  # stix2 leaves out what is absent, and refuses empty lists
            continue
        out[name] = _timestamp(cls, name, value) if isinstance(value, dt.datetime) else value
    return out


def _producer() -> StixObject:
    return _sdo(stix2.Identity, id=PRODUCER, name="Tasdiq export", identity_class="system", created=EPOCH,
                modified=EPOCH)


def _times(created: dt.datetime | None, modified: dt.datetime | None) -> dict[str, dt.datetime]:
    start = created or EPOCH
    return {"created": start, "modified": max(start, modified or start)}


def _incident(r: IncidentRecord) -> StixObject:
    i = r.incident
    values = row(r, include_personal=False)
    parts = [f"{i.date.isoformat() if i.date else 'undated'}, {i.place_name or 'place unknown'}",
             f"killed {i.killed_low}-{i.killed_high} (best {i.killed_best})", f"status {i.status}"]
    if r.claims:
        parts.append(f"claims: {claims_summary(r)}")
    refs = [{"source_name": "tasdiq", "external_id": str(values["event_id_cnty"])}]
    refs += [{"source_name": s.publisher or "source", "url": s.url} for s in r.sources if s.url]
    return _sdo(
        stix2.Incident, id=stix_id("incident", str(i.id)), name=i.title or f"Incident {i.id}",
        description="; ".join(parts),
        created_by_ref=PRODUCER, external_references=refs, **_times(i.created_at, i.updated_at),
    )


def _actor(name: str) -> StixObject:
    party = party_named(name)
    return _sdo(
        stix2.ThreatActor, id=stix_id("threat-actor", actor_key(name) or name), name=party.name if party else name,
        aliases=list(party.aliases) if party else None, created=EPOCH, modified=EPOCH, created_by_ref=PRODUCER,
    )


def _claim_relationship(r: IncidentRecord, c: Claim) -> StixObject:
    level = credibility_levels().get(c.credibility) if c.credibility is not None else None
    via = f" via {c.channel}" if c.channel else ""
    source = r.claim_sources.get(c.id or 0)
    return _sdo(
        stix2.Relationship, id=stix_id("relationship", f"claim:{c.id}"), relationship_type="attributed-to",
        source_ref=stix_id("incident", str(r.incident.id)),
        target_ref=stix_id("threat-actor", actor_key(c.subject) or ""),
        description=f"{c.kind} by {c.claimant or c.subject}{via}: a claim, not an established fact",
        confidence=level.stix_confidence if level else None, created_by_ref=PRODUCER,
        external_references=[{"source_name": source.publisher or "source", "url": source.url}]
        if source and source.url else None,
        **_times(c.created_at or r.incident.created_at, None),
    )


def _assessment_relationship(r: IncidentRecord, a: Assessment) -> StixObject:
    level = confidence_levels().get(a.confidence)
    return _sdo(
        stix2.Relationship, id=stix_id("relationship", f"assessment:{a.id}"), relationship_type="attributed-to",
        source_ref=stix_id("incident", str(r.incident.id)),
        target_ref=stix_id("threat-actor", actor_key(a.perpetrator) or ""),
        description=f"analyst assessment ({a.confidence} confidence): {a.rationale}",
        confidence=level.stix_confidence if level else None, created_by_ref=PRODUCER, **_times(a.at, None),
    )


def bundle_objects(records: Iterable[IncidentRecord]) -> list[StixObject]:
    objects: list[StixObject] = [_producer()]
    actors: dict[str, StixObject] = {}
    for r in records:
        objects.append(_incident(r))
        attributing = [c for c in r.claims if c.kind in ATTRIBUTING and c.subject]
        assessed = [a for a in r.assessments if a.perpetrator]
        for name in [c.subject or "" for c in attributing] + [a.perpetrator or "" for a in assessed]:
            key = actor_key(name) or name
            if key not in actors:  # built once per actor: a stix2 object costs milliseconds
                actors[key] = _actor(name)
        objects += [_claim_relationship(r, c) for c in attributing]
        objects += [_assessment_relationship(r, a) for a in assessed]
    return objects[:1] + sorted(actors.values(), key=lambda a: str(a["id"])) + objects[1:]


def write_stix(records: Iterable[IncidentRecord], out: TextIO, *, include_personal: bool = False) -> int:
    """Write the bundle; personal data never enters it, so `include_personal` changes nothing.

    Each object is serialised once, on its own, and written as it comes. stix2's
    `Bundle.serialize(pretty=True)` sorts the keys of the whole growing bundle by the spec's
    order and took 12 s for 100 incidents and over 18 minutes for 1,710 (issue 16, finding
    5); the bytes here are the same as that method's (the golden file pins them).
    """
    objects = bundle_objects(records)
    bundle_id = stix_id("bundle", "|".join(str(o["id"]) for o in objects))
    out.write(f'{{\n    "type": "bundle",\n    "id": "{bundle_id}",\n    "objects": [')
    for n, obj in enumerate(objects):
        text = json.dumps(obj, indent=4, separators=(",", ": "), ensure_ascii=False)
        out.write(("," if n else "") + "\n" + textwrap.indent(text, " " * 8))
    out.write("\n    ]\n}\n")  # never empty: the producer's identity comes first
    return sum(1 for o in objects if o["type"] == "incident")
