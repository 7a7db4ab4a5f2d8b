"""End to end, as a user runs it: a fresh store → ingest → extract → link (issue 15).

2,000 report records (bench/workload.py: the Wikipedia dev texts repeated and reworded, with
distinct titles, URLs and dates) go through the CLI, one command per stage, on SQLite and on
PostgreSQL (TASDIQ_DATABASE_URL, else the test database on 127.0.0.1, in a schema of its
own that is dropped afterwards). Prints reports/s per stage and end to end; the stage times
include each command's start-up (Python, and spaCy for extract), as a user pays it. CPU
seconds are printed beside wall seconds: on a shared machine they are the steadier figure.

Target (issue 15): >= 150 reports/s end to end on SQLite; PostgreSQL within 1.25x of it.
BENCH_E2E_N sets the size; BENCH_E2E_BACKENDS=sqlite,postgres picks the backends.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from workload import write_shards

# The installed entry point; PYTHONPATH (passed on) decides which checkout it runs.
TASDIQ = [str(Path(sys.executable).parent / "tasdiq")]
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
TARGET_PER_S = 150.0


def run_stage(args: list[str], env: dict[str, str], cpu: dict[str, float]) -> float:
    """Wall seconds of one command; its CPU seconds (user + system) go into `cpu`."""
    started, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([*TASDIQ, *args], env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1):  # ingest exits 1 when some file failed; that is reported
        raise SystemExit(f"tasdiq {args[0]} failed ({done.returncode}): {done.stderr.strip()[-400:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu[args[0]] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return time.perf_counter() - started


def pipeline(home: Path, inputs: Path, n: int, env: dict[str, str], label: str) -> float:
    env = env | {"TASDIQ_HOME": str(home)}
    cpu: dict[str, float] = {}
    times = {
        "ingest": run_stage(["ingest", "--json", str(inputs)], env, cpu),
        "extract": run_stage(["extract", "--json"], env, cpu),
        "link": run_stage(["link", "--json"], env, cpu),
    }
    total = sum(times.values())
    stages = ", ".join(f"{k} {v:.1f} s = {n / v:,.0f}/s (cpu {cpu[k]:.1f} s)" for k, v in times.items())
    print(f"e2e {label}: {n:,} reports: {stages}; end to end {total:.1f} s = {n / total:,.1f} reports/s, "
          f"{n / sum(cpu.values()):,.1f} reports per CPU second; load {os.getloadavg()}", flush=True)
    return n / total


def postgres_env(base: dict[str, str]) -> tuple[dict[str, str], str, str]:
    url = os.environ.get("TASDIQ_DATABASE_URL") or DEFAULT_POSTGRES
    schema = f"bench_e2e_{uuid.uuid4().hex[:8]}"
    with create_engine(url).begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in url else "?"
    return base | {"TASDIQ_DATABASE_URL": f"{url}{sep}options=-csearch_path%3D{schema}"}, url, schema


def drop_schema(url: str, schema: str) -> None:
    with create_engine(url).begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def main() -> int:
    n = int(os.environ.get("BENCH_E2E_N", "2000"))
    backends = os.environ.get("BENCH_E2E_BACKENDS", "sqlite,postgres").split(",")
    base = {k: v for k, v in os.environ.items() if k != "TASDIQ_DATABASE_URL"}
    base["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    rates: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "inputs"
        write_shards(inputs, n)
        if "sqlite" in backends:
            rates["sqlite"] = pipeline(Path(tmp) / "sqlite", inputs, n, base, "sqlite")
        if "postgres" in backends:
            env, url, schema = postgres_env(base)
            try:
                rates["postgres"] = pipeline(Path(tmp) / "pg", inputs, n, env, "postgres")
            finally:
                drop_schema(url, schema)
    if len(rates) == 2:
        print(f"e2e: PostgreSQL takes {rates['sqlite'] / rates['postgres']:.2f}x SQLite's time (target <= 1.25x)")
    return 0 if rates.get("sqlite", TARGET_PER_S) >= TARGET_PER_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
