"""`tasdiq ingest PATH...`: files and folders into the store."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from tasdiq.cli.common import err, handle_errors, out, print_json, state
from tasdiq.errors import InputError
from tasdiq.ingest.pipeline import FileOutcome, Ingester, IngestSummary, iter_files
from tasdiq.ingest.telegram import export_file, import_export
from tasdiq.store import Store


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)


def ingest(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="Files or folders (walked recursively)."),
    as_json: bool = typer.Option(False, "--json", help="Print a machine-readable summary."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only the summary and failures."),
    ocr: bool = typer.Option(False, "--ocr", help="Read images of text (statements, screenshots) by OCR into sources."),
    strict: bool = typer.Option(False, "--strict", help="A file that is not a report (a README, a JSON that holds "
                                "no records) fails the run instead of being skipped."),
) -> None:
    """Ingest reports and media; originals are kept byte for byte and hashed.

    Each file is one transaction. A bad file gets one line naming it and the problem; the
    run carries on, ends with a summary, and exits 1 if any file failed. A file that is not
    a report is skipped with one line saying so (with --strict it fails).
    """
    with handle_errors():
        _refuse_urls(paths)
        cli = state(ctx)
        store = cli.store()
        exports_failed = _telegram_exports(store, paths, actor=cli.settings.actor, as_json=as_json)
        paths = [p for p in paths if export_file(p) is None]
        if not paths:
            raise typer.Exit(1 if exports_failed else 0)
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
                if strict and outcome.status == "skipped":
                    outcome.status = "failed"
                _report(outcome, quiet=quiet or as_json or show_bar)
                progress.advance(task)

            summary = ingester.ingest_paths(files, on_file=on_file)
        if as_json:
            print_json(summary.as_dict())
        else:
            _print_summary(summary)
        ocr_failed = ocr and _read_scans(store, summary, actor=cli.settings.actor)
        if summary.failed or summary.unanalysed or exports_failed or ocr_failed:
            raise typer.Exit(1)


def _telegram_exports(store: Store, paths: list[Path], *, actor: str, as_json: bool) -> bool:
    """Telegram Desktop exports (a folder with result.json, or the file) are read as chats,
    message by message with their media; True if any failed."""
    failed = False
    for path in paths:
        if export_file(path) is None:
            continue
        try:
            result = import_export(store, path=path, actor=actor)
        except InputError as exc:
            err.print(f"failed: {exc}", markup=False)
            failed = True
            continue
        if as_json:
            print_json(asdict(result))
        else:
            out.print(result.line(), markup=False)
        for problem in result.media_problems:
            err.print(f"  media not kept: {problem}", markup=False)
    return failed


def _read_scans(store: Store, summary: IngestSummary, *, actor: str) -> bool:
    """OCR the images just ingested; True if any could not be read."""
    from tasdiq.ingest.scans import read_scans

    images = [i for o in summary.outcomes if o.status == "new" and o.format == "image" for i in o.evidence_ids]
    sources, problems = read_scans(store, evidence_ids=images, actor=actor)
    out.print(f"ocr: {len(images)} image(s) read, {len(sources)} with text became source(s)", markup=False)
    for problem in problems:
        err.print(f"failed: {problem}", markup=False)
    return bool(problems)


def _refuse_urls(paths: list[Path]) -> None:
    """A URL is not a file: say which command fetches it (the shell-level Path has already
    folded its '//' to '/', so it is rebuilt for the message)."""
    for path in paths:
        text = str(path)
        if text.startswith(("http:/", "https:/")) and not path.exists():
            url = text.replace(":/", "://", 1) if "://" not in text else text
            raise InputError(url, f"a web address, not a file: use `tasdiq capture {url}`")


def _report(outcome: FileOutcome, *, quiet: bool) -> None:
    if outcome.status == "failed":
        err.print(f"failed: {outcome.path}: {outcome.problem}", markup=False)
    elif outcome.status == "skipped":
        err.print(f"skipped: {outcome.path}: {outcome.problem}", markup=False)
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
        + (f", {summary.count('skipped')} skipped (not a report)" if summary.count("skipped") else "")
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
