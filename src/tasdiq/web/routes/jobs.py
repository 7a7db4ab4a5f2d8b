"""Background jobs in the web app: the pipeline after an upload, page captures, and their progress."""

from __future__ import annotations

import ipaddress
import socket
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from tasdiq.errors import InputError, NotFound
from tasdiq.jobs import enqueue, recent_jobs
from tasdiq.model import Job
from tasdiq.store import Store
from tasdiq.web.deps import Analyst, AnalystWrite, Db, web
from tasdiq.web.filters import PathId
from tasdiq.web.render import page

router = APIRouter(include_in_schema=False)


def enqueue_pipeline(*, store: Store, results: list[dict[str, object]], actor: str) -> int | None:
    """Queue extract → link → after-link (and OCR of uploaded images) for what an upload added."""
    sources = [i for r in results if r.get("status") == "new" for i in _ids(r.get("sources"))]
    evidence = [i for r in results if r.get("status") == "new" for i in _ids(r.get("evidence"))]
    if not sources and not evidence:
        return None
    with store.session(actor=actor) as session:
        job = enqueue(session=session, kind="pipeline", created_by=actor,
                      payload={"source_ids": sources, "evidence_ids": evidence})
        return job.id


def refuse_local(url: str) -> None:
    """Refuse a URL whose host is this server's own network (loopback, private, link-local).

    A first guard only: the browser may still be redirected inward by a public page."""
    host = urlsplit(url).hostname or ""
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):
        return  # unresolvable here: the capture will record the page as unreachable
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_reserved or ip.is_unspecified:
            raise InputError(url, "an address on the server's own network is not captured from the web "
                                  "(TASDIQ_WEB_CAPTURE_LOCAL=1 allows it)")


def _ids(value: object) -> list[int]:
    return [int(v) for v in value] if isinstance(value, list) else []


@router.post("/capture")
def capture(request: Request, session: Db, principal: AnalystWrite, url: Annotated[str, Form(max_length=2000)]
            ) -> Response:
    from tasdiq.ingest.capture import check_url

    check_url(url.strip())
    if not web(request).config.capture_local:
        refuse_local(url.strip())
    job = enqueue(session=session, kind="capture", payload={"url": url.strip()}, created_by=principal.name)
    session.commit()
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs", response_class=HTMLResponse)
def jobs_page(request: Request, session: Db, principal: Analyst) -> Response:
    jobs = [_view(job) for job in recent_jobs(session=session, limit=50)]
    return page(request, "jobs.html", principal=principal, jobs=jobs, nav="upload")


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, session: Db, principal: Analyst, job_id: PathId) -> Response:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound("job", job_id)
    return page(request, "job.html", principal=principal, job=_view(job), nav="upload")


def _view(job: Job) -> dict[str, Any]:
    result = job.result or {}
    capture = result.get("capture") if isinstance(result.get("capture"), dict) else {}
    return {
        "id": job.id, "kind": job.kind, "status": job.status, "progress": job.progress, "error": job.error,
        "created_by": job.created_by, "created_at": job.created_at, "finished_at": job.finished_at,
        "running": job.status in ("queued", "running"),
        "incident_ids": _ids(result.get("incident_ids")),
        "source_ids": _ids(result.get("source_ids")) or _ids((job.payload or {}).get("source_ids")),
        "url": (job.payload or {}).get("url"),
        "capture": capture,
    }


def job_of(session: Session, job_id: int | None) -> dict[str, Any] | None:
    job = session.get(Job, job_id) if job_id is not None else None
    return _view(job) if job is not None else None

