"""Review at speed: bulk link decisions, assignments and statuses, comments (pages and API).

Every route here writes through `tasdiq.workspace`; roles are checked on the server (analyst
and up), forms carry the CSRF token, and the API takes the same calls as JSON.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq import workspace
from tasdiq.errors import InputError
from tasdiq.link import corrections
from tasdiq.model import Comment, Correction, Incident, User, WorkItem
from tasdiq.model.enums import AttackType, Role, WorkStatus
from tasdiq.reference import registry
from tasdiq.store.schema import cols
from tasdiq.web import queries
from tasdiq.web.deps import Analyst, AnalystWrite, Db, Viewer
from tasdiq.web.filters import ID_MAX, PathId
from tasdiq.web.render import page
from tasdiq.web.routes.api import ERRORS
from tasdiq.workspace import actors as actor_pages
from tasdiq.workspace import by_hand

page_router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api/v1", tags=["workspace"], responses=ERRORS)
UNASSIGN = "-"  # the assignee menu's "nobody"
FormIds = Annotated[list[Annotated[int, Field(ge=1, le=ID_MAX)]], Form()]
FormText = Annotated[str, Form(max_length=100)]


@dataclass(frozen=True)
class IncidentWork:
    """What the incident page shows of the workspace."""

    work: WorkItem | None
    comments: list[Comment]
    status_words: str
    analysts: list[str]
    corrections: list[Correction]  # newest first, withdrawn ones included
    corrected: dict[str, Correction]  # standing, by field
    fields: list[str]

    def corrected_like(self, prefix: str) -> list[tuple[str, Correction]]:
        """Standing corrections of the fields starting with `prefix` ("killed": low, best, high)."""
        return [(f, c) for f, c in self.corrected.items() if f.startswith(prefix)]


def incident_work(session: Session, incident_id: int, status: str) -> IncidentWork:
    confirmed = workspace.confirmed_link_counts(session, [incident_id]).get(incident_id, 0)
    return IncidentWork(work=workspace.work_of(session, [incident_id]).get(incident_id),
                        comments=workspace.comments_of(session, incident_id),
                        status_words=workspace.status_words(status, confirmed), analysts=analysts(session),
                        corrections=corrections.history(session, incident_id),
                        corrected=corrections.standing(session, [incident_id]).get(incident_id, {}),
                        fields=list(corrections.CORRECTABLE))


def analysts(session: Session) -> list[str]:
    """Who can be assigned work: active analysts, reviewers and admins."""
    users = session.scalars(select(User).where(cols(User).active.is_(True)).order_by(cols(User).username))
    return [u.username for u in users if Role(u.role).allows(Role.ANALYST)]


def _set_from_form(session: Session, *, incident_ids: list[int], by: str, status: str, assignee: str) -> None:
    """The forms send "" for "leave as it is" and UNASSIGN for "nobody"."""
    try:
        chosen = WorkStatus(status) if status else None
    except ValueError:
        raise InputError("status", f"not one of {', '.join(WorkStatus)}") from None
    unassign = assignee == UNASSIGN
    workspace.set_work(session=session, incident_ids=incident_ids, by=by, status=chosen,
                       assignee=None if unassign else (assignee.strip() or None), unassign=unassign)


# -- pages -----------------------------------------------------------------------------------

@page_router.post("/review/links")
def bulk_links(session: Db, principal: AnalystWrite, link_id: FormIds,
               verdict: Annotated[workspace.LinkVerdict, Form()]) -> Response:
    workspace.decide_links(session=session, link_ids=link_id, verdict=verdict, analyst=principal.name)
    queries.clock.invalidate()
    return RedirectResponse(f"/review?decided={len(link_id)}#suggested", status_code=303)


@page_router.post("/review/incidents")
def bulk_work(session: Db, principal: AnalystWrite, incident_id: FormIds, status: FormText = "",
              assignee: FormText = "") -> Response:
    _set_from_form(session, incident_ids=incident_id, by=principal.name, status=status, assignee=assignee)
    return RedirectResponse(f"/review?assigned={len(incident_id)}#work", status_code=303)


@page_router.post("/incidents/{incident_id}/work")
def incident_work_form(session: Db, principal: AnalystWrite, incident_id: PathId, status: FormText = "",
                       assignee: FormText = "") -> Response:
    _set_from_form(session, incident_ids=[incident_id], by=principal.name, status=status, assignee=assignee)
    return RedirectResponse(f"/incidents/{incident_id}#work", status_code=303)


@page_router.post("/incidents/{incident_id}/comments")
def comment_form(session: Db, principal: AnalystWrite, incident_id: PathId,
                 body: Annotated[str, Form(max_length=workspace.review.MAX_COMMENT)]) -> Response:
    workspace.add_comment(session=session, incident_id=incident_id, author=principal.name, body=body)
    return RedirectResponse(f"/incidents/{incident_id}#comments", status_code=303)


@page_router.post("/incidents/{incident_id}/corrections")
def correction_form(session: Db, principal: AnalystWrite, incident_id: PathId,
                    field: Annotated[str, Form(max_length=40)],
                    reason: Annotated[str, Form(max_length=corrections.MAX_TEXT)],
                    value: Annotated[str, Form(max_length=corrections.MAX_TEXT)] = "") -> Response:
    corrections.correct(session=session, incident_id=incident_id, field=field, value=value, reason=reason,
                        analyst=principal.name)
    queries.clock.invalidate()
    return RedirectResponse(f"/incidents/{incident_id}#corrections", status_code=303)


@page_router.post("/corrections/{correction_id}/withdraw")
def withdraw_form(session: Db, principal: AnalystWrite, correction_id: PathId) -> Response:
    withdrawn = corrections.withdraw(session=session, correction_id=correction_id)
    queries.clock.invalidate()
    return RedirectResponse(f"/incidents/{withdrawn.incident_id}#corrections", status_code=303)


@page_router.get("/new-incident", response_class=HTMLResponse)
def new_incident_page(request: Request, principal: Analyst) -> Response:
    return page(request, "new_incident.html", principal=principal, types=list(AttackType), nav="incidents")


def _optional_int(name: str, raw: str) -> int | None:
    raw = raw.strip()
    if not raw:
        return None
    if not raw.isdigit() or len(raw) > 7:
        raise InputError(name, "a whole number from 0, or blank for unknown")
    return int(raw)


def _optional_date(raw: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(raw) if raw.strip() else None
    except ValueError:
        raise InputError("date", "YYYY-MM-DD") from None


@page_router.post("/new-incident")
def new_incident(session: Db, principal: AnalystWrite, title: Annotated[str, Form(max_length=300)],
                 attack_type: Annotated[str, Form(max_length=40)], reason: Annotated[str, Form(max_length=1000)],
                 date: FormText = "", province: FormText = "", place_name: FormText = "", killed: FormText = "",
                 injured: FormText = "", perpetrator: FormText = "") -> Response:
    entry = by_hand.HandIncident(title=title, attack_type=attack_type, reason=reason, date=_optional_date(date),
                                 province=province or None, place_name=place_name or None,
                                 killed=_optional_int("killed", killed), injured=_optional_int("injured", injured),
                                 perpetrator=perpetrator or None)
    incident = by_hand.create_incident(session=session, entry=entry, analyst=principal.name)
    queries.clock.invalidate()
    return RedirectResponse(f"/incidents/{incident.id}", status_code=303)


@page_router.post("/incidents/{incident_id}/sources")
def attach_source_form(session: Db, principal: AnalystWrite, incident_id: PathId,
                       source_id: Annotated[int, Form(ge=1, le=ID_MAX)]) -> Response:
    by_hand.attach_source(session=session, incident_id=incident_id, source_id=source_id, analyst=principal.name)
    queries.clock.invalidate()
    return RedirectResponse(f"/incidents/{incident_id}#sources", status_code=303)


@page_router.post("/incidents/{incident_id}/evidence")
def attach_evidence_form(session: Db, principal: AnalystWrite, incident_id: PathId,
                         evidence_id: Annotated[int, Form(ge=1, le=ID_MAX)],
                         note: Annotated[str, Form(max_length=1000)] = "") -> Response:
    by_hand.attach_evidence(session=session, incident_id=incident_id, evidence_id=evidence_id,
                            analyst=principal.name, note=note)
    return RedirectResponse(f"/incidents/{incident_id}#evidence", status_code=303)


# -- API -------------------------------------------------------------------------------------

class LinkDecisionsIn(BaseModel):
    link_ids: list[Annotated[int, Field(ge=1, le=ID_MAX)]] = Field(..., min_length=1, max_length=500)
    verdict: workspace.LinkVerdict


class LinkDecisionsOut(BaseModel):
    decided: int
    incident_ids: list[int]


class WorkIn(BaseModel):
    incident_ids: list[Annotated[int, Field(ge=1, le=ID_MAX)]] = Field(..., min_length=1, max_length=500)
    status: WorkStatus | None = None
    assignee: str | None = Field(None, min_length=1, max_length=100, description="A user, analyst or above.")
    unassign: bool = False


class WorkOut(BaseModel):
    incident_id: int
    status: WorkStatus
    assignee: str | None
    updated_at: dt.datetime | None


class CommentIn(BaseModel):
    body: str = Field(..., min_length=1, max_length=4000)


class CommentOut(BaseModel):
    id: int
    incident_id: int
    author: str | None = Field(description="Withheld (null) from viewers.")
    body: str
    at: dt.datetime | None


class QueueItemOut(BaseModel):
    incident_id: int
    title: str
    status: WorkStatus
    assignee: str | None


class QueueOut(BaseModel):
    mine: list[QueueItemOut]
    help_needed: list[QueueItemOut]
    ready_for_review: list[QueueItemOut]


def _work_out(w: WorkItem) -> WorkOut:
    return WorkOut(incident_id=w.incident_id, status=WorkStatus(w.status), assignee=w.assignee,
                   updated_at=w.updated_at)


@api_router.post("/links/decisions", response_model=LinkDecisionsOut)
def decide_links_api(session: Db, principal: AnalystWrite, body: LinkDecisionsIn) -> LinkDecisionsOut:
    """Confirm or reject many links at once (all or none)."""
    touched = workspace.decide_links(session=session, link_ids=body.link_ids, verdict=body.verdict,
                                     analyst=principal.name)
    queries.clock.invalidate()
    return LinkDecisionsOut(decided=len(set(body.link_ids)), incident_ids=touched)


@api_router.post("/incidents/work", response_model=list[WorkOut])
def set_work_api(session: Db, principal: AnalystWrite, body: WorkIn) -> list[WorkOut]:
    """Set the work status and/or the assignee of many incidents at once."""
    items = workspace.set_work(session=session, incident_ids=body.incident_ids, by=principal.name,
                               status=body.status, assignee=body.assignee, unassign=body.unassign)
    return [_work_out(w) for w in items]


@api_router.get("/incidents/{incident_id}/comments", response_model=list[CommentOut])
def comments_api(session: Db, principal: Viewer, incident_id: PathId) -> list[CommentOut]:
    personal = principal.may(Role.ANALYST)
    return [CommentOut(id=c.id or 0, incident_id=c.incident_id, author=c.author if personal else None, body=c.body,
                       at=c.at) for c in workspace.comments_of(session, incident_id)]


@api_router.post("/incidents/{incident_id}/comments", response_model=CommentOut)
def comment_api(session: Db, principal: AnalystWrite, incident_id: PathId, body: CommentIn) -> CommentOut:
    c = workspace.add_comment(session=session, incident_id=incident_id, author=principal.name, body=body.body)
    return CommentOut(id=c.id or 0, incident_id=c.incident_id, author=c.author, body=c.body, at=c.at)


@api_router.get("/queue", response_model=QueueOut)
def queue_api(session: Db, principal: Analyst) -> QueueOut:
    """My open work, and what colleagues asked help with or marked ready for review."""
    q = workspace.queue_for(session, principal.name)

    def items(rows: list[tuple[Incident, WorkItem]]) -> list[QueueItemOut]:
        return [QueueItemOut(incident_id=w.incident_id, title=i.title, status=WorkStatus(w.status),
                             assignee=w.assignee) for i, w in rows]

    return QueueOut(mine=items(q.mine), help_needed=items(q.help_needed), ready_for_review=items(q.ready_for_review))


class CorrectionIn(BaseModel):
    field: str = Field(..., max_length=40, description="One of tasdiq.link.corrections.CORRECTABLE.")
    value: str | None = Field(None, max_length=1000, description="The analyst's value; blank or null for unknown.")
    reason: str = Field(..., min_length=1, max_length=1000)


class CorrectionOut(BaseModel):
    id: int
    incident_id: int
    field: str
    machine_value: str | None
    value: str | None
    reason: str
    analyst: str | None = Field(description="Withheld (null) from viewers.")
    at: dt.datetime | None
    withdrawn: bool


def _correction_out(c: Correction, *, personal: bool) -> CorrectionOut:
    return CorrectionOut(id=c.id or 0, incident_id=c.incident_id, field=c.field, machine_value=c.machine_value,
                         value=c.value, reason=c.reason, analyst=c.analyst if personal else None, at=c.at,
                         withdrawn=c.withdrawn)


@api_router.get("/incidents/{incident_id}/corrections", response_model=list[CorrectionOut])
def corrections_api(session: Db, principal: Viewer, incident_id: PathId) -> list[CorrectionOut]:
    """The analysts' corrections of this incident, newest first, with the machine's value beside each."""
    personal = principal.may(Role.ANALYST)
    return [_correction_out(c, personal=personal) for c in corrections.history(session, incident_id)]


@api_router.post("/incidents/{incident_id}/corrections", response_model=CorrectionOut)
def correct_api(session: Db, principal: AnalystWrite, incident_id: PathId, body: CorrectionIn) -> CorrectionOut:
    """Correct one derived field with a reason; the incident carries the analyst's value from now on."""
    c = corrections.correct(session=session, incident_id=incident_id, field=body.field, value=body.value,
                            reason=body.reason, analyst=principal.name)
    queries.clock.invalidate()
    return _correction_out(c, personal=True)


