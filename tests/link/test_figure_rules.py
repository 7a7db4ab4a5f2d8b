"""Incident figures: the top of a killed range, and which place an incident takes (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

from newsroom import Reports
from typer.testing import CliRunner

from tasdiq.cli.main import app
from tasdiq.link import link
from tasdiq.store import Store

RALLY_A = ("A suicide bomber blew himself up among party workers at an election rally in the Bajaur tribal "
           "district on Sunday afternoon; at least 40 were killed, the district police chief said.")
RALLY_B = ("The toll from Sunday's rally bombing in Bajaur rose to 54, rescue workers said, as families "
           "carried the dead from the tent where the party had gathered.")
RALLY_C = ("Hospitals in Peshawar took in dozens of wounded from the rally bombing; officials there put "
           "the dead at 63 and said many of the injured were party volunteers.")
BRIDGE_A = ("At least 60 people were killed when a car bomb went off beside the bridge checkpoint in Kabul "
            "on Tuesday, according to an ambulance service.")
BRIDGE_B = ("Police say at least 45 died in Tuesday's car bombing near the Kabul bridge checkpoint; "
            "clearing the wreckage took most of the night.")
BRIDGE_C = ("The health ministry put the toll of Tuesday's bridge checkpoint bombing in Kabul at 60, "
            "with more than a hundred wounded.")
BRIDGE_D = ("Nearly a week on, officials put the dead of the bridge checkpoint car bomb in Kabul at about "
            "180, three times the first count.")
BAJAUR = {"place": "Peshawar", "admin2": "Bajaur", "place_name": "Bajaur", "geo_precision": 3,
          "lat": 34.78, "lon": 71.52}


def _run(store: Store) -> None:
    with store.session(actor="linker") as s:
        link(session=s)


def _killed(reports: Reports, mention_id: int) -> tuple[int | None, int | None, int | None]:
    incident = reports.incident(reports.incident_of(mention_id) or 0)
    return incident.killed_low, incident.killed_best, incident.killed_high


def test_incident_known_only_from_at_least_figures_has_no_high(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Kabul Daily", text=BRIDGE_A, killed=(60, 60, None), targets=["checkpoint"])
    b = reports.add(publisher="Hindukush Radio", text=BRIDGE_B, killed=(45, 45, None), targets=["checkpoint"])
    _run(store)

    assert reports.incident_of(a) == reports.incident_of(b)
    assert _killed(reports, a) == (60, 60, None)
    why = reports.incident(reports.incident_of(a) or 0).explanation["killed"]["why"]["high"]
    assert "'at least' figure" in why


def test_an_exact_figure_equal_to_the_floor_bounds_the_high(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Kabul Daily", text=BRIDGE_A, killed=(60, 60, None), targets=["checkpoint"])
    reports.add(publisher="Frontier Post", text=BRIDGE_C, killed=60, targets=["checkpoint"])
    _run(store)

    assert _killed(reports, a) == (60, 60, 60)


def test_a_figure_given_without_bounds_above_the_floor_is_the_high(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Kabul Daily", text=BRIDGE_A, killed=(60, 60, None), targets=["checkpoint"])
    reports.add(publisher="Frontier Post", text=BRIDGE_D, killed=(None, 180, None), targets=["checkpoint"])
    _run(store)

    low, _best, high = _killed(reports, a)
    assert (low, high) == (60, 180)


def test_district_most_sources_agree_on_beats_one_sources_more_precise_place(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Bajaur Valley Times", text=RALLY_A, killed=(40, 40, None), targets=["civilians"],
                    suicide=True, attack_type="suicide_bombing", **BAJAUR)
    reports.add(publisher="Khyber Ledger", text=RALLY_B, killed=54, targets=["civilians"],
                suicide=True, attack_type="suicide_bombing", **BAJAUR)
    c = reports.add(publisher="Indus Evening Post", text=RALLY_C, place="Peshawar", killed=63,
                    targets=["civilians"], suicide=True, attack_type="suicide_bombing", geo_precision=1)
    _run(store)

    assert reports.incident_of(a) == reports.incident_of(c)
    incident = reports.incident(reports.incident_of(a) or 0)
    assert (incident.admin1, incident.admin2, incident.place_name) == ("PK-KP", "Bajaur", "Bajaur")
    assert incident.title == "Suicide bombing, Bajaur, 2023-03-14"
    place = incident.explanation["place"]
    assert "district by 2 of 3" in place["why"]
    assert any("PK-KP/Peshawar" in conflict for conflict in place["conflicts"])


def test_inside_the_agreed_district_the_most_precise_place_wins(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Kabul Daily", text=BRIDGE_A, killed=(60, 60, None), targets=["checkpoint"])
    reports.add(publisher="Frontier Post", text=BRIDGE_C, killed=60, targets=["checkpoint"],
                place_name="Pul-e Charkhi bridge", geo_precision=1)
    _run(store)

    incident = reports.incident(reports.incident_of(a) or 0)
    assert (incident.admin2, incident.place_name, incident.geo_precision) == ("Kabul", "Pul-e Charkhi bridge", 1)


def test_three_outlets_with_different_tolls_make_one_incident_and_explain_names_each_source_and_best(
    store: Store, reports: Reports
) -> None:
    """Issue 4, done when: three outlets, three tolls, one incident whose range spans them, explained."""
    reports.add(publisher="Kabul Daily", text=BRIDGE_B, killed=(45, 45, None), targets=["checkpoint"])
    reports.add(publisher="Hindukush Radio", text=BRIDGE_C, killed=60, targets=["checkpoint"])
    reports.add(publisher="Frontier Post", text=BRIDGE_D, killed=(None, 180, None), targets=["checkpoint"],
                day="2023-03-15")
    options = ["--data-dir", str(store.settings.home), "--as", "analyst-1"]
    if store.settings.database_url:
        options += ["--database-url", store.settings.database_url]

    def cli(*args: str) -> str:
        result = CliRunner().invoke(app, [*options, *args])
        assert result.exit_code == 0, result.output
        return result.output

    cli("link")
    listed = json.loads(cli("incidents", "list", "--json", "--province", "AF-KAB"))
    assert listed["total"] == 1
    assert listed["items"][0]["killed"] == [45, 60, 180]
    explained = cli("incidents", "show", str(listed["items"][0]["id"]), "--explain")
    for publisher in ("Kabul Daily", "Hindukush Radio", "Frontier Post"):
        assert publisher in explained
    assert "best: median of 3 independent latest figure(s) [45, 60, 180]" in explained
    assert "high: largest credible figure 180" in explained


def test_a_later_report_without_figures_does_not_erase_its_outlets_figure(store: Store, reports: Reports) -> None:
    first = reports.add(publisher="Frontier Monitor Radio", text=BRIDGE_A, killed=60, day="2023-03-14",
                        published="2023-03-14")
    other = reports.add(publisher="Kabul Daily", text=BRIDGE_B, killed=45, day="2023-03-14", published="2023-03-14")
    # the same outlet's follow-up names no toll: the outlet's voice is still its earlier 60
    reports.add(publisher="Frontier Monitor Radio", text=BRIDGE_C, day="2023-03-14", published="2023-03-16")
    _run(store)

    assert reports.incident_of(first) == reports.incident_of(other)
    assert _killed(reports, first)[1:] == (45, 60)
