"""What the chrome step blanks, set by set (issue 11 item 4).

For every set it prints the texts, the texts touched and the characters blanked: a report's own
words must never go, so on sets without chrome (Wikipedia, CASE, AWSD, ISAF, the style sets) the
figure should stay 0 or fall. On `styles/chrome_dev/chrome_dev.jsonl`, whose lines are labelled,
it prints per layout the chrome lines blanked (recall) and the report lines lost, and whether each
byline kept its date and lost its site name. Reads ../shared when present (never copies from it).

    PYTHONPATH=src python bench/chrome_bench.py [--shared ../shared] [--lost]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from tasdiq.extract.chrome import mask_chrome

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "bench" / "styles" / "chrome_dev" / "chrome_dev.jsonl"


def _sets(shared: Path) -> list[Path]:
    dev = shared / "data" / "dev"
    found = sorted(dev.glob("*.jsonl")) if dev.is_dir() else []
    found += sorted((ROOT / "bench" / "styles").glob("**/*_eval.jsonl"))
    found += sorted((ROOT / "bench" / "linking").glob("*.jsonl"))
    return found + sorted((ROOT / "bench" / "languages").glob("*.jsonl"))


def _read(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def blanked(text: str) -> int:
    masked = mask_chrome(text)
    return sum(1 for a, b in zip(text, masked, strict=True) if a != b and not a.isspace())


def per_set(shared: Path, show_lost: bool) -> None:
    print(f"{'set':52} {'texts':>6} {'touched':>8} {'blanked chars':>14}")
    for path in _sets(shared):
        rows = _read(path)
        counts = [blanked(str(r.get("text", ""))) for r in rows]
        touched = sum(1 for c in counts if c)
        print(f"{path.name:52} {len(rows):>6} {touched:>8} {sum(counts):>14}")
        if show_lost:
            for r, c in zip(rows, counts, strict=True):
                if c:
                    _show(str(r.get("id")), str(r.get("text", "")))


def _show(rid: str, text: str) -> None:
    masked = mask_chrome(text)
    for line, kept in zip(text.split("\n"), masked.split("\n"), strict=True):
        if line != kept:
            print(f"    {rid}: {line.strip()[:110]!r}")


def labelled() -> None:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for rec in _read(LABELLED):
        text = str(rec["text"])
        labels = list(rec["lines"])  # type: ignore[call-overload]
        t = tally[str(rec["layout"])]
        for line, kept, label in zip(text.split("\n"), mask_chrome(text).split("\n"), labels, strict=True):
            if label == "chrome":
                t[0] += 1
                t[1] += int(not kept.strip())
            elif label == "keep":
                t[2] += 1
                t[3] += int(kept != line)
            else:  # a byline: its date stays, its site name goes
                t[4] += int(any(ch.isdigit() for ch in kept))
                t[5] += int(kept.strip() != line.strip())
    print(f"\n{'layout':22} {'chrome blanked':>15} {'report lines lost':>18} {'byline date kept':>17} "
          f"{'byline name gone':>17}")
    total = [0] * 6
    for name, t in tally.items():
        total = [a + b for a, b in zip(total, t, strict=True)]
        print(f"{name:22} {t[1]:>7}/{t[0]:<7} {t[3]:>9}/{t[2]:<8} {t[4]:>17} {t[5]:>17}")
    print(f"{'all':22} {total[1]:>7}/{total[0]:<7} {total[3]:>9}/{total[2]:<8} {total[4]:>17} {total[5]:>17}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared checkout")
    parser.add_argument("--lost", action="store_true", help="print every blanked line of every set")
    args = parser.parse_args(argv)
    per_set(args.shared, args.lost)
    labelled()
    return 0


if __name__ == "__main__":
    sys.exit(main())
