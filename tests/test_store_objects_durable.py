"""Objects reach the disk before the rows that name them commit (store.objects, Store.engine)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from sqlalchemy import text

from tasdiq.store import Store
from tasdiq.store.objects import ObjectStore


def _put_elsewhere(root: str) -> None:
    ObjectStore(Path(root)).put(b"written by a worker process")


def test_an_object_written_is_waiting_to_be_flushed_until_sync(tmp_path: Path) -> None:
    objects = ObjectStore(tmp_path / "objects")
    assert objects.sync() is False  # nothing written yet: no flush
    objects.put(b"original report bytes")
    assert objects.sync() is True
    assert objects.sync() is False
    source = tmp_path / "report.txt"
    source.write_bytes(b"a file streamed in")
    objects.put_file(source)
    assert objects.sync() is True


def test_an_object_already_stored_needs_no_flush(tmp_path: Path) -> None:
    objects = ObjectStore(tmp_path / "objects")
    objects.put(b"same bytes")
    objects.sync()
    assert objects.put(b"same bytes")[1] is False
    assert objects.sync() is False


def test_a_commit_flushes_the_objects_written_before_it(store: Store) -> None:
    store.objects.put(b"an original kept before its row")
    with store.session(actor="analyst-a") as session:
        session.execute(text("SELECT 1"))
    assert store.objects.sync() is False  # the commit hook flushed it already


def test_a_commit_through_a_core_transaction_flushes_too(store: Store) -> None:
    store.objects.put(b"an original kept by a bulk writer")
    with store.engine.begin() as conn:
        conn.execute(text("SELECT 1"))
    assert store.objects.sync() is False


def test_objects_a_worker_process_wrote_are_flushed_once_noted(tmp_path: Path) -> None:
    objects = ObjectStore(tmp_path / "objects")
    worker = multiprocessing.get_context("spawn").Process(target=_put_elsewhere, args=(str(objects.root),))
    worker.start()
    worker.join(60)
    assert worker.exitcode == 0
    assert objects.sync() is False  # this process wrote nothing itself
    objects.note_written()
    assert objects.sync() is True
