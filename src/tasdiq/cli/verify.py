"""`tasdiq verify INCIDENT`: record a check, sign off, or show the checks and the status they give."""

from __future__ import annotations

import typer
from rich.table import Table

from tasdiq.cli.common import handle_errors, out, print_json, state
from tasdiq.verify import VerificationReport, add_check, definitions, sign_off, verification_report


def register(app: typer.Typer) -> None:
    app.command("verify")(verify)


def _print(report: VerificationReport, *, include_personal: bool) -> None:
    data = report.to_dict(include_personal=include_personal)
    out.print(f"incident {report.incident_id}: {data['status']} (stored: {data['stored_status']}), "
              f"{report.independent_sources} independent source(s)")
    for reason in report.derivation.reasons:
        out.print(f"  - {reason}", markup=False)
    columns = ["id", "check", "result", "precision_m", "value", "at", "current", "note"]
    if include_personal:
        columns[5:5] = ["analyst", "reviewer"]
    table = Table(*columns)
    for c in data["checks"]:
        table.add_row(*(str(c.get(k)) if c.get(k) is not None else "-" for k in columns))
    out.print(table)


def verify(
    ctx: typer.Context,
    incident: int = typer.Argument(..., help="Incident id."),
    check: str | None = typer.Option(None, "--check", help=f"Record a check: {', '.join(definitions())}."),
    result: str | None = typer.Option(None, "--result", help="pass, fail or inconclusive."),
    precision_m: float | None = typer.Option(None, "--precision-m", help="Geolocation precision in metres."),
    value: str | None = typer.Option(None, "--value", help="The value counted (independent_sources)."),
    note: str | None = typer.Option(None, "--note", help="What was done and found."),
    evidence: int | None = typer.Option(None, "--evidence", help="The evidence file the check is about."),
    sign: bool = typer.Option(False, "--sign-off", help="Sign off the incident's unreviewed checks as reviewer."),
    show: bool = typer.Option(False, "--show", help="Show the checks and the status they give (the default)."),
    include_personal: bool = typer.Option(False, "--include-personal", help="Show analyst and reviewer names."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Verify an incident: record a check with --check/--result, or --sign-off, or --show."""
    cli = state(ctx)
    rule = cli.settings.second_reviewer
    with handle_errors(), cli.store(create=False).session() as s:
        if check is not None:
            if result is None:
                raise typer.BadParameter("--check needs --result pass|fail|inconclusive")
            add_check(session=s, incident_id=incident, check=check, result=result, analyst=cli.settings.actor,
                      precision_m=precision_m, value=value, note=note, evidence_id=evidence, second_reviewer=rule)
        if sign:
            signed = sign_off(session=s, incident_id=incident, reviewer=cli.settings.actor, second_reviewer=rule)
            if not as_json:
                out.print(f"signed off {len(signed)} check(s)")
        report = verification_report(session=s, incident_id=incident, second_reviewer=rule)
        if as_json:
            print_json(report.to_dict(include_personal=include_personal))
        else:  # --show is the default: after a check or a sign-off, show where it left the incident
            _print(report, include_personal=include_personal)
