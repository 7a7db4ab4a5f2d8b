"""The `tasdiq` command: a thin shell over the library, one sub-module per stage."""

from __future__ import annotations

from pathlib import Path

import typer

from tasdiq import __version__
from tasdiq.cli import audit, extract, ingest, sources
from tasdiq.cli import backup as backup_cli
from tasdiq.cli import batch as batch_cli
from tasdiq.cli import capture as capture_cli
from tasdiq.cli import claims as claims_cli
from tasdiq.cli import evaluate as evaluate_cli
from tasdiq.cli import evidence as evidence_cli
from tasdiq.cli import export as export_cli
from tasdiq.cli import import_ as import_cli
from tasdiq.cli import incidents as incidents_cli
from tasdiq.cli import jobs as jobs_cli
from tasdiq.cli import link as link_cli
from tasdiq.cli import media as media_cli
from tasdiq.cli import report as report_cli
from tasdiq.cli import search as search_cli
from tasdiq.cli import serve as serve_cli
from tasdiq.cli import store as store_cli
from tasdiq.cli import users as users_cli
from tasdiq.cli import verify as verify_cli
from tasdiq.cli.common import CliState, handle_errors, out, state
from tasdiq.settings import Settings

app = typer.Typer(
    name="tasdiq",
    help="Turn open-source reports of attacks into verified, attributed incident data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        out.print(f"tasdiq {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    data_dir: Path | None = typer.Option(
        None, "--data-dir", envvar="TASDIQ_HOME", help="Folder of the store (SQLite file and originals)."
    ),
    database_url: str | None = typer.Option(
        None, "--database-url", envvar="TASDIQ_DATABASE_URL", help="PostgreSQL URL for a team store."
    ),
    actor: str | None = typer.Option(None, "--as", envvar="TASDIQ_ACTOR", help="Name recorded in the audit chain."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """Tasdiq: ingest, extract, link, weigh claims, verify and export attack incidents."""
    settings = Settings()
    if data_dir is not None:
        settings.home = data_dir
    if database_url:
        settings.database_url = database_url
    if actor:
        settings.actor = actor
    ctx.obj = CliState(settings)


@app.command()
def init(ctx: typer.Context) -> None:
    """Create the store (or bring it to the newest schema) in the data folder."""
    with handle_errors():
        store = state(ctx).store(create=True)
        store.objects.root.mkdir(parents=True, exist_ok=True)
        out.print(f"store ready at {store.describe()} (schema {store.current_revision()})")


ingest.register(app)
capture_cli.register(app)
jobs_cli.register(app)
sources.register(app)
audit.register(app)
store_cli.register(app)
extract.register(app)
serve_cli.register(app)
users_cli.register(app)
link_cli.register(app)
incidents_cli.register(app)
media_cli.register(app)
evidence_cli.register(app)
evaluate_cli.register(app)
claims_cli.register(app)
verify_cli.register(app)
export_cli.register(app)
import_cli.register(app)
report_cli.register(app)
backup_cli.register(app)
batch_cli.register(app)
search_cli.register(app)