class HandIncidentIn(BaseModel):
    title: str = Field(..., min_length=1, max_length=300)
    attack_type: AttackType
    reason: str = Field(..., min_length=1, max_length=1000, description="Where the analyst's knowledge comes from.")
    date: dt.date | None = None
    province: str | None = Field(None, max_length=60, description="ISO code or name.")
    place_name: str | None = Field(None, max_length=200)
    killed: int | None = Field(None, ge=0, le=1_000_000)
    injured: int | None = Field(None, ge=0, le=1_000_000)
    perpetrator: str | None = Field(None, max_length=300)
    source_ids: list[Annotated[int, Field(ge=1, le=ID_MAX)]] = Field(default_factory=list, max_length=100)


class CreatedOut(BaseModel):
    id: int
    sources_attached: int


@api_router.post("/incidents", response_model=CreatedOut)
def create_incident_api(session: Db, principal: AnalystWrite, body: HandIncidentIn) -> CreatedOut:
    """Record an incident by hand, optionally with the sources that tell it."""
    entry = by_hand.HandIncident(**body.model_dump(exclude={"source_ids"}))
    incident = by_hand.create_incident(session=session, entry=entry, analyst=principal.name)
    attached = sum(by_hand.attach_source(session=session, incident_id=incident.id or 0, source_id=s,
                                         analyst=principal.name) for s in dict.fromkeys(body.source_ids))
    queries.clock.invalidate()
    return CreatedOut(id=incident.id or 0, sources_attached=attached)


# -- actor pages -----------------------------------------------------------------------------

@page_router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, principal: Viewer) -> Response:
    listed = sorted(registry().actors.values(), key=lambda a: (a.kind, a.name))
    return page(request, "actors.html", principal=principal, actors=listed, nav="actors")


@page_router.get("/actors/{key}", response_class=HTMLResponse)
def actor_page(request: Request, session: Db, principal: Viewer, key: Annotated[str, Path(max_length=100)],
               rollup: bool = False) -> Response:
    view = actor_pages.actor_view(session, key, rollup=rollup)
    return page(request, "actor.html", principal=principal, v=view, nav="actors")
