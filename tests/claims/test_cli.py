"""The claims, verify and export commands are thin shells that print what the library says."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claims.casebook import peshawar_mosque
from claims.test_reconcile import BULLETIN, HERE, build_incidents
from tasdiq.cli.main import app
from tasdiq.settings import Settings
from tasdiq.store import Store

runner = CliRunner()


def tasdiq(home: Path, *args: str, actor: str = "ana") -> tuple[int, str, str]:
    result = runner.invoke(app, ["--data-dir", str(home), "--as", actor, *args])
    return result.exit_code, result.stdout, result.stderr


def seeded(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    store = Store(Settings(home=home))
    store.ensure_schema()
    with store.session() as s:
        peshawar_mosque(s)
        build_incidents(s)
    store.dispose()
    return home


def test_ledger_shows_both_attributions_and_says_they_compete(tmp_path: Path) -> None:
    home = seeded(tmp_path)
    code, text, _ = tasdiq(home, "claims", "show", "1")
    assert code == 0 and "competing attributions" in text
    assert "== ISKP" in text and "== Haqqani Network" in text
    code, text, _ = tasdiq(home, "claims", "list", "--incident", "1", "--kind", "attribution", "--json")
    assert code == 0 and [c["subject"] for c in json.loads(text)] == ["Haqqani Network"]


def test_ach_seed_rate_and_score_from_the_command_line(tmp_path: Path) -> None:
    home = seeded(tmp_path)
    assert tasdiq(home, "claims", "ach", "1", "--seed", "--other")[0] == 0
    assert tasdiq(home, "claims", "rate", "2", "1", "inconsistent")[0] == 0
    code, text, _ = tasdiq(home, "claims", "ach", "1", "--json")
    matrix = json.loads(text)
    assert code == 0 and 2 not in matrix["least_rejected"] and len(matrix["hypotheses"]) == 3


def test_ach_seed_with_every_cell_unrated_says_the_hypotheses_tie_instead_of_ranking_them(tmp_path: Path) -> None:
    home = seeded(tmp_path)
    code, text, _ = tasdiq(home, "claims", "ach", "1", "--seed", "--other")
    assert code == 0 and "no cell is rated yet: all 3 hypotheses tie" in text
    ranks = [line.split("│")[1].strip() for line in text.splitlines() if line.count("│") > 5 and " H" in line
             and line.split("│")[1].strip().isdigit()]
    assert ranks == ["1", "1", "1"]
    assert "least rejected:" not in text
    tasdiq(home, "claims", "rate", "2", "1", "inconsistent")
    code, text, _ = tasdiq(home, "claims", "ach", "1")
    assert "tie, least rejected:" in text and "no cell is rated yet" not in text


def test_reconcile_writes_the_documented_csv(tmp_path: Path) -> None:
    home = seeded(tmp_path)
    assert tasdiq(home, "claims", "import-bulletin", str(BULLETIN))[0] == 0
    out, infl = tmp_path / "r.csv", tmp_path / "i.csv"
    code, text, _ = tasdiq(home, "claims", "reconcile", "--claimant", "ISKP", "--csv", str(out),
                           "--inflation-csv", str(infl))
    assert code == 0 and "matched_verified" in text
    # incident ids are shifted by one (the mosque comes first here), so compare the categories and the inflation
    golden = (HERE / "data" / "reconcile_iskp.csv").read_text(encoding="utf-8").splitlines()
    assert [ln.split(",")[0] for ln in out.read_text().splitlines()] == [ln.split(",")[0] for ln in golden]
    assert infl.read_text() == (HERE / "data" / "reconcile_iskp_inflation.csv").read_text(encoding="utf-8")


def test_a_bad_bulletin_row_is_one_line_on_stderr(tmp_path: Path) -> None:
    home = seeded(tmp_path)
    bad = tmp_path / "b.csv"
    bad.write_text("claimant,date\nISKP,2022-13-01\n", encoding="utf-8")
    code, _, err = tasdiq(home, "claims", "import-bulletin", str(bad))
    assert code == 1 and err.strip() == f"error: {bad} line 2: date '2022-13-01' is not a date as YYYY-MM-DD"


def test_verify_records_a_check_and_refuses_a_self_sign_off(tmp_path: Path) -> None:
    home = seeded(tmp_path)
    code, text, _ = tasdiq(home, "verify", "2", "--check", "geolocated", "--result", "pass", "--precision-m", "50",
                           "--note", "matched the market's roofline")
    assert code == 0 and "corroborated" in text
    code, _, err = tasdiq(home, "verify", "2", "--sign-off")
    assert code == 1 and "cannot sign off their own" in err
    code, text, _ = tasdiq(home, "verify", "2", "--sign-off", "--json", actor="rev")
    assert code == 0 and json.loads(text)["checks"][0]["current"] is True


def test_export_writes_a_file_and_withholds_personal_fields(tmp_path: Path) -> None:
    home = seeded(tmp_path)
    target = tmp_path / "out.geojson"
    code, _, err = tasdiq(home, "export", "--format", "geojson", "--out", str(target))
    assert code == 0 and "6 incident(s)" in err
    data = json.loads(target.read_text())
    assert data["type"] == "FeatureCollection" and "analysts" not in data["features"][0]["properties"]
