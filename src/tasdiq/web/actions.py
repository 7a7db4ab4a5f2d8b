"""Writes the web app offers: confirm or reject a suggested link, add and review checks.

Interim: `tasdiq.link` and `tasdiq.verify` own these decisions and their rules. Until their
functions land, these minimal versions record the same facts (the link state, a
LinkDecision keyed by source and ordinal so re-extraction keeps it, a Verification row);
switch each to the library call as soon as it exists.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from tasdiq.errors import InputError, NotFound, PermissionDenied
from tasdiq.model import Incident, IncidentMention, LinkDecision, Mention, Verification
from tasdiq.model.enums import CheckKind, CheckResult, LinkState


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def decide_link(*, session: Session, link_id: int, decision: LinkState, analyst: str, note: str | None = None
                ) -> IncidentMention:
    if decision is LinkState.SUGGESTED:
        raise InputError("decision", "a link can be confirmed or rejected, not suggested")
    link = session.get(IncidentMention, link_id)
    if link is None:
        raise NotFound("link", link_id)
    mention = session.get(Mention, link.mention_id)
    if mention is None:
        raise NotFound("mention", link.mention_id)
    now = _now()
    link.state, link.decided_by, link.decided_at = decision.value, analyst, now
    session.add(LinkDecision(source_id=mention.source_id, ordinal=mention.ordinal, incident_id=link.incident_id,
                             decision="confirm" if decision is LinkState.CONFIRMED else "reject",
                             analyst=analyst, at=now, note=note))
    session.flush()
    return link


def add_check(*, session: Session, incident_id: int, check: CheckKind, result: CheckResult, criteria: str,
              analyst: str, value: str | None = None, note: str | None = None) -> Verification:
    if session.get(Incident, incident_id) is None:
        raise NotFound("incident", incident_id)
    if not criteria.strip():
        raise InputError("criteria", "say what was checked against what (the criterion)")
    row = Verification(incident_id=incident_id, check=check.value, result=result.value, criteria=criteria.strip(),
                       value=value, note=note, analyst=analyst, at=_now())
    session.add(row)
    session.flush()
    return row


def review_check(*, session: Session, verification_id: int, reviewer: str) -> Verification:
    """A second reviewer signs off a check; nobody reviews their own."""
    row = session.get(Verification, verification_id)
    if row is None:
        raise NotFound("verification", verification_id)
    if row.analyst == reviewer:
        raise PermissionDenied("a check needs a second reviewer, not the analyst who made it")
    if row.reviewer is not None:
        raise InputError("verification", f"already reviewed by {row.reviewer}")
    row.reviewer, row.reviewed_at = reviewer, _now()
    session.flush()
    return row
