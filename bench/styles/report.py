"""Per-style scores and a field-by-field diff for bench/styles/styles_eval.jsonl.

usage: python bench/styles/report.py [PRED] [--scorer PATH]
PRED defaults to bench/styles/pred.jsonl (written by `tasdiq eval ... --pred`).
Prints the shared scorer's table for each style and for all, then, per record, every gold
field that differs from the prediction, including fields score.py does not score (dates of
texts with a publication date, tolls that are sums, militants killed).
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SCORER = HERE.parents[2] / "shared" / "eval" / "score.py"
KEYS = ["admin1", "killed_exact", "injured_exact", "perpetrator", "no_false_attribution", "attribution_precision",
        "attack_class_f1", "date", "category_weighted_f1", "attack_detection_f1", "overall"]


def best(c):
    if c is None:
        return None
    if isinstance(c, dict):
        for k in ("best", "low", "high"):
            if c.get(k) is not None:
                return c[k]
        return None
    return c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred", nargs="?", default=str(HERE / "pred.jsonl"))
    ap.add_argument("--scorer", default=str(DEFAULT_SCORER))
    a = ap.parse_args()
    gold_lines = (HERE / "styles_eval.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in gold_lines if line.strip()]
    preds = {}
    for line in Path(a.pred).read_text(encoding="utf-8").splitlines():
        if line.strip():
            p = json.loads(line)
            preds[p["id"]] = p
    sys.path.insert(0, str(Path(a.scorer).parent))
    from reference import ATTACK_CLASS, actor_key, same_actor

    tables = {}
    with tempfile.TemporaryDirectory() as tmp:
        for style in ["ispr", "inso", "wire", "all"]:
            sub = [r for r in rows if style == "all" or r["style"] == style]
            p = Path(tmp) / f"{style}.jsonl"
            p.write_text("".join(json.dumps(r) + "\n" for r in sub), encoding="utf-8")
            cmd = [sys.executable, a.scorer, str(p), a.pred, "--json"]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
            tables[style] = json.loads(out)
    print(f"{'metric':24s}" + "".join(f"{s:>13s}" for s in tables))
    for k in KEYS:
        cells = []
        for s in tables:
            v = tables[s][k]
            cells.append(f"{'-' if v['value'] is None else format(v['value'], '.3f')} (n={v['n']})")
        print(f"{k:24s}" + "".join(f"{c:>13s}" for c in cells))

    print("\nfield diffs (gold -> pred; all gold fields, scored or not)")
    for r in rows:
        g, p = r["gold"], preds.get(r["id"], {})
        evs = p.get("events") or []
        first = evs[0] if evs else {}
        loc = first.get("location") or {}
        diffs = []
        if g["is_attack"] != bool(evs):
            diffs.append(f"detected {g['is_attack']} -> {bool(evs)}")
        if (g.get("category") or "").lower() != (p.get("category") or "").lower():
            diffs.append(f"category {g.get('category')} -> {p.get('category')}")
        if g["is_attack"] and evs:
            if g["admin1"] and g["admin1"] != loc.get("admin1"):
                diffs.append(f"admin1 {g['admin1']} -> {loc.get('admin1')} ({loc.get('name')})")
            if g["date"] and g["date"] != first.get("date"):
                diffs.append(f"date {g['date']} -> {first.get('date')} ({first.get('date_resolution')})")
            pairs = (("killed", "killed"), ("injured", "injured"), ("killed_perpetrators", "perpetrators_killed"))
            for gf, pf in pairs:
                got = sum(best(e.get(pf)) or 0 for e in evs)
                want = g[gf] or 0
                if got != want:
                    per = [best(e.get(pf)) for e in evs]
                    diffs.append(f"{gf} {g[gf]} -> {got} {per if len(evs) > 1 else ''}".rstrip())
            pa = first.get("perpetrator")
            if isinstance(pa, dict):
                pa = pa.get("actor")
            if not same_actor(actor_key(pa) if pa else None, g["perpetrator"]):
                diffs.append(f"perpetrator {g['perpetrator']} -> {pa}")
            gc = {ATTACK_CLASS.get(t, "other") for t in g["attack_types"]}
            pc = {ATTACK_CLASS.get(e.get("attack_type"), "other") for e in evs}
            if gc != pc:
                diffs.append(f"types {g['attack_types']} -> {[e.get('attack_type') for e in evs]}")
        if not g["is_attack"] and evs:
            diffs.append(f"events {[e.get('attack_type') for e in evs]}")
        print(f"{r['id']}: " + ("; ".join(diffs) if diffs else "ok"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
