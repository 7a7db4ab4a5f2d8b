"""Everything an export needs about one incident, gathered once and read by every format."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.claims.ledger import assessments_of
from tasdiq.claims.queries import claim_sources, col, incident_claims, linked_mentions
from tasdiq.model.entities import Assessment, Claim, Incident, Mention, Source, Verification
from tasdiq.verify.service import checks_of, counted_sources, current, stated_sources


@dataclass(frozen=True)
class IncidentRecord:
    incident: Incident
    mentions: tuple[tuple[Mention, Source], ...]
    claims: tuple[Claim, ...]
    claim_sources: dict[int, Source]
    assessments: tuple[Assessment, ...]
    checks: tuple[Verification, ...]
    independent_sources: int

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source that reports the incident or carries one of its claims, once, by id."""
        found = {s.id: s for _m, s in self.mentions} | {s.id: s for s in self.claim_sources.values()}
        return tuple(found[k] for k in sorted(k for k in found if k is not None))

    @property
    def victims_named(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(name for m, _s in self.mentions for name in m.victims_named))

    @property
    def latest_assessment(self) -> Assessment | None:
        return self.assessments[-1] if self.assessments else None


def record(session: Session, incident: Incident) -> IncidentRecord:
    iid = incident.id or 0
    claims = incident_claims(session, iid)
    checks = checks_of(session, iid)
    stated = stated_sources(current(checks))
    return IncidentRecord(
        incident=incident,
        mentions=tuple(linked_mentions(session, iid)),
        claims=tuple(claims),
        claim_sources=claim_sources(session, claims),
        assessments=tuple(assessments_of(session, iid)),
        checks=tuple(checks),
        independent_sources=stated if stated is not None else counted_sources(session, iid),
    )


def records(session: Session, *, incident_ids: Sequence[int] | None = None) -> Iterator[IncidentRecord]:
    """Records of the chosen incidents (all by default), in id order so output is stable."""
    query = select(Incident).order_by(col(Incident, "id"))
    if incident_ids is not None:
        query = query.where(col(Incident, "id").in_(list(incident_ids)))
    for incident in session.scalars(query):
        yield record(session, incident)
