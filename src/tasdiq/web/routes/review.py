"""Analyst and reviewer work: review queues, link decisions, verification checks, uploads."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from tasdiq import workspace
from tasdiq.model.enums import CheckKind, CheckResult, WorkStatus
from tasdiq.store import Store
from tasdiq.web import actions, views
from tasdiq.web.deps import Analyst, AnalystUpload, AnalystWrite, Db, ReviewerWrite, read_session, web
from tasdiq.web.filters import PathId
from tasdiq.web.render import page
from tasdiq.web.routes import workspace as workspace_routes
from tasdiq.web.routes.jobs import enqueue_pipeline, job_of
from tasdiq.web.uploads import ingest_uploads
from tasdiq.workspace import alerts, webhooks

router = APIRouter(include_in_schema=False)


def _back(incident_id: int, anchor: str) -> Response:
    return RedirectResponse(f"/incidents/{incident_id}#{anchor}", status_code=303)


@router.get("/review", response_class=HTMLResponse)
def review(request: Request, session: Db, principal: Analyst) -> Response:
    queues = views.review_queues(session)
    awaiting = [i.id for i in queues.awaiting_verification if i.id is not None]
    return page(request, "review.html", principal=principal, queues=queues, nav="review",
                mine=workspace.queue_for(session, principal.name), work=workspace.work_of(session, awaiting),
                analysts=workspace_routes.analysts(session), statuses=list(WorkStatus),
                done={k: request.query_params.get(k) for k in ("decided", "assigned")})


@router.post("/links/{link_id}/confirm")
def confirm_link(session: Db, principal: AnalystWrite, link_id: PathId) -> Response:
    incident_id = actions.confirm_link(session=session, link_id=link_id, analyst=principal.name)
    return _back(incident_id, "sources")


@router.post("/links/{link_id}/reject")
def reject_link(session: Db, principal: AnalystWrite, link_id: PathId) -> Response:
    incident_id = actions.reject_link(session=session, link_id=link_id, analyst=principal.name)
    return _back(incident_id, "sources")


@router.post("/incidents/{incident_id}/checks")
def add_check(
    request: Request,
    session: Db,
    principal: AnalystWrite,
    incident_id: PathId,
    check: Annotated[CheckKind, Form()],
    result: Annotated[CheckResult, Form()],
    precision_m: Annotated[float | None, Form(gt=0, le=1e7)] = None,
    value: Annotated[str | None, Form(max_length=1000)] = None,
    note: Annotated[str | None, Form(max_length=4000)] = None,
) -> Response:
    actions.add_check(session=session, incident_id=incident_id, check=check, result=result, precision_m=precision_m,
                      value=value or None, note=note or None, analyst=principal.name,
                      second_reviewer=web(request).store.settings.second_reviewer)
    return _back(incident_id, "checks")


@router.post("/incidents/{incident_id}/sign-off")
def sign_off(request: Request, session: Db, principal: ReviewerWrite, incident_id: PathId) -> Response:
    actions.sign_off(session=session, incident_id=incident_id, reviewer=principal.name,
                     second_reviewer=web(request).store.settings.second_reviewer)
    return _back(incident_id, "checks")


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request, principal: Analyst) -> Response:
    return page(request, "upload.html", principal=principal, results=None, job=None, nav="upload")


@router.post("/upload", response_class=HTMLResponse)
async def upload(request: Request, principal: AnalystUpload, background: BackgroundTasks,
                 files: Annotated[list[UploadFile], File()]) -> Response:
    # No request-wide writer slot: each file is parsed first and takes a slot only to be written.
    ctx = web(request)
    results = await ingest_uploads(store=ctx.store, files=files, actor=principal.name,
                                   max_bytes=ctx.config.upload_max_bytes, writers=ctx.writers)
    async with ctx.writers.slot():
        job_id = await run_in_threadpool(after_upload, store=ctx.store, results=results, actor=principal.name)
    # Webhooks go out after the answer, in a worker thread: a slow receiver never holds up the page.
    background.add_task(webhooks.deliver_due, store=ctx.store)
    with read_session(ctx.store) as session:
        job = job_of(session, job_id)
    return page(request, "upload.html", principal=principal, results=results, nav="upload", job=job)


def after_upload(*, store: Store, results: list[dict[str, object]], actor: str) -> int | None:
    """Queue the pipeline for what an upload added and file the alerts its new reports raise,
    each in a transaction of its own."""
    job_id = enqueue_pipeline(store=store, results=results, actor=actor)
    with store.session(actor=actor) as alerting:
        alerts.check(session=alerting, public_url=store.settings.public_url)
    return job_id
