"""`tasdiq search WORDS`: the store's sources, incidents, claims and actors that match, best first."""

from __future__ import annotations

import datetime as dt

import typer
from rich.text import Text

from tasdiq.cli.common import handle_errors, out, print_json, state
from tasdiq.reference.places import province_code
from tasdiq.search import HitKind, SearchAnswer, SearchRequest, search
from tasdiq.store.search import marked_pieces
from tasdiq.workspace import alerts, webhooks

alerts_app = typer.Typer(help="Saved searches: file new matches in their owners' inboxes.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("search")(search_command)
    app.add_typer(alerts_app, name="alerts")


@alerts_app.command("check")
def check_alerts(ctx: typer.Context) -> None:
    """Look for new sources and incidents matching each saved search (run it after an ingest)."""
    with handle_errors():
        store = state(ctx).store(create=False)
        with store.session() as session:
            filed = alerts.check(session=session, public_url=store.settings.public_url)
        sent = webhooks.deliver_due(store=store)  # after the commit: a receiver never sees an alert rolled back
    out.print(f"{filed} new matches filed")
    _say_delivered(sent)


@alerts_app.command("deliver")
def deliver_webhooks(ctx: typer.Context) -> None:
    """Send webhook deliveries that are due (new ones and retries of failed ones)."""
    with handle_errors():
        sent = webhooks.deliver_due(store=state(ctx).store(create=False))
    _say_delivered(sent)


def _say_delivered(sent: webhooks.Delivered) -> None:
    if sent.sent or sent.retrying or sent.failed:
        out.print(f"webhooks: {sent.sent} delivered, {sent.retrying} to retry, {sent.failed} failed for good")


def search_command(
    ctx: typer.Context,
    words: list[str] = typer.Argument(..., help='Words to find: "a phrase" (quoted for the shell), OR, -word.'),
    kind: list[HitKind] = typer.Option([], "--kind", help="Only this kind (repeatable)."),
    date_from: dt.datetime | None = typer.Option(None, "--from", formats=["%Y-%m-%d"], help="On or after."),
    date_to: dt.datetime | None = typer.Option(None, "--to", formats=["%Y-%m-%d"], help="On or before."),
    publisher: str | None = typer.Option(None, help="Only sources of this publisher (and their claims)."),
    province: str | None = typer.Option(None, help="Incidents (and their claims) in this province: code or name."),
    country: str | None = typer.Option(None, help="AF or PK."),
    limit: int = typer.Option(20, min=1, max=1000, help="At most this many hits."),
    offset: int = typer.Option(0, min=0, help="Skip this many."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Full-text search, ranked, with the words found marked."""
    request = SearchRequest(q=" ".join(words), kinds=tuple(kind) or tuple(HitKind),
                            date_from=date_from.date() if date_from else None,
                            date_to=date_to.date() if date_to else None, publisher=publisher,
                            province=province_code(province) if province else None,
                            country=country.upper() if country else None, limit=limit, offset=offset)
    with handle_errors():
        store = state(ctx).store(create=False)
        with store.session() as session:
            answer = search(session=session, request=request)
    if as_json:
        print_json(_as_json(answer))
        return
    _print(answer)


def _as_json(answer: SearchAnswer) -> dict[str, object]:
    return {"q": answer.q, "counts": answer.counts, "about": answer.about,
            "items": [{"kind": h.kind.value, "id": h.id, "title": h.title, "date": h.date, "snippet": h.plain,
                       "marks": h.marks, "rank": round(h.rank, 6)} for h in answer.hits]}


def _print(answer: SearchAnswer) -> None:
    for hit in answer.hits:
        out.print(Text.assemble((f"{hit.kind.value} {hit.id}", "bold"), "  ", hit.title,
                                f"  {hit.date.isoformat()}" if hit.date else ""))
        snippet = Text("    ")
        for piece, matched in marked_pieces(hit.snippet.replace("\n", " ")):
            snippet.append(piece, style="reverse" if matched else "")
        out.print(snippet)
    counts = ", ".join(f"{answer.matches(k)} {k}s" for k in answer.counts)
    out.print(f"{len(answer.hits)} shown; matches: {counts}")
