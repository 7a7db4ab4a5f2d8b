"""`tasdiq import`: rows of UCDP GED, ACLED, GTD or our own CSV as sources and mentions."""

from __future__ import annotations

from pathlib import Path

import typer

from tasdiq.cli.common import handle_errors, out, print_json, state
from tasdiq.exchange.importers import FORMATS, import_file


def register(app: typer.Typer) -> None:
    app.command("import")(import_command)


def import_command(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="The dataset file (CSV)."),
    fmt: str = typer.Option(..., "--format", help=f"One of: {', '.join(FORMATS)}."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Import a dataset's rows; a bad row stops the import with nothing stored; a file already
    imported adds nothing. Run `tasdiq link` afterwards to merge them with reported incidents."""
    with handle_errors():
        store = state(ctx).store()
        with store.session() as s:
            summary = import_file(session=s, objects=store.objects, path=path, fmt=fmt)
    if as_json:
        print_json(summary.as_dict())
    elif summary.already_imported:
        out.print(f"{summary.name}: already imported (sha256 {summary.sha256[:12]}), nothing added")
    else:
        out.print(f"{summary.name}: {summary.rows} row(s) imported as {summary.rows} source(s) and mention(s)")
