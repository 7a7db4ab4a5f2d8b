"""Two ingests of the same files at once: no committed original is ever deleted (issue 16, finding 1).

A write-once evidence store may only remove an object that the failing transaction wrote
and that no committed row references, decided under the writers' lock. These tests put
another run's commit exactly into the window where the old code went wrong: after this
run looked for the files and stored their bytes, before its own insert.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from tasdiq.ingest.pipeline import Ingester
from tasdiq.model import Original
from tasdiq.store import ObjectStore, Store
from tasdiq.store.integrity import verify_objects
from tasdiq.store.schema import TABLES

REPORT = "A roadside bomb struck a police pickup near Jalalabad on {day} May 2022, killing {n} officers.\n"


def _reports(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"report-{i:04d}.txt").write_text(REPORT.format(day=1 + i % 28, n=i), encoding="utf-8")
    return folder


def _images(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        buf = io.BytesIO()
        Image.new("RGB", (32, 24), (i % 256, (7 * i) % 256, (13 * i) % 256)).save(buf, format="PNG")
        (folder / f"photo-{i:03d}.png").write_bytes(buf.getvalue())
    return folder


def _originals(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(TABLES[Original])).scalar_one())


def _twin(store: Store) -> Store:
    """A second Store on the same database and object folder: another process's view."""
    return Store(store.settings)


class _LosesTheRace(Ingester):
    """An ingest whose look-up of known files is answered just before the other run commits them."""

    def __init__(self, store: Store, *, other: Ingester, folder: Path) -> None:
        super().__init__(store, actor="run-b", workers=1)
        self.other, self.folder, self.fired = other, folder, False

    def _known(self, hashes: Iterable[str]) -> set[str]:
        known = super()._known(hashes)
        if not self.fired:
            self.fired = True
            self.other.ingest_paths([self.folder])
        return known


def test_an_ingest_that_loses_the_race_never_deletes_the_winners_originals(store: Store, tmp_path: Path) -> None:
    folder = _reports(tmp_path / "in", 5)
    winner = Ingester(_twin(store), actor="run-a", workers=1)
    loser = _LosesTheRace(store, other=winner, folder=folder)

    summary = loser.ingest_paths([folder])

    assert loser.fired
    assert [o.status for o in summary.outcomes] == ["duplicate"] * 5, [o.problem for o in summary.outcomes]
    assert _originals(store) == 5
    report = verify_objects(store)
    assert report.missing == [] and report.corrupt == [] and report.orphans == []


class _OvertakenAfterStoring(ObjectStore):
    """This run's object store; the other run ingests everything right after this one stores a file."""

    def __init__(self, root: Path, *, other: Ingester, folder: Path) -> None:
        super().__init__(root)
        self.other, self.folder, self.fired = other, folder, False

    def put_file(self, path: Path, *, expect: str | None = None) -> tuple[str, int, bool]:
        stored = super().put_file(path, expect=expect)
        if not self.fired:
            self.fired = True
            self.other.ingest_paths([self.folder])
        return stored


def test_an_evidence_file_committed_by_another_run_mid_ingest_is_kept_and_counted_once(
    store: Store, tmp_path: Path
) -> None:
    folder = _images(tmp_path / "media", 3)
    winner = Ingester(_twin(store), actor="run-a", workers=1)
    racing = _OvertakenAfterStoring(store.objects.root, other=winner, folder=folder)
    store.__dict__["objects"] = racing  # the cached ObjectStore of this run, with the hook above

    summary = Ingester(store, actor="run-b", workers=1).ingest_paths([folder])

    assert racing.fired
    assert [o.status for o in summary.outcomes] == ["duplicate"] * 3, [o.problem for o in summary.outcomes]
    assert _originals(store) == 3
    report = verify_objects(store)
    assert report.missing == [] and report.corrupt == [] and report.orphans == []


def test_a_failed_files_object_is_removed_only_when_nothing_references_it(store: Store, tmp_path: Path) -> None:
    folder = _reports(tmp_path / "in", 2)
    Ingester(store, actor="run-a", workers=1).ingest_paths([folder])
    committed = next(iter(store.objects))

    removed = store.discard_objects([committed, "0" * 64])

    assert removed == []
    assert store.objects.exists(committed)
    assert verify_objects(store).missing == []


def _ingest_cli(store: Store, folder: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    if store.settings.database_url:
        env["TASDIQ_DATABASE_URL"] = store.settings.database_url
    return subprocess.Popen(
        [str(Path(sys.executable).with_name("tasdiq")), "--data-dir", str(store.settings.home), "--as", "racer",
         "ingest", "--quiet", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


@pytest.mark.parametrize("runs", [2, 4])
def test_concurrent_ingest_processes_of_one_folder_lose_no_original_and_add_no_duplicate(
    store: Store, tmp_path: Path, runs: int
) -> None:
    _reports(tmp_path / "in" / "texts", 300)
    _images(tmp_path / "in" / "media", 20)

    procs = [_ingest_cli(store, tmp_path / "in") for _ in range(runs)]
    results = [proc.communicate(timeout=300) for proc in procs]

    for proc, (_, err) in zip(procs, results, strict=True):
        assert b"Traceback" not in err, err.decode()
        assert proc.returncode == 0, err.decode()
    assert _originals(store) == 320
    report = verify_objects(store)
    assert report.missing == [] and report.corrupt == [] and report.orphans == []


def _cli(store: Store, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if store.settings.database_url:
        env["TASDIQ_DATABASE_URL"] = store.settings.database_url
    return subprocess.run(
        [str(Path(sys.executable).with_name("tasdiq")), "--data-dir", str(store.settings.home), *args],
        capture_output=True, text=True, env=env, timeout=120,
    )


def test_store_verify_names_a_missing_and_a_rewritten_original_and_exits_1(store: Store, tmp_path: Path) -> None:
    Ingester(store, actor="run-a", workers=1).ingest_paths([_reports(tmp_path / "in", 3)])
    gone, changed, _ = sorted(store.objects)
    store.objects.remove_new(gone)
    path = store.objects.path(changed)
    path.chmod(0o644)
    path.write_bytes(b"not what was received")

    result = _cli(store, "store", "verify")

    assert result.returncode == 1
    assert f"missing: {gone}" in result.stdout and f"corrupt: {changed}" in result.stdout
    assert "NOT intact" in result.stdout


def test_store_gc_removes_an_orphan_but_never_a_referenced_original(store: Store, tmp_path: Path) -> None:
    Ingester(store, actor="run-a", workers=1).ingest_paths([_reports(tmp_path / "in", 2)])
    kept = set(store.objects)
    orphan, _ = store.objects.put(b"bytes a failed write left behind")
    assert _cli(store, "store", "verify").stdout.count("orphan: ") == 1

    result = _cli(store, "store", "gc")

    assert result.returncode == 0, result.stderr
    assert "removed 1 orphan object(s)" in result.stdout
    assert set(store.objects) == kept and orphan not in kept
    assert "object store intact" in _cli(store, "store", "verify").stdout
