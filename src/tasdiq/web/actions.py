"""Writes the web app offers, as calls into the stage libraries.

The web layer addresses a link by its row id (that is what a page shows); the linker's
decisions take (incident, mention), so this module translates and hands over. Everything
else (pinning, re-linking a rejected mention, recording the LinkDecision, the incident's
status after a check) is the library's business.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from tasdiq import claims
from tasdiq.errors import InputError, NotFound
from tasdiq.link import decisions
from tasdiq.model import AchRatingEntry, Hypothesis, IncidentMention, Verification
from tasdiq.model.enums import CheckKind, CheckResult
from tasdiq.verify import service as verify


def _link(session: Session, link_id: int) -> IncidentMention:
    link = session.get(IncidentMention, link_id)
    if link is None:
        raise NotFound("link", link_id)
    return link


def confirm_link(*, session: Session, link_id: int, analyst: str) -> int:
    """Confirm a suggested link; returns the incident it belongs to."""
    link = _link(session, link_id)
    incident_id = link.incident_id
    decisions.confirm(session=session, incident_id=incident_id, mention_id=link.mention_id, analyst=analyst)
    return incident_id


def reject_link(*, session: Session, link_id: int, analyst: str) -> int:
    """Reject a link (the linker places the mention elsewhere); returns the incident it left."""
    link = _link(session, link_id)
    incident_id = link.incident_id
    decisions.reject(session=session, incident_id=incident_id, mention_id=link.mention_id, analyst=analyst)
    return incident_id


def add_check(*, session: Session, incident_id: int, check: CheckKind, result: CheckResult, analyst: str,
              second_reviewer: bool, precision_m: float | None = None, value: str | None = None,
              note: str | None = None) -> Verification:
    return verify.add_check(session=session, incident_id=incident_id, check=check.value, result=result.value,
                            analyst=analyst, precision_m=precision_m, value=value, note=note,
                            second_reviewer=second_reviewer)


def sign_off(*, session: Session, incident_id: int, reviewer: str, second_reviewer: bool) -> list[Verification]:
    return verify.sign_off(session=session, incident_id=incident_id, reviewer=reviewer,
                           second_reviewer=second_reviewer)


def rate_cell(*, session: Session, incident_id: int, hypothesis_id: int, item_id: int, rating: str,
              analyst: str) -> AchRatingEntry:
    """Rate one cell of the incident's hypothesis matrix (the form names the incident it was on:
    a cell of another incident's matrix is refused rather than changed from the wrong page)."""
    hypothesis = session.get(Hypothesis, hypothesis_id)
    if hypothesis is None or hypothesis.incident_id != incident_id:
        raise NotFound("hypothesis", f"{hypothesis_id} of incident {incident_id}")
    return claims.rate(session=session, hypothesis_id=hypothesis_id, item_id=item_id, rating=rating,
                       analyst=analyst)


def split_off(*, session: Session, incident_id: int, mention_ids: list[int], analyst: str) -> int:
    """Move the chosen reports out into a new incident; returns its id."""
    if not mention_ids:
        raise InputError("mention_id", "tick the reports that describe another attack")
    return decisions.split(session=session, incident_id=incident_id, mention_ids=mention_ids, analyst=analyst)
