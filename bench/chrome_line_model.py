"""Would a learned line classifier find chrome better than the structural rules? (issue 11 item 4)

Leave-one-layout-out on `styles/chrome_dev/chrome_dev.jsonl`: a logistic regression (numpy, no
new dependency) on features of a line and its place in the page is trained on seven layouts and
tested on the eighth, so every figure is on a layout it never saw. Its features are what a line
shows by itself (length, stop, capitals, digits, stamps, bars, position, a repeat); it cannot see
the run of prose, which is what the rules read. Printed beside the rules on the same lines.
Nothing is shipped from this: it is the measurement behind the choice in docs/extraction.md.

    PYTHONPATH=src python bench/chrome_line_model.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from tasdiq.extract.chrome import SENTENCE_END, STAMP, mask_chrome

LABELLED = Path(__file__).resolve().parent / "styles" / "chrome_dev" / "chrome_dev.jsonl"
Matrix = NDArray[np.float64]


def features(lines: list[str], i: int) -> list[float]:
    line, n = lines[i].strip(), len(lines)
    words = line.split()
    capitals = sum(1 for w in words if w[:1].isupper()) / max(1, len(words))
    return [1.0, len(words) / 20, min(len(line), 300) / 300, float(bool(SENTENCE_END.search(line))), capitals,
            float(line.isupper()), float(any(ch.isdigit() for ch in line)), float(bool(STAMP.search(line))),
            i / n, float(i < 3), float(i > n - 4), float("|" in line), float(i > 0 and line == lines[i - 1].strip())]


def dataset(records: list[dict[str, object]]) -> tuple[Matrix, Matrix, Matrix]:
    """Features, labels (1 = chrome) and the rules' verdicts of every chrome or report line."""
    rows, labels, rules = [], [], []
    for rec in records:
        text = str(rec["text"])
        lines, masked = text.split("\n"), mask_chrome(text).split("\n")
        labels_of: list[str] = list(rec["lines"])  # type: ignore[call-overload]
        for i, label in enumerate(labels_of):
            if label != "byline":
                rows.append(features(lines, i))
                labels.append(float(label == "chrome"))
                rules.append(float(not masked[i].strip()))
    return np.array(rows), np.array(labels), np.array(rules)


def train(x: Matrix, y: Matrix, epochs: int = 3000, rate: float = 0.5) -> Matrix:
    w = np.zeros(x.shape[1])
    for _ in range(epochs):
        w -= rate * x.T @ (1 / (1 + np.exp(-x @ w)) - y) / len(y)
    return w


def main() -> int:
    with LABELLED.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    totals = np.zeros(6)
    print(f"{'held-out layout':22} {'model: chrome':>14} {'lost':>8} {'rules: chrome':>14} {'lost':>8}")
    for held in sorted({str(r["layout"]) for r in records}):
        w = train(*dataset([r for r in records if r["layout"] != held])[:2])
        x, y, rules = dataset([r for r in records if r["layout"] == held])
        model = (1 / (1 + np.exp(-x @ w))) > 0.5
        row = np.array([y.sum(), (model & (y == 1)).sum(), (model & (y == 0)).sum(), (y == 0).sum(),
                        ((rules == 1) & (y == 1)).sum(), ((rules == 1) & (y == 0)).sum()])
        totals += row
        print(f"{held:22} {row[1]:>6.0f}/{row[0]:<7.0f} {row[2]:>3.0f}/{row[3]:<4.0f} "
              f"{row[4]:>6.0f}/{row[0]:<7.0f} {row[5]:>3.0f}/{row[3]:<4.0f}")
    t = totals
    print(f"{'all':22} {t[1]:>6.0f}/{t[0]:<7.0f} {t[2]:>3.0f}/{t[3]:<4.0f} "
          f"{t[4]:>6.0f}/{t[0]:<7.0f} {t[5]:>3.0f}/{t[3]:<4.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
