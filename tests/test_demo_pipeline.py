"""The demo corpus end to end, as `make run` drives it, with its claimed-versus-verified table pinned.

The golden CSVs change when extraction or linking changes what the demo yields: read the
diff, and if the new table is right, rewrite them with TASDIQ_UPDATE_GOLDEN=1.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tasdiq.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo"
GOLDEN = Path(__file__).resolve().parent / "golden"
runner = CliRunner()


def run(home: Path, *args: str) -> str:
    result = runner.invoke(app, ["--data-dir", str(home), "--as", "demo-test", *args])
    assert result.exit_code == 0, f"tasdiq {' '.join(args)}: {result.stdout}{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("demo") / "store"
    folders = [str(DEMO / name) for name in ("reports", "web", "feeds", "records")]
    run(home, "ingest", "--quiet", *folders)
    run(home, "extract")
    run(home, "link")
    run(home, "claims", "import-bulletin", str(DEMO / "bulletins" / "iskp-claims-demo.csv"))
    return home


@pytest.mark.parametrize(("option", "golden"), [("--csv", "demo-reconcile.csv"),
                                                ("--inflation-csv", "demo-inflation.csv")])
def test_demo_bulletin_reconciles_as_pinned(demo_store: Path, tmp_path: Path, option: str, golden: str) -> None:
    out = tmp_path / golden
    run(demo_store, "claims", "reconcile", option, str(out))
    produced = out.read_text(encoding="utf-8")
    if os.environ.get("TASDIQ_UPDATE_GOLDEN"):
        (GOLDEN / golden).write_text(produced, encoding="utf-8")
    assert produced == (GOLDEN / golden).read_text(encoding="utf-8")


def test_demo_audit_chain_is_intact_after_every_stage(demo_store: Path) -> None:
    assert "intact" in run(demo_store, "audit", "verify")


def test_confirmed_links_survive_extract_all_and_relink(demo_store: Path) -> None:
    import json

    listed = json.loads(run(demo_store, "incidents", "list", "--json", "--limit", "500"))["items"]
    incident = next(i for i in listed if i["mentions"] > 1)
    links = json.loads(run(demo_store, "incidents", "show", str(incident["id"]), "--json"))["links"]
    chosen = links[-1]
    run(demo_store, "incidents", "confirm", str(incident["id"]), str(chosen["mention_id"]))
    run(demo_store, "extract", "--all")
    run(demo_store, "link")
    after = json.loads(run(demo_store, "incidents", "show", str(incident["id"]), "--json"))["links"]
    # Re-extraction made new mention rows; the decision is keyed by (source, ordinal) and came back.
    assert {(link["source_id"], link["ordinal"], link["state"]) for link in after} >= {
        (chosen["source_id"], chosen["ordinal"], "confirmed")
    }
    assert chosen["mention_id"] not in {link["mention_id"] for link in after}
