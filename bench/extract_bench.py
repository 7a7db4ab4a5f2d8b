"""Extraction benchmark: scores on the dev sets, reports per second, dismiss rate, peak memory.

Reads ../shared (the team's measuring data, not part of the product) when present and
skips with a message when it is not; then scores the team's own style sets in bench/styles
(press releases, incident notes, wire briefs) the same way. Scores come from ../shared/eval/score.py itself, so
the numbers are the ones FORMAT.md defines. Targets (issue 3): >= 50 reports/s on the
Wikipedia dev texts, irrelevant texts dismissed at >= 1,000/s, < 1 GiB peak RSS.

    .venv/bin/python bench/extract_bench.py         # or: make bench (BENCH_ONLY=extract)
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "bench" / "out"
SETS = ("wikipedia_af_pk_dev", "case2021_task2_dev")
# Team-written sets in the held-back sets' styles (bench/styles/README.md); scored the same way.
STYLE_SETS = {
    "styles_eval": ROOT / "bench" / "styles" / "styles_eval.jsonl",
    "styles_holdout": ROOT / "bench" / "styles" / "holdout" / "holdout_eval.jsonl",
    "styles_blind2": ROOT / "bench" / "styles" / "blind2" / "blind2_eval.jsonl",
    # Issue 11's blind sets: web pages with their chrome, and operations press releases.
    "styles_web": ROOT / "bench" / "styles" / "web" / "web_eval.jsonl",
    "styles_web2": ROOT / "bench" / "styles" / "web2" / "web2_eval.jsonl",
    "styles_ops": ROOT / "bench" / "styles" / "ops" / "ops_eval.jsonl",
    # CASE-style snippets, mostly non-attack categories, written before the category model.
    "styles_case_blind": ROOT / "bench" / "styles" / "case_blind" / "case_blind_eval.jsonl",
    # The same style written after case_blind was tuned on; its first (blind) score is in its README.
    "styles_case_blind3": ROOT / "bench" / "styles" / "case_blind3" / "case_blind3_eval.jsonl",
    # ISAF/IJC releases 2009-2014 in the ISAF dev file's gold, written before the extractor saw them.
    "styles_isaf_blind": ROOT / "bench" / "styles" / "isaf_blind" / "isaf_blind_eval.jsonl",
    # Aid-worker security notes written blind after aidnotes had been read while tuning (issue 11).
    "styles_aidnotes2": ROOT / "bench" / "styles" / "aidnotes2" / "aidnotes2_eval.jsonl",
}
MIN_REPORTS_PER_S = 50.0
MIN_DISMISS_PER_S = 1000.0
MAX_RSS_MIB = 1024.0


def _gold_path(name: str) -> Path:
    return STYLE_SETS.get(name) or SHARED / "data" / "dev" / f"{name}.jsonl"


def _records(name: str) -> list[dict[str, object]]:
    path = _gold_path(name)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _extract_set(name: str) -> tuple[Path, float, int]:
    from tasdiq.extract import Extractor, events_json

    records = _records(name)
    if os.environ.get("BENCH_QUICK"):
        records = records[:120]
    extractor = Extractor()
    started = time.perf_counter()
    results = list(extractor.extract_many(records))
    elapsed = time.perf_counter() - started
    OUT.mkdir(parents=True, exist_ok=True)
    pred = OUT / f"extract_{name}.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for rec, res in zip(records, results, strict=True):
            fh.write(json.dumps(events_json(str(rec["id"]), res)) + "\n")
    return pred, elapsed, len(records)


def _score(name: str, pred: Path) -> None:
    gold = _gold_path(name)
    table = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(pred)],
                           capture_output=True, text=True, check=False)
    print(table.stdout.rstrip())


def _dismiss_rate() -> float:
    """Texts the relevance filter turns away, through the whole Extractor (spaCy never runs)."""
    from tasdiq.extract import Extractor
    from tasdiq.extract.relevance import attack_categories, categorise

    texts = [str(r["text"]) for r in _records("case2021_task2_dev")]
    irrelevant = [t for t in texts if categorise(t) not in attack_categories()]
    batch = [{"text": t} for t in (irrelevant * (2000 // max(len(irrelevant), 1) + 1))[:2000]]
    extractor = Extractor()
    started = time.perf_counter()
    dismissed = sum(1 for r in extractor.extract_many(batch) if not r.events)
    return dismissed / (time.perf_counter() - started)


def main() -> int:
    if not SHARED.is_dir():
        print(f"extract bench skipped: {SHARED} not found (the dev sets live outside the project)")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from tasdiq.extract import Extractor

    started = time.perf_counter()
    Extractor().extract(text="A suicide bomber killed 3 people in Kabul.")  # loads spaCy + gazetteer
    print(f"model and gazetteer load: {time.perf_counter() - started:.1f} s")
    below = []
    for name in (*SETS, *(n for n, path in STYLE_SETS.items() if path.is_file())):
        pred, elapsed, n = _extract_set(name)
        rate = n / elapsed
        print(f"-- {name}: {n} reports in {elapsed:.1f} s = {rate:.0f} reports/s")
        _score(name, pred)
        if name.startswith("wikipedia") and rate < MIN_REPORTS_PER_S:
            below.append(f"{name} {rate:.0f} reports/s")
    dismiss = _dismiss_rate()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"irrelevant texts dismissed: {dismiss:.0f}/s")
    print(f"peak RSS: {rss:.0f} MiB")
    if dismiss < MIN_DISMISS_PER_S:
        below.append(f"dismiss {dismiss:.0f}/s")
    if rss > MAX_RSS_MIB:
        below.append(f"RSS {rss:.0f} MiB")
    if below:
        print("below target: " + ", ".join(below))
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
