"""`tasdiq batch` throughput: N generated reports through ingest, extract and link on Dask.

    python bench/batch_bench.py --reports N --workers W [--per-shard 200] [--link-min 1000 --link-share 0.25]
                                [--drain]

The reports are bench/workload.py's (the Wikipedia dev texts reworded, with distinct titles,
URLs, outlets and dates) in JSONL shards. Rows go to PostgreSQL (TASDIQ_DATABASE_URL, else
the test database on 127.0.0.1, in a schema of its own, dropped afterwards). The workers
load the extractor before the clock starts (start-up is printed apart); the clock covers
every partition and the incremental link (on PostgreSQL the workers link as partitions
finish; one more task on a worker links what is left). Prints per-stage seconds (summed over
partitions, so ingest + extract + link is worker time), peak memory per worker, and last:
`reports/s=<x> workers=<w> stored=<n>`.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from workload import write_shards

from tasdiq.batch import PartitionResult, partitions, run_batch
from tasdiq.batch.linking import Backlog
from tasdiq.batch.runner import cluster_client, opened
from tasdiq.model import Source
from tasdiq.settings import Settings
from tasdiq.store import Store
from tasdiq.store.schema import table_of

DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def peak_rss_mib() -> float:
    """This process's peak resident memory (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def warm(home: str, database_url: str | None) -> float:
    started = time.perf_counter()
    _, extractor = opened(home, database_url)
    extractor.extract(text="A bomb exploded in Kabul on Monday.")  # spaCy loads on first use
    return time.perf_counter() - started


def run(n: int, workers: int, per_shard: int, backlog: Backlog, url: str, tmp: Path) -> None:
    schema = f"bench_batch_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in url else "?"
    settings = Settings(home=tmp / "home", database_url=f"{url}{sep}options=-csearch_path%3D{schema}")
    try:
        urls = partitions([str(p) for p in write_shards(tmp / "in", n, per_shard=per_shard, by_date=True)])
        Store(settings).ensure_schema()
        with cluster_client(scheduler=None, workers=workers) as client:
            started = time.perf_counter()
            client.run(warm, str(settings.home), settings.database_url)
            print(f"start-up (workers load the extractor): {time.perf_counter() - started:.1f} s", flush=True)
            started = time.perf_counter()
            report = run_batch(settings=settings, urls=urls, actor="bench", client=client, backlog=backlog)
            elapsed = time.perf_counter() - started
            peaks = client.run(peak_rss_mib)
        report_figures(report.as_dict(), report.partitions, peaks, elapsed, n)
        with Store(settings).engine.connect() as conn:
            stored = conn.scalar(select(func.count()).select_from(table_of(Source))) or 0
        print(f"reports/s={n / elapsed:.1f} workers={workers} stored={stored}")
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def report_figures(summary: dict[str, object], parts: list[PartitionResult], peaks: dict[str, float], elapsed: float,
                   n: int) -> None:
    stages: dict[str, float] = {}
    for p in parts:
        for name, seconds in (p.seconds or {}).items():
            stages[name] = stages.get(name, 0.0) + seconds
    print(f"partitions: {summary['partitions']} {summary['by_status']}, failures {summary['failures']}")
    print(f"worker seconds summed over partitions: { {k: round(v, 1) for k, v in stages.items()} }")
    links = sum(1 for p in parts if p.linked)
    print(f"mentions linked on the workers: {summary.get('linked_on_workers', 0)} in {links} links")
    print(f"wall seconds: {summary['seconds']}; the final link {summary['link']}")
    print(f"reports/s per worker (partition wall time): {summary['reports_per_s_per_worker']}; "
          f"per CPU second: {summary['reports_per_cpu_s_per_worker']}")
    print(f"worker link ms per mention, first and second half of the run: {link_trend(parts)}")
    last = [(p.linked, (p.seconds or {}).get("link")) for p in parts if p.linked][-6:]
    print(f"the workers' last links (mentions, seconds): {last}")
    print(f"peak memory per worker (MiB): { {w: round(m) for w, m in peaks.items()} }")
    print(f"end to end: {n:,} reports in {elapsed:.1f} s; load {os.getloadavg()}", flush=True)


def link_trend(parts: list[PartitionResult]) -> tuple[float, ...]:
    """Link seconds per mention placed, by the workers, in the first and second half of the
    partitions (in completion order): flat if a link's cost does not grow with the store."""
    links = [(p.seconds["link"], p.linked) for p in parts if p.linked and p.seconds and "link" in p.seconds]
    halves = (links[: len(links) // 2], links[len(links) // 2 :])
    return tuple(round(1000 * sum(s for s, _ in h) / max(1, sum(n for _, n in h)), 2) for h in halves)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--per-shard", type=int, default=200)
    parser.add_argument("--link-min", type=int, default=Backlog.min_mentions,
                        help="a worker links once this many mentions are unlinked...")
    parser.add_argument("--link-share", type=float, default=Backlog.share,
                        help="...and they are at least this share of the mentions linked")
    parser.add_argument("--drain", action="store_true",
                        help="workers drain the backlog as the run nears its end (else the final link takes it)")
    args = parser.parse_args()
    url = os.environ.get("TASDIQ_DATABASE_URL") or DEFAULT_POSTGRES
    backlog = Backlog(min_mentions=args.link_min, share=args.link_share, drain=args.drain)
    with tempfile.TemporaryDirectory() as tmp:
        run(args.reports, args.workers, args.per_shard, backlog, url, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
