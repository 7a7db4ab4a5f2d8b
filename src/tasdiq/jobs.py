"""Background jobs: work the web app queues (the pipeline after an upload, a page capture).

A job is a row in the store's `jobs` table, so it survives a restart and works the same on
SQLite and PostgreSQL; no broker to run. A worker thread started with the web app claims
the oldest queued job by a conditional UPDATE (one winner even with several server
processes), runs it, and records the result or the one-line reason it failed. A claim is a
lease: if the process dies mid-job, the job is taken again once the lease runs out, at most
`MAX_ATTEMPTS` times.

Chosen over a job library (RQ, Celery, Dramatiq, Huey) because each of those needs a broker
(Redis, RabbitMQ) or works on only one of our two databases; the queue here is tens of jobs
a day, and one table with a lease is enough.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Sequence

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from tasdiq.errors import InputError, TasdiqError
from tasdiq.model import Job
from tasdiq.model.enums import JobStatus
from tasdiq.store import Store
from tasdiq.store.schema import cols

LEASE = dt.timedelta(minutes=10)
MAX_ATTEMPTS = 3
POLL_S = 1.0
EXTRACT_BATCH = 20
log = logging.getLogger(__name__)

Runner = Callable[["JobContext"], dict[str, object]]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def enqueue(*, session: Session, kind: str, payload: dict[str, object], created_by: str) -> Job:
    """Queue a job; it runs once this session commits."""
    if kind not in RUNNERS:
        raise InputError("job", f"unknown kind {kind!r}")
    job = Job(kind=kind, payload=payload, created_by=created_by, created_at=_now(), status=JobStatus.QUEUED)
    session.add(job)
    session.flush()
    return job


def recent_jobs(*, session: Session, created_by: str | None = None, limit: int = 20) -> list[Job]:
    c = cols(Job)
    query = select(Job).order_by(c.id.desc()).limit(limit)
    if created_by is not None:
        query = query.where(c.created_by == created_by)
    return list(session.scalars(query))


def claim_next(store: Store) -> int | None:
    """Take the oldest runnable job (queued, or running on a lease that ran out); None if none."""
    c = cols(Job)
    now = _now()
    runnable = or_(c.status == JobStatus.QUEUED, (c.status == JobStatus.RUNNING) & (c.lease_until < now))
    with store.session() as session:
        candidates = list(session.scalars(select(c.id).where(runnable).order_by(c.id).limit(5)))
        for job_id in candidates:
            claimed = session.execute(
                update(Job).where(c.id == job_id, runnable)
                .values(status=JobStatus.RUNNING, started_at=now, lease_until=now + LEASE,
                        attempts=c.attempts + 1, progress="started")
            )
            if claimed.rowcount == 1:  # type: ignore[attr-defined]
                return int(job_id)
    return None


class JobContext:
    """What a runner gets: the store, the job's payload, and a way to report progress."""

    def __init__(self, store: Store, job: Job) -> None:
        assert job.id is not None
        self.store = store
        self.job_id = job.id
        self.kind = job.kind
        self.payload = dict(job.payload)
        self.actor = job.created_by or store.settings.actor

    def progress(self, step: str) -> None:
        """Record the step and extend the lease: a job that reports progress is alive."""
        with self.store.session() as session:
            session.execute(update(Job).where(cols(Job).id == self.job_id)
                            .values(progress=step[:200], lease_until=_now() + LEASE))


def run_job(store: Store, job_id: int) -> Job:
    """Run one claimed job to its end; the row says done with a result, or failed and why."""
    with store.session() as session:
        job = session.get(Job, job_id)
        assert job is not None
        if job.attempts > MAX_ATTEMPTS:
            return _finish(store, job_id, error=f"its worker stopped {MAX_ATTEMPTS} times while running it")
        context = JobContext(store, job)
    try:
        result = RUNNERS[context.kind](context)
    except TasdiqError as exc:
        return _finish(store, job_id, error=str(exc))
    except Exception as exc:  # a bug must fail the job, not the worker that runs the others
        log.exception("job %s failed", job_id)
        return _finish(store, job_id, error=f"internal error: {type(exc).__name__}: {exc}")
    return _finish(store, job_id, result=result)


