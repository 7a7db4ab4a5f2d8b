"""Partitions on a Dask cluster, linked as they finish, and a summary of the run.

Each worker process opens the store and loads the extractor once, on its first partition,
and keeps them for the next. A partition is one task: Dask gives a task whose worker died
to another worker, and `run_partition` finds whatever the dead one had committed, so a
killed worker costs time, never a duplicate or a half-written partition. On PostgreSQL the
task then links what has committed, unless another process is linking (`batch.linking`),
so linking runs beside extraction instead of as a serial tail. A task knows its index and
the run's size, so with a draining backlog (`batch.linking.Backlog(drain=True)`) the last
partitions' workers link the tail; one more task, on a worker, links the rest (on SQLite the
client does, since its workers never link). As partitions finish, the
client refreshes PostgreSQL's planner statistics of the growing tables each time their number
doubles (`analyze_grown_tables`), and every worker keeps the memory it frees
(`tasdiq.heap.keep_freed_memory`) instead of faulting it in again for the next partition.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from tasdiq.batch.linking import DEFAULT_BACKLOG, Backlog, Progress, link_all, links_on_workers, try_link
from tasdiq.batch.partition import PartitionResult, run_partition
from tasdiq.heap import keep_freed_memory
from tasdiq.model import AuditEntry, Claim, Incident, IncidentMention, Mention, Original, Source
from tasdiq.settings import Settings
from tasdiq.store import Store
from tasdiq.store.schema import TABLES

# Per worker process: (home, database url) -> (store, extractor). Filled on first use.
_OPENED: dict[tuple[str, str | None], tuple[Store, Any]] = {}


@dataclass
class BatchReport:
    partitions: list[PartitionResult] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    linked: dict[str, Any] = field(default_factory=dict)

    @property
    def failed(self) -> list[PartitionResult]:
        return [p for p in self.partitions if p.status == "failed"]

    def per_worker(self, clock: str = "total") -> dict[str, float]:
        """Reports per second of partition time (`clock`: "total" wall or "cpu") on each worker."""
        busy: dict[str, list[float]] = {}
        for p in self.partitions:
            if p.status == "done" and p.worker and p.seconds and clock in p.seconds:
                counted = busy.setdefault(p.worker, [0.0, 0.0])
                counted[0] += p.sources
                counted[1] += p.seconds[clock]
        return {w: round(n / s, 1) for w, (n, s) in busy.items() if s > 0}

    def as_dict(self) -> dict[str, Any]:
        by_status: dict[str, int] = {}
        for p in self.partitions:
            by_status[p.status] = by_status.get(p.status, 0) + 1
        return {
            "partitions": len(self.partitions),
            "by_status": by_status,
            "reports": sum(p.sources for p in self.partitions if p.status == "done"),
            "mentions": sum(p.mentions for p in self.partitions),
            "claims": sum(p.claims for p in self.partitions),
            "linked_on_workers": sum(p.linked for p in self.partitions),
            "failures": [{"partition": p.url, "problem": p.problem} for p in self.failed],
            "reports_per_s_per_worker": self.per_worker(),
            "reports_per_cpu_s_per_worker": self.per_worker("cpu"),
            "seconds": self.seconds,
            "link": self.linked,
        }


@dataclass(frozen=True)
class TaskOptions:
    """What every partition task needs besides its URL."""

    home: str
    database_url: str | None
    actor: str
    link: bool
    second_reviewer: bool
    backlog: Backlog


def partition_task(url: str, progress: Progress, options: TaskOptions) -> PartitionResult:
    """What a Dask worker runs for one partition: ingest and extract it, then try to link."""
    from distributed import get_worker

    store, extractor = opened(options.home, options.database_url)
    started, cpu = time.perf_counter(), time.process_time()
    result = run_partition(store=store, actor=options.actor, url=url, extractor=extractor)
    result.worker = f"{get_worker().address} (pid {os.getpid()})"
    if result.status != "failed" and options.link and links_on_workers(store):
        link_on_worker(store, options, result, progress)
    if result.seconds is not None:
        # CPU seconds beside wall seconds: on a shared machine only CPU time gives a per-core rate.
        result.seconds["total"] = round(time.perf_counter() - started, 3)
        result.seconds["cpu"] = round(time.process_time() - cpu, 3)
    return result


def link_on_worker(store: Store, options: TaskOptions, result: PartitionResult, progress: Progress) -> None:
    """Link every committed mention if due and no other process is linking; timed into `result`."""
    started, cpu = time.perf_counter(), time.process_time()
    summary = try_link(store=store, actor=options.actor, second_reviewer=options.second_reviewer,
                       backlog=options.backlog, progress=progress)
    if summary is None:
        return  # not due, or another process is linking: a later partition or the client takes these
    result.linked = summary.mentions
    result.seconds = (result.seconds or {}) | {"link": round(time.perf_counter() - started, 3),
                                               "link_cpu": round(time.process_time() - cpu, 3)}


def final_link_task(options: TaskOptions) -> dict[str, Any]:
    """The link of whatever the workers' links left, run on a worker: where the cluster's CPU is
    (the client may be an analyst's laptop), and in a process that has already worked out the names
    and MinHash of the incidents' members its own links reloaded (`tasdiq.link.features`), which
    a fresh process would work out again for every member near the last mentions."""
    from distributed import get_worker

    store, _ = opened(options.home, options.database_url)
    return timed_link_all(store, options) | {"worker": get_worker().address}


def timed_link_all(store: Store, options: TaskOptions) -> dict[str, Any]:
    """`link_all` over what is left, with the CPU seconds it took in this process (`cpu_s`)."""
    cpu = time.process_time()
    linked = link_all(store=store, actor=options.actor, second_reviewer=options.second_reviewer)
    return linked | {"cpu_s": round(time.process_time() - cpu, 2)}


def opened(home: str, database_url: str | None) -> tuple[Store, Any]:
    """This worker's store and extractor, opened on first use and kept for its later partitions."""
    key = (home, database_url)
    if key not in _OPENED:
        from tasdiq.extract import Extractor

        # A Dask nanny starts its worker with MALLOC_TRIM_THRESHOLD_=65536, which hands freed
        # memory back to the kernel at once, so every partition faulted its pages in again.
        keep_freed_memory()
        _OPENED[key] = (Store(Settings(home=home, database_url=database_url)), Extractor())
    return _OPENED[key]


@contextmanager
def cluster_client(*, scheduler: str | None, workers: int) -> Iterator[Any]:
    """A client of the cluster at `scheduler`, else of a LocalCluster of `workers` processes."""
    from distributed import Client, LocalCluster

    # distributed ships no type hints for these calls (hence the ignores).
    if scheduler:
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    # One thread per process: spaCy and the rules are CPU-bound Python, so threads would share one GIL.
    local = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with local as cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client


def run_batch(
    *,
    settings: Settings,
    urls: Sequence[str],
    actor: str,
    client: Any,
    link: bool = True,
    backlog: Backlog = DEFAULT_BACKLOG,
    show_progress: bool = False,
    on_result: Callable[[PartitionResult], None] | None = None,
) -> BatchReport:
    """Every partition on the client's cluster, linked on the workers as they finish where the
    store allows it (PostgreSQL), then `link` and `after_link` over whatever is left."""
    from distributed import as_completed, progress

    store = Store(settings)
    store.ensure_schema()
    report = BatchReport()
    started = time.perf_counter()
    options = TaskOptions(home=str(settings.home), database_url=settings.database_url, actor=actor, link=link,
                          second_reviewer=settings.second_reviewer, backlog=backlog)
    futures = [client.submit(partition_task, url, Progress(i, len(urls)), options, pure=False,
                             key=f"partition-{i}-{url}") for i, url in enumerate(urls)]
    if show_progress:
        progress(futures)  # type: ignore[no-untyped-call]
    for future in as_completed(futures):  # type: ignore[no-untyped-call]
        result = _result_of(future, urls[futures.index(future)])
        report.partitions.append(result)
        if statistics_due(len(report.partitions)):
            analyze_grown_tables(store)
        if on_result:
            on_result(result)
    report.seconds["partitions"] = round(time.perf_counter() - started, 2)
    if link:
        if links_on_workers(store):
            linked: dict[str, Any] = client.submit(final_link_task, options, pure=False).result()
        else:
            linked = timed_link_all(store, options)
        report.seconds["link"] = round(time.perf_counter() - started - report.seconds["partitions"], 2)
        # The linker's own CPU (link and after_link): the serial tail, steady on a shared machine.
        report.seconds["link_cpu"] = linked.pop("cpu_s")
        report.linked = linked
    store.dispose()
    return report


# The tables a batch grows; their planner statistics are refreshed as they do (`analyze_grown_tables`).
GROWN = (Original, Source, Mention, Claim, Incident, IncidentMention, AuditEntry)


def statistics_due(done: int) -> bool:
    """After the 1st, 2nd, 4th, 8th... partition: the tables are then never more than about twice
    the size their statistics describe, at about log2(partitions) ANALYZEs a run."""
    return done > 0 and done & (done - 1) == 0


def analyze_grown_tables(store: Store) -> None:
    """Refresh PostgreSQL's planner statistics of the tables a batch grows.

    A bulk load outruns autovacuum (and where it is off, as on this project's CI database, nothing
    analyses them at all): with no statistics the planner takes a growing table for a small one
    and scans it whole, so `extract`'s look-up of a partition's old mentions by `source_id` read
    every mention, 30 ms a partition at 190,000. SQLite's planner uses its indexes without them."""
    if store.is_sqlite:
        return
    names = ", ".join(f'"{TABLES[entity].name}"' for entity in GROWN)
    with store.engine.begin() as conn:
        conn.exec_driver_sql(f"ANALYZE {names}")


def _result_of(future: Any, url: str) -> PartitionResult:
    """The partition's result, or a failure that says why (a worker lost too often, an error)."""
    if future.status == "finished":
        result: PartitionResult = future.result()
        return result
    error = future.exception()
    problem = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return PartitionResult(url=url, status="failed", problem=f"{type(error).__name__}: {problem}")

