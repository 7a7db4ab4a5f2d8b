"""`tasdiq incidents`: list and show incidents, and the analyst's link decisions on them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import typer
from rich.table import Table

from tasdiq.cli.common import handle_errors, out, print_json, state
from tasdiq.errors import InputError

incidents_app = typer.Typer(help="Incidents: list, show, and confirm / reject / split / merge links.",
                            no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(incidents_app, name="incidents")


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(name, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _range(values: list[Any]) -> str:
    low, best, high = values
    if best is None:
        return "-"
    return str(best) if low == best == high else f"{best} ({low if low is not None else '?'}-{high or '?'})"


@incidents_app.command("list")
def list_command(
    ctx: typer.Context,
    province: str | None = typer.Option(None, "--province", help="Province code (AF-KAB) or place name."),
    date_from: str | None = typer.Option(None, "--from", help="On or after this date (YYYY-MM-DD)."),
    date_to: str | None = typer.Option(None, "--to", help="On or before this date (YYYY-MM-DD)."),
    status: str | None = typer.Option(None, "--status", help="reported, corroborated, verified, disputed, debunked."),
    actor: str | None = typer.Option(None, "--actor", help="Naming this actor or one of its branches (ISKP, IS)."),
    limit: int = typer.Option(50, "--limit", help="At most this many, newest first."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """List incidents, newest first, with their killed and injured ranges."""
    from tasdiq.link.queries import list_incidents

    with handle_errors():
        start, end = _date(date_from, "--from"), _date(date_to, "--to")
        with state(ctx).store(create=False).session() as session:
            total, rows = list_incidents(session=session, province=province, date_from=start, date_to=end,
                                         status=status, actor=actor, limit=limit)
        if as_json:
            print_json({"total": total, "items": rows})
            return
        table = Table("id", "date", "title", "killed", "injured", "sources", "perpetrators", "status")
        for r in rows:
            table.add_row(str(r["id"]), r["date"] or "-", r["title"], _range(r["killed"]), _range(r["injured"]),
                          f"{r['mentions']} ({r['independent_sources'] or 0} indep.)",
                          r["perpetrator_summary"] or "-", r["status"])
        out.print(table)
        out.print(f"{len(rows)} of {total} incidents")


@incidents_app.command("show")
def show_command(
    ctx: typer.Context,
    incident_id: int = typer.Argument(..., help="Incident id."),
    explain: bool = typer.Option(False, "--explain", help="Say which sources gave which figures, and why."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Show one incident: its figures, its sources and their links."""
    from tasdiq.link.queries import incident_detail

    with handle_errors():
        with state(ctx).store(create=False).session() as session:
            data = incident_detail(session=session, incident_id=incident_id)
        if as_json:
            print_json(data if explain else {k: v for k, v in data.items() if k != "explanation"})
            return
        _print_incident(data)
        if explain:
            _print_explanation(data["explanation"])


def _print_incident(data: dict[str, Any]) -> None:
    out.print(f"incident {data['id']}: {data['title']}", markup=False)
    for label, value in (("date", f"{data['date'] or '-'} ({data['date_precision']})"),
                         ("place", f"{data['place_name'] or '-'} / {data['admin2'] or '-'} / {data['admin1'] or '-'}"),
                         ("killed", _range(data["killed"])), ("injured", _range(data["injured"])),
                         ("perpetrators", data["perpetrator_summary"] or "-"), ("status", data["status"]),
                         ("sources", f"{data['mentions']} ({data['independent_sources'] or 0} independent)")):
        out.print(f"{label:>13}: {value}", markup=False)
    table = Table("mention", "source", "publisher", "published", "killed", "link", "score")
    for m in data["links"]:
        table.add_row(str(m["mention_id"]), str(m["source_id"]), m["publisher"] or "-", (m["published"] or "-")[:16],
                      _range(m["killed"]), m["state"], "-" if m["score"] is None else f"{m['score']:.2f}")
    out.print(table)


