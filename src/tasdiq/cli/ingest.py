"""`tasdiq ingest PATH...`: files and folders into the store."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from tasdiq.cli.common import err, handle_errors, out, print_json, state
from tasdiq.ingest.pipeline import FileOutcome, Ingester, IngestSummary, iter_files


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)


def ingest(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="Files or folders (walked recursively)."),
    as_json: bool = typer.Option(False, "--json", help="Print a machine-readable summary."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only the summary and failures."),
) -> None:
    """Ingest reports and media; originals are kept byte for byte and hashed.

    Each file is one transaction. A bad file gets one line naming it and the problem; the
    run carries on, ends with a summary, and exits 1 if any file failed.
    """
    with handle_errors():
        cli = state(ctx)
        store = cli.store()
        ingester = Ingester(store, actor=cli.settings.actor)
        files = list(iter_files(paths))
        show_bar = not as_json and sys.stderr.isatty() and len(files) > 20
        with Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=err,
            disable=not show_bar,
        ) as progress:
            task = progress.add_task("ingest", total=len(files))

            def on_file(outcome: FileOutcome) -> None:
                _report(outcome, quiet=quiet or as_json or show_bar)
                progress.advance(task)

            summary = ingester.ingest_paths(files, on_file=on_file)
        if as_json:
            print_json(summary.as_dict())
        else:
            _print_summary(summary)
        if summary.failed or summary.unanalysed:
            raise typer.Exit(1)


def _report(outcome: FileOutcome, *, quiet: bool) -> None:
    if outcome.status == "failed":
        err.print(f"failed: {outcome.path}: {outcome.problem}", markup=False)
    elif outcome.problem:
        err.print(f"kept unanalysed: {outcome.path}: {outcome.problem}", markup=False)
    elif not quiet and outcome.status == "duplicate":
        out.print(f"already had: {outcome.path} (sha256 {outcome.sha256 and outcome.sha256[:12]})", markup=False)
    elif not quiet:
        what = f"{outcome.sources} source(s)" if outcome.sources else f"{outcome.evidence} evidence item(s)"
        out.print(f"new: {outcome.path} -> {what}", markup=False)


def _print_summary(summary: IngestSummary) -> None:
    out.print(
        f"ingest: {len(summary.outcomes)} file(s): {summary.count('new')} new "
        f"({summary.sources_added} sources, {summary.evidence_added} evidence), "
        f"{summary.count('duplicate')} already had, {summary.count('failed')} failed"
        + (f", {len(summary.unanalysed)} media kept unanalysed" if summary.unanalysed else ""),
        markup=False,
    )
    if summary.unreadable:
        langs = ", ".join(f"{code} x{n}" for code, n in sorted(summary.unreadable.items()))
        out.print(f"  not readable: {sum(summary.unreadable.values())} source(s) in a language Tasdiq cannot read "
                  f"({langs}); kept, but no events will be extracted from them", markup=False)
    reasons: dict[str, int] = {}
    for outcome in summary.failed:
        reasons[outcome.problem or "unknown"] = reasons.get(outcome.problem or "unknown", 0) + 1
    for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
        out.print(f"  failed x{n}: {reason}", markup=False)
