"""Per-style score table for any team-written style set, and a record-by-record diff of the first event.

usage: python bench/styles/style_table.py GOLD PRED [--scorer PATH] [--diff]
GOLD is a set with a `style` field (web/web_eval.jsonl, ops/ops_eval.jsonl, ...); PRED is `tasdiq extract --jsonl`
output for it (keep it out of the repo: /tmp/...). The scorer defaults to ../shared/eval/score.py beside the repo.
--diff prints, per record, the gold and predicted date, admin1, types, killed, injured, perpetrator and category
where they differ (killed/injured summed over events, as score.py does).
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SCORER = HERE.parents[1].parent / "shared" / "eval" / "score.py"
METRICS = ["admin1", "killed_exact", "injured_exact", "perpetrator", "no_false_attribution",
           "attribution_precision", "attack_class_f1", "date", "category_weighted_f1", "attack_detection_f1", "overall"]


def score(scorer, rows, pred):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        path = fh.name
    try:
        out = subprocess.run([sys.executable, str(scorer), path, str(pred), "--json"],
                             capture_output=True, text=True, check=True).stdout
    finally:
        Path(path).unlink()
    return json.loads(out)


def table(rows, pred, scorer):
    styles = list(dict.fromkeys(r["style"] for r in rows))
    parts = {s: [r for r in rows if r["style"] == s] for s in styles}
    parts["all"] = rows
    res = {k: score(scorer, v, pred) for k, v in parts.items()}
    print("| metric | " + " | ".join(f"{k} ({len(v)})" for k, v in parts.items()) + " |")
    print("|---" * (len(parts) + 1) + "|")
    for m in METRICS:
        cells = []
        for k in parts:
            v = res[k][m]
            val = "-" if v["value"] is None else f"{v['value']:.3f}"
            cells.append(f"**{val}**" if m == "overall" else f"{val} ({v['n']})")
        print(f"| {'**overall**' if m == 'overall' else m} | " + " | ".join(cells) + " |")


def _count(v):
    if isinstance(v, dict):
        return v.get("best") if v.get("best") is not None else v.get("low")
    return v


def diff(rows, pred):
    preds = {}
    for line in Path(pred).read_text(encoding="utf-8").splitlines():
        if line.strip():
            p = json.loads(line)
            preds[p["id"]] = p
    for r in rows:
        g, p = r["gold"], preds.get(r["id"], {})
        evs = p.get("events") or []
        e = evs[0] if evs else {}
        perp = e.get("perpetrator") or {}
        got = {"date": e.get("date"), "admin1": (e.get("location") or {}).get("admin1"),
               "types": sorted({x.get("attack_type") for x in evs}),
               "killed": sum(_count(x.get("killed")) or 0 for x in evs) or None,
               "injured": sum(_count(x.get("injured")) or 0 for x in evs) or None,
               "perp": perp.get("actor"), "category": p.get("category"), "events": len(evs)}
        want = {"date": g.get("date"), "admin1": g.get("admin1"), "types": sorted(g.get("attack_types") or []),
                "killed": g.get("killed") or None, "injured": g.get("injured") or None, "perp": g.get("perpetrator"),
                "category": g.get("category"), "events": None}
        bad = [f"{k}: {want[k]} -> {got[k]}" for k in want if k != "events" and want[k] != got[k]]
        if bad:
            print(f"{r['id']} [{len(evs)} ev] " + " | ".join(bad))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--scorer", default=str(DEFAULT_SCORER))
    ap.add_argument("--diff", action="store_true")
    a = ap.parse_args()
    rows = [json.loads(line) for line in Path(a.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    table(rows, a.pred, a.scorer)
    if a.diff:
        print()
        diff(rows, a.pred)


if __name__ == "__main__":
    main()
