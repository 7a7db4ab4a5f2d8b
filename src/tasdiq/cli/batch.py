"""`tasdiq batch`: ingest and extract partitions of input files on a Dask cluster, then link."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer

from tasdiq.cli.common import handle_errors, out, print_json, state

if TYPE_CHECKING:
    from tasdiq.batch import BatchReport


def register(app: typer.Typer) -> None:
    app.command("batch")(batch)


def batch(
    ctx: typer.Context,
    inputs: list[str] = typer.Argument(..., help="Shard files, folders, globs or file:// URLs (JSONL, CSV, WARC...)."),
    workers: int = typer.Option(2, "--workers", min=1, help="Worker processes of the LocalCluster."),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Address of a running Dask scheduler (tcp://host:8786) instead of a LocalCluster."
    ),
    no_link: bool = typer.Option(False, "--no-link", help="Ingest and extract only; link later."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable summary."),
) -> None:
    """Run ingest and extraction over partitions in parallel, linking what is new as they finish.

    Each partition (one shard file) is ingested in one transaction and extracted in another,
    and ends with one `batch` entry in the audit chain. On PostgreSQL the worker then links
    what has committed, one linker at a time; the rest is linked after the last partition.
    Re-running over the same inputs adds nothing; a run that was killed picks up where it
    stopped. Exits 1 if any partition failed.
    """
    from tasdiq.batch import partitions, run_batch
    from tasdiq.batch.runner import cluster_client

    with handle_errors():
        cli = state(ctx)
        urls = partitions(inputs)
        show = not as_json and sys.stderr.isatty()
        with cluster_client(scheduler=scheduler, workers=workers) as client:
            report = run_batch(settings=cli.settings, urls=urls, actor=cli.settings.actor, client=client,
                               link=not no_link, show_progress=show)
        if as_json:
            print_json(report.as_dict())
        else:
            _print(report)
        if report.failed:
            raise typer.Exit(1)


def _print(report: BatchReport) -> None:
    summary = report.as_dict()
    out.print(
        f"batch: {summary['partitions']} partition(s) {summary['by_status']}: {summary['reports']} report(s), "
        f"{summary['mentions']} mention(s), {summary['claims']} claim(s); seconds {summary['seconds']}",
        markup=False,
    )
    for failed in report.failed:
        out.print(f"  failed {failed.url}: {failed.problem}", markup=False)
    out.print(f"  reports/s per worker: {report.per_worker()}", markup=False)
    out.print(f"  mentions linked on the workers: {summary['linked_on_workers']}", markup=False)
    if report.linked:
        out.print(f"  link after the last partition: {report.linked}", markup=False)
