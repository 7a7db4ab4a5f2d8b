"""Ingest throughput: 100,000 generated 1 KB reports into a fresh SQLite store.

Target (issue 2): at least 2,000 reports per second on the 2-core reference machine.
The floor (issue 15): the same files read, hashed, copied into the object store by hash and
inserted as Original and Source rows in one SQLite transaction, with nothing else (no
parsing, no audit). Ingest should take at most 2.5x the floor's time; the ratio is printed,
by wall clock and by CPU seconds (this process and its reader processes): on a shared
machine the wall ratio measures the queue for the CPU, the CPU ratio the work.
BENCH_QUICK=1 uses 5,000 reports.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import resource
import tempfile
import time
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


def cpu_seconds() -> float:
    """User + system seconds of this process and its reaped children (ingest's readers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def floor_rate(folder: Path, home: Path) -> float:
    """Files/s for hash, copy by hash and one-transaction insert: what no ingest can beat."""
    store = Store(Settings(home=home))
    store.ensure_schema()
    started = time.perf_counter()
    originals, sources = [], []
    now = dt.datetime.now(dt.UTC)
    for path in iter_files([folder]):
        data = path.read_bytes()
        sha = sha256_bytes(data)
        store.objects.put(data)
        originals.append({"sha256": sha, "size": len(data), "media_type": "text/markdown", "name": str(path),
                          "format": "markdown", "received_at": now, "received_by": "bench"})
        text = data.decode("utf-8")
        sources.append({"sha256": sha, "locator": "", "kind": "news", "reliability": "F", "text": text,
                        "text_sha256": sha, "extra": {}, "ingested_at": now})
    with store.engine.begin() as conn:
        conn.execute(insert(table_of(Original)), originals)
        conn.execute(insert(table_of(Source)), sources)
    elapsed = time.perf_counter() - started
    store.dispose()
    return len(originals) / elapsed


def main() -> int:
    n = int(os.environ.get("BENCH_INGEST_N", 5_000 if os.environ.get("BENCH_QUICK") else 100_000))
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        for start in range(0, n, 1000):
            sub = folder / f"{start // 1000:04d}"
            sub.mkdir(parents=True)
            for i in range(start, min(n, start + 1000)):
                (sub / f"r{i:06d}.md").write_text(report(i, rng), encoding="utf-8")
        store = Store(Settings(home=Path(tmp) / "home"))
        store.ensure_schema()
        ingester = Ingester(store, actor="bench")
        started, cpu = time.perf_counter(), cpu_seconds()
        summary = ingester.ingest_paths([folder])
        elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        rate = summary.sources_added / elapsed
        print(
            f"ingest: {summary.sources_added:,} reports of 1 KB in {elapsed:.1f} s = {rate:,.0f} reports/s "
            f"(target >= {TARGET_PER_S:,}/s); failed {summary.count('failed')}"
        )
        store.dispose()
        floor_cpu = cpu_seconds()
        floor = floor_rate(folder, Path(tmp) / "floor")
        floor_cpu = cpu_seconds() - floor_cpu
        ratio = floor / rate
        print(f"ingest floor (hash, copy by hash, one-transaction insert): {floor:,.0f} files/s; "
              f"ingest takes {ratio:.2f}x the floor's time (target <= {FLOOR_RATIO}x), "
              f"{cpu / floor_cpu:.2f}x its CPU ({cpu:.1f} s vs {floor_cpu:.1f} s); load {os.getloadavg()[0]:.1f}")
    return 0 if rate >= TARGET_PER_S and ratio <= FLOOR_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
