"""`tasdiq report`: the analyst's summary (headline numbers, tables, charts, methods)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import typer

from tasdiq.analyse import Period, build_report
from tasdiq.analyse.render import RENDERERS
from tasdiq.cli.common import err, handle_errors, state
from tasdiq.errors import InputError


def register(app: typer.Typer) -> None:
    app.command("report")(report_command)


def _day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(option, f"{value!r} is not a date as YYYY-MM-DD") from None


def report_command(
    ctx: typer.Context,
    start: str | None = typer.Option(None, "--from", help="First day counted (YYYY-MM-DD)."),
    end: str | None = typer.Option(None, "--to", help="Last day counted (YYYY-MM-DD)."),
    fmt: str = typer.Option("md", "--format", help=f"One of: {', '.join(RENDERERS)}."),
    out_file: Path | None = typer.Option(None, "--out", help="Write here instead of standard output."),
) -> None:
    """Write a summary report of the incidents in a period: headline numbers, tables by month,
    province, perpetrator (claimed and attributed apart), target and attack type, claimed versus
    verified, data quality, and the counting rules. HTML is one self-contained file."""
    with handle_errors():
        if fmt not in RENDERERS:
            raise InputError("--format", f"{fmt!r} is not one of {', '.join(RENDERERS)}")
        period = Period(_day(start, "--from"), _day(end, "--to"))
        if period.start and period.end and period.start > period.end:
            raise InputError("--from", f"{period.start} is after --to {period.end}")
        with state(ctx).store(create=False).session() as s:
            text = RENDERERS[fmt](build_report(session=s, period=period))
    if out_file is None:
        sys.stdout.write(text)
    else:
        out_file.write_text(text, encoding="utf-8")
        err.print(f"report written to {out_file}")
