"""The perpetrator tables count each side once, and branches under their group on request."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from claims.casebook import add_claim, add_incident, add_source
from tasdiq.analyse import by_perpetrator, select_incidents
from tasdiq.store import Store


def _claimed(s: Session, *subjects: str) -> None:
    incident = add_incident(s, date=dt.date(2022, 5, 1), admin1="AF-KAB", killed_best=10)
    for subject in subjects:
        source = add_source(s, publisher=f"{subject} watcher (test)", text=f"{subject} said it did it.")
        add_claim(s, incident_id=incident.id, source_id=source.id, kind="responsibility", claimant=subject,
                  subject=subject, origin="extracted")


def _seed(s: Session) -> None:
    _claimed(s, "ISKP", "Islamic State")  # Kunduz: the branch and its parent both named
    _claimed(s, "ISIS-K")
    _claimed(s, "Haqqani Network")
    _claimed(s, "Taliban")


def test_an_incident_claimed_for_a_group_and_its_branch_counts_once_under_the_branch(store: Store) -> None:
    with store.session() as s:
        _seed(s)
        claimed = by_perpetrator(session=s, selection=select_incidents(session=s)).claimed
    assert {t.key: t.incidents for t in claimed} == {"ISKP": 2, "HAQQANI": 1, "TALIBAN": 1}
    assert sum(t.incidents for t in claimed) == 4  # each incident once: no split bars


def test_on_request_branches_count_under_their_group(store: Store) -> None:
    with store.session() as s:
        _seed(s)
        claimed = by_perpetrator(session=s, selection=select_incidents(session=s), group_branches=True).claimed
    assert {(t.key, t.label): t.incidents for t in claimed} == {("IS", "Islamic State"): 2, ("TALIBAN", "Taliban"): 2}
