"""`tasdiq extract`: attacks, places, dates, counts, actors and claims from report text."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from tasdiq.cli.common import err, handle_errors, out, print_json, state
from tasdiq.errors import InputError


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
        if jsonl is not None:
            from tasdiq.extract.jsonl import run

            if not jsonl.is_file():
                raise InputError(str(jsonl), "no such file")
            run(jsonl, sys.stdout)
            return
        from tasdiq.extract import Extractor
        from tasdiq.extract.native import NAMES
        from tasdiq.extract.service import ExtractSummary, pending_sources, store_extraction
        from tasdiq.model import Source

        cli = state(ctx)
        store = cli.store()
        with store.session(actor=cli.settings.actor) as session:
            ids = pending_sources(session=session, redo_all=redo_all, source_ids=source)
        extractor = Extractor()
        summary = ExtractSummary()
        show_bar = not as_json and sys.stderr.isatty() and len(ids) > 20
        with Progress(
            TextColumn("extract"), BarColumn(), MofNCompleteColumn(), console=err, disable=not show_bar
        ) as progress:
            task = progress.add_task("extract", total=len(ids))
            for start in range(0, len(ids), 100):
                with store.session(actor=cli.settings.actor) as session:
                    for source_id in ids[start : start + 100]:
                        row = session.get(Source, source_id)
                        if row is None:
                            continue
                        published = row.published.date() if row.published else None
                        result = extractor.extract(text=row.text, published=published, title=row.title)
                        mentions, claims, replaced = store_extraction(session=session, source=row, extraction=result)
                        summary.sources += 1
                        summary.attack_sources += bool(mentions)
                        summary.mentions += mentions
                        summary.claims += claims
                        summary.replaced_mentions += replaced
                        summary.categories[result.category] = summary.categories.get(result.category, 0) + 1
                        summary.add_language(result.language, readable=result.language in NAMES)
                        progress.advance(task)
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
