"""Everything an export needs about one incident, gathered once and read by every format."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from tasdiq.claims.ledger import assessments_of
from tasdiq.claims.queries import claim_sources, col, incident_claims, linked_mentions
from tasdiq.model.entities import Assessment, Claim, Incident, IncidentMention, Mention, Source, Verification
from tasdiq.model.enums import LinkState
from tasdiq.verify.service import checks_of, count_independent, counted_sources, current, stated_sources


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


CHUNK = 500  # incidents per round of bulk queries: well under SQLite's 32,766 parameters


def records(session: Session, *, incident_ids: Sequence[int] | None = None) -> Iterator[IncidentRecord]:
    """Records of the chosen incidents (all by default), in id order so output is stable.

    Loaded in chunks, seven queries per chunk: per incident (`record`) it was about nine
    queries each, which made 10,000 incidents take over a minute before any format began.
    """
    query = select(Incident).order_by(col(Incident, "id"))
    if incident_ids is not None:
        query = query.where(col(Incident, "id").in_(list(incident_ids)))
    chunk: list[Incident] = []
    for incident in session.scalars(query):
        chunk.append(incident)
        if len(chunk) == CHUNK:
            yield from _chunk_records(session, chunk)
            chunk = []
    if chunk:
        yield from _chunk_records(session, chunk)


def _links(session: Session, ids: list[int]) -> dict[int, list[int]]:
    rows = session.execute(
        select(col(IncidentMention, "incident_id"), col(IncidentMention, "mention_id"))
        .where(col(IncidentMention, "incident_id").in_(ids))
        .where(col(IncidentMention, "state") != LinkState.REJECTED.value)
    )
    linked: dict[int, list[int]] = defaultdict(list)
    for incident_id, mention_id in rows:
        linked[int(incident_id)].append(int(mention_id))
    return linked


def _mentions(session: Session, mention_ids: set[int]) -> dict[int, tuple[Mention, Source]]:
    if not mention_ids:
        return {}
    query = (select(Mention, Source).join(Source, col(Source, "id") == col(Mention, "source_id"))
             .where(col(Mention, "id").in_(sorted(mention_ids))))
    return {m.id or 0: (m, s) for m, s in session.execute(query)}


def _by_incident(session: Session, entity: type[Assessment] | type[Verification], time_field: str,
                 ids: list[int]) -> dict[int, list[Any]]:
    query = (select(entity).where(col(entity, "incident_id").in_(ids))
             .order_by(col(entity, time_field), col(entity, "id")))
    found: dict[int, list[Any]] = defaultdict(list)
    rows = cast("Iterable[Assessment | Verification]", session.scalars(query))
    for row in rows:
        found[row.incident_id or 0].append(row)
    return found


def _claims(session: Session, ids: list[int], mention_ids: set[int]) -> list[Claim]:
    condition: ColumnElement[bool] = col(Claim, "incident_id").in_(ids)
    if mention_ids:
        condition = or_(condition, col(Claim, "mention_id").in_(sorted(mention_ids)))
    return list(session.scalars(select(Claim).where(condition).order_by(col(Claim, "id"))))


def _claim_index(claims: list[Claim]) -> tuple[dict[int, list[Claim]], dict[int, list[Claim]]]:
    by_incident: dict[int, list[Claim]] = defaultdict(list)
    by_mention: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.incident_id is not None:
            by_incident[c.incident_id].append(c)
        if c.mention_id is not None:
            by_mention[c.mention_id].append(c)
    return by_incident, by_mention


def _chunk_records(session: Session, incidents: list[Incident]) -> Iterator[IncidentRecord]:
    ids = [i.id or 0 for i in incidents]
    linked = _links(session, ids)
    mention_ids = {m for ms in linked.values() for m in ms}
    mentions = _mentions(session, mention_ids)
    all_claims = _claims(session, ids, mention_ids)
    sources = claim_sources(session, all_claims)
    assessments = _by_incident(session, Assessment, "at", ids)
    checks = _by_incident(session, Verification, "at", ids)
    by_incident, by_mention = _claim_index(all_claims)
    for incident in incidents:
        iid = incident.id or 0
        own = set(linked.get(iid, ()))
        pairs = sorted((mentions[m] for m in own if m in mentions), key=lambda p: (p[1].id or 0, p[0].ordinal))
        mine = {c.id: c for c in by_incident.get(iid, [])} | {c.id: c for m in own for c in by_mention.get(m, [])}
        claims = [mine[k] for k in sorted(k for k in mine if k is not None)]
        stated = stated_sources(current(checks.get(iid, [])))
        yield IncidentRecord(
            incident=incident, mentions=tuple(pairs), claims=tuple(claims),
            claim_sources={c.id or 0: sources[c.id or 0] for c in claims if (c.id or 0) in sources},
            assessments=tuple(assessments.get(iid, ())), checks=tuple(checks.get(iid, ())),
            independent_sources=stated if stated is not None else count_independent(pairs),
        )
