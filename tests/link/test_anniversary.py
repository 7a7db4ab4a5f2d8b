"""A retrospective dated by its publication on an attack's anniversary joins that attack (SQLite and PostgreSQL)."""

from __future__ import annotations

from newsroom import Reports

from tasdiq.link import link
from tasdiq.store import Store

GATE_WIRE = ("A suicide bomber struck the crowd outside the airport's south gate in Kabul on Thursday, "
             "killing dozens of people waiting to leave, health officials said.")
GATE_LOCAL = ("Relatives searched hospitals after the blast at the airport gate, where evacuees had queued "
              "for days; the regional branch of Islamic State said one of its men carried it out.")
GATE_YEAR_ON = ("A year on from the bombing at the airport gate, families of the dead say nobody has asked "
                "them what they lost that afternoon.")
GATE_NEW_ATTACK = ("A second bomber blew himself up at the same airport gate on Tuesday, a year to the day after "
                   "the first attack there, killing four guards.")
SITE = {"place_name": "Hamid Karzai International Airport", "geo_precision": 1, "lat": 34.5659, "lon": 69.2123}
ATTACK = {"attack_type": "suicide_bombing", "suicide": True, "targets": ["civilians"], **SITE}


def _run(store: Store) -> None:
    with store.session(actor="linker") as s:
        link(session=s)


def _attack(reports: Reports) -> int:
    first = reports.add(publisher="Kabul Daily", text=GATE_WIRE, day="2021-08-26", **ATTACK)
    reports.add(publisher="Hindukush Radio", text=GATE_LOCAL, day="2021-08-26", **ATTACK)
    return first


def test_retrospective_dated_by_its_publication_on_the_anniversary_joins_the_attack(
    store: Store, reports: Reports
) -> None:
    first = _attack(reports)
    # "A year on": the extractor gave it the day it was published, a year after the attack.
    retro = reports.add(publisher="Frontier Post", text=GATE_YEAR_ON, day="2022-08-26", **ATTACK)
    _run(store)

    assert reports.incident_of(retro) == reports.incident_of(first)
    incident = reports.incident(reports.incident_of(first) or 0)
    assert incident.date is not None and incident.date.isoformat() == "2021-08-26"


def test_retrospective_arriving_in_a_later_run_finds_the_attack_a_year_before(
    store: Store, reports: Reports
) -> None:
    first = _attack(reports)
    _run(store)
    retro = reports.add(publisher="Frontier Post", text=GATE_YEAR_ON, day="2022-08-26", **ATTACK)
    _run(store)

    assert reports.incident_of(retro) == reports.incident_of(first)


def test_attack_reported_after_its_retrospective_joined_is_not_vetoed_by_the_retrospective_date(
    store: Store, reports: Reports
) -> None:
    first = _attack(reports)
    reports.add(publisher="Frontier Post", text=GATE_YEAR_ON, day="2022-08-26", **ATTACK)
    _run(store)
    late = reports.add(publisher="Pamir Observer", text=GATE_LOCAL + " Officials gave no toll.",
                       day="2021-08-26", published="2021-08-28", **ATTACK)
    _run(store)

    assert reports.incident_of(late) == reports.incident_of(first)


def test_new_attack_on_the_anniversary_dated_by_its_own_text_stays_apart(store: Store, reports: Reports) -> None:
    first = _attack(reports)
    # Reported the next day, so its date is the text's own, not the publication's: another attack.
    second = reports.add(publisher="Frontier Post", text=GATE_NEW_ATTACK, day="2022-08-26",
                         published="2022-08-27", **ATTACK)
    _run(store)

    assert reports.incident_of(second) != reports.incident_of(first)


def test_retrospective_published_on_another_day_than_the_anniversary_stays_apart(
    store: Store, reports: Reports
) -> None:
    first = _attack(reports)
    retro = reports.add(publisher="Frontier Post", text=GATE_YEAR_ON, day="2022-09-02", **ATTACK)
    _run(store)

    assert reports.incident_of(retro) != reports.incident_of(first)
