"""`tasdiq export`: incidents as CSV (ACLED column names), GeoJSON, JSON Lines or STIX 2.1."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from tasdiq.cli.common import err, handle_errors, state
from tasdiq.exchange.ucdp_gtd import FORMATS, export


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)


def export_command(
    ctx: typer.Context,
    fmt: str = typer.Option("csv", "--format", help=f"One of: {', '.join(FORMATS)}."),
    out_file: Path | None = typer.Option(None, "--out", help="Write here instead of standard output."),
    include_personal: bool = typer.Option(False, "--include-personal",
                                          help="Include personal fields (named victims, authors, analysts)."),
    incident: list[int] = typer.Option([], "--incident", help="Only these incidents (repeatable)."),
) -> None:
    """Export incidents; personal fields are withheld unless --include-personal."""
    with handle_errors(), state(ctx).store(create=False).session() as s:
        ids = incident or None
        if out_file is None:
            n = export(session=s, fmt=fmt, out=sys.stdout, include_personal=include_personal, incident_ids=ids)
        else:
            with out_file.open("w", encoding="utf-8", newline="") as fh:
                n = export(session=s, fmt=fmt, out=fh, include_personal=include_personal, incident_ids=ids)
        err.print(f"{n} incident(s) exported as {fmt}")
