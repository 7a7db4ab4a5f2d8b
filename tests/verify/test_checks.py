"""Recording checks and sign-offs through the store: criteria kept, status kept in step, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from claims.casebook import add_incident, add_mention, add_source, peshawar_mosque
from tasdiq.claims import record_assessment
from tasdiq.errors import InputError, PermissionDenied
from tasdiq.model import AuditEntry, Incident
from tasdiq.store import Store
from tasdiq.verify import add_check, definitions, sign_off, verification_report


def two_source_incident(s: object) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    incident = add_incident(s, title="bombing at a bus stop", admin1="AF-KAB", place_name="Kabul")
    for publisher, text in (("Outlet One (test)", "A bomb hit a bus stop in Kabul."),
                            ("Outlet Two (test)", "Several people were hurt by a blast at a Kabul bus stop."),
                            ("Outlet Three (test)", "A bomb hit a bus stop in Kabul.")):  # a syndicated copy
        add_mention(s, incident=incident, source=add_source(s, publisher=publisher, text=text,
                                                             locator=publisher))
    return incident.id or 0


def test_syndicated_copies_count_once_towards_independent_sources(store: Store) -> None:
    with store.session() as s:
        iid = two_source_incident(s)
        report = verification_report(session=s, incident_id=iid)
    assert report.independent_sources == 2
    assert report.derivation.status == "corroborated"


def test_a_check_stores_its_criteria_and_moves_the_status(store: Store) -> None:
    with store.session(actor="ana") as s:
        iid = two_source_incident(s)
        geo = add_check(session=s, incident_id=iid, check="geolocated", result="pass", precision_m=50, analyst="ana")
        add_check(session=s, incident_id=iid, check="chronolocated", result="pass", analyst="ana")
        status = s.get(Incident, iid).status  # type: ignore[union-attr]
    assert geo.criteria == definitions()["geolocated"].criteria and "metres" in geo.criteria
    assert status == "verified"
    with store.session() as s:
        audited = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "verifications")))
    assert len(audited) == 2 and {a.actor for a in audited} == {"ana"}


def test_a_geolocation_pass_without_precision_is_refused(store: Store) -> None:
    with store.session() as s:
        iid = two_source_incident(s)
        with pytest.raises(InputError, match="precision in metres"):
            add_check(session=s, incident_id=iid, check="geolocated", result="pass", analyst="ana")


def test_second_reviewer_rule_refuses_self_sign_off_and_waits_for_another(store: Store) -> None:
    with store.session() as s:
        iid = two_source_incident(s)
        for check in ("geolocated", "chronolocated"):
            add_check(session=s, incident_id=iid, check=check, result="pass", precision_m=20, analyst="ana",
                      second_reviewer=True)
        assert s.get(Incident, iid).status == "corroborated"  # type: ignore[union-attr]
        with pytest.raises(PermissionDenied, match="cannot sign off their own"):
            sign_off(session=s, incident_id=iid, reviewer="ana", second_reviewer=True)
        sign_off(session=s, incident_id=iid, reviewer="rev", second_reviewer=True)
        assert s.get(Incident, iid).status == "verified"  # type: ignore[union-attr]


def test_competing_claims_dispute_the_incident_until_assessed(store: Store) -> None:
    with store.session() as s:
        iid = peshawar_mosque(s).id or 0
        add_check(session=s, incident_id=iid, check="source_traced", result="pass", analyst="ana")
        assert s.get(Incident, iid).status == "disputed"  # type: ignore[union-attr]
        record_assessment(session=s, incident_id=iid, perpetrator="ISKP", confidence="moderate",
                          rationale="the claim's detail fits", analyst="ana")
        report = verification_report(session=s, incident_id=iid)
    assert report.derivation.status == "corroborated"
    assert "analyst" not in report.to_dict()["checks"][0]


def test_an_analyst_correcting_their_own_check_is_not_a_conflict(store: Store) -> None:
    with store.session() as s:
        iid = two_source_incident(s)
        add_check(session=s, incident_id=iid, check="geolocated", result="fail", analyst="ana")
        add_check(session=s, incident_id=iid, check="geolocated", result="pass", precision_m=100, analyst="ana")
        report = verification_report(session=s, incident_id=iid)
    assert report.derivation.status == "corroborated" and len(report.checks) == 2
