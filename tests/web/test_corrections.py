"""Corrections with reasons, on both backends: the machine's value and the analyst's kept and
shown, the analyst's used (also after re-linking), both in the audit chain."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tasdiq.errors import InputError
from tasdiq.link import corrections, decisions
from tasdiq.model import AuditEntry, Correction, Incident
from tasdiq.model.enums import Role
from tasdiq.store.schema import cols

from .seed import Seeded

Client = Callable[[Role | None], tuple[TestClient, str]]


def test_a_corrected_toll_is_used_shown_beside_the_machines_and_kept_in_the_chain(
        seeded: Seeded, client_as: Client) -> None:
    client, csrf = client_as(Role.ANALYST)
    kabul = seeded.incident_ids[0]  # the machine's best is 7
    response = client.post(f"/incidents/{kabul}/corrections", follow_redirects=False, data={
        "csrf_token": csrf, "field": "killed_best", "value": "9", "reason": "hospital list names 9 dead"})
    assert response.status_code == 303
    page = client.get(f"/incidents/{kabul}").text
    assert "machine said 7" in page and "hospital list names 9 dead" in page
    assert client.get(f"/api/v1/incidents/{kabul}").json()["incident"]["killed_best"] == 9
    [c] = client.get(f"/api/v1/incidents/{kabul}/corrections").json()
    assert (c["machine_value"], c["value"], c["analyst"]) == ("7", "9", "analyst")
    with seeded.store.session() as s:
        entries = s.scalars(select(AuditEntry).where(cols(AuditEntry).entity.in_(["corrections", "incidents"]),
                                                     cols(AuditEntry).actor == "analyst")).all()
    assert any(e.after and e.after.get("machine_value") == "7" and e.after.get("value") == "9" for e in entries)
    assert any(e.before and e.before.get("killed_best") == 7 and e.after and e.after.get("killed_best") == 9
               for e in entries)


def test_re_linking_keeps_the_analysts_value_and_follows_the_machines(seeded: Seeded) -> None:
    kabul = seeded.incident_ids[0]
    with seeded.store.session(actor="analyst") as s:
        corrections.correct(session=s, incident_id=kabul, field="injured_best", value="18",
                            reason="ward count on the second day", analyst="analyst")
    with seeded.store.session(actor="analyst") as s:
        # Confirming a link re-derives the incident's figures from its reports.
        decisions.confirm(session=s, incident_id=kabul, mention_id=seeded.mention_ids[1], analyst="analyst")
    with seeded.store.session() as s:
        incident = s.get(Incident, kabul)
        standing = corrections.standing(s, [kabul])[kabul]["injured_best"]
        assert incident is not None and incident.injured_best == 18
        assert standing.machine_value == "15"
        assert incident.explanation["corrected"] == {"injured_best": "ward count on the second day"}


def test_withdrawing_a_correction_puts_the_machines_value_back(seeded: Seeded) -> None:
    kabul = seeded.incident_ids[0]
    with seeded.store.session() as s:
        made = corrections.correct(session=s, incident_id=kabul, field="date", value="2023-03-04",
                                   reason="the blast was after midnight", analyst="analyst")
    with seeded.store.session() as s:
        corrections.withdraw(session=s, correction_id=made.id or 0)
    with seeded.store.session() as s:
        incident = s.get(Incident, kabul)
        assert incident is not None and incident.date is not None and incident.date.isoformat() == "2023-03-03"
        assert s.scalars(select(Correction)).one().withdrawn


@pytest.mark.parametrize(("field", "value", "reason", "named"), [
    ("killed_best", "nine", "hospital list", "value"),
    ("killed_best", "-3", "hospital list", "value"),
    ("date", "04/03/2023", "local calendar", "value"),
    ("date", "0471-01-01", "a typo of a year", "value"),
    ("killed_best", "9", "", "reason"),
    ("status", "verified", "because", "field"),
    ("attack_type", "bombs", "wrong word", "value"),
])
def test_a_bad_correction_is_refused_in_one_line_and_changes_nothing(
        seeded: Seeded, field: str, value: str, reason: str, named: str) -> None:
    with seeded.store.session() as s, pytest.raises(InputError) as refused:
        corrections.correct(session=s, incident_id=seeded.incident_ids[0], field=field, value=value,
                            reason=reason, analyst="analyst")
    assert str(refused.value).startswith(f"{named}:") and "\n" not in str(refused.value)
    with seeded.store.session() as s:
        assert s.scalars(select(Correction)).first() is None
