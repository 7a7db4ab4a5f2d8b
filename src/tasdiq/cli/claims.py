"""`tasdiq claims ...`: the ledger, grades, assessments, ACH, bulletins and reconciliation."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from tasdiq import claims as lib
from tasdiq.claims.ach import AchMatrix
from tasdiq.claims.ledger import Ledger, LedgerClaim
from tasdiq.claims.reconcile import VERIFIED_FROM, Reconciliation
from tasdiq.claims.reconcile_table import (
    INFLATION_COLUMNS,
    MATCH_COLUMNS,
    inflation_rows,
    match_rows,
    to_dict,
    write_csv,
)
from tasdiq.cli.common import handle_errors, out, print_json, state

claims_app = typer.Typer(
    help="Claims about attacks: ledger, grades, ACH, claimed versus verified.", no_args_is_help=True
)
hypothesis_app = typer.Typer(help="Hypotheses of an incident's ACH matrix.", no_args_is_help=True)
item_app = typer.Typer(help="Evidence items of an incident's ACH matrix.", no_args_is_help=True)
claims_app.add_typer(hypothesis_app, name="hypothesis")
claims_app.add_typer(item_app, name="item")

JSON = typer.Option(False, "--json", help="Machine-readable output.")


def register(app: typer.Typer) -> None:
    app.add_typer(claims_app, name="claims")


def _flags(c: LedgerClaim) -> str:
    names = [n for n, on in (("released_by_party", c.released_by_party), ("possible_coercion", c.possible_coercion),
                             ("unverifiable", c.unverifiable)) if on]
    return ", ".join(names) or "-"


def _claims_table(rows: list[LedgerClaim] | tuple[LedgerClaim, ...]) -> Table:
    table = Table("id", "kind", "claimant", "subject", "channel", "source", "rel", "cred", "flags", "quote")
    for c in rows:
        src = c.source
        table.add_row(str(c.id), c.kind, c.claimant or "-", c.subject or "-", c.channel or "-",
                      f"{src.publisher or '-'} #{src.id}" if src else "-", src.reliability if src else "-",
                      str(c.credibility or "-"), _flags(c), (c.quote or "")[:60])
    return table


@claims_app.command("list")
def list_claims(
    ctx: typer.Context,
    incident: int | None = typer.Option(None, "--incident", help="Only claims on this incident."),
    kind: str | None = typer.Option(None, "--kind", help="Only this kind (responsibility, attribution, ...)."),
    as_json: bool = JSON,
) -> None:
    """List claims, oldest first."""
    with handle_errors(), state(ctx).store(create=False).session() as s:
        rows = lib.list_claims(session=s, incident_id=incident, kind=kind)
        if as_json:
            print_json([c.to_dict() for c in rows])
            return
        out.print(_claims_table(rows))


def _print_ledger(book: Ledger) -> None:
    out.print(f"incident {book.incident_id}: {book.title} [{book.status}]", markup=False)
    if book.competing:
        out.print("competing attributions: shown side by side, not resolved by the tool")
    for group in book.groups:
        out.print(f"\n== {group.subject}", markup=False)
        out.print(_claims_table(group.claims + group.denials))
        for c in group.claims + group.denials:
            for r in c.flag_reasons:
                out.print(f"  claim {c.id}: {r.flag} ({r.grounds})", markup=False)
    if book.other:
        out.print("\n== other claims")
        out.print(_claims_table(book.other))
    for a in book.assessments:
        out.print(f"\nassessment {a.id}: {a.perpetrator or 'unknown'} ({a.confidence}): {a.rationale}", markup=False)


@claims_app.command("show")
def show(
    ctx: typer.Context,
    incident: int = typer.Argument(..., help="Incident id."),
    include_personal: bool = typer.Option(False, "--include-personal", help="Include personal fields."),
    as_json: bool = JSON,
) -> None:
    """The claims ledger of one incident: claims grouped by the actor they name, and assessments."""
    with handle_errors(), state(ctx).store(create=False).session() as s:
        book = lib.ledger(session=s, incident_id=incident)
        if as_json:
            print_json(book.to_dict(include_personal=include_personal))
        else:
            _print_ledger(book)


@claims_app.command("flags")
def flags(ctx: typer.Context, incident: int = typer.Argument(..., help="Incident id.")) -> None:
    """Run the flag rules over an incident's claims and say which fired."""
    with handle_errors(), state(ctx).store(create=False).session() as s:
        fired = lib.apply_flag_rules(session=s, incident_id=incident)
        for claim_id, reasons in fired.items():
            for r in reasons:
                out.print(f"claim {claim_id}: {r.flag} by rule {r.rule} ({r.grounds})", markup=False)