def _print_explanation(ex: dict[str, Any]) -> None:
    out.print(f"how the figures were made (rules: {ex.get('rules')}):", markup=False)
    for row in ex.get("sources", []):
        out.print(f"  source {row['source_id']} ({row['publisher'] or row['kind']}, {(row['published'] or '-')[:10]}):"
                  f" killed {_range(row['killed'])}, injured {_range(row['injured'])}: {row['role']}", markup=False)
    for name in ("killed", "injured"):
        part = ex.get(name) or {}
        why = part.get("why", {})
        out.print(f"  {name}: low {part.get('low')}, best {part.get('best')}, high {part.get('high')}", markup=False)
        for key in ("low", "best", "high"):
            if key in why:
                out.print(f"    {key}: {why[key]}", markup=False)
    for claim in ex.get("claimed", []):
        out.print(f"  claimed by {claim['claimant'] or '?'} (source {claim['source_id']}): killed {claim['killed']}, "
                  f"injured {claim['injured']}: {claim['why']}", markup=False)
    for key in ("date", "place"):
        part = ex.get(key) or {}
        conflicts = "; conflicts: " + ", ".join(part["conflicts"]) if part.get("conflicts") else ""
        out.print(f"  {key}: {part.get('why', '-')}{conflicts}", markup=False)
    for group in ex.get("syndicated", []):
        out.print(f"  one voice, counted once: sources {', '.join(map(str, group))}", markup=False)


def _decision(ctx: typer.Context, fn: Any, **kwargs: Any) -> Any:
    cli = state(ctx)
    with cli.store(create=False).session(actor=cli.settings.actor) as session:
        return fn(session=session, analyst=cli.settings.actor, **kwargs)


@incidents_app.command("confirm")
def confirm_command(
    ctx: typer.Context,
    incident_id: int = typer.Argument(..., help="Incident id."),
    mention_id: int = typer.Argument(..., help="Mention id (moved here if it is elsewhere)."),
) -> None:
    """Confirm that a mention tells this incident's attack (kept through re-extraction)."""
    from tasdiq.link import confirm

    with handle_errors():
        _decision(ctx, confirm, incident_id=incident_id, mention_id=mention_id)
        out.print(f"mention {mention_id} confirmed in incident {incident_id}")


@incidents_app.command("reject")
def reject_command(
    ctx: typer.Context,
    incident_id: int = typer.Argument(..., help="Incident id."),
    mention_id: int = typer.Argument(..., help="Mention id to take out."),
) -> None:
    """Take a mention out of an incident; it is placed elsewhere and never put back here."""
    from tasdiq.link import reject

    with handle_errors():
        now_in = _decision(ctx, reject, incident_id=incident_id, mention_id=mention_id)
        out.print(f"mention {mention_id} rejected from incident {incident_id}; now in incident {now_in}")


@incidents_app.command("split")
def split_command(
    ctx: typer.Context,
    incident_id: int = typer.Argument(..., help="Incident id."),
    mention_ids: list[int] = typer.Argument(..., help="Mention ids that form the new incident."),
) -> None:
    """Move these mentions out into a new incident (both sides kept apart from now on)."""
    from tasdiq.link import split

    with handle_errors():
        new = _decision(ctx, split, incident_id=incident_id, mention_ids=mention_ids)
        out.print(f"split incident {incident_id}: mention(s) {', '.join(map(str, mention_ids))} now in incident {new}")


@incidents_app.command("merge")
def merge_command(
    ctx: typer.Context,
    into: int = typer.Argument(..., help="Incident that stays."),
    other: int = typer.Argument(..., help="Incident merged into it (its links, claims and checks move)."),
) -> None:
    """Merge two incidents that are one attack; the second is folded into the first."""
    from tasdiq.link import merge

    with handle_errors():
        _decision(ctx, merge, into=into, other=other)
        out.print(f"incident {other} merged into incident {into}")
