"""Ingest throughput: 100,000 generated 1 KB reports into a fresh SQLite store.

Target (issue 2): at least 2,000 reports per second on the 2-core reference machine.
The floor (issue 15): the same files read, hashed, copied into a fresh object folder by hash
and inserted as the same Original and Source rows in one SQLite transaction, with nothing
else (no parsing, no audit). Ingest should take at most 2.5x the floor's time.

Both are timed in rounds, interleaved (floor, ingest, floor, ingest ...), after one warm-up
round that pays imports, the language model and the file system's first touch of the
folders. Every run writes into a fresh folder on the same file system, and the folders of
the round before are removed first, so each run meets the same file system state: a floor
timed just after 5,000 new files were written varied 1.0 to 4.0 CPU s between identical
runs. Min and median of wall and CPU seconds (user + system, this process and its reaped
reader processes) are printed, and the ratios of medians and of minima: on a shared machine
the wall ratio measures the queue for the CPU, the CPU ratio the work.
BENCH_QUICK=1 uses 5,000 reports; BENCH_ROUNDS sets the timed rounds (default 5).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert

from tasdiq.ingest.pipeline import Ingester, iter_files
from tasdiq.model import Original, Source
from tasdiq.settings import Settings
from tasdiq.store import Store
from tasdiq.store.objects import sha256_bytes
from tasdiq.store.schema import table_of

PLACES = ["Kabul", "Jalalabad", "Kunduz", "Kandahar", "Peshawar", "Quetta", "Herat", "Bajaur", "Mastung"]
TARGET_PER_S = 2000
FLOOR_RATIO = 2.5


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float


def report(i: int, rng: random.Random) -> str:
    place = rng.choice(PLACES)
    body = (
        f"Report {i}: an explosion struck a market in {place} on day {rng.randint(1, 28)}, killing "
        f"{rng.randint(1, 40)} people and wounding {rng.randint(1, 90)}, officials said. "
    )
    while len(body) < 1000:
        body += "Witnesses described the scene to local reporters. "
    header = f"title: Generated report {i}\npublisher: Bench Wire {i % 17}\npublished: 2023-0{1 + i % 9}-1{i % 9}"
    return f"---\n{header}\n---\n{body[:1000]}\n"


def write_reports(folder: Path, n: int) -> None:
    rng = random.Random(7)
    for start in range(0, n, 1000):
        sub = folder / f"{start // 1000:04d}"
        sub.mkdir(parents=True)
        for i in range(start, min(n, start + 1000)):
            (sub / f"r{i:06d}.md").write_text(report(i, rng), encoding="utf-8")


def cpu_seconds() -> float:
    """User + system seconds of this process and its reaped children (ingest's readers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(run: Callable[[], int]) -> tuple[int, Timing]:
    """`run()`'s result, wall and CPU time, the file system flushed first (untimed): both
    runs' commits flush it (syncfs), and would otherwise also write back whatever the run
    before left dirty, its removals included."""
    os.sync()
    started, cpu = time.perf_counter(), cpu_seconds()
    count = run()
    return count, Timing(time.perf_counter() - started, cpu_seconds() - cpu)


def fresh_store(home: Path) -> Store:
    store = Store(Settings(home=home))
    store.ensure_schema()
    return store


def floor_run(folder: Path, home: Path) -> int:
    """Hash, copy by hash and one-transaction insert of the files: what no ingest can beat."""
    store = fresh_store(home)
    originals, sources = [], []
    now = dt.datetime.now(dt.UTC)
    for path in iter_files([folder]):
        data = path.read_bytes()
        sha = sha256_bytes(data)
        store.objects.put(data)
        originals.append({"sha256": sha, "size": len(data), "media_type": "text/markdown", "name": str(path),
                          "format": "markdown", "received_at": now, "received_by": "bench"})
        sources.append({"sha256": sha, "locator": "", "kind": "news", "reliability": "F",
                        "text": data.decode("utf-8"), "text_sha256": sha, "extra": {}, "ingested_at": now})
    with store.engine.begin() as conn:  # the commit syncs the object folder, as ingest's does
        conn.execute(insert(table_of(Original)), originals)
        conn.execute(insert(table_of(Source)), sources)
    store.dispose()
    return len(originals)


def ingest_run(folder: Path, home: Path) -> int:
    store = fresh_store(home)
    summary = Ingester(store, actor="bench").ingest_paths([folder])
    store.dispose()
    if summary.count("failed"):
        raise SystemExit(f"ingest failed on {summary.count('failed')} files")
    return summary.sources_added


def interleaved(folder: Path, work: Path, rounds: int) -> tuple[list[Timing], list[Timing], int]:
    """Floor and ingest `rounds` times each, alternating, after one untimed warm-up round."""
    floors: list[Timing] = []
    ingests: list[Timing] = []
    added = 0
    for round_no in range(rounds + 1):
        shutil.rmtree(work, ignore_errors=True)  # the same file system state for every round
        _, floor = timed(lambda: floor_run(folder, work / "floor"))
        added, ingest = timed(lambda: ingest_run(folder, work / "ingest"))
        if round_no:
            floors.append(floor)
            ingests.append(ingest)
        print(f"round {round_no or 'warm-up'}: floor {floor.wall:.2f} s wall {floor.cpu:.2f} CPU s, "
              f"ingest {ingest.wall:.2f} s wall {ingest.cpu:.2f} CPU s; load {os.getloadavg()[0]:.1f}")
    return floors, ingests, added


def summary_line(label: str, timings: list[Timing]) -> str:
    walls, cpus = [t.wall for t in timings], [t.cpu for t in timings]
    return (f"{label}: wall min {min(walls):.2f} median {statistics.median(walls):.2f} s, "
            f"CPU min {min(cpus):.2f} median {statistics.median(cpus):.2f} s")


def ratio(ingests: list[Timing], floors: list[Timing], of: Callable[[list[float]], float]) -> tuple[float, float]:
    """(wall, CPU) ratio of ingest to floor under `of` (min or median)."""
    return (of([t.wall for t in ingests]) / of([t.wall for t in floors]),
            of([t.cpu for t in ingests]) / of([t.cpu for t in floors]))


def main() -> int:
    n = int(os.environ.get("BENCH_INGEST_N", 5_000 if os.environ.get("BENCH_QUICK") else 100_000))
    rounds = int(os.environ.get("BENCH_ROUNDS", 5))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        write_reports(folder, n)
        floors, ingests, added = interleaved(folder, Path(tmp) / "run", rounds)
    rate = added / statistics.median(t.wall for t in ingests)
    print(summary_line("floor (hash, copy by hash, one-transaction insert)", floors))
    print(summary_line(f"ingest of {added:,} reports of 1 KB", ingests))
    median_wall, median_cpu = ratio(ingests, floors, statistics.median)
    min_wall, min_cpu = ratio(ingests, floors, min)
    print(f"ingest: {rate:,.0f} reports/s (target >= {TARGET_PER_S:,}/s); ingest / floor, medians: "
          f"{median_wall:.2f}x wall, {median_cpu:.2f}x CPU; minima: {min_wall:.2f}x wall, {min_cpu:.2f}x CPU "
          f"(target <= {FLOOR_RATIO}x); {rounds} rounds, load {os.getloadavg()[0]:.1f}")
    return 0 if rate >= TARGET_PER_S and median_cpu <= FLOOR_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
