"""Every labelled set the team measures on, extracted and scored, and compared with an earlier run.

    python bench/score_sets.py OUT [--shared ../shared] [--jobs 2] [--against EARLIER_OUT]

Runs `tasdiq eval SET --scorer <shared>/eval/score.py --pred OUT/<name>.pred.jsonl` for:

- the benchmark's dev sets, `<shared>/data/dev/*.jsonl`, when `<shared>` is there; the ISAF
  press releases a second time as `isaf_uniq`, each id prefixed with its line number, since
  the set repeats ids and the scorer keeps one prediction an id;
- the team's own sets: `bench/styles/styles_eval.jsonl`, `bench/styles/*/*_eval.jsonl`,
  `bench/languages/*.jsonl` (as `lang_<code>`) and `bench/languages/blind/*.jsonl`
  (as `blind_<code>`).

Each set's scorer output goes to OUT/<name>.score.txt, and a table of the `overall` figures is
printed. With `--against`, each prediction file is compared byte for byte with the one of the
same name there: a change meant to leave extraction alone must print "identical" for every
set; one that changes extraction prints each set's overall before and after. Exits 1 when a
set fails to run (or, with `--against`, when a set is missing from either side).

The scorer reads the benchmark's metrics, so the team's sets are scored by it too; without
`<shared>` there is nothing to score with and the script says so.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parent
TASDIQ = [str(Path(sys.executable).parent / "tasdiq")]  # the venv's entry point; PYTHONPATH picks the checkout
OVERALL = re.compile(r"^overall\s+([0-9.]+|-)\s+n=(\d+)", re.MULTILINE)


def team_sets() -> dict[str, Path]:
    sets = {"styles": BENCH / "styles" / "styles_eval.jsonl"}
    sets |= {p.parent.name: p for p in sorted((BENCH / "styles").glob("*/*_eval.jsonl"))}
    sets |= {f"lang_{p.stem}": p for p in sorted((BENCH / "languages").glob("*.jsonl"))}
    sets |= {f"blind_{p.stem}": p for p in sorted((BENCH / "languages" / "blind").glob("*.jsonl"))}
    return sets


def dev_sets(shared: Path, scratch: Path) -> dict[str, Path]:
    sets = {p.stem: p for p in sorted((shared / "data" / "dev").glob("*.jsonl"))}
    isaf = sets.get("isaf_press_releases_dev")
    if isaf is not None:
        sets["isaf_uniq"] = unique_ids(isaf, scratch / "isaf_uniq.jsonl")
    return sets


def unique_ids(source: Path, target: Path) -> Path:
    """`source` with each record's id prefixed by its line number."""
    with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for number, line in enumerate(lines):
            if line.strip():
                record = json.loads(line)
                record["id"] = f"{number}-{record['id']}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


def score(name: str, path: Path, *, scorer: Path, out: Path) -> tuple[str, str | None]:
    """Run `tasdiq eval` on one set; (name, overall) or (name, None) when it failed."""
    command = [*TASDIQ, "eval", str(path), "--scorer", str(scorer), "--pred", str(out / f"{name}.pred.jsonl")]
    done = subprocess.run(command, capture_output=True, text=True, env=os.environ)
    (out / f"{name}.score.txt").write_text(done.stdout + done.stderr, encoding="utf-8")
    found = OVERALL.search(done.stdout)
    if done.returncode != 0 or found is None:
        print(f"{name}: tasdiq eval failed ({done.returncode}): {(done.stderr or done.stdout).strip()[-300:]}",
              file=sys.stderr)
        return name, None
    return name, found.group(1)


def overall_in(folder: Path, name: str) -> str:
    path = folder / f"{name}.score.txt"
    found = OVERALL.search(path.read_text(encoding="utf-8")) if path.exists() else None
    return found.group(1) if found else "?"


def compare(out: Path, earlier: Path, names: list[str]) -> bool:
    """Print each set's predictions as identical or not, with overall before and after."""
    ok = True
    for name in names:
        mine, theirs = out / f"{name}.pred.jsonl", earlier / f"{name}.pred.jsonl"
        if not theirs.exists():
            print(f"{name:28} not in {earlier}")
            ok = False
            continue
        same = mine.exists() and mine.read_bytes() == theirs.read_bytes()
        verdict = "identical" if same else f"differs: overall {overall_in(earlier, name)} -> {overall_in(out, name)}"
        print(f"{name:28} {verdict}")
    missing = sorted({p.name.removesuffix('.pred.jsonl') for p in earlier.glob("*.pred.jsonl")} - set(names))
    for name in missing:
        print(f"{name:28} only in {earlier}")
    return ok and not missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where predictions and scorer output go")
    parser.add_argument("--shared", type=Path, default=BENCH.parent.parent / "shared",
                        help="the benchmark's folder (data/dev, eval/score.py)")
    parser.add_argument("--jobs", type=int, default=2, help="sets scored at once")
    parser.add_argument("--against", type=Path, help="an earlier OUT to compare predictions with")
    args = parser.parse_args()
    scorer = args.shared / "eval" / "score.py"
    if not scorer.exists():
        print(f"{scorer}: no scorer there; pass --shared with the benchmark's folder", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        sets = dev_sets(args.shared, Path(tmp)) | team_sets()
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results = dict(pool.map(lambda item: score(*item, scorer=scorer, out=args.out), sets.items()))
    for name in sets:
        print(f"{name:28} {results[name] or 'FAILED'}")
    ok = all(results.values())
    if args.against:
        print(f"\npredictions against {args.against}:")
        ok = compare(args.out, args.against, list(sets)) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
