"""Ingest throughput: 100,000 generated 1 KB reports into a fresh SQLite store.

Target (issue 2): at least 2,000 reports per second on the 2-core reference machine.
BENCH_QUICK=1 uses 5,000 reports.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from tasdiq.ingest.pipeline import Ingester
from tasdiq.settings import Settings
from tasdiq.store import Store

PLACES = ["Kabul", "Jalalabad", "Kunduz", "Kandahar", "Peshawar", "Quetta", "Herat", "Bajaur", "Mastung"]
TARGET_PER_S = 2000


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
        started = time.perf_counter()
        summary = ingester.ingest_paths([folder])
        elapsed = time.perf_counter() - started
        rate = summary.sources_added / elapsed
        print(
            f"ingest: {summary.sources_added:,} reports of 1 KB in {elapsed:.1f} s = {rate:,.0f} reports/s "
            f"(target >= {TARGET_PER_S:,}/s); failed {summary.count('failed')}"
        )
        store.dispose()
    return 0 if rate >= TARGET_PER_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
