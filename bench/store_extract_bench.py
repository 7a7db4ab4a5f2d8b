"""Store-path extraction speed: `tasdiq extract` into a store vs `tasdiq extract --jsonl`.

The Wikipedia dev texts (../shared, skipped with a message when absent) are ingested as
records into a temporary store; then the same texts are extracted both ways, each a fresh
process (model load included in both). Target (issue 10): the store path at least as fast
per document as the JSONL path. Also checks that both paths found the same events.

    PYTHONPATH=src .venv/bin/python bench/store_extract_bench.py   # or: make bench
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The measuring data sits beside the checkout (../shared); BENCH_SHARED points elsewhere (a worktree).
SHARED = Path(os.environ.get("BENCH_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "data" / "dev" / "wikipedia_af_pk_dev.jsonl"
FIELDS = ("id", "text", "published", "title")
REPEATS = int(os.environ.get("BENCH_REPEATS", "2"))


def _tasdiq(*args: str, stdout: int | None = subprocess.DEVNULL) -> subprocess.CompletedProcess[bytes]:
    exe = Path(sys.executable).with_name("tasdiq")
    env = os.environ | {"PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([str(exe), *args], check=True, stdout=stdout, env=env)


def _timed(*args: str, stdout: int | None = subprocess.DEVNULL) -> tuple[float, float, bytes]:
    """Wall seconds, CPU seconds (user + system of the child), and its output."""
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    done = _tasdiq(*args, stdout=stdout)
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.stdout or b""


def _records(folder: Path) -> tuple[Path, int]:
    """The dev records reduced to what a report has (no gold answers in the store)."""
    path = folder / "wiki_records.jsonl"
    lines = [json.loads(ln) for ln in DEV.read_text(encoding="utf-8").splitlines() if ln.strip()]
    path.write_text("".join(json.dumps({k: r[k] for k in FIELDS if k in r}) + "\n" for r in lines), encoding="utf-8")
    return path, len(lines)


def main() -> int:
    if not DEV.is_file():
        print(f"store_extract_bench: skipped, {DEV} not found (the team's dev data is not in a user's clone)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        records, n = _records(folder)
        fresh = folder / "fresh"
        _tasdiq("--data-dir", str(fresh), "init")
        _tasdiq("--data-dir", str(fresh), "ingest", "-q", str(records))
        jsonl: list[tuple[float, float]] = []
        store: list[tuple[float, float]] = []
        # Interleaved and repeated, best of each kept: the machine is shared and timings move.
        for _ in range(REPEATS):
            wall, cpu, out = _timed("extract", "--jsonl", str(records), stdout=subprocess.PIPE)
            jsonl.append((wall, cpu))
            home = folder / "store"
            shutil.rmtree(home, ignore_errors=True)
            shutil.copytree(fresh, home)
            wall, cpu, _ = _timed("--data-dir", str(home), "extract", "--json")
            store.append((wall, cpu))
        jsonl_events = sum(
            1 for ln in out.decode().splitlines() for e in json.loads(ln)["events"] if e.get("part_of") is None
        )
        with sqlite3.connect(home / "tasdiq.sqlite") as db:
            (stored,) = db.execute("select count(*) from mentions").fetchone()
    best = {name: (min(w for w, _ in runs), min(c for _, c in runs))
            for name, runs in (("jsonl", jsonl), ("store", store))}
    result = {
        "documents": n,
        "repeats": REPEATS,
        "jsonl_docs_per_s": round(n / best["jsonl"][0], 1),
        "store_docs_per_s": round(n / best["store"][0], 1),
        "jsonl_docs_per_cpu_s": round(n / best["jsonl"][1], 1),
        "store_docs_per_cpu_s": round(n / best["store"][1], 1),
        "store_vs_jsonl_wall": round(best["jsonl"][0] / best["store"][0], 2),
        "store_vs_jsonl_cpu": round(best["jsonl"][1] / best["store"][1], 2),
        "events_jsonl": jsonl_events,
        "mentions_stored": stored,
    }
    print(json.dumps(result, indent=1))
    ok = result["store_vs_jsonl_wall"] >= 1.0 and jsonl_events == stored
    print("store_extract_bench:", "PASS" if ok else "FAIL", "(store path at least as fast, same events)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
