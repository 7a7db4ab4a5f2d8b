"""Background jobs in the store: queued work survives a restart, runs once, and says why it failed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from tasdiq.ingest.pipeline import Ingester
from tasdiq.jobs import claim_next, enqueue, run_job, run_pending
from tasdiq.model import Job
from tasdiq.model.enums import JobStatus
from tasdiq.store import Store
from tasdiq.store.schema import cols

REPORT = ("A suicide bomber struck a Shia mosque in Kunduz, Afghanistan, during Friday prayers on "
          "8 October 2021, killing at least 50 worshippers. The Islamic State's Khorasan branch claimed it.")


def queued(store: Store, kind: str, payload: dict[str, object]) -> int:
    with store.session(actor="analyst") as session:
        job = enqueue(session=session, kind=kind, payload=payload, created_by="analyst")
        assert job.id is not None
        return job.id


def test_a_pipeline_job_queued_before_a_restart_runs_after_it_and_names_its_incidents(store: Store,
                                                                                     tmp_path) -> None:
    path = tmp_path / "kunduz.txt"
    path.write_text(REPORT, encoding="utf-8")
    outcome = Ingester(store, actor="analyst", workers=1).ingest_file(path)
    job_id = queued(store, "pipeline", {"source_ids": outcome.source_ids})
    store.dispose()  # the server stops; the queue is in the database, not in the process
    restarted = Store(store.settings)
    assert run_pending(restarted) == 1
    with restarted.session() as session:
        job = session.get(Job, job_id)
        assert job is not None and job.status == JobStatus.DONE and job.progress == "done"
        assert len(job.result["incident_ids"]) == 1 and job.result["source_ids"] == outcome.source_ids
    restarted.dispose()


def test_an_incident_linked_by_a_pipeline_job_reaches_the_inbox_of_a_search_that_matches_it(
        store: Store, tmp_path) -> None:
    from tasdiq.workspace import alerts

    with store.session(actor="viewer") as session:
        alerts.save(session=session, owner="viewer", name="Kunduz", query={"q": "Kunduz"})
    path = tmp_path / "kunduz.txt"
    path.write_text(REPORT, encoding="utf-8")
    outcome = Ingester(store, actor="analyst", workers=1).ingest_file(path)
    assert run_job(store, queued(store, "pipeline", {"source_ids": outcome.source_ids})).status == JobStatus.DONE
    with store.session() as session:
        kinds = sorted(item.kind for item, _ in alerts.inbox(session, "viewer"))
    assert kinds == ["incident", "source"]  # the report and the incident linking made of it


def test_a_failed_job_says_why_in_one_line(store: Store) -> None:
    job_id = queued(store, "capture", {"url": "ftp://example.org/statement"})
    run_pending(store)
    with store.session() as session:
        job = session.get(Job, job_id)
        assert job is not None and job.status == JobStatus.FAILED
        assert job.error == "ftp://example.org/statement: not an http(s) URL"


def test_a_job_is_claimed_once_and_taken_again_when_its_worker_died(store: Store) -> None:
    job_id = queued(store, "pipeline", {"source_ids": []})
    assert claim_next(store) == job_id
    assert claim_next(store) is None  # running under a live lease: nobody else takes it
    with store.session() as session:  # the worker died: its lease runs out
        session.execute(update(Job).where(cols(Job).id == job_id)
                        .values(lease_until=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)))
    assert claim_next(store) == job_id
    assert run_job(store, job_id).status == JobStatus.DONE


def test_jobs_run_from_the_command_line_and_list_why_one_failed(tmp_path) -> None:
    from typer.testing import CliRunner

    from tasdiq.cli.main import app
    from tasdiq.settings import Settings

    runner = CliRunner()
    home = tmp_path / "home"
    assert runner.invoke(app, ["--data-dir", str(home), "init"]).exit_code == 0
    store = Store(Settings(home=home))
    queued(store, "capture", {"url": "ftp://example.org/x"})
    store.dispose()
    assert runner.invoke(app, ["--data-dir", str(home), "jobs", "run"]).output.strip() == "jobs: ran 1"
    listed = runner.invoke(app, ["--data-dir", str(home), "jobs", "list"])
    assert listed.output.split()[:4] == ["1", "capture", "failed", "analyst"]
    assert "ftp://example.org/x: not an http(s) URL" in listed.output
