"""What one incident, one source, or a review queue shows, gathered in one read each.

The claims ledger and the hypothesis matrix come from `tasdiq.claims`; the rest is read
directly, like `queries`, until the stage libraries offer the same reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tasdiq.claims.ach import AchMatrix, ach_matrix
from tasdiq.claims.ledger import Ledger, ledger
from tasdiq.errors import NotFound
from tasdiq.model import (
    AchItem,
    Assessment,
    AuditEntry,
    Claim,
    Evidence,
    EvidenceLink,
    Hypothesis,
    Incident,
    IncidentMention,
    LinkDecision,
    Mention,
    Original,
    Source,
    Verification,
)
from tasdiq.store.read import LinkedMention, incident_mentions
from tasdiq.store.schema import table_of

LINKS = table_of(IncidentMention)
MENTIONS = table_of(Mention)
AUDIT = table_of(AuditEntry)
CLAIMS = table_of(Claim)
VER = table_of(Verification)
INC = table_of(Incident)


@dataclass
class IncidentView:
    incident: Incident
    linked: list[LinkedMention]
    claims: list[Claim]
    ledger: Ledger
    ach: AchMatrix
    hypotheses: list[Hypothesis]
    ach_items: list[AchItem]
    evidence: list[tuple[EvidenceLink, Evidence]]
    verifications: list[Verification]
    assessments: list[Assessment]
    audit: list[AuditEntry] = field(default_factory=list)


def _get(session: Session, cls: type[Any], ident: int, kind: str) -> Any:
    obj = session.get(cls, ident)
    if obj is None:
        raise NotFound(kind, ident)
    return obj


def _by_incident(session: Session, cls: type[Any], incident_id: int) -> list[Any]:
    table = table_of(cls)
    return list(session.scalars(select(cls).where(table.c.incident_id == incident_id).order_by(table.c.id)))


def linked_mentions(session: Session, incident_id: int) -> list[LinkedMention]:
    """Every link of the incident, rejected ones too: the page shows what an analyst took out."""
    return incident_mentions(session, incident_id, include_rejected=True, order="link")


def _evidence(session: Session, incident_id: int) -> list[tuple[EvidenceLink, Evidence]]:
    links = table_of(EvidenceLink)
    rows = session.execute(
        select(EvidenceLink, Evidence).join(Evidence, table_of(Evidence).c.id == links.c.evidence_id)
        .where(links.c.incident_id == incident_id).order_by(links.c.id)
    ).all()
    return [(link, ev) for link, ev in rows]


def incident_view(session: Session, incident_id: int) -> IncidentView:
    incident: Incident = _get(session, Incident, incident_id, "incident")
    view = IncidentView(
        incident=incident,
        linked=linked_mentions(session, incident_id),
        claims=_by_incident(session, Claim, incident_id),
        ledger=ledger(session=session, incident_id=incident_id),
        ach=ach_matrix(session=session, incident_id=incident_id),
        hypotheses=_by_incident(session, Hypothesis, incident_id),
        ach_items=_by_incident(session, AchItem, incident_id),
        evidence=_evidence(session, incident_id),
        verifications=_by_incident(session, Verification, incident_id),
        assessments=_by_incident(session, Assessment, incident_id),
    )
    view.audit = incident_audit(session, view)
    return view


def incident_audit(session: Session, view: IncidentView, *, limit: int = 200) -> list[AuditEntry]:
    """Audit entries of the incident and of the rows that hang off it (links, claims,
    checks, evidence links, assessments, hypotheses, link decisions), newest first."""
    iid = view.incident.id
    related: dict[str, list[Any]] = {
        "incidents": [iid],
        "incident_mentions": [lm.link.id for lm in view.linked],
        "claims": [c.id for c in view.claims],
        "verifications": [v.id for v in view.verifications],
        "evidence_links": [link.id for link, _ in view.evidence],
        "assessments": [a.id for a in view.assessments],
        "hypotheses": [h.id for h in view.hypotheses],
        "ach_items": [i.id for i in view.ach_items],
        "link_decisions": list(session.scalars(
            select(table_of(LinkDecision).c.id).where(table_of(LinkDecision).c.incident_id == iid))),
    }
    conds = [(AUDIT.c.entity == entity) & AUDIT.c.entity_id.in_([str(i) for i in ids])
             for entity, ids in related.items() if ids]
    query = select(AuditEntry).where(or_(*conds)).order_by(AUDIT.c.id.desc()).limit(limit)
    return list(session.scalars(query))


@dataclass
class SourceView:
    source: Source
    original: Original | None
    mentions: list[Mention]
    claims: list[Claim]
    # Versions (a recaptured page, an edited message): the one before, what changed, later ones.
    previous: Source | None = None
    diff: list[str] = field(default_factory=list)
    newer: list[int] = field(default_factory=list)
    # The incidents each mention is linked to (not rejected), with the link's state.
    incidents: dict[int, list[tuple[Incident, str]]] = field(default_factory=dict)


def source_view(session: Session, source_id: int) -> SourceView:
    source: Source = _get(session, Source, source_id, "source")
    original = session.scalars(select(Original).where(table_of(Original).c.sha256 == source.sha256)).one_or_none()
    mentions = list(session.scalars(select(Mention).where(MENTIONS.c.source_id == source_id)
                                    .order_by(MENTIONS.c.ordinal)))
    claims = list(session.scalars(select(Claim).where(CLAIMS.c.source_id == source_id).order_by(CLAIMS.c.id)))
    view = SourceView(source, original, mentions, claims,
                      incidents=_incidents_of(session, [m.id for m in mentions if m.id]))
    _add_versions(session, view)
    return view


def _add_versions(session: Session, view: SourceView) -> None:
    from tasdiq.ingest.versions import newer_versions, text_diff

    if view.source.supersedes_id is not None:
        view.previous = session.get(Source, view.source.supersedes_id)
    if view.previous is not None:
        view.diff = text_diff(view.previous.text, view.source.text)
    view.newer = newer_versions(session=session, source_id=view.source.id or 0)


def _incidents_of(session: Session, mention_ids: list[int]) -> dict[int, list[tuple[Incident, str]]]:
    if not mention_ids:
        return {}
    rows = session.execute(select(LINKS.c.mention_id, LINKS.c.state, Incident)
                           .join(Incident, INC.c.id == LINKS.c.incident_id)
                           .where(LINKS.c.mention_id.in_(mention_ids), LINKS.c.state != "rejected"))
    found: dict[int, list[tuple[Incident, str]]] = {}
    for mention_id, state, incident in rows:
        found.setdefault(mention_id, []).append((incident, state))
    return found


@dataclass
class SuggestedLink:
    link: IncidentMention
    mention: Mention
    source: Source
    incident: Incident


@dataclass
class Queues:
    suggested: list[SuggestedLink]
    awaiting_verification: list[Incident]
    awaiting_review: list[tuple[Verification, Incident]]
    low_confidence: list[tuple[Mention, Source]]


LOW_CONFIDENCE = 0.5


def review_queues(session: Session, *, limit: int = 50) -> Queues:
    suggested = session.execute(
        select(IncidentMention, Mention, Source, Incident)
        .join(Mention, MENTIONS.c.id == LINKS.c.mention_id)
        .join(Source, table_of(Source).c.id == MENTIONS.c.source_id)
        .join(Incident, INC.c.id == LINKS.c.incident_id)
        .where(LINKS.c.state == "suggested").order_by(LINKS.c.score.desc().nulls_last(), LINKS.c.id).limit(limit)
    ).all()
    checked = select(VER.c.incident_id)
    awaiting = session.scalars(
        select(Incident).where(INC.c.status.in_(["reported", "corroborated"]), INC.c.id.not_in(checked))
        .order_by(INC.c.killed_best.desc().nulls_last(), INC.c.id.desc()).limit(limit))
    review = session.execute(
        select(Verification, Incident).join(Incident, INC.c.id == VER.c.incident_id)
        .where(VER.c.reviewer.is_(None), VER.c.automatic.is_(False)).order_by(VER.c.id).limit(limit)).all()
    low = session.execute(
        select(Mention, Source).join(Source, table_of(Source).c.id == MENTIONS.c.source_id)
        .where(MENTIONS.c.confidence < LOW_CONFIDENCE).order_by(MENTIONS.c.confidence, MENTIONS.c.id).limit(limit)
    ).all()
    return Queues(
        suggested=[SuggestedLink(lk, m, s, i) for lk, m, s, i in suggested],
        awaiting_verification=list(awaiting),
        awaiting_review=[(v, i) for v, i in review],
        low_confidence=[(m, s) for m, s in low],
    )
