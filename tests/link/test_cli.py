"""`tasdiq link` and `tasdiq incidents ...` as a user types them."""

from __future__ import annotations

import json

from newsroom import Reports
from typer.testing import CliRunner

from tasdiq.cli.main import app
from tasdiq.store import Store

runner = CliRunner()
MARKET = "A bomb exploded in a crowded Kabul market on Tuesday, killing {n} people, officials said."


def _cli(store: Store, *args: str) -> str:
    result = runner.invoke(app, ["--data-dir", str(store.settings.home), "--as", "analyst-1", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_link_then_show_explains_which_source_gave_which_figure(sqlite_store: Store) -> None:
    reports = Reports(sqlite_store)
    for publisher, n in (("Kabul Daily", 12), ("Hindukush Radio", 15), ("Frontier Post", 21)):
        reports.add(publisher=publisher, text=MARKET.format(n=n), killed=n, targets=["market"])

    summary = json.loads(_cli(sqlite_store, "link", "--json"))
    assert (summary["mentions"], summary["started"], summary["joined"]) == (3, 1, 2)

    listed = json.loads(_cli(sqlite_store, "incidents", "list", "--json", "--province", "AF-KAB"))
    assert listed["total"] == 1 and listed["items"][0]["killed"] == [12, 15, 21]
    incident_id = listed["items"][0]["id"]

    explained = _cli(sqlite_store, "incidents", "show", str(incident_id), "--explain")
    for publisher in ("Kabul Daily", "Hindukush Radio", "Frontier Post"):
        assert publisher in explained
    assert "median of 3" in explained
    shown = json.loads(_cli(sqlite_store, "incidents", "show", str(incident_id), "--json", "--explain"))
    assert len(shown["links"]) == 3 and shown["explanation"]["killed"]["best"] == 15


def test_split_and_merge_from_the_command_line(sqlite_store: Store) -> None:
    reports = Reports(sqlite_store)
    a = reports.add(publisher="Kabul Daily", text=MARKET.format(n=12), killed=12, targets=["market"])
    b = reports.add(publisher="Hindukush Radio", text=MARKET.format(n=12), killed=12, targets=["market"])
    _cli(sqlite_store, "link")
    incident_id = reports.incident_of(a)

    out = _cli(sqlite_store, "incidents", "split", str(incident_id), str(b))
    new_id = reports.incident_of(b)
    assert new_id != incident_id and f"now in incident {new_id}" in out
    _cli(sqlite_store, "incidents", "merge", str(incident_id), str(new_id))
    assert reports.incident_of(b) == incident_id
    assert reports.state_of(b) == "confirmed"


def test_unknown_incident_is_one_line_error(sqlite_store: Store) -> None:
    result = runner.invoke(app, ["--data-dir", str(sqlite_store.settings.home), "incidents", "show", "999"])
    assert result.exit_code == 1
    assert "no incident with id 999" in result.output
