"""Incidents recorded by hand, with sources and evidence attached, on both backends."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tasdiq.model.enums import Role

from .seed import Seeded

Client = Callable[[Role | None], tuple[TestClient, str]]
FORM = {"title": "Grenade thrown into a wedding hall", "attack_type": "bombing", "date": "2023-04-10",
        "province": "Khyber Pakhtunkhwa", "place_name": "Charsadda", "killed": "4", "injured": "",
        "reason": "our correspondent spoke to two guests"}


def test_an_incident_made_by_hand_keeps_the_analysts_values_when_a_report_is_attached(
        seeded: Seeded, client_as: Client) -> None:
    client, csrf = client_as(Role.ANALYST)
    made = client.post("/new-incident", data={**FORM, "csrf_token": csrf}, follow_redirects=False)
    assert made.status_code == 303, made.text
    incident_id = int(made.headers["location"].rsplit("/", 1)[1])
    page = client.get(f"/incidents/{incident_id}").text
    assert "Recorded by hand by analyst: our correspondent spoke to two guests" in page
    # The Peshawar checkpoint report says 2 killed: attached, it stands beside the analyst's 4.
    attach = client.post(f"/incidents/{incident_id}/sources", data={"csrf_token": csrf,
                                                                      "source_id": str(seeded.source_ids[2])})
    assert attach.status_code in (200, 303)
    incident = client.get(f"/api/v1/incidents/{incident_id}").json()
    assert incident["incident"]["title"] == FORM["title"]
    assert (incident["incident"]["killed_low"], incident["incident"]["killed_best"]) == (2, 4)
    assert incident["incident"]["admin1"] == "PK-KP" and incident["incident"]["injured_best"] is None
    assert [m["source_id"] for m in incident["mentions"]] == [seeded.source_ids[2]]
    killed = [c for c in client.get(f"/api/v1/incidents/{incident_id}/corrections").json()
              if c["field"] == "killed_best"]
    assert [(c["machine_value"], c["value"]) for c in killed] == [("2", "4")]
    assert "Recorded by hand by analyst" in client.get(f"/incidents/{incident_id}").text


def test_evidence_is_attached_to_a_hand_made_incident(seeded: Seeded, client_as: Client) -> None:
    client, csrf = client_as(Role.ANALYST)
    made = client.post("/api/v1/incidents", headers={"x-csrf-token": csrf},
                       json={"title": "Shots at a girls' school", "attack_type": "armed_assault",
                             "reason": "school principal by phone", "province": "AF-KAN"})
    assert made.status_code == 200, made.text
    incident_id = made.json()["id"]
    client.post(f"/incidents/{incident_id}/evidence", data={"csrf_token": csrf, "evidence_id": str(seeded.evidence_id),
                                                             "note": "the gate afterwards"})
    assert "the gate afterwards" in client.get(f"/incidents/{incident_id}").text


def test_a_hand_made_incident_in_an_unknown_province_is_refused_in_one_line(
        seeded: Seeded, client_as: Client) -> None:
    client, csrf = client_as(Role.ANALYST)
    before = client.get("/api/v1/incidents").json()["total"]
    refused = client.post("/api/v1/incidents", headers={"x-csrf-token": csrf},
                          json={"title": "Somewhere", "attack_type": "bombing", "reason": "a source told me",
                                "province": "Atlantis"})
    assert refused.status_code == 400 and refused.json()["detail"].startswith("province:")
    assert client.get("/api/v1/incidents").json()["total"] == before
