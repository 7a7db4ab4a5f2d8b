"""Review at the pace of a newsroom: bulk link decisions, assignments and statuses, comments.

Statuses follow Atlos (unclaimed, in progress, help needed, ready for review, done). An
incident has a work item once anyone acts on it; before that it is unclaimed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from tasdiq.errors import InputError, NotFound
from tasdiq.link import decisions
from tasdiq.model import Comment, Incident, IncidentMention, User, WorkItem
from tasdiq.model.enums import IncidentStatus, LinkState, Role, WorkStatus
from tasdiq.store.schema import cols

MAX_BATCH = 500
MAX_COMMENT = 4000


class LinkVerdict(StrEnum):
    CONFIRM = "confirm"
    REJECT = "reject"


def decide_links(*, session: Session, link_ids: Sequence[int], verdict: LinkVerdict, analyst: str) -> list[int]:
    """Confirm or reject every link named; returns the incidents they were on.

    All or nothing: one unknown link refuses the batch (the caller's transaction rolls back).
    A link already decided the same way is left as it is, so a batch sent twice does no harm.
    """
    wanted = list(dict.fromkeys(link_ids))
    _batch("link_id", wanted)
    links = {lk.id: lk for lk in session.scalars(select(IncidentMention).where(cols(IncidentMention).id.in_(wanted)))}
    missing = [i for i in wanted if i not in links]
    if missing:
        raise NotFound("link", ", ".join(map(str, missing[:5])))
    touched: list[int] = []
    for link_id in wanted:
        # Re-read: an earlier decision in the batch may have moved this link's mention.
        link = session.get(IncidentMention, link_id)
        if link is None:
            continue
        incident_id, mention_id = link.incident_id, link.mention_id
        if verdict is LinkVerdict.CONFIRM and link.state != LinkState.CONFIRMED.value:
            decisions.confirm(session=session, incident_id=incident_id, mention_id=mention_id, analyst=analyst)
        elif verdict is LinkVerdict.REJECT:
            decisions.reject(session=session, incident_id=incident_id, mention_id=mention_id, analyst=analyst)
        touched.append(incident_id)
    return list(dict.fromkeys(touched))


def _batch(name: str, ids: Sequence[int]) -> None:
    if not ids:
        raise InputError(name, "tick at least one")
    if len(ids) > MAX_BATCH:
        raise InputError(name, f"at most {MAX_BATCH} at once")


def set_work(*, session: Session, incident_ids: Sequence[int], by: str, status: WorkStatus | None = None,
             assignee: str | None = None, unassign: bool = False) -> list[WorkItem]:
    """Set the status and/or the assignee of each incident named (or `unassign` them).

    Only analysts and up can be assigned work; assigning someone to unclaimed work puts it
    in progress, since that is what an assignment means.
    """
    wanted = list(dict.fromkeys(incident_ids))
    _batch("incident_id", wanted)
    if status is None and assignee is None and not unassign:
        raise InputError("status", "choose a status or an assignee")
    if assignee is not None:
        _check_assignee(session, assignee)
    found = set(session.scalars(select(cols(Incident).id).where(cols(Incident).id.in_(wanted))))
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFound("incident", ", ".join(map(str, missing[:5])))
    items = work_of(session, wanted)
    now = dt.datetime.now(dt.UTC)
    changed: list[WorkItem] = []
    for incident_id in wanted:
        item = items.get(incident_id)
        if item is None:
            item = WorkItem(incident_id=incident_id)
            session.add(item)
        if unassign:
            item.assignee = None
        elif assignee is not None:
            item.assignee = assignee
            if status is None and item.status == WorkStatus.UNCLAIMED.value:
                item.status = WorkStatus.IN_PROGRESS.value
        if status is not None:
            item.status = status.value
        item.updated_by, item.updated_at = by, now
        changed.append(item)
    session.flush()
    return changed


def _check_assignee(session: Session, username: str) -> None:
    user = session.scalars(select(User).where(cols(User).username == username)).one_or_none()
    if user is None or not user.active:
        raise InputError("assignee", f"no active user {username!r}")
    if not Role(user.role).allows(Role.ANALYST):
        raise InputError("assignee", f"{username} is a {user.role}: only analysts and up take work")


def work_of(session: Session, incident_ids: Iterable[int]) -> dict[int, WorkItem]:
    ids = list(incident_ids)
    if not ids:
        return {}
    return {w.incident_id: w for w in session.scalars(select(WorkItem).where(cols(WorkItem).incident_id.in_(ids)))}


def add_comment(*, session: Session, incident_id: int, author: str, body: str) -> Comment:
    text = body.strip()
    if not text:
        raise InputError("body", "write something")
    if len(text) > MAX_COMMENT:
        raise InputError("body", f"at most {MAX_COMMENT} characters")
    if session.get(Incident, incident_id) is None:
        raise NotFound("incident", incident_id)
    comment = Comment(incident_id=incident_id, author=author, body=text, at=dt.datetime.now(dt.UTC))
    session.add(comment)
    session.flush()
    return comment


def comments_of(session: Session, incident_id: int) -> list[Comment]:
    return list(session.scalars(select(Comment).where(cols(Comment).incident_id == incident_id)
                                .order_by(cols(Comment).id)))


@dataclass(frozen=True)
class Queue:
    mine: list[tuple[Incident, WorkItem]]  # assigned to me, not done
    help_needed: list[tuple[Incident, WorkItem]]
    ready_for_review: list[tuple[Incident, WorkItem]]


def queue_for(session: Session, username: str, *, limit: int = 100) -> Queue:
    """A reviewer's queue: my open work, then what colleagues asked help with or finished."""
    def of(*conds: ColumnElement[bool]) -> list[tuple[Incident, WorkItem]]:
        query = (select(Incident, WorkItem).join(WorkItem, cols(WorkItem).incident_id == cols(Incident).id)
                 .where(*conds).order_by(cols(WorkItem).updated_at.desc().nulls_last(), cols(Incident).id.desc())
                 .limit(limit))
        return [(i, w) for i, w in session.execute(query)]

    w = cols(WorkItem)
    return Queue(mine=of(w.assignee == username, w.status != WorkStatus.DONE.value),
                 help_needed=of(w.status == WorkStatus.HELP_NEEDED.value),
                 ready_for_review=of(w.status == WorkStatus.READY_FOR_REVIEW.value))


def confirmed_link_counts(session: Session, incident_ids: Iterable[int]) -> dict[int, int]:
    ids = list(incident_ids)
    if not ids:
        return {}
    c = cols(IncidentMention)
    rows = session.execute(select(c.incident_id, func.count()).where(c.incident_id.in_(ids),
                                                                     c.state == LinkState.CONFIRMED.value)
                           .group_by(c.incident_id))
    return {int(i): int(n) for i, n in rows}


def status_words(status: str, confirmed_links: int) -> str:
    """The status as the page says it: "corroborated" resting only on links the machine
    suggested says so, because no analyst has yet agreed those reports tell this attack."""
    if status == IncidentStatus.CORROBORATED.value and confirmed_links == 0:
        return f"{status} by machine"
    return status
