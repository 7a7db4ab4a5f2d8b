"""The linking twin's measures (bench/link_twin.py): pairwise and B-cubed scores of a clustering,
checked on small clusterings worked out by hand."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

TWIN = Path(__file__).resolve().parents[2] / "bench" / "link_twin.py"


def _twin() -> ModuleType:
    spec = importlib.util.spec_from_file_location("link_twin", TWIN)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GOLD = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B"}


def test_a_perfect_clustering_scores_one_everywhere() -> None:
    twin = _twin()
    pred = {k: f"incident:{v}" for k, v in GOLD.items()}
    assert twin.pairwise(GOLD, pred) == (1.0, 1.0)
    assert twin.bcubed(GOLD, pred) == (1.0, 1.0, 1.0)


def test_a_split_attack_costs_recall_and_keeps_precision() -> None:
    twin = _twin()
    pred = {"a1": "x", "a2": "x", "a3": "y", "b1": "z", "b2": "z"}
    precision, recall = twin.pairwise(GOLD, pred)
    assert (precision, recall) == (1.0, 0.5)  # gold pairs a1a2 a1a3 a2a3 b1b2; found a1a2 b1b2
    bp, br, bf = twin.bcubed(GOLD, pred)
    assert bp == 1.0
    assert br == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    assert bf == pytest.approx(2 * bp * br / (bp + br))


def test_two_attacks_merged_cost_precision_and_keep_recall() -> None:
    twin = _twin()
    pred = {k: "one" for k in GOLD}
    precision, recall = twin.pairwise(GOLD, pred)
    assert (precision, recall) == (pytest.approx(4 / 10), 1.0)
    bp, br, _ = twin.bcubed(GOLD, pred)
    assert (bp, br) == (pytest.approx((3 * 3 / 5 + 2 * 2 / 5) / 5), 1.0)


def test_a_twin_is_found_by_its_name_in_bench_linking_or_by_a_path(tmp_path: Path) -> None:
    twin = _twin()
    assert twin.twin_path("reports3.jsonl") == TWIN.parent / "linking" / "reports3.jsonl"
    own = tmp_path / "mine.jsonl"
    own.write_text('{"id": "x-1", "incident": "X", "style": "wire", "text": "t"}\n', encoding="utf-8")
    assert twin.twin_path(str(own)) == own
    assert [r["id"] for r in twin.load_reports(twin.twin_path(str(own)))] == ["x-1"]


def test_every_report_of_the_third_twin_has_gold_language_and_an_attack_with_three_reports_or_more() -> None:
    twin = _twin()
    reports = twin.load_reports(twin.twin_path("reports3.jsonl"))
    per_attack: dict[str, int] = {}
    for r in reports:
        assert r["incident"] and r["event"] and r["style"] and r["lang"] in {"en", "fa", "ps", "ur", "ar"}
        assert (r["published"] is None) == (r["style"] == "undated")
        per_attack[r["incident"]] = per_attack.get(r["incident"], 0) + 1
    assert len(per_attack) == 18 and all(3 <= n <= 6 for n in per_attack.values())
