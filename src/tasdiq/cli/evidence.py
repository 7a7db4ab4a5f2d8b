"""`tasdiq evidence list|show|attach|detach|graphic|check-recycled`: media in the incident ledger."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from tasdiq.cli.common import handle_errors, out, print_json, state
from tasdiq.media import ledger
from tasdiq.media.index import DEFAULT_THRESHOLD
from tasdiq.model import Evidence, EvidenceLink

evidence_app = typer.Typer(help="Evidence in the ledger: attach media to incidents, flag recycled footage.")

JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]
PersonalOption = Annotated[
    bool, typer.Option("--include-personal", help="Show device, GPS position and raw EXIF/container tags.")
]


def register(app: typer.Typer) -> None:
    app.add_typer(evidence_app, name="evidence", no_args_is_help=True)


@evidence_app.command("list")
def list_command(
    ctx: typer.Context,
    incident: Annotated[int | None, typer.Option("--incident", help="Only evidence attached to this incident.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many items (without --incident).")] = 100,
    include_personal: PersonalOption = False,
    as_json: JsonOption = False,
) -> None:
    """List stored evidence, newest first, or the evidence of one incident with what it shows."""
    with handle_errors(), state(ctx).store(create=False).session() as session:
        if incident is None:
            pairs: list[tuple[EvidenceLink | None, Evidence]] = [
                (None, e) for e in ledger.list_evidence(session=session, limit=limit)
            ]
        else:
            pairs = list(ledger.evidence_for_incident(session=session, incident_id=incident))
        rows = [_list_row(link, e, include_personal=include_personal) for link, e in pairs]
    if as_json:
        print_json({"incident_id": incident, "evidence": rows})
        return
    table = Table("id", "kind", "name", "first seen", "graphic", "shows", "recycled")
    for r in rows:
        shows = r.get("link", {})
        table.add_row(
            str(r["id"]),
            r["kind"],
            r["name"],
            str(r["first_seen"] or "-")[:10],
            "yes" if r["graphic"] else "",
            _shows(shows) if shows else "",
            shows.get("recycled_note") or "" if shows else "",
        )
    out.print(table)


def _list_row(link: EvidenceLink | None, evidence: Evidence, *, include_personal: bool) -> dict[str, Any]:
    row = ledger.evidence_dict(evidence, include_personal=include_personal)
    if link is not None:
        row["link"] = ledger.link_dict(link)
    return row


def _shows(link: dict[str, Any]) -> str:
    when = ""
    if link.get("t_start") is not None:
        end = f"-{link['t_end']:g}" if link.get("t_end") is not None else ""
        when = f"[{link['t_start']:g}{end} s] "
    return when + (link.get("note") or "")


@evidence_app.command("show")
def show_command(
    ctx: typer.Context,
    evidence_id: Annotated[int, typer.Argument(help="Evidence id.")],
    include_personal: PersonalOption = False,
    as_json: JsonOption = False,
) -> None:
    """Everything known of one item: metadata, fingerprints, derived copies, source, incidents."""
    with handle_errors(), state(ctx).store(create=False).session() as session:
        data = ledger.evidence_detail(session=session, evidence_id=evidence_id).to_dict(
            include_personal=include_personal
        )
    if as_json:
        print_json(data)
        return
    out.print(f"evidence {data['id']}: {data['name']} ({data['kind']}, {data['media_type']})", markup=False)
    for key in ("sha256", "first_seen", "captured_at", "width", "height", "duration_s", "codec", "pdq", "graphic"):
        if data.get(key) is not None:
            out.print(f"  {key}: {data[key]}", markup=False)
    for key in ("device", "gps_lat", "gps_lon"):
        if data.get(key) is not None:
            out.print(f"  {key}: {data[key]}", markup=False)
    if data["analysis_error"]:
        out.print(f"  analysis failed: {data['analysis_error']}", markup=False)
    if data["source"]:
        out.print(f"  source {data['source']['id']}: {data['source']['title'] or data['source']['url']}", markup=False)
    out.print(f"  hashes: {data['hashes'] or 'none'}; derived: {len(data['derived'])}", markup=False)
    for inc in data["incidents"]:
        flag = f"  RECYCLED: {inc['recycled_note']}" if inc["recycled"] else ""
        out.print(f"  incident {inc['incident_id']} ({inc['date'] or 'undated'}) {_shows(inc)}{flag}", markup=False)
    if data["withheld"]:
        out.print(f"  withheld: {', '.join(data['withheld'])} (--include-personal)", markup=False)


@evidence_app.command("attach")
def attach_command(
    ctx: typer.Context,
    evidence_id: Annotated[int, typer.Argument(help="Evidence id.")],
    incident_id: Annotated[int, typer.Argument(help="Incident id.")],
    note: Annotated[str | None, typer.Option("--note", help="What the evidence shows of the incident.")] = None,
    t_start: Annotated[
        float | None, typer.Option("--from", help="Video: the frame (seconds) or start of range.")
    ] = None,
    t_end: Annotated[float | None, typer.Option("--to", help="Video: end of the range, in seconds.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Attach evidence to an incident (again: change its note or range), then check for recycled footage."""
    cli = state(ctx)
    with handle_errors(), cli.store(create=False).session(actor=cli.settings.actor) as session:
        ledger.attach_evidence(
            session=session,
            evidence_id=evidence_id,
            incident_id=incident_id,
            analyst=cli.settings.actor,
            note=note,
            t_start=t_start,
            t_end=t_end,
            check=False,
        )
        check = ledger.check_recycled(
            session=session, incident_id=incident_id, second_reviewer=cli.settings.second_reviewer
        )
    if as_json:
        print_json({"evidence_id": evidence_id, "incident_id": incident_id, "recycled_check": check.to_dict()})
        return
    out.print(f"attached evidence {evidence_id} to incident {incident_id}")
    _print_check(check)


