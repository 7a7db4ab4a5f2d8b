"""CPU of one batch partition's path, in process: ingest, extraction and the store writes.

    python bench/partition_bench.py [--partitions K] [--per-shard 200] [--backend postgres|sqlite] [--profile FILE]

K shards of bench/workload.py's reports go through `run_partition` one after another in this
process (the first warms spaCy and is not counted). Prints CPU milliseconds a report (user +
system of this process; PostgreSQL's own server CPU is not in it), split into ingest,
extraction (`Extractor._run`, under `extract_many`) and the rest, which is writing: the extraction's rows,
their audit entries and the partition's batch entry. `--profile FILE` dumps cProfile stats
instead of timing cleanly. PostgreSQL: TASDIQ_DATABASE_URL, else the test database on
127.0.0.1, in a schema of its own that is dropped afterwards.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import resource
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from workload import write_shards

from tasdiq.batch.partition import run_partition
from tasdiq.extract import Extractor
from tasdiq.ingest.pipeline import Ingester
from tasdiq.settings import Settings
from tasdiq.store import Store

DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed(spent: dict[str, float], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = cpu()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += cpu() - started
    return wrapper


@contextmanager
def database(backend: str, tmp: Path) -> Iterator[str | None]:
    if backend == "sqlite":
        yield None
        return
    url = os.environ.get("TASDIQ_DATABASE_URL", DEFAULT_POSTGRES)
    schema = f"bench_part_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        sep = "&" if "?" in url else "?"
        yield f"{url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--partitions", type=int, default=11)
    parser.add_argument("--per-shard", type=int, default=200)
    parser.add_argument("--backend", choices=("postgres", "sqlite"), default="postgres")
    parser.add_argument("--profile", metavar="FILE")
    args = parser.parse_args()
    spent = {"ingest": 0.0, "extract": 0.0}
    Ingester.ingest_file = timed(spent, "ingest", Ingester.ingest_file)  # type: ignore[method-assign]
    Extractor._run = timed(spent, "extract", Extractor._run)  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as folder, database(args.backend, Path(folder)) as url:
        tmp = Path(folder)
        shards = write_shards(tmp / "in", args.partitions * args.per_shard, per_shard=args.per_shard, by_date=True)
        settings = Settings(home=tmp / "home") if url is None else Settings(home=tmp / "home", database_url=url)
        store = Store(settings)
        store.ensure_schema()
        extractor = Extractor()
        run_partition(store=store, actor="bench", url=shards[0].as_uri(), extractor=extractor)  # warm
        spent.update(ingest=0.0, extract=0.0)
        profile = cProfile.Profile() if args.profile else None
        started = cpu()
        if profile:
            profile.enable()
        for shard in shards[1:]:
            result = run_partition(store=store, actor="bench", url=shard.as_uri(), extractor=extractor)
            assert result.status == "done", result
        if profile:
            profile.disable()
            profile.dump_stats(args.profile)
        total = cpu() - started
        store.dispose()
    reports = (len(shards) - 1) * args.per_shard
    rest = total - spent["ingest"] - spent["extract"]
    print(f"backend={args.backend} reports={reports} cpu_s={total:.2f} ms/report: total={total / reports * 1000:.3f} "
          f"ingest={spent['ingest'] / reports * 1000:.3f} extract={spent['extract'] / reports * 1000:.3f} "
          f"write={rest / reports * 1000:.3f}")


if __name__ == "__main__":
    main()
