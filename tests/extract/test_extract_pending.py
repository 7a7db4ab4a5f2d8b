"""Extraction into the store as a library call: batched, bulk-written, never holding the lock.

`extract_pending` is what `tasdiq extract`, the web app and a batch job call; `link_and_derive`
is link + re-derived flags and status. Our own texts; SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tasdiq.extract import DocumentExtraction, Extractor
from tasdiq.extract.service import ExtractSummary, extract_pending
from tasdiq.model import AuditEntry, Claim, Incident, Mention, Source
from tasdiq.pacing import YOUNG_THRESHOLD
from tasdiq.store import Store
from tasdiq.store.audit import snapshot, verify_chain
from tasdiq.store.schema import cols
from tasdiq.workflow import link_and_derive

TEXTS = [
    ("A suicide bomber killed 9 worshippers at a mosque in Kunduz on Friday. Islamic State Khorasan "
     "claimed responsibility through Amaq.", dt.datetime(2022, 4, 23, tzinfo=dt.UTC)),
    ("A suicide bombing at a Kunduz mosque on Friday killed nine people, police said; the Islamic "
     "State's Khorasan branch claimed it.", dt.datetime(2022, 4, 23, tzinfo=dt.UTC)),
    ("The provincial council met on Sunday to discuss the new budget for schools.",
     dt.datetime(2022, 4, 24, tzinfo=dt.UTC)),
]


def _add_sources(store: Store, texts: list[tuple[str, dt.datetime]] = TEXTS) -> list[int]:
    with store.session(actor="ingest") as session:
        rows = [Source(sha256=f"{i:064d}", locator=f"t{i}", text=text, published=published)
                for i, (text, published) in enumerate(texts)]
        session.add_all(rows)
        session.flush()
        return [int(r.id) for r in rows if r.id is not None]


def _mentions(store: Store) -> list[Mention]:
    with store.session() as session:
        return list(session.scalars(select(Mention).order_by(cols(Mention).id)))


def test_pending_sources_become_mentions_and_claims(store: Store) -> None:
    _add_sources(store)
    summary = extract_pending(store=store, actor="extractor")
    assert (summary.sources, summary.attack_sources, summary.mentions) == (3, 2, 2)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Claim)) == summary.claims >= 2
        assert all(s.extracted_at is not None for s in session.scalars(select(Source)))
    assert extract_pending(store=store, actor="extractor").sources == 0  # nothing pending any more


def test_component_versions_are_stored_whole_as_json(store: Store) -> None:
    (source_id,) = _add_sources(store, TEXTS[:1])
    extract_pending(store=store, actor="extractor")
    with store.session() as session:
        source = session.get(Source, source_id)
        assert source is not None and source.extractor_version is not None
        assert json.loads(source.extractor_version) == Extractor().versions


def test_re_extraction_replaces_mentions_with_new_rows_and_keeps_the_audit_chain(store: Store) -> None:
    _add_sources(store)
    extract_pending(store=store, actor="extractor")
    before = {(m.source_id, m.ordinal): m.id for m in _mentions(store)}
    summary = extract_pending(store=store, actor="extractor", redo_all=True)
    after = {(m.source_id, m.ordinal): m.id for m in _mentions(store)}
    assert summary.replaced_mentions == len(before) == len(after)
    assert before.keys() == after.keys() and not set(before.values()) & set(after.values())
    with store.engine.connect() as conn:
        assert verify_chain(conn).entries > 0


def test_link_and_derive_puts_two_reports_of_one_attack_in_one_incident(store: Store) -> None:
    _add_sources(store)
    extract_pending(store=store, actor="extractor")
    summary = link_and_derive(store=store, actor="linker")
    assert summary.mentions == 2
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == 1


class _WriterDuringExtraction(Extractor):
    """A real extractor that, while it works, has another process-like writer try the store."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.wrote: list[bool] = []

    def extract_many(self, records: Iterable[Mapping[str, Any]]) -> Iterator[DocumentExtraction]:
        # A second connection with no patience: if the run held SQLite's write lock now,
        # BEGIN IMMEDIATE would fail with "database is locked" at once.
        with sqlite3.connect(self.path, timeout=0.05, isolation_level=None) as other:
            other.execute("BEGIN IMMEDIATE")
            other.execute("UPDATE sources SET title = 'touched' WHERE id = (SELECT min(id) FROM sources)")
            other.execute("COMMIT")
        self.wrote.append(True)
        yield from super().extract_many(records)


def test_no_write_lock_is_held_while_the_model_runs(sqlite_store: Store) -> None:
    _add_sources(sqlite_store)
    extractor = _WriterDuringExtraction(str(sqlite_store.settings.sqlite_path))
    summary = extract_pending(store=sqlite_store, actor="extractor", extractor=extractor, batch=2)
    assert extractor.wrote == [True, True] and summary.sources == 3


