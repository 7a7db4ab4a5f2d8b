"""Analyst decisions on links: confirm, reject, split, merge.

Each decision changes the links now and is recorded as `LinkDecision` rows keyed by
(source_id, ordinal), which survive re-extraction; `tasdiq.link.service.link` replays them
(the latest decision on a mention stands). What each records:
- confirm I M: M belongs in I (moving it there if it was elsewhere).
- reject I M: M leaves I and is placed again by the linker, never back into I.
- split I M...: the named mentions form a new incident J; each is pinned to J and every
  mention left in I is pinned to I, so the two sets stay apart after re-extraction.
- merge A B: B's mentions, claims, checks and decisions move to A and B is deleted; every
  mention of the merged incident is pinned to A.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.errors import InputError, NotFound
from tasdiq.link.apply import refresh
from tasdiq.link.prune import dependents
from tasdiq.link.service import link
from tasdiq.model import Claim, EvidenceLink, Incident, IncidentMention, LinkDecision, Mention
from tasdiq.model.enums import LinkState


def _incident(session: Session, incident_id: int) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound("incident", incident_id)
    return incident


def _mention(session: Session, mention_id: int) -> Mention:
    mention = session.get(Mention, mention_id)
    if mention is None:
        raise NotFound("mention", mention_id)
    return mention


def _links(session: Session, *, mention_id: int | None = None, incident_id: int | None = None) -> list[IncidentMention]:
    query = select(IncidentMention)
    if mention_id is not None:
        query = query.where(IncidentMention.mention_id == mention_id)  # type: ignore[arg-type]
    if incident_id is not None:
        query = query.where(IncidentMention.incident_id == incident_id)  # type: ignore[arg-type]
    return list(session.scalars(query))


def _record(session: Session, mention: Mention, incident_id: int, decision: str, analyst: str,
            note: str | None = None) -> None:
    session.add(LinkDecision(source_id=mention.source_id, ordinal=mention.ordinal, incident_id=incident_id,
                             decision=decision, analyst=analyst, at=dt.datetime.now(dt.UTC), note=note))


def _pin(session: Session, mention: Mention, incident_id: int, analyst: str) -> set[int]:
    """Put `mention` in `incident_id` as confirmed; returns the incidents it left."""
    now = dt.datetime.now(dt.UTC)
    left: set[int] = set()
    kept = False
    assert mention.id is not None
    for row in _links(session, mention_id=mention.id):
        if row.incident_id == incident_id:
            row.state, row.decided_by, row.decided_at, kept = LinkState.CONFIRMED, analyst, now, True
        else:
            left.add(row.incident_id)
            session.delete(row)
    session.flush()
    if not kept:
        session.add(IncidentMention(incident_id=incident_id, mention_id=mention.id, state=LinkState.CONFIRMED,
                                    decided_by=analyst, decided_at=now))
    for claim in session.scalars(select(Claim).where(Claim.mention_id == mention.id)):  # type: ignore[arg-type]
        claim.incident_id = incident_id
    return left


def confirm(*, session: Session, incident_id: int, mention_id: int, analyst: str) -> None:
    """The analyst says this mention tells this incident's attack."""
    _incident(session, incident_id)
    mention = _mention(session, mention_id)
    left = _pin(session, mention, incident_id, analyst)
    _record(session, mention, incident_id, "confirm", analyst)
    refresh(session=session, incident_ids=sorted(left | {incident_id}))


def reject(*, session: Session, incident_id: int, mention_id: int, analyst: str) -> int | None:
    """The mention is not this attack: it leaves and is placed again elsewhere; returns where."""
    _incident(session, incident_id)
    mention = _mention(session, mention_id)
    rows = [r for r in _links(session, mention_id=mention_id) if r.incident_id == incident_id]
    if not rows:
        raise InputError(f"mention {mention_id}", f"is not linked to incident {incident_id}")
    for row in rows:
        session.delete(row)
    for claim in session.scalars(select(Claim).where(Claim.mention_id == mention_id)):  # type: ignore[arg-type]
        claim.incident_id = None
    _record(session, mention, incident_id, "reject", analyst)
    session.flush()
    link(session=session, mention_ids=[mention_id])
    refresh(session=session, incident_ids=[incident_id])
    now_in = _links(session, mention_id=mention_id)
    return now_in[0].incident_id if now_in else None


def split(*, session: Session, incident_id: int, mention_ids: Sequence[int], analyst: str) -> int:
    """Move these mentions out into a new incident; returns its id."""
    _incident(session, incident_id)
    members = {r.mention_id for r in _links(session, incident_id=incident_id)}
    moving = [_mention(session, m) for m in dict.fromkeys(mention_ids)]
    for m in moving:
        if m.id not in members:
            raise InputError(f"mention {m.id}", f"is not linked to incident {incident_id}")
    if len(moving) == len(members):
        raise InputError("split", "would move every mention: nothing would be left in the incident")
    now = dt.datetime.now(dt.UTC)
    new = Incident(created_at=now, updated_at=now)
    session.add(new)
    session.flush()
    assert new.id is not None
    for m in moving:
        _pin(session, m, new.id, analyst)
        _record(session, m, new.id, "split", analyst, note=f"split from incident {incident_id}")
    moved = {m.id for m in moving}
    for mention_id in sorted(members - moved):
        kept = _mention(session, mention_id)
        _pin(session, kept, incident_id, analyst)
        _record(session, kept, incident_id, "split", analyst, note=f"kept when incident {new.id} was split off")
    refresh(session=session, incident_ids=[incident_id, new.id])
    return new.id


def merge(*, session: Session, into: int, other: int, analyst: str) -> None:
    """`other` is the same attack as `into`: everything on it moves to `into`, and it goes."""
    if into == other:
        raise InputError("merge", "an incident cannot be merged with itself")
    _incident(session, into)
    gone = _incident(session, other)
    for row in _links(session, incident_id=other):
        row.incident_id = into
    session.flush()
    _move_dependents(session, other, into)
    for row in _links(session, incident_id=into):
        mention = _mention(session, row.mention_id)
        _pin(session, mention, into, analyst)
        _record(session, mention, into, "merge", analyst, note=f"incident {other} merged into {into}")
    session.flush()
    session.delete(gone)
    session.flush()
    refresh(session=session, incident_ids=[into])


def _move_dependents(session: Session, old: int, new: int) -> None:
    """Re-point every row on `old` (claims, checks, assessments, decisions) at `new`, audited."""
    taken = {e.evidence_id for e in session.scalars(select(EvidenceLink).where(EvidenceLink.incident_id == new))}  # type: ignore[arg-type]
    for entity in dependents():
        field = next(f for f in dataclasses.fields(entity) if f.name == "incident_id")
        column = getattr(entity, field.name)
        for row in session.scalars(select(entity).where(column == old)):
            if isinstance(row, EvidenceLink) and row.evidence_id in taken:
                session.delete(row)  # the same evidence is already linked to the surviving incident
            else:
                row.incident_id = new  # type: ignore[attr-defined]
    session.flush()
