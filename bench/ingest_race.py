"""Concurrent ingests of one folder: no original lost, none twice (issue 16, finding 1).

Writes a folder of text reports and images, then starts RUNS `tasdiq ingest` processes on
it at once, TRIALS times per backend, each trial into a new store; after each trial checks
that every row's original is on disk and hashes to its name (`tasdiq store verify`), that
each file is stored once, and that no run printed a traceback.

    .venv/bin/python bench/ingest_race.py --files 5000 --images 200 --runs 2 4 --trials 5
    (PostgreSQL from TASDIQ_TEST_POSTGRES_URL, default the test database on 127.0.0.1)
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from PIL import Image
from sqlalchemy import create_engine, func, select, text

from tasdiq.model import Original
from tasdiq.settings import Settings
from tasdiq.store import Store
from tasdiq.store.integrity import verify_objects
from tasdiq.store.schema import TABLES

TASDIQ = str(Path(sys.executable).with_name("tasdiq"))
POSTGRES = os.environ.get("TASDIQ_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def build_folder(root: Path, files: int, images: int) -> Path:
    (root / "texts").mkdir(parents=True)
    (root / "media").mkdir()
    for i in range(files):
        (root / "texts" / f"r{i:05d}.txt").write_text(
            f"A bomb hit a market in Khost on {1 + i % 28} June 2023, killing {i % 40} people (report {i}).\n",
            encoding="utf-8")
    for i in range(images):
        buf = io.BytesIO()
        Image.new("RGB", (48, 32), (i % 256, (i // 256) % 256, (11 * i) % 256)).save(buf, format="PNG")
        (root / "media" / f"p{i:04d}.png").write_bytes(buf.getvalue())
    return root


def trial(folder: Path, *, runs: int, backend: str, expected: int) -> tuple[bool, str, float]:
    home = Path(tempfile.mkdtemp(prefix="race-"))
    env = dict(os.environ)
    schema = None
    if backend == "postgres":
        schema = f"race_{uuid.uuid4().hex[:8]}"
        with create_engine(POSTGRES).begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        env["TASDIQ_DATABASE_URL"] = f"{POSTGRES}?options=-csearch_path%3D{schema}"
    store = Store(Settings(home=home, database_url=env.get("TASDIQ_DATABASE_URL")))
    try:
        store.ensure_schema()
        start = time.perf_counter()
        procs = [subprocess.Popen([TASDIQ, "--data-dir", str(home), "ingest", "--quiet", str(folder)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env) for _ in range(runs)]
        errors = [p.communicate()[1].decode() for p in procs]
        seconds = time.perf_counter() - start
        tracebacks = sum("Traceback" in e for e in errors)
        with store.engine.connect() as conn:
            stored = int(conn.execute(select(func.count()).select_from(TABLES[Original])).scalar_one())
        report = verify_objects(store)
        ok = tracebacks == 0 and stored == expected and report.clean
        detail = (f"originals={stored}/{expected} missing={len(report.missing)} corrupt={len(report.corrupt)} "
                  f"orphans={len(report.orphans)} temp={len(report.temp_files)} tracebacks={tracebacks} "
                  f"exit={[p.returncode for p in procs]}")
        return ok, detail, seconds
    finally:
        store.dispose()
        shutil.rmtree(home, ignore_errors=True)
        if schema:
            with create_engine(POSTGRES).begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--images", type=int, default=200)
    parser.add_argument("--runs", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="race-in-"))
    failures = 0
    try:
        folder = build_folder(root / "in", args.files, args.images)
        for backend in args.backends:
            for runs in args.runs:
                for n in range(1, args.trials + 1):
                    ok, detail, seconds = trial(folder, runs=runs, backend=backend, expected=args.files + args.images)
                    failures += not ok
                    print(f"{backend} runs={runs} trial={n}: {'ok' if ok else 'FAILED'} {detail} {seconds:.1f}s",
                          flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"trials failed={failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
