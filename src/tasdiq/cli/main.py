"""The `tasdiq` command: a thin shell over the library, one sub-module per stage."""

from __future__ import annotations

from pathlib import Path

import typer

from tasdiq import __version__
from tasdiq.cli.common import CliState, handle_errors, out, state
from tasdiq.cli.lazy import lazy_group
from tasdiq.settings import Settings

# Each command and the module under tasdiq.cli whose `register(app)` adds it, in the order
# `tasdiq --help` lists them (commands, then groups). A module is imported when one of its commands is used
# (tasdiq.cli.lazy); tests/test_cli_lazy.py fails when this table and the modules disagree.
COMMANDS = {
    "ingest": "ingest",
    "capture": "capture",
    "watch": "capture",
    "extract": "extract",
    "serve": "serve",
    "link": "link",
    "eval": "evaluate",
    "verify": "verify",
    "export": "export",
    "import": "import_",
    "report": "report",
    "backup": "backup",
    "restore": "backup",
    "batch": "batch",
    "search": "search",
    "jobs": "jobs",
    "sources": "sources",
    "audit": "audit",
    "store": "store",
    "users": "users",
    "incidents": "incidents",
    "media": "media",
    "evidence": "evidence",
    "claims": "claims",
    "alerts": "search",
}

app = typer.Typer(
    name="tasdiq",
    help="Turn open-source reports of attacks into verified, attributed incident data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=lazy_group(COMMANDS),
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