@claims_app.command("credibility")
def credibility(
    ctx: typer.Context,
    claim: int = typer.Argument(..., help="Claim id."),
    level: int = typer.Argument(..., help="1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, "
                                          "5 improbable, 6 cannot be judged."),
) -> None:
    """Grade the credibility of a claim's information (1-6)."""
    with handle_errors(), state(ctx).store(create=False).session() as s:
        lib.set_claim_credibility(session=s, claim_id=claim, credibility=level)
        out.print(f"claim {claim}: credibility {level}")


@claims_app.command("reliability")
def reliability(
    ctx: typer.Context,
    source: int = typer.Argument(..., help="Source id."),
    grade: str = typer.Argument(..., help="Admiralty grade A (completely reliable) to F (cannot be judged)."),
) -> None:
    """Grade a source's reliability (A-F)."""
    with handle_errors(), state(ctx).store(create=False).session() as s:
        lib.set_source_reliability(session=s, source_id=source, grade=grade)
        out.print(f"source {source}: reliability {grade.upper()}")


@claims_app.command("assess")
def assess(
    ctx: typer.Context,
    incident: int = typer.Argument(..., help="Incident id."),
    perpetrator: str | None = typer.Option(None, "--perpetrator", help="Assessed perpetrator (omit: unknown)."),
    confidence: str = typer.Option(..., "--confidence", help="low, moderate or high."),
    rationale: str = typer.Option(..., "--rationale", help="Why, in words."),
    evidence: list[str] = typer.Option([], "--evidence", help="What it rests on (claim:ID, source:ID, ...)."),
) -> None:
    """Record your own assessment beside the claims."""
    cli = state(ctx)
    with handle_errors(), cli.store(create=False).session() as s:
        a = lib.record_assessment(session=s, incident_id=incident, perpetrator=perpetrator, confidence=confidence,
                                  rationale=rationale, evidence_refs=evidence, analyst=cli.settings.actor)
        out.print(f"assessment {a.id} recorded on incident {incident}")


def _print_matrix(m: AchMatrix) -> None:
    table = Table("item", "weight", "cred", "diagnostic", *(f"H{h.id}" for h in m.hypotheses))
    for i in m.items:
        cells = [(i.ratings.get(h.id) or "?")[:12] for h in m.hypotheses]
        table.add_row(f"{i.id} {i.description[:50]}", f"{i.weight:g}", str(i.credibility or "-"),
                      "yes" if i.diagnostic else "no", *cells)
    out.print(table)
    scores = Table("rank", "hypothesis", "inconsistency", "inconsistent", "consistent", "unrated")
    for h in m.ranking:
        # Equal scores share a rank: listing tied hypotheses 1, 2, 3 (by label) reads as a judgement.
        rank = 1 + sum(other.inconsistency < h.inconsistency for other in m.hypotheses)
        scores.add_row(str(rank), f"H{h.id} {h.label}", f"{h.inconsistency:g}", str(h.inconsistent),
                       str(h.consistent), str(h.unrated))
    out.print(scores)
    if m.hypotheses and all(r is None for i in m.items for r in i.ratings.values()):
        out.print(f"no cell is rated yet: all {len(m.hypotheses)} hypotheses tie (rate cells with `claims rate`)")
    elif len(m.least_rejected) > 1:
        out.print("tie, least rejected: " + "; ".join(f"H{h.id} {h.label}" for h in m.least_rejected), markup=False)
    elif m.least_rejected:
        out.print("least rejected: " + "; ".join(f"H{h.id} {h.label}" for h in m.least_rejected), markup=False)


@claims_app.command("ach")
def ach(
    ctx: typer.Context,
    incident: int = typer.Argument(..., help="Incident id."),
    seed: bool = typer.Option(False, "--seed", help="First add hypotheses and items from the claims and sources."),
    other: bool = typer.Option(False, "--other", help="With --seed, add an 'other or unknown' hypothesis."),
    as_json: bool = JSON,
) -> None:
    """The incident's matrix of competing hypotheses, each item's diagnosticity, and the scores."""
    with handle_errors(), state(ctx).store(create=False).session() as s:
        if seed:
            lib.seed_hypotheses(session=s, incident_id=incident, include_other=other)
            lib.seed_items(session=s, incident_id=incident)
        matrix = lib.ach_matrix(session=s, incident_id=incident)
        if as_json:
            print_json(matrix.to_dict())
        else:
            _print_matrix(matrix)


@hypothesis_app.command("add")
def hypothesis_add(
    ctx: typer.Context,
    incident: int = typer.Argument(..., help="Incident id."),
    label: str = typer.Argument(..., help="The hypothesis, in words."),
    actor: str | None = typer.Option(None, "--actor", help="The actor it names."),
) -> None:
    """Add a hypothesis to the incident's matrix."""
    with handle_errors(), state(ctx).store(create=False).session() as s:
        h = lib.add_hypothesis(session=s, incident_id=incident, label=label, actor=actor)
        out.print(f"hypothesis {h.id} added")


