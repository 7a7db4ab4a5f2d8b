"""The actor filter and the dashboard's perpetrator bars speak the registry's language: any
spelling of a group finds its incidents, and branches group under their parent on request.
Runs on SQLite and PostgreSQL (the `seeded` fixture takes `store`)."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tasdiq.model.enums import Role

from .seed import Seeded

ClientAs = Callable[[Role | None], tuple[TestClient, str]]


def _titles(client: TestClient, actor: str) -> list[str]:
    answer = client.get("/api/v1/incidents", params={"actor": actor})
    assert answer.status_code == 200, answer.text
    return [i["title"] for i in answer.json()["items"]]


def test_actor_iskp_finds_the_incident_claimed_as_islamic_state_khorasan(client_as: ClientAs, seeded: Seeded) -> None:
    client, _ = client_as(Role.VIEWER)
    kabul = ["Bombing at a Kabul vegetable market"]
    assert _titles(client, "ISKP") == kabul and _titles(client, "ISIS-K") == kabul
    assert _titles(client, "IS") == kabul  # the Islamic State finds its Khorasan branch
    assert _titles(client, "TTP") == ["Police checkpoint attacked near Peshawar"]


def test_the_dashboard_counts_iskp_under_the_islamic_state_when_asked(client_as: ClientAs, seeded: Seeded) -> None:
    client, _ = client_as(Role.VIEWER)
    plain = client.get("/api/v1/stats").json()["perpetrators_claimed"]
    grouped = client.get("/api/v1/stats", params={"group_branches": "true"}).json()["perpetrators_claimed"]
    assert "ISKP" in {p["key"] for p in plain} and "IS" not in {p["key"] for p in plain}
    assert "IS" in {p["key"] for p in grouped} and "ISKP" not in {p["key"] for p in grouped}
    assert 'name="group_branches"' in client.get("/").text
