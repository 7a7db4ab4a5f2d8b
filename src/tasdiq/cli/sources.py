"""`tasdiq sources list|show`: what has been ingested, and its original bytes."""

from __future__ import annotations

import sys

import typer
from rich.table import Table
from sqlalchemy import func, select

from tasdiq.cli.common import handle_errors, out, print_json, state
from tasdiq.errors import NotFound
from tasdiq.model import Original, Source
from tasdiq.store.schema import cols

sources_app = typer.Typer(help="Reports in the store.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(sources_app, name="sources")


def _summary(source: Source) -> dict[str, object]:
    return {
        "id": source.id,
        "kind": source.kind,
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "published": source.published,
        "retrieved": source.retrieved,
        "language": source.language,
        "sha256": source.sha256,
        "locator": source.locator,
        "reliability": source.reliability,
        "extracted_at": source.extracted_at,
    }


@sources_app.command("list")
def list_sources(
    ctx: typer.Context,
    limit: int = typer.Option(50, help="At most this many, newest first."),
    offset: int = typer.Option(0, help="Skip this many."),
    publisher: str | None = typer.Option(None, help="Only this publisher."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """List sources, newest ingested first."""
    with handle_errors():
        store = state(ctx).store(create=False)
        with store.session() as session:
            query = select(Source).order_by(cols(Source).id.desc()).limit(limit).offset(offset)
            if publisher:
                query = query.where(cols(Source).publisher == publisher)
            rows = list(session.scalars(query))
            total = session.scalar(select(func.count()).select_from(Source))
        if as_json:
            print_json({"total": total, "items": [_summary(s) for s in rows]})
            return
        table = Table("id", "kind", "published", "publisher", "title")
        for s in rows:
            table.add_row(
                str(s.id),
                s.kind,
                s.published.date().isoformat() if s.published else "-",
                s.publisher or "-",
                (s.title or s.text[:60]).replace("\n", " "),
            )
        out.print(table)
        out.print(f"{len(rows)} of {total} sources")


@sources_app.command("show")
def show(
    ctx: typer.Context,
    source_id: int = typer.Argument(..., help="Source id."),
    original: bool = typer.Option(False, "--original", help="Write the original file's bytes to stdout."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Show one source: its provenance and text, or with --original its exact original bytes."""
    with handle_errors():
        store = state(ctx).store(create=False)
        with store.session() as session:
            source = session.get(Source, source_id)
            if source is None:
                raise NotFound("source", source_id)
            orig = session.scalar(select(Original).where(cols(Original).sha256 == source.sha256))
        if original:
            with store.objects.open(source.sha256) as fh:
                while chunk := fh.read(1 << 20):
                    sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
            return
        data = _summary(source) | {"text": source.text, "original_name": orig.name if orig else None}
        if as_json:
            print_json(data)
            return
        for key, value in data.items():
            if key != "text":
                out.print(f"{key:>14}: {value if value is not None else '-'}", markup=False)
        out.print("")
        out.print(source.text, markup=False)
