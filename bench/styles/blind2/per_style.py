"""Per-style score table for blind2 (splits gold by its `style` field, runs the shared scorer on each part).

usage: python bench/styles/blind2/per_style.py [PRED] [--scorer PATH] [--errors N]
PRED defaults to /tmp/blind2_pred.jsonl; the scorer to ../shared/eval/score.py beside the repo.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "blind2_eval.jsonl"
DEFAULT_SCORER = HERE.parents[2].parent / "shared" / "eval" / "score.py"
METRICS = ["admin1", "killed_exact", "injured_exact", "perpetrator", "no_false_attribution",
           "attribution_precision", "attack_class_f1", "date", "category_weighted_f1", "attack_detection_f1", "overall"]


def run(scorer, gold_rows, pred, extra):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for r in gold_rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        path = fh.name
    try:
        out = subprocess.run([sys.executable, str(scorer), path, str(pred), *extra],
                             capture_output=True, text=True, check=True).stdout
    finally:
        Path(path).unlink()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred", nargs="?", default="/tmp/blind2_pred.jsonl")
    ap.add_argument("--scorer", default=str(DEFAULT_SCORER))
    ap.add_argument("--errors", type=int, default=0, help="also print up to N misses per metric and style")
    a = ap.parse_args()
    with open(GOLD, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    styles = sorted({r["style"] for r in rows}, key=["ispr", "inso", "wire", "local"].index)
    parts = {s: [r for r in rows if r["style"] == s] for s in styles}
    parts["all"] = rows
    res = {k: json.loads(run(a.scorer, v, a.pred, ["--json"])) for k, v in parts.items()}
    print("| metric | " + " | ".join(parts) + " |")
    print("|---" * (len(parts) + 1) + "|")
    for m in METRICS:
        cells = []
        for k in parts:
            v = res[k][m]
            val = "-" if v["value"] is None else f"{v['value']:.3f}"
            cells.append(f"**{val}**" if m == "overall" else f"{val} ({v['n']})")
        name = f"**{m}**" if m == "overall" else m
        print(f"| {name} | " + " | ".join(cells) + " |")
    if a.errors:
        for k in styles:
            print(f"\n## misses: {k}")
            out = run(a.scorer, parts[k], a.pred, ["--errors", str(a.errors)])
            print("\n".join(line for line in out.splitlines() if line.strip().startswith("miss")))


if __name__ == "__main__":
    main()
