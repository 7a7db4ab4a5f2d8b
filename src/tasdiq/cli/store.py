"""`tasdiq store`: the object store held against the rows (the originals' own audit)."""

from __future__ import annotations

import typer

from tasdiq.cli.common import handle_errors, out, print_json, state
from tasdiq.store.integrity import collect_garbage, verify_objects

store_app = typer.Typer(help="Check and tidy the object store of originals.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(store_app, name="store")


def _names(label: str, names: list[str], limit: int = 10) -> None:
    for name in names[:limit]:
        out.print(f"  {label}: {name}", markup=False)
    if len(names) > limit:
        out.print(f"  ... and {len(names) - limit} more {label}", markup=False)


@store_app.command("verify")
def verify(
    ctx: typer.Context,
    quick: bool = typer.Option(False, "--quick", help="Check presence only; do not re-hash every object."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable result."),
) -> None:
    """Every object a row references is present and hashes to its name; report orphans and temp files.

    Exits 1 when an object is missing or corrupt. Orphans (objects no row references, left
    by a write that failed) and temporary files cost disk only: `tasdiq store gc` removes them.
    """
    with handle_errors():
        report = verify_objects(state(ctx).store(create=False), rehash=not quick)
        if as_json:
            print_json(report.as_dict())
        else:
            verdict = "intact" if report.intact else "NOT intact"
            out.print(
                f"object store {verdict}: {report.referenced} referenced, {report.checked} re-hashed, "
                f"{len(report.missing)} missing, {len(report.corrupt)} corrupt, {len(report.orphans)} orphan(s), "
                f"{len(report.temp_files)} temporary file(s)",
                markup=False,
            )
            _names("missing", report.missing)
            _names("corrupt", report.corrupt)
            _names("orphan", report.orphans)
            _names("temporary", report.temp_files)
        if not report.intact:
            raise typer.Exit(1)


@store_app.command("gc")
def gc(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="Machine-readable result.")) -> None:
    """Remove orphan objects (none a row references, decided under the writers' lock) and dead temp files."""
    with handle_errors():
        removed, temps = collect_garbage(state(ctx).store(create=False))
        if as_json:
            print_json({"removed_objects": removed, "removed_temp_files": temps})
        else:
            out.print(f"removed {len(removed)} orphan object(s) and {len(temps)} temporary file(s)", markup=False)
