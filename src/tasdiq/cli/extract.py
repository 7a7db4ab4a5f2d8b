"""`tasdiq extract`: attacks, places, dates, counts, actors and claims from report text."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from tasdiq.cli.common import err, handle_errors, out, print_json, state
from tasdiq.errors import InputError
from tasdiq.heap import keep_freed_memory


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    ctx: typer.Context,
    jsonl: Path | None = typer.Option(
        None, "--jsonl", help="Read report records from this JSON Lines file and write tasdiq-events/1 to stdout."
    ),
    redo_all: bool = typer.Option(False, "--all", help="Re-extract every source (replaces its mentions)."),
    source: list[int] = typer.Option([], "--source", help="Only these source ids."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable summary."),
) -> None:
    """Turn not-yet-extracted sources into mentions and claims, each value with its span.

    With --jsonl FILE the store is not touched: records (id, text, published, title) are read
    from FILE and one tasdiq-events/1 line per record is written to stdout, in order.
    """
    with handle_errors():
        keep_freed_memory()  # spaCy's batch arrays: see tasdiq.heap
        if jsonl is not None:
            from tasdiq.extract.jsonl import run

            if not jsonl.is_file():
                raise InputError(str(jsonl), "no such file")
            run(jsonl, sys.stdout)
            return
        from tasdiq.extract.service import extract_pending

        cli = state(ctx)
        store = cli.store()
        show_bar = not as_json and sys.stderr.isatty()
        with Progress(
            TextColumn("extract"), BarColumn(), MofNCompleteColumn(), console=err, disable=not show_bar
        ) as progress:
            task = progress.add_task("extract", total=None)

            def advance(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)

            # --source names sources to extract whether or not they were extracted before
            summary = extract_pending(store=store, actor=cli.settings.actor, redo_all=redo_all or bool(source),
                                      source_ids=source, progress=advance)
        if as_json:
            print_json(summary.as_dict())
            return
        out.print(
            f"extract: {summary.sources} source(s), {summary.attack_sources} report attacks: "
            f"{summary.mentions} mention(s), {summary.claims} claim(s)"
            + (f", replaced {summary.replaced_mentions} earlier mention(s)" if summary.replaced_mentions else ""),
            markup=False,
        )
        if summary.unreadable:
            langs = ", ".join(f"{code} x{n}" for code, n in sorted(summary.unreadable.items()))
            out.print(f"  not read: {sum(summary.unreadable.values())} source(s) in a language Tasdiq cannot read "
                      f"({langs})", markup=False)
