"""`tasdiq capture URL...`: web pages captured where they live, and `tasdiq watch`."""

from __future__ import annotations

from pathlib import Path

import typer

from tasdiq.cli.common import err, handle_errors, out, print_json, state
from tasdiq.errors import InputError


def register(app: typer.Typer) -> None:
    app.command("capture")(capture)
    app.command("watch")(watch)


def capture(
    ctx: typer.Context,
    urls: list[str] = typer.Argument(..., help="Pages to capture (http or https)."),
    timeout: float = typer.Option(30.0, "--timeout", min=1, help="Seconds a page may take to load."),
    pipeline: bool = typer.Option(False, "--pipeline", help="Then extract and link what was captured."),
    show_diff: bool = typer.Option(False, "--diff", help="Print the text changes of a new version."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable results."),
) -> None:
    """Capture pages in headless Chromium: raw HTML, WARC, screenshot, PDF; text as a source, media as evidence.

    Capturing an unchanged page adds nothing; a changed page becomes a new version of the
    source. A page that is gone (404) or unreachable is recorded as such. A page that cannot
    be captured (timeout, redirect loop, a download) gets one line; exit 1 if any failed.
    """
    from tasdiq.ingest.capture import CaptureLimits, CaptureResult, capture_url

    with handle_errors():
        cli = state(ctx)
        store = cli.store()
        limits = CaptureLimits(load_timeout_s=timeout, step_timeout_s=min(timeout, 20.0))
        results: list[dict[str, object]] = []
        failed = False
        for url in urls:
            try:
                result: CaptureResult = capture_url(store, url=url, actor=cli.settings.actor, limits=limits)
            except InputError as exc:
                err.print(f"failed: {exc}", markup=False)
                results.append({"url": url, "status": "failed", "problem": exc.problem})
                failed = True
                continue
            failed = failed or result.source_id is None
            results.append(result.as_dict())
            if not as_json:
                _print_result(result, show_diff=show_diff)
        if pipeline:
            _run_pipeline(ctx, [int(i) for r in results if isinstance(i := r.get("source_id"), int)], as_json)
        if as_json:
            print_json(results)
        if failed:
            raise typer.Exit(1)


def _print_result(result: object, *, show_diff: bool) -> None:
    from tasdiq.ingest.capture import CaptureResult

    assert isinstance(result, CaptureResult)
    if result.source_id is None:
        err.print(f"{result.status}: {result.url}: {result.problem}", markup=False)
        return
    what = {"new": "source", "changed": f"new version of source {result.previous_source_id}:",
            "unchanged": "unchanged, already source"}[result.status]
    line = f"{result.status}: {result.url} -> {what} {result.source_id}"
    if result.evidence_ids:
        line += f", {len(result.evidence_ids)} media as evidence"
    if result.diff:
        line += f" ({sum(1 for d in result.diff if d[:1] in '+-')} line(s) changed)"
    out.print(line, markup=False)
    for problem in result.media_problems:
        err.print(f"  media not kept: {problem}", markup=False)
    if show_diff:
        for diff_line in result.diff:
            out.print(f"  {diff_line}", markup=False)


def _run_pipeline(ctx: typer.Context, source_ids: list[int], as_json: bool) -> None:
    from tasdiq.workflow import extract_and_link

    cli = state(ctx)
    with cli.store().session(actor=cli.settings.actor) as session:
        result = extract_and_link(session=session, source_ids=source_ids,
                                  second_reviewer=cli.settings.second_reviewer)
    if not as_json:
        out.print(f"pipeline: {result.sources} source(s) extracted, {result.mentions} mention(s), "
                  f"in incident(s) {', '.join(map(str, result.incident_ids)) or 'none'}", markup=False)


def watch(
    ctx: typer.Context,
    feeds: list[str] = typer.Option([], "--feed", help="RSS/Atom URL or file to poll (repeatable)."),
    folders: list[Path] = typer.Option([], "--folder", help="Folder whose new files are ingested (repeatable)."),
    every: float = typer.Option(900.0, "--every", min=0.1, help="Seconds between polls."),
    cycles: int = typer.Option(0, "--cycles", min=0, help="Stop after this many polls (0: until SIGTERM/Ctrl-C)."),
    status_file: Path | None = typer.Option(None, "--status-file", help="JSON status (default: <data>/watch.json)."),
) -> None:
    """Poll feeds and folders on a schedule; ingest what is new, then extract and link it.

    Feeds are fetched with conditional requests (ETag, Last-Modified), so an unchanged feed
    costs one 304. One line per cycle; the status file holds the last cycle and each feed's
    validators. SIGTERM or Ctrl-C ends the run cleanly after the current cycle's step.
    """
    from tasdiq.ingest.watch import Watcher

    with handle_errors():
        if not feeds and not folders:
            raise InputError("watch", "give at least one --feed or --folder")
        cli = state(ctx)
        store = cli.store()
        watcher = Watcher(store, actor=cli.settings.actor, feeds=feeds, folders=folders,
                          status_file=status_file or cli.settings.home / "watch.json",
                          second_reviewer=cli.settings.second_reviewer)
        watcher.run(every_s=every, cycles=cycles or None, on_cycle=lambda line: out.print(line, markup=False))
