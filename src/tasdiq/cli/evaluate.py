"""`tasdiq eval GOLD.jsonl`: extraction measured against a labelled benchmark file.

The scorer is the benchmark's own (`score.py` of the tasdiq-events/1 format, kept outside
the product beside its data); this command runs the extractor over the gold file, reports
its speed, and hands the predictions to that scorer.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import typer

from tasdiq.cli.common import handle_errors, out
from tasdiq.errors import InputError
from tasdiq.heap import keep_freed_memory

SCORER_GUESSES = ("../shared/eval/score.py", "shared/eval/score.py", "eval/score.py")


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)


def _find_scorer(gold: Path, given: Path | None) -> Path | None:
    if given is not None:
        if not given.is_file():
            raise InputError(str(given), "no such scorer")
        return given
    for base in (Path.cwd(), gold.resolve().parent.parent.parent):
        for guess in SCORER_GUESSES:
            candidate = (base / guess).resolve()
            if candidate.is_file():
                return candidate
    return None


def _records(gold: Path) -> list[dict[str, object]]:
    if not gold.is_file():
        raise InputError(str(gold), "no such file")
    records = []
    for number, line in enumerate(gold.read_text(encoding="utf-8").split("\n"), start=1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(str(gold), f"line {number}: not JSON ({exc.msg})") from None
    return records


def evaluate(
    gold: Path = typer.Argument(..., help="A labelled JSON Lines file (id, text, published, gold)."),
    scorer: Path | None = typer.Option(None, help="The benchmark's score.py (found beside the data by default)."),
    pred: Path = typer.Option(Path("pred.jsonl"), help="Where to write the predictions."),
    errors: int = typer.Option(0, help="Show up to N misses per metric."),
) -> None:
    """Extract every record of GOLD, report reports/s, and score the predictions."""
    with handle_errors():
        from tasdiq.extract import Extractor, events_json

        keep_freed_memory()  # spaCy's batch arrays: see tasdiq.heap
        records = _records(gold)
        script = _find_scorer(gold, scorer)
        extractor = Extractor()
        extractor.extract(text="warm-up: a bomb exploded in Kabul.")
        started = time.perf_counter()
        results = list(extractor.extract_many(records))
        elapsed = time.perf_counter() - started
        with pred.open("w", encoding="utf-8") as fh:
            for record, result in zip(records, results, strict=True):
                fh.write(json.dumps(events_json(str(record["id"]), result), ensure_ascii=False) + "\n")
        out.print(f"extracted {len(records)} records in {elapsed:.2f} s = {len(records) / elapsed:.0f} reports/s; "
                  f"predictions in {pred}", markup=False)
        if script is None:
            out.print("no score.py found beside the data: pass --scorer PATH to score the predictions", markup=False)
            return
        command = [sys.executable, str(script), str(gold), str(pred)] + (["--errors", str(errors)] if errors else [])
        scored = subprocess.run(command, capture_output=True, text=True, check=False)
        sys.stdout.write(scored.stdout)
        if scored.returncode:
            sys.stderr.write(scored.stderr)
            raise typer.Exit(scored.returncode)
