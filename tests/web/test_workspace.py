"""Review at speed through the pages and the API, on both backends: bulk link decisions,
assignments and statuses, comments, the reviewer's queue and honest status words."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from tasdiq.model import AuditEntry, Comment, IncidentMention, WorkItem
from tasdiq.model.enums import Role
from tasdiq.store.schema import cols

from .seed import Seeded

Client = Callable[[Role | None], tuple[TestClient, str]]


def _states(seeded: Seeded) -> dict[int, str]:
    with seeded.store.session() as s:
        return {lk.id or 0: lk.state for lk in s.scalars(select(IncidentMention))}


def test_ticked_links_are_confirmed_at_once_and_each_is_audited(seeded: Seeded, client_as: Client) -> None:
    client, csrf = client_as(Role.ANALYST)
    suggested = [i for i, state in _states(seeded).items() if state == "suggested"]
    response = client.post("/review/links", data={"csrf_token": csrf, "link_id": [str(i) for i in suggested],
                                                  "verdict": "confirm"}, follow_redirects=False)
    assert response.status_code == 303
    assert all(_states(seeded).get(i) == "confirmed" for i in suggested if i in _states(seeded))
    with seeded.store.session() as s:
        decided = s.scalar(select(func.count()).select_from(AuditEntry).where(
            cols(AuditEntry).entity == "link_decisions", cols(AuditEntry).actor == "analyst"))
    assert decided == len(suggested)


def test_a_batch_naming_an_unknown_link_changes_nothing(seeded: Seeded, client_as: Client) -> None:
    client, csrf = client_as(Role.ANALYST)
    before = _states(seeded)
    response = client.post("/api/v1/links/decisions", headers={"x-csrf-token": csrf},
                           json={"link_ids": [seeded.suggested_link_id, 999_999], "verdict": "confirm"})
    assert response.status_code == 404 and "999999" in response.json()["detail"]
    assert _states(seeded) == before


def test_an_assignment_and_a_comment_reach_the_assignees_queue(seeded: Seeded, client_as: Client) -> None:
    analyst, csrf = client_as(Role.ANALYST)
    incident = seeded.incident_ids[1]
    assigned = analyst.post("/api/v1/incidents/work", headers={"x-csrf-token": csrf},
                            json={"incident_ids": [incident], "assignee": "reviewer"})
    assert assigned.status_code == 200, assigned.text
    assert assigned.json()[0]["status"] == "in_progress"  # an assignment means someone is on it
    analyst.post(f"/incidents/{incident}/comments", data={"csrf_token": csrf, "body": "Two hospitals disagree."})
    reviewer, _ = client_as(Role.REVIEWER)
    queue = reviewer.get("/api/v1/queue").json()
    assert [q["incident_id"] for q in queue["mine"]] == [incident]
    page = reviewer.get(f"/incidents/{incident}").text
    assert "Two hospitals disagree." in page and 'id="assignee">reviewer<' in page
    with seeded.store.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            cols(AuditEntry).entity.in_(["work_items", "comments"]))) == 2


def test_help_needed_shows_in_every_analysts_queue(seeded: Seeded, client_as: Client) -> None:
    client, csrf = client_as(Role.ANALYST)
    client.post("/review/incidents", data={"csrf_token": csrf, "incident_id": [str(seeded.incident_ids[0])],
                                           "status": "help_needed", "assignee": ""})
    other, _ = client_as(Role.ADMIN)
    assert 'id="help-needed"><li><a href="/incidents/' + str(seeded.incident_ids[0]) in other.get("/review").text


def test_work_cannot_go_to_a_viewer_or_to_nobody_known(seeded: Seeded, client_as: Client) -> None:
    client, csrf = client_as(Role.ANALYST)
    for who in ("viewer", "someone-else"):
        response = client.post("/api/v1/incidents/work", headers={"x-csrf-token": csrf},
                               json={"incident_ids": [seeded.incident_ids[0]], "assignee": who})
        assert response.status_code == 400 and response.json()["detail"].startswith("assignee:")
    with seeded.store.session() as s:
        assert s.scalar(select(func.count()).select_from(WorkItem)) == 0


def test_viewers_read_comments_without_their_authors(seeded: Seeded, client_as: Client) -> None:
    analyst, csrf = client_as(Role.ANALYST)
    analyst.post(f"/api/v1/incidents/{seeded.incident_ids[0]}/comments", headers={"x-csrf-token": csrf},
                 json={"body": "Amaq claim checked against the bulletin."})
    viewer, _ = client_as(Role.VIEWER)
    [comment] = viewer.get(f"/api/v1/incidents/{seeded.incident_ids[0]}/comments").json()
    assert comment["author"] is None and comment["body"].startswith("Amaq claim")
    with seeded.store.session() as s:
        assert s.scalar(select(cols(Comment).author)) == "analyst"


def test_corroborated_on_suggested_links_alone_says_by_machine(seeded: Seeded, client_as: Client) -> None:
    client, _ = client_as(Role.ANALYST)
    kabul = seeded.incident_ids[0]  # corroborated, one link confirmed
    assert 'id="status"' in client.get(f"/incidents/{kabul}").text
    assert ">corroborated<" in client.get(f"/incidents/{kabul}").text
    with seeded.store.session() as s:
        for link in s.scalars(select(IncidentMention).where(cols(IncidentMention).incident_id == kabul)):
            link.state = "suggested"
    assert ">corroborated by machine<" in client.get(f"/incidents/{kabul}").text
    assert "corroborated by machine" in client.get("/incidents").text


def test_the_source_page_links_to_its_incidents_and_the_favicon_is_served(seeded: Seeded, client_as: Client) -> None:
    client, _ = client_as(Role.VIEWER)
    page = client.get(f"/sources/{seeded.source_ids[0]}").text
    assert f'<a href="/incidents/{seeded.incident_ids[0]}">Bombing at a Kabul vegetable market</a>' in page
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")


def test_the_timeline_shows_the_empty_months_between_attacks(seeded: Seeded, client_as: Client) -> None:
    from tasdiq.web import queries
    from tasdiq.web.filters import IncidentFilter

    with seeded.store.session() as s:
        months = queries.by_month(s, IncidentFilter())
    # Seeded incidents fall in March, April and May 2023: none is missing, none is invented.
    assert [m["month"] for m in months] == ["2023-03", "2023-04", "2023-05"]
    with seeded.store.session() as s:
        months = queries.by_month(s, IncidentFilter(country="AF"))  # March and May: April shown empty
    assert [(m["month"], m["incidents"]) for m in months] == [("2023-03", 1), ("2023-04", 0), ("2023-05", 1)]
