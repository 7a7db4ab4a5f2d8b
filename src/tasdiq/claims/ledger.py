"""The claims ledger of an incident: every claim side by side, never merged into one answer.

`ledger()` reads; nothing here writes. Claims about who did it are grouped by the actor they
name, so an Islamic State claim and a counter-attribution to the Haqqani Network appear as
two groups next to each other, each with its sources, grades and flags. The analyst's own
assessments are listed beside the groups, never folded into them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.claims import flags
from tasdiq.claims.queries import (
    claim_sources,
    col,
    get_incident,
    incident_claims,
    linked_mentions,
    personal_fields,
)
from tasdiq.claims.reference import actor_key, credibility_levels, reliability_grades, same_actor
from tasdiq.model.entities import Assessment, Claim, Source
from tasdiq.model.enums import ClaimKind

# Kinds that name a perpetrator; competing ones make the attribution contested.
ATTRIBUTING = (ClaimKind.RESPONSIBILITY, ClaimKind.ATTRIBUTION, ClaimKind.CONFESSION)
UNNAMED = "(no subject named)"


def _public(data: dict[str, Any], entity: type[Any], include_personal: bool) -> dict[str, Any]:
    hidden = set() if include_personal else personal_fields(entity)
    return {k: v for k, v in data.items() if k not in hidden}


@dataclass(frozen=True)
class SourceRef:
    id: int
    kind: str
    publisher: str | None
    title: str | None
    url: str | None
    published: dt.datetime | None
    reliability: str
    reliability_label: str
    author: str | None

    @classmethod
    def of(cls, source: Source) -> SourceRef:
        return cls(
            source.id or 0, source.kind, source.publisher, source.title, source.url, source.published,
            source.reliability, reliability_grades().get(source.reliability, ""), source.author,
        )

    def to_dict(self, *, include_personal: bool = False) -> dict[str, Any]:
        return _public(self.__dict__.copy(), Source, include_personal)


@dataclass(frozen=True)
class LedgerClaim:
    id: int
    kind: str
    claimant: str | None
    subject: str | None
    channel: str | None
    origin: str
    quote: str | None
    span: tuple[int, int] | None
    killed_claimed: int | None
    injured_claimed: int | None
    credibility: int | None
    credibility_label: str | None
    released_by_party: bool
    possible_coercion: bool
    unverifiable: bool
    flag_reasons: tuple[flags.FlagReason, ...]
    source: SourceRef | None
    mention_id: int | None
    incident_id: int | None
    persons: tuple[str, ...]

    def to_dict(self, *, include_personal: bool = False) -> dict[str, Any]:
        data = self.__dict__.copy()
        data["flag_reasons"] = [r.__dict__ for r in self.flag_reasons]
        data["source"] = self.source.to_dict(include_personal=include_personal) if self.source else None
        data["persons"] = list(self.persons)
        return _public(data, Claim, include_personal)


def ledger_claim(claim: Claim, source: Source | None, reasons: Sequence[flags.FlagReason] = ()) -> LedgerClaim:
    span = (claim.span_start, claim.span_end) if claim.span_start is not None and claim.span_end is not None else None
    level = credibility_levels().get(claim.credibility) if claim.credibility is not None else None
    return LedgerClaim(
        id=claim.id or 0, kind=claim.kind, claimant=claim.claimant, subject=claim.subject, channel=claim.channel,
        origin=claim.origin, quote=claim.quote, span=span, killed_claimed=claim.killed_claimed,
        injured_claimed=claim.injured_claimed, credibility=claim.credibility,
        credibility_label=level.label if level else None, released_by_party=claim.released_by_party,
        possible_coercion=claim.possible_coercion, unverifiable=claim.unverifiable,
        flag_reasons=tuple(reasons) + _read_flags(claim, reasons),
        source=SourceRef.of(source) if source else None, mention_id=claim.mention_id,
        incident_id=claim.incident_id, persons=tuple(claim.persons),
    )


def _read_flags(claim: Claim, reasons: Sequence[flags.FlagReason]) -> tuple[flags.FlagReason, ...]:
    """Flags set when the text was read (a columnist's argued attribution is unverifiable; a
    confession aired by a party's media) that no rule has given grounds for: shown all the same."""
    given = {r.flag for r in reasons}
    names = ("released_by_party", "possible_coercion", "unverifiable")
    return tuple(
        flags.FlagReason(name, "extraction", "set from the words of the source when it was read")
        for name in names if getattr(claim, name) and name not in given
    )


@dataclass(frozen=True)
class SubjectGroup:
    """All claims naming one actor, with denials by or about it kept apart."""

    key: str
    subject: str
    claims: tuple[LedgerClaim, ...]
    denials: tuple[LedgerClaim, ...]

    def to_dict(self, *, include_personal: bool = False) -> dict[str, Any]:
        return {
            "key": self.key,
            "subject": self.subject,
            "claims": [c.to_dict(include_personal=include_personal) for c in self.claims],
            "denials": [c.to_dict(include_personal=include_personal) for c in self.denials],
        }


@dataclass(frozen=True)
class AssessmentView:
    id: int
    perpetrator: str | None
    confidence: str
    rationale: str
    evidence_refs: tuple[str, ...]
    analyst: str
    at: dt.datetime | None

    @classmethod
    def of(cls, a: Assessment) -> AssessmentView:
        return cls(a.id or 0, a.perpetrator, a.confidence, a.rationale, tuple(a.evidence_refs), a.analyst, a.at)

    def to_dict(self, *, include_personal: bool = False) -> dict[str, Any]:
        data = self.__dict__.copy() | {"evidence_refs": list(self.evidence_refs)}
        return _public(data, Assessment, include_personal)


@dataclass(frozen=True)
class Ledger:
    incident_id: int
    title: str
    status: str
    claims: tuple[LedgerClaim, ...]
    groups: tuple[SubjectGroup, ...]
    other: tuple[LedgerClaim, ...]
    assessments: tuple[AssessmentView, ...] = field(default=())

    @property
    def competing(self) -> bool:
        """True when claims name two perpetrators that are not one side: ISKP and the Islamic
        State, or the Haqqanis and the Taliban, narrow one attribution rather than contest it."""
        named = [g.key for g in self.groups if g.claims and g.key != UNNAMED]
        return any(not same_actor(a, b) for i, a in enumerate(named) for b in named[i + 1:])

    def to_dict(self, *, include_personal: bool = False) -> dict[str, Any]:
        return {
            "incident_id": self.incident_id,
            "title": self.title,
            "status": self.status,
            "competing": self.competing,
            "groups": [g.to_dict(include_personal=include_personal) for g in self.groups],
            "other_claims": [c.to_dict(include_personal=include_personal) for c in self.other],
            "assessments": [a.to_dict(include_personal=include_personal) for a in self.assessments],
        }


def group_by_subject(claims: Sequence[LedgerClaim]) -> tuple[tuple[SubjectGroup, ...], tuple[LedgerClaim, ...]]:
    """Attributing claims and denials grouped by named actor; the rest (casualty claims) apart."""
    order: list[str] = []
    names: dict[str, str] = {}
    members: dict[str, list[LedgerClaim]] = {}
    denials: dict[str, list[LedgerClaim]] = {}
    other: list[LedgerClaim] = []
    for c in claims:
        if c.kind not in ATTRIBUTING and c.kind != ClaimKind.DENIAL:
            other.append(c)
            continue
        key = actor_key(c.subject) or UNNAMED
        if key not in names:
            order.append(key)
            names[key] = c.subject or UNNAMED
        (denials if c.kind == ClaimKind.DENIAL else members).setdefault(key, []).append(c)
    groups = tuple(
        SubjectGroup(k, names[k], tuple(members.get(k, [])), tuple(denials.get(k, []))) for k in order
    )
    return groups, tuple(other)


def assessments_of(session: Session, incident_id: int) -> list[Assessment]:
    query = (
        select(Assessment)
        .where(col(Assessment, "incident_id") == incident_id)
        .order_by(col(Assessment, "at"), col(Assessment, "id"))
    )
    return list(session.scalars(query))


def ledger(*, session: Session, incident_id: int) -> Ledger:
    """Every claim on the incident, grouped by the actor it names, with the assessments."""
    incident = get_incident(session, incident_id)
    claims = incident_claims(session, incident_id)
    sources = claim_sources(session, claims)
    context = flags.context_for(claims, linked_mentions(session, incident_id))
    entries = tuple(
        ledger_claim(c, sources.get(c.id or 0), flags.reasons(c, source=sources.get(c.id or 0), context=context))
        for c in claims
    )
    groups, other = group_by_subject(entries)
    assessed = tuple(AssessmentView.of(a) for a in assessments_of(session, incident_id))
    return Ledger(incident_id, incident.title, incident.status, entries, groups, other, assessed)


def list_claims(*, session: Session, incident_id: int | None = None, kind: str | None = None) -> list[LedgerClaim]:
    """Claims in the store, optionally of one incident and of one kind, oldest first."""
    if incident_id is not None:
        get_incident(session, incident_id)
        claims = incident_claims(session, incident_id)
    else:
        claims = list(session.scalars(select(Claim).order_by(col(Claim, "id"))))
    if kind is not None:
        claims = [c for c in claims if c.kind == kind]
    sources = claim_sources(session, claims)
    return [ledger_claim(c, sources.get(c.id or 0)) for c in claims]