def _rows(store: Store) -> list[tuple[Any, ...]]:
    """Every mention and claim as the reader sees it, without ids and times."""
    m, c = cols(Mention), cols(Claim)
    with store.session() as session:
        mentions = session.execute(select(m.source_id, m.ordinal, m.attack_type, m.date, m.admin1, m.killed_best,
                                          m.perpetrator, m.spans).order_by(m.source_id, m.ordinal)).all()
        claims = session.execute(select(c.source_id, c.kind, c.claimant, c.span_start, c.span_end, c.quote)
                                 .order_by(c.source_id, c.span_start, c.kind)).all()
    return [tuple(r) for r in [*mentions, *claims]]


def test_a_job_a_batch_partition_and_tasdiq_extract_store_the_same_rows(store: Store) -> None:
    """One extraction path, three owners of the transaction: the rows must not depend on which."""
    ids = _add_sources(store)
    extract_pending(store=store, actor="extractor", batch=2)  # tasdiq extract: a transaction per chunk
    by_store = _rows(store)
    extract_pending(store=store, actor="extractor", redo_all=True, finish=lambda session, summary: None)
    assert _rows(store) == by_store  # a partition: everything in one transaction
    with store.session(actor="job") as session:  # a job: the caller's unit of work
        summary = extract_pending(session=session, redo_all=True, source_ids=ids)
    assert summary.sources == 3 and _rows(store) == by_store


def test_a_failed_finish_leaves_the_partition_unwritten(store: Store) -> None:
    _add_sources(store)

    def finish(session: Session, summary: ExtractSummary) -> None:
        assert summary.mentions == 2  # the rows are in the transaction when the batch entry is written
        raise RuntimeError("the batch entry could not be written")

    with pytest.raises(RuntimeError):
        extract_pending(store=store, actor="extractor", finish=finish)
    assert _mentions(store) == []
    with store.session() as session:
        assert all(s.extracted_at is None for s in session.scalars(select(Source)))
    assert extract_pending(store=store, actor="extractor").mentions == 2  # and the next run does it all


def test_named_sources_are_extracted_only_if_pending_unless_redone(store: Store) -> None:
    first, *_ = _add_sources(store)
    assert extract_pending(store=store, actor="extractor", source_ids=[first]).sources == 1
    assert extract_pending(store=store, actor="extractor", source_ids=[first]).sources == 0
    assert extract_pending(store=store, actor="extractor", source_ids=[first], redo_all=True).sources == 1


def test_tasdiq_extract_source_re_extracts_a_source_already_extracted(sqlite_store: Store) -> None:
    from typer.testing import CliRunner

    from tasdiq.cli.main import app

    first, *_ = _add_sources(sqlite_store)
    extract_pending(store=sqlite_store, actor="extractor")
    home = str(sqlite_store.settings.home)
    done = CliRunner().invoke(app, ["--data-dir", home, "extract", "--json", "--source", str(first)])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output)["sources"] == 1 and json.loads(done.output)["replaced_mentions"] == 1


def test_each_extracted_source_is_audited_in_id_order_with_the_row_before_and_after(store: Store) -> None:
    """The sources are updated in one statement, not by the session's flush: the audit chain
    must still hold one entry per source whose images are the row before and after."""
    ids = _add_sources(store)
    with store.session() as session:
        before = {s.id: snapshot(s) for s in session.scalars(select(Source))}
    extract_pending(store=store, actor="extractor")
    a = cols(AuditEntry)
    with store.session() as session:
        after = {s.id: snapshot(s) for s in session.scalars(select(Source))}
        entries = session.execute(select(a.entity_id, a.actor, a.before, a.after).where(
            a.entity == "sources", a.action == "update").order_by(a.id)).all()
    assert [int(e.entity_id) for e in entries] == sorted(ids)
    for entry in entries:
        source_id = int(entry.entity_id)
        assert entry.actor == "extractor"
        assert entry.before == before[source_id] and entry.after == after[source_id]
        assert entry.after["extracted_at"] is not None and entry.before["extracted_at"] is None
    with store.engine.connect() as conn:
        assert verify_chain(conn).entries > 0


def test_a_callers_session_sees_the_extracted_sources_without_a_reload(store: Store) -> None:
    ids = _add_sources(store)
    with store.session(actor="job") as session:
        loaded = [session.get(Source, i) for i in ids]
        extract_pending(session=session, source_ids=ids)
        assert all(s is not None and s.extracted_at is not None for s in loaded)
        assert all(s is not None and "category" in s.extra for s in loaded)
        assert not any(session.is_modified(s) for s in loaded if s is not None)  # nothing left to flush


class _ThresholdWatcher(Extractor):
    """A real extractor that notes the collector's youngest threshold while it works."""

    def __init__(self) -> None:
        super().__init__()
        self.thresholds: list[int] = []

    def extract_many(self, records: Iterable[Mapping[str, Any]]) -> Iterator[DocumentExtraction]:
        self.thresholds.append(gc.get_threshold()[0])
        yield from super().extract_many(records)


def test_an_extraction_run_collects_garbage_as_a_link_run_does(store: Store) -> None:
    _add_sources(store)
    before = gc.get_threshold()
    extractor = _ThresholdWatcher()
    extract_pending(store=store, actor="extractor", extractor=extractor, batch=2)
    assert extractor.thresholds and all(t >= YOUNG_THRESHOLD for t in extractor.thresholds)
    assert gc.get_threshold() == before