@evidence_app.command("detach")
def detach_command(
    ctx: typer.Context,
    evidence_id: Annotated[int, typer.Argument(help="Evidence id.")],
    incident_id: Annotated[int, typer.Argument(help="Incident id.")],
) -> None:
    """Remove evidence from an incident; the flags it raised are checked again."""
    cli = state(ctx)
    with handle_errors(), cli.store(create=False).session(actor=cli.settings.actor) as session:
        ledger.detach_evidence(
            session=session,
            evidence_id=evidence_id,
            incident_id=incident_id,
            second_reviewer=cli.settings.second_reviewer,
        )
    out.print(f"detached evidence {evidence_id} from incident {incident_id}")


@evidence_app.command("graphic")
def graphic_command(
    ctx: typer.Context,
    evidence_id: Annotated[int, typer.Argument(help="Evidence id.")],
    graphic: Annotated[bool, typer.Option("--on/--off", help="Graphic content: blurred in the web app until clicked.")],
) -> None:
    """Mark evidence as graphic content, or clear the mark."""
    cli = state(ctx)
    with handle_errors(), cli.store(create=False).session(actor=cli.settings.actor) as session:
        ledger.set_graphic(session=session, evidence_id=evidence_id, graphic=graphic)
    out.print(f"evidence {evidence_id}: graphic {'on' if graphic else 'off'}")


@evidence_app.command("check-recycled")
def check_recycled_command(
    ctx: typer.Context,
    incident_id: Annotated[int, typer.Argument(help="Incident id.")],
    threshold: Annotated[
        int, typer.Option("--threshold", "-t", help="Largest PDQ distance (of 256 bits).")
    ] = DEFAULT_THRESHOLD,
    as_json: JsonOption = False,
) -> None:
    """Flag the incident's media seen before its date or attached elsewhere; answer its media_not_recycled check."""
    cli = state(ctx)
    with handle_errors(), cli.store(create=False).session(actor=cli.settings.actor) as session:
        check = ledger.check_recycled(
            session=session, incident_id=incident_id, threshold=threshold, second_reviewer=cli.settings.second_reviewer
        )
    if as_json:
        print_json(check.to_dict())
        return
    _print_check(check)


def _print_check(check: ledger.RecycledCheck) -> None:
    recorded = "recorded" if check.verification_id is not None else "unchanged"
    out.print(f"media_not_recycled: {check.result.value} ({recorded}): {check.note}", markup=False)
    for evidence_id, incident_id in check.flagged:
        out.print(f"  flagged: evidence {evidence_id} on incident {incident_id}", markup=False)
