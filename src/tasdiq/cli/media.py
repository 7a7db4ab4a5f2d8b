"""`tasdiq media analyse|match`: fingerprint stored media, find near-duplicates of a file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from tasdiq.cli.common import err, handle_errors, out, print_json, state
from tasdiq.media import service
from tasdiq.media.analyse import analyse_path
from tasdiq.media.index import DEFAULT_THRESHOLD
from tasdiq.media.video import QUERY_FPS
from tasdiq.model import Evidence

media_app = typer.Typer(help="Image and video fingerprints and near-duplicate search.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(media_app, name="media")


@media_app.command("analyse")
def analyse_command(
    ctx: typer.Context,
    evidence_ids: Annotated[
        list[int] | None, typer.Argument(help="Only these evidence ids (default: all not yet analysed).")
    ] = None,
    redo: Annotated[bool, typer.Option("--redo", help="Analyse again what was analysed before.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Hash, describe and thumbnail stored images and videos (one transaction per item).

    A file that cannot be decoded keeps its original and gets its one-line reason recorded;
    the run carries on and exits 1 at the end if any file failed.
    """
    with handle_errors():
        cli = state(ctx)
        store = cli.store(create=False)
        with store.session(actor=cli.settings.actor) as session:
            ids = service.pending(session=session, redo=redo, ids=evidence_ids or ())
        results: list[dict[str, Any]] = []
        for evidence_id in ids:
            with store.session(actor=cli.settings.actor) as session:
                analysis = service.analyse_evidence(session=session, objects=store.objects, evidence_id=evidence_id)
                row = session.get(Evidence, evidence_id)
                problem = row.analysis_error if row else None
            results.append(
                {
                    "id": evidence_id,
                    "ok": analysis is not None,
                    "problem": problem,
                    "kind": analysis.kind if analysis else None,
                    "frames": len(analysis.frames) if analysis else 0,
                }
            )
            if not as_json:
                _report_analysis(results[-1])
        if as_json:
            print_json({"analysed": results})
        else:
            failed = sum(not r["ok"] for r in results)
            out.print(f"{len(results) - failed} analysed, {failed} failed")
        if any(not r["ok"] for r in results):
            raise typer.Exit(1)


def _report_analysis(result: dict[str, Any]) -> None:
    if result["ok"]:
        frames = f", {result['frames']} frames" if result["kind"] == "video" else ""
        out.print(f"analysed: evidence {result['id']} ({result['kind']}{frames})", markup=False)
    else:
        err.print(f"failed: evidence {result['id']}: {result['problem']}", markup=False)


@media_app.command("match")
def match_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="An image or video to look for in the store.")],
    threshold: Annotated[
        int, typer.Option("--threshold", "-t", help="Largest PDQ distance (of 256 bits).")
    ] = DEFAULT_THRESHOLD,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Find stored near-duplicates of FILE: edited, flipped or rotated copies, clips of videos."""
    with handle_errors():
        store = state(ctx).store(create=False)
        analysis = analyse_path(file, fps=QUERY_FPS)
        with store.session() as session:
            matches = service.match(session=session, analysis=analysis, threshold=threshold)
        rows = [_match_row(m) for m in matches]
        if as_json:
            print_json(
                {"file": str(file), "kind": analysis.kind, "pdq": analysis.pdq, "threshold": threshold, "matches": rows}
            )
            return
        if not rows:
            out.print(f"no stored media within {threshold} bits of {file.name}", markup=False)
            return
        table = Table("evidence", "name", "first seen", "distance", "via", "query range", "stored range")
        for r in rows:
            table.add_row(
                str(r["evidence_id"]),
                r["name"],
                str(r["first_seen"] or "-")[:10],
                str(r["distance"]),
                r["via"] if r["variant"] == "original" else f"{r['via']} ({r['variant']})",
                r["query_range"] or "-",
                r["stored_range"] or "-",
            )
        out.print(table)


def _match_row(m: service.StoredMatch) -> dict[str, Any]:
    match = m.match
    return {
        "evidence_id": m.evidence_id,
        "name": m.name,
        "kind": m.kind,
        "first_seen": m.first_seen,
        "distance": match.distance,
        "variant": match.variant,
        "via": match.via,
        "frames": match.frames,
        "query_range": str(match.query) if match.query else None,
        "stored_range": str(match.stored) if match.stored else None,
    }
