"""Reports written on the day they tell: their days are firm (SQLite and PostgreSQL)."""

from __future__ import annotations

from newsroom import Reports

from tasdiq.link import link
from tasdiq.store import Store

CAR_BOMB = ("A car bomb hit the deputy governor's vehicle in Kabul on Tuesday, killing him and his driver, "
            "officials said.")
MEMORIAL = ("A bomb went off on Thursday in a Kabul mosque where mourners had gathered for the deputy governor "
            "killed two days earlier; eleven people died.")
LATE_PAGE = ("The deputy governor and his driver were killed when a car bomb struck his vehicle in Kabul, "
             "officials said.")
SAID_ON = {"components": {"date_resolution": "weekday:on"}}
OFFICIALS = ["government", "civilians"]


def _run(store: Store) -> None:
    with store.session(actor="linker") as s:
        link(session=s)


def test_two_reports_each_written_on_the_day_they_tell_two_days_apart_are_two_attacks(
    store: Store, reports: Reports
) -> None:
    # Same town, type and target: only the two firm days tell the car bombing and the memorial bombing apart.
    tuesday = reports.add(publisher="Kabul Daily", text=CAR_BOMB, day="2023-06-06", targets=OFFICIALS, **SAID_ON)
    thursday = reports.add(publisher="Pamir Observer", text=MEMORIAL, day="2023-06-08", targets=OFFICIALS,
                           killed=11, **SAID_ON)
    _run(store)

    assert reports.incident_of(tuesday) != reports.incident_of(thursday)


def test_report_dated_by_its_own_dateline_two_days_later_still_joins_the_attack(
    store: Store, reports: Reports
) -> None:
    # The page names no day: extraction gave it its dateline's, so its day says nothing firm.
    tuesday = reports.add(publisher="Kabul Daily", text=CAR_BOMB, day="2023-06-06", targets=OFFICIALS, **SAID_ON)
    page = reports.add(publisher="Pamir Observer", text=LATE_PAGE, day="2023-06-08", targets=OFFICIALS,
                       components={"date_resolution": "dateline"})
    _run(store)

    assert reports.incident_of(page) == reports.incident_of(tuesday)
