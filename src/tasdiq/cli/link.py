"""`tasdiq link`: place extracted mentions into incidents (incremental unless --all)."""

from __future__ import annotations

import typer

from tasdiq.cli.common import handle_errors, out, print_json, state


def register(app: typer.Typer) -> None:
    app.command("link")(link_command)


def link_command(
    ctx: typer.Context,
    relink_all: bool = typer.Option(
        False, "--all", help="Re-place every mention no analyst confirmed (analyst decisions are kept)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable summary."),
) -> None:
    """Link mentions of one attack into one incident and derive its figures.

    By default only mentions not yet in an incident are placed, against the incidents near
    them in date and place; confirmed, rejected, split and merged links are always re-applied.
    """
    from tasdiq.workflow import link_and_derive

    with handle_errors():
        cli = state(ctx)
        summary = link_and_derive(store=cli.store(), actor=cli.settings.actor, relink_all=relink_all,
                                  second_reviewer=cli.settings.second_reviewer)
        if as_json:
            print_json(summary.as_dict())
            return
        out.print(
            f"link: {summary.mentions} mention(s): {summary.joined} joined an incident, "
            f"{summary.started} new incident(s), {summary.reapplied} analyst decision(s) re-applied; "
            f"{summary.incidents_updated} incident(s) updated, {summary.incidents_removed} removed "
            f"({summary.seconds:.1f} s)",
            markup=False,
        )