def _finish(store: Store, job_id: int, *, result: dict[str, object] | None = None, error: str | None = None) -> Job:
    with store.session() as session:
        job = session.get(Job, job_id)
        assert job is not None
        job.status = JobStatus.FAILED if error else JobStatus.DONE
        job.error = error.splitlines()[0][:1000] if error else None
        job.result = result or {}
        job.progress = "failed" if error else "done"
        job.finished_at = _now()
        job.lease_until = None
        return job


def run_pending(store: Store, *, limit: int | None = None) -> int:
    """Run queued jobs until none is left (or `limit`); for tests and `tasdiq jobs run`."""
    ran = 0
    while (limit is None or ran < limit) and (job_id := claim_next(store)) is not None:
        run_job(store, job_id)
        ran += 1
    return ran


class Worker:
    """A thread that runs jobs as they are queued, until `stop()`."""

    def __init__(self, store: Store, *, poll_s: float = POLL_S) -> None:
        self.store = store
        self.poll_s = poll_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="tasdiq-jobs", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                job_id = claim_next(self.store)
            except Exception:  # the database is away for a moment: try again on the next poll
                log.exception("could not claim a job")
                job_id = None
            if job_id is None:
                self._stop.wait(self.poll_s)
                continue
            run_job(self.store, job_id)


def _pipeline(context: JobContext) -> dict[str, object]:
    """Uploaded images read by OCR (where Tesseract is installed), then extract → link → after-link."""
    from tasdiq.ingest.scans import ocr_available, read_scans
    from tasdiq.workflow import PipelineResult, extract_sources, incidents_of, link_and_refresh

    source_ids = list(_ids(context.payload.get("source_ids")))
    evidence_ids = list(_ids(context.payload.get("evidence_ids")))
    problems: list[str] = []
    if evidence_ids and ocr_available():
        context.progress(f"reading {len(evidence_ids)} image(s) for text (OCR)")
        found, problems = read_scans(context.store, evidence_ids=evidence_ids, actor=context.actor)
        source_ids += found
    result = PipelineResult()
    # Small transactions with progress between them: on SQLite a progress write waits for
    # every open write transaction, so none may be open while reporting.
    for start in range(0, len(source_ids), EXTRACT_BATCH):
        context.progress(f"extract {start}/{len(source_ids)}")
        with context.store.session(actor=context.actor) as session:
            extracted, mentions = extract_sources(session=session, source_ids=source_ids[start:start + EXTRACT_BATCH])
        result.sources += extracted
        result.mentions += mentions
    context.progress("link")
    with context.store.session(actor=context.actor) as session:
        link_and_refresh(session=session, second_reviewer=context.store.settings.second_reviewer)
        result.incident_ids = incidents_of(session=session, source_ids=source_ids)
    _alert(context)
    return result.as_dict() | {"source_ids": source_ids, "ocr_problems": problems}


def _alert(context: JobContext) -> None:
    """The incidents linking just made may match saved searches: file them, then send their
    webhooks once that transaction has committed (the upload page only saw the sources)."""
    from tasdiq.workspace import alerts, webhooks

    context.progress("alerts")
    with context.store.session(actor=context.actor) as session:
        alerts.check(session=session, public_url=context.store.settings.public_url)
    webhooks.deliver_due(store=context.store)


def _capture(context: JobContext) -> dict[str, object]:
    from tasdiq.ingest.capture import capture_url

    url = str(context.payload.get("url") or "")
    context.progress("capturing the page")
    outcome = capture_url(context.store, url=url, actor=context.actor)
    if outcome.problem and outcome.source_id is None:
        raise InputError(url, outcome.problem)
    result: dict[str, object] = {"capture": outcome.as_dict()}
    if outcome.source_id is not None:
        context.payload["source_ids"] = [outcome.source_id]
        result |= _pipeline(context)
    return result


def _ids(value: object) -> Sequence[int]:
    return [int(v) for v in value] if isinstance(value, list) else []


RUNNERS: dict[str, Runner] = {"pipeline": _pipeline, "capture": _capture}
