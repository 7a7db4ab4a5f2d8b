"""What analysts change in the ledger: grades, flags, their own claims and assessments.

Every function writes through the ORM on the caller's session (so the audit chain records
it) and never commits. Inputs are checked against the closed scales and named when wrong.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from tasdiq.claims import flags
from tasdiq.claims.queries import IncidentReads, get_incident, incident_reads
from tasdiq.claims.reference import confidence_levels, credibility_levels, reliability_grades
from tasdiq.errors import InputError, NotFound
from tasdiq.model.entities import Assessment, Claim, Source
from tasdiq.model.enums import ClaimKind, ClaimOrigin


def _claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound("claim", claim_id)
    return claim


def set_source_reliability(*, session: Session, source_id: int, grade: str) -> Source:
    """Grade a source on the Admiralty scale (A completely reliable ... F cannot be judged)."""
    grade = grade.strip().upper()
    if grade not in reliability_grades():
        raise InputError("reliability", f"{grade!r} is not an Admiralty grade A-F")
    source = session.get(Source, source_id)
    if source is None:
        raise NotFound("source", source_id)
    source.reliability = grade
    session.flush()
    return source


def check_credibility(credibility: int | None) -> int | None:
    if credibility is not None and credibility not in credibility_levels():
        raise InputError("credibility", f"{credibility} is not on the scale 1 (confirmed) to 6 (cannot be judged)")
    return credibility


def set_claim_credibility(*, session: Session, claim_id: int, credibility: int | None) -> Claim:
    """Grade the information of a claim 1-6 (None clears the grade)."""
    claim = _claim(session, claim_id)
    claim.credibility = check_credibility(credibility)
    session.flush()
    return claim


def set_claim_flags(
    *,
    session: Session,
    claim_id: int,
    released_by_party: bool | None = None,
    possible_coercion: bool | None = None,
    unverifiable: bool | None = None,
) -> Claim:
    """Set or clear flags by hand; None leaves a flag as it is."""
    claim = _claim(session, claim_id)
    if released_by_party is not None:
        claim.released_by_party = released_by_party
    if possible_coercion is not None:
        claim.possible_coercion = possible_coercion
    if unverifiable is not None:
        claim.unverifiable = unverifiable
    session.flush()
    return claim


def check_kind(kind: str) -> ClaimKind:
    try:
        return ClaimKind(kind)
    except ValueError:
        allowed = ", ".join(k.value for k in ClaimKind)
        raise InputError("kind", f"{kind!r} is not a claim kind ({allowed})") from None


def add_claim(
    *,
    session: Session,
    incident_id: int,
    kind: str,
    subject: str | None,
    claimant: str | None = None,
    channel: str | None = None,
    source_id: int | None = None,
    quote: str | None = None,
    killed_claimed: int | None = None,
    injured_claimed: int | None = None,
    credibility: int | None = None,
) -> Claim:
    """Record a claim an analyst found outside the extracted text (origin `analyst`)."""
    get_incident(session, incident_id)
    if source_id is not None and session.get(Source, source_id) is None:
        raise NotFound("source", source_id)
    claim = Claim(
        incident_id=incident_id, kind=check_kind(kind), subject=subject, claimant=claimant,
        channel=channel, source_id=source_id, quote=quote, killed_claimed=killed_claimed,
        injured_claimed=injured_claimed, credibility=check_credibility(credibility),
        origin=ClaimOrigin.ANALYST, created_at=dt.datetime.now(dt.UTC),
    )
    session.add(claim)
    session.flush()
    apply_flag_rules(session=session, incident_id=incident_id)
    return claim


def record_assessment(
    *,
    session: Session,
    incident_id: int,
    perpetrator: str | None,
    confidence: str,
    rationale: str,
    analyst: str,
    evidence_refs: Sequence[str] = (),
    at: dt.datetime | None = None,
) -> Assessment:
    """Record an analyst's judgement beside the claims; earlier assessments stay on record."""
    get_incident(session, incident_id)
    if confidence not in confidence_levels():
        raise InputError("confidence", f"{confidence!r} is not one of {', '.join(confidence_levels())}")
    if not rationale.strip():
        raise InputError("rationale", "an assessment needs its reasons written down")
    assessment = Assessment(
        incident_id=incident_id, perpetrator=perpetrator, confidence=confidence, rationale=rationale.strip(),
        evidence_refs=list(evidence_refs), analyst=analyst, at=at or dt.datetime.now(dt.UTC),
    )
    session.add(assessment)
    session.flush()
    return assessment


def apply_flag_rules(*, session: Session, incident_id: int) -> dict[int, list[flags.FlagReason]]:
    """Run the flag rules over the incident's claims; returns the reasons that fired per claim."""
    return apply_flag_rules_many(session=session, incident_ids=[incident_id])[incident_id]



def apply_flag_rules_many(
    *, session: Session, incident_ids: Sequence[int], reads: Mapping[int, IncidentReads] | None = None
) -> dict[int, dict[int, list[flags.FlagReason]]]:
    """`apply_flag_rules` over many incidents, reading them in bulk; one flush at the end.

    Incidents are taken in the order given, so a claim reached from two incidents ends as
    the last one leaves it, as it did one incident at a time. `reads`: already loaded.
    """
    reads = reads if reads is not None else incident_reads(session, incident_ids)
    fired: dict[int, dict[int, list[flags.FlagReason]]] = {}
    for incident_id in incident_ids:
        found = reads[incident_id]
        context = flags.context_for(found.claims, found.mentions)
        fired[incident_id] = {
            c.id or 0: flags.apply(c, source=found.claim_sources.get(c.id or 0), context=context)
            for c in found.claims
        }
    session.flush()
    return fired
