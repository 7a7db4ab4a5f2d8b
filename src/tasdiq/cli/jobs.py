"""`tasdiq jobs`: the background jobs the web app queued (uploads' pipeline, captures)."""

from __future__ import annotations

import typer

from tasdiq.cli.common import handle_errors, out, print_json, state

jobs_app = typer.Typer(help="Background jobs queued by the web app: list them, or run the queue here.",
                       no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(jobs_app, name="jobs")


@jobs_app.command("list")
def list_jobs(
    ctx: typer.Context,
    limit: int = typer.Option(20, min=1, max=1000, help="How many, newest first."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable list."),
) -> None:
    """The newest jobs with their state, step, result or the reason they failed."""
    from tasdiq.jobs import recent_jobs

    with handle_errors():
        cli = state(ctx)
        with cli.store().session() as session:
            rows = [{"id": j.id, "kind": j.kind, "status": j.status, "progress": j.progress, "error": j.error,
                     "created_by": j.created_by, "created_at": j.created_at, "result": j.result}
                    for j in recent_jobs(session=session, limit=limit)]
        if as_json:
            print_json(rows)
            return
        for row in rows:
            result = row["result"] if isinstance(row["result"], dict) else {}
            ended = row["status"] in ("done", "failed")
            detail = (row["error"] or f"incidents {result.get('incident_ids', [])}") if ended else row["progress"]
            out.print(f"{row['id']}\t{row['kind']}\t{row['status']}\t{row['created_by']}\t{detail}", markup=False)


@jobs_app.command("run")
def run_jobs(ctx: typer.Context) -> None:
    """Run every queued job in this process, then stop (no web server needed)."""
    from tasdiq.jobs import run_pending

    with handle_errors():
        ran = run_pending(state(ctx).store())
        out.print(f"jobs: ran {ran}", markup=False)
