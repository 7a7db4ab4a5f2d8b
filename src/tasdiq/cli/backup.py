"""`tasdiq backup DEST` and `tasdiq restore SRC`: the whole store, database and originals."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import typer

from tasdiq.cli.common import handle_errors, out, print_json, state
from tasdiq.store.backup import backup as make_backup
from tasdiq.store.backup import restore as restore_backup


def register(app: typer.Typer) -> None:
    app.command("backup")(backup)
    app.command("restore")(restore)


def backup(
    ctx: typer.Context,
    dest: Path = typer.Argument(..., help="A new (or empty) folder for the backup."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable result."),
) -> None:
    """Back up the store: a consistent snapshot of the database (SQLite online backup, or
    pg_dump) and every object, with a manifest naming the audit head."""
    with handle_errors():
        manifest = make_backup(store=state(ctx).store(create=False), dest=dest)
        if as_json:
            print_json(asdict(manifest))
        else:
            head = f", audit head {manifest.audit_head}" if manifest.audit_head else ""
            out.print(f"backed up to {dest}: {manifest.backend} database, {manifest.objects} objects{head}",
                      markup=False)


def restore(
    ctx: typer.Context,
    src: Path = typer.Argument(..., help="A folder written by `tasdiq backup`."),
    data_dir: Path | None = typer.Option(None, "--data-dir", help="The new data folder (default: the global one)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable result."),
) -> None:
    """Restore a backup into a data folder (and, with --database-url, an empty PostgreSQL
    database) that holds no store; checks the audit chain and every object's hash."""
    with handle_errors():
        settings = state(ctx).settings.model_copy()
        if data_dir is not None:
            settings.home = data_dir
        checked = restore_backup(src=src, settings=settings)
        if as_json:
            print_json(asdict(checked))
        else:
            out.print(f"restored into {settings.home}: audit chain intact ({checked.audit_entries} entries, head "
                      f"{checked.audit_head}); {checked.objects} objects hash to their names, all "
                      f"{checked.referenced} the rows name are present", markup=False)