@item_app.command("add")
def item_add(
    ctx: typer.Context,
    incident: int = typer.Argument(..., help="Incident id."),
    description: str = typer.Argument(..., help="The item of evidence or argument."),
    weight: float = typer.Option(1.0, "--weight", help="How much it matters (positive)."),
    credibility: int | None = typer.Option(None, "--credibility", help="1-6, as for claims."),
    claim: int | None = typer.Option(None, "--claim", help="The claim it is."),
    source: int | None = typer.Option(None, "--source", help="The source it comes from."),
    evidence: int | None = typer.Option(None, "--evidence", help="The evidence file it is."),
) -> None:
    """Add an item of evidence to the incident's matrix."""
    with handle_errors(), state(ctx).store(create=False).session() as s:
        i = lib.add_item(session=s, incident_id=incident, description=description, weight=weight,
                         credibility=credibility, claim_id=claim, source_id=source, evidence_id=evidence)
        out.print(f"item {i.id} added")


@claims_app.command("rate")
def rate(
    ctx: typer.Context,
    hypothesis: int = typer.Argument(..., help="Hypothesis id."),
    item: int = typer.Argument(..., help="Item id."),
    rating: str = typer.Argument(..., help="consistent, inconsistent or neutral."),
) -> None:
    """Rate how consistent an item is with a hypothesis."""
    cli = state(ctx)
    with handle_errors(), cli.store(create=False).session() as s:
        lib.rate(session=s, hypothesis_id=hypothesis, item_id=item, rating=rating, analyst=cli.settings.actor)
        out.print(f"H{hypothesis} x item {item}: {rating}")


@claims_app.command("import-bulletin")
def import_bulletin(
    ctx: typer.Context,
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="Bulletin as .csv or .jsonl."),
    as_json: bool = JSON,
) -> None:
    """Import a group's claims bulletin; a bad row stops it with nothing stored."""
    with handle_errors(), state(ctx).store(create=False).session() as s:
        result = lib.import_bulletin(session=s, path=file)
    if as_json:
        print_json(result.__dict__)
    elif result.already_imported:
        out.print(f"{file}: already imported ({result.rows} rows); nothing added", markup=False)
    else:
        out.print(f"{file}: {result.rows} bulletin claims imported", markup=False)


def _print_reconciliation(r: Reconciliation) -> None:
    out.print(f"verified: incidents of status {' or '.join(VERIFIED_FROM[r.verified_from])}")
    counts = Table("category", "rows")
    for category, n in r.counts.items():
        counts.add_row(category, str(n))
    out.print(counts)
    table = Table("category", "claimant", "claimed date", "place", "target", "claimed killed", "incident", "status",
                  "killed best", "gap")
    for row in match_rows(r):
        table.add_row(*(str(row[k]) if row[k] is not None else "-" for k in (
            "category", "claimant", "claimed_date", "claimed_place", "claimed_target", "claimed_killed",
            "incident_id", "incident_status", "incident_killed_best", "date_gap_days")))
    out.print(table)
    inflation = Table(*INFLATION_COLUMNS[1:])
    for row in inflation_rows(r):
        inflation.add_row(*(str(row[k]) if row[k] is not None else "-" for k in INFLATION_COLUMNS[1:]))
    out.print(inflation)


@claims_app.command("reconcile")
def reconcile(
    ctx: typer.Context,
    claimant: str | None = typer.Option(None, "--claimant", help="Only this claimant's bulletin claims."),
    window_days: int = typer.Option(2, "--window-days", help="Largest date difference for a match."),
    csv_out: Path | None = typer.Option(None, "--csv", help="Write the matches as CSV here."),
    inflation_out: Path | None = typer.Option(None, "--inflation-csv", help="Write the inflation table as CSV here."),
    verified_from: str = typer.Option(
        "corroborated", "--verified-from",
        help="Lowest incident status that counts as verified: corroborated (independent sources) or verified "
             "(signed off by a reviewer).",
    ),
    as_json: bool = JSON,
) -> None:
    """Claimed versus verified: bulletin claims matched to incidents, and casualty inflation."""
    with handle_errors(), state(ctx).store(create=False).session() as s:
        result = lib.reconcile(session=s, claimant=claimant, window_days=window_days, verified_from=verified_from)
        if csv_out is not None:
            with csv_out.open("w", encoding="utf-8", newline="") as fh:
                write_csv(match_rows(result), MATCH_COLUMNS, fh)
        if inflation_out is not None:
            with inflation_out.open("w", encoding="utf-8", newline="") as fh:
                write_csv(inflation_rows(result), INFLATION_COLUMNS, fh)
        if as_json:
            print_json(to_dict(result))
        else:
            _print_reconciliation(result)
