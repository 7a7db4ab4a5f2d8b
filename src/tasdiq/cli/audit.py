"""`tasdiq audit verify`: check the hash chain of every write."""

from __future__ import annotations

import typer

from tasdiq.cli.common import handle_errors, out, print_json, state
from tasdiq.store.audit import verify_chain

audit_app = typer.Typer(help="The audit chain of every write to the store.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")


@audit_app.command("verify")
def verify(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="Machine-readable result.")) -> None:
    """Check the whole chain; name the first entry that does not fit and exit 1."""
    with handle_errors():
        store = state(ctx).store(create=False)
        with store.engine.connect() as conn:
            report = verify_chain(conn)
        if as_json:
            print_json({"ok": True, "entries": report.entries, "head_hash": report.head_hash})
        else:
            out.print(f"audit chain intact: {report.entries} entries, head {report.head_hash}")
