"""Pages for every signed-in user: dashboard, map, timeline, incident list and pages, sources."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from tasdiq import workspace
from tasdiq.errors import NotFound
from tasdiq.model import Evidence, Source
from tasdiq.model.enums import AchRating, AttackType, CheckKind, CheckResult, IncidentStatus, Role, WorkStatus
from tasdiq.web import dashboard, queries, views
from tasdiq.web.deps import Analyst, Db, Viewer, web
from tasdiq.web.filters import IncidentFilter, IncidentListQuery, IncidentSort, PathId
from tasdiq.web.highlight import text_pieces
from tasdiq.web.render import page, query_string
from tasdiq.web.routes import workspace as workspace_routes
from tasdiq.web.schemas import PERSONAL_BY_TABLE

router = APIRouter(include_in_schema=False)
Filters = Annotated[IncidentFilter, Query()]


def _choices(session: Db) -> dict[str, object]:
    return {**queries.filter_choices(session), "attack_types": list(AttackType), "statuses": list(IncidentStatus),
            "sorts": list(IncidentSort)}


@router.get("/", response_class=HTMLResponse)
def dashboard_page(request: Request, session: Db, principal: Viewer, f: Filters) -> Response:
    return page(request, "dashboard.html", principal=principal, f=f, data=dashboard.figures(session, f),
                choices=_choices(session), nav="dashboard")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, session: Db, principal: Viewer, f: Filters) -> Response:
    # The time slider spans the months of what the other filters choose (empty months included),
    # so moving it never runs off the data and a date filter does not shrink its own range.
    undated = f.model_copy(update={"date_from": None, "date_to": None})
    months = [m["month"] for m in queries.by_month(session, undated)]
    return page(request, "map.html", principal=principal, f=f, query=query_string(f.as_query()), months=months,
                choices=_choices(session), nav="map")


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, session: Db, principal: Viewer, f: Filters) -> Response:
    recent = queries.incident_page(session, IncidentListQuery(**f.model_dump(), limit=100))[1]
    return page(request, "timeline.html", principal=principal, f=f, months=queries.by_month(session, f),
                recent=recent, choices=_choices(session), nav="timeline")


@router.get("/incidents", response_class=HTMLResponse)
def incident_list(request: Request, session: Db, principal: Viewer, q: Annotated[IncidentListQuery, Query()]
                  ) -> Response:
    total, rows = queries.incident_page(session, q)
    confirmed = workspace.confirmed_link_counts(session, [r.id for r in rows if r.id is not None])
    return page(request, "incidents.html", principal=principal, f=q, q=q, total=total, rows=rows,
                confirmed=confirmed, status_words=workspace.status_words,
                params=q.as_query(), query_string=query_string, choices=_choices(session), nav="incidents")


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(request: Request, session: Db, principal: Viewer, incident_id: PathId) -> Response:
    view = views.incident_view(session, incident_id)
    personal = principal.may(Role.ANALYST)
    texts = {lm.mention.id: text_pieces(lm.source.text, [lm.mention], [], personal=personal) for lm in view.linked}
    # Audit before/after images hold every column, personal ones too: hide those from viewers.
    hidden = {} if principal.may(Role.ANALYST) else PERSONAL_BY_TABLE
    return page(request, "incident.html", principal=principal, v=view, texts=texts, checks=list(CheckKind),
                results=list(CheckResult), ratings=list(AchRating), personal_fields=hidden, nav="incidents",
                ws=workspace_routes.incident_work(session, incident_id, view.incident.status),
                work_statuses=list(WorkStatus))


@router.get("/sources/{source_id}", response_class=HTMLResponse)
def source_page(request: Request, session: Db, principal: Viewer, source_id: PathId) -> Response:
    view = views.source_view(session, source_id)
    text = text_pieces(view.source.text, view.mentions, view.claims, personal=principal.may(Role.ANALYST))
    return page(request, "source.html", principal=principal, v=view, text=text, nav="sources")



@router.get("/sources/{source_id}/original")
def source_original(request: Request, session: Db, principal: Analyst, source_id: PathId) -> Response:
    """The file the source came from, byte for byte (it may name people: analysts and up)."""
    source = session.get(Source, source_id)
    if source is None:
        raise NotFound("source", source_id)
    view = views.source_view(session, source_id)
    media_type = view.original.media_type if view.original else "application/octet-stream"
    return _download(request, source.sha256, media_type, view.original.name if view.original else source.sha256)


@router.get("/evidence/{evidence_id}/file")
def evidence_file(request: Request, session: Db, principal: Analyst, evidence_id: PathId) -> Response:
    """The evidence file itself (its metadata may hold GPS and device: analysts and up)."""
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        raise NotFound("evidence", evidence_id)
    return _download(request, evidence.sha256, evidence.media_type, evidence.name, inline=True)


def _download(request: Request, sha256: str, media_type: str, name: str, *, inline: bool = False) -> Response:
    data = web(request).store.objects.read(sha256)
    filename = "".join(c if c.isalnum() or c in "._-" else "_" for c in name.rsplit("/", 1)[-1])[:120] or "file"
    disposition = "inline" if inline and media_type.startswith(("image/", "video/")) else "attachment"
    # Served as given but never sniffed or run: an uploaded HTML file must not become a page here.
    safe_type = media_type if disposition == "inline" else "application/octet-stream"
    return Response(data, media_type=safe_type, headers={
        "content-disposition": f'{disposition}; filename="{filename}"', "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox"})

