"""An analyst's work through the pages: the hypothesis matrix, splitting and merging incidents,
exports through tasdiq.exchange, the dashboard through tasdiq.analyse, and sessions the
server can end. Runs on SQLite and PostgreSQL (the `seeded` fixture takes `store`)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

from fastapi.testclient import TestClient

from tasdiq.model import AchRatingEntry, Hypothesis, Incident, IncidentMention
from tasdiq.model.enums import Role
from tasdiq.store.schema import cols

from .conftest import csrf_of, login
from .seed import Seeded

ClientAs = Callable[[Role | None], tuple[TestClient, str]]


def _cell(seeded: Seeded, hypothesis_id: int) -> str | None:
    with seeded.store.session(actor="test") as s:
        row = s.query(AchRatingEntry).filter(cols(AchRatingEntry).hypothesis_id == hypothesis_id,
                                             cols(AchRatingEntry).item_id == seeded.ach_item_id).one_or_none()
        return row.rating if row else None


def test_an_analyst_rates_a_matrix_cell_and_the_least_rejected_hypothesis_follows(
    client_as: ClientAs, seeded: Seeded
) -> None:
    client, csrf = client_as(Role.ANALYST)
    kabul, other = seeded.incident_ids[0], seeded.hypothesis_ids[1]
    before = client.get(f"/incidents/{kabul}").text.split('id="ach"')[1]
    assert before.count("least rejected</span>") == 1
    page = client.post(f"/incidents/{kabul}/ach/rate", data={"csrf_token": csrf, "hypothesis_id": other,
                                                             "item_id": seeded.ach_item_id, "rating": "consistent"})
    assert page.status_code == 200, page.text
    assert _cell(seeded, other) == "consistent"
    # Neither hypothesis is contradicted now: both are least rejected.
    assert page.text.split('id="ach"')[1].count("least rejected</span>") == 2


def test_a_rating_posted_from_another_incidents_page_is_refused(client_as: ClientAs, seeded: Seeded) -> None:
    client, csrf = client_as(Role.ANALYST)
    response = client.post(f"/incidents/{seeded.incident_ids[1]}/ach/rate",
                           data={"csrf_token": csrf, "hypothesis_id": seeded.hypothesis_ids[1],
                                 "item_id": seeded.ach_item_id, "rating": "consistent"})
    assert response.status_code == 404
    assert _cell(seeded, seeded.hypothesis_ids[1]) == "inconsistent"


def test_a_rating_without_the_csrf_token_changes_nothing(client_as: ClientAs, seeded: Seeded) -> None:
    client, _ = client_as(Role.ANALYST)
    response = client.post(f"/incidents/{seeded.incident_ids[0]}/ach/rate",
                           data={"hypothesis_id": seeded.hypothesis_ids[1], "item_id": seeded.ach_item_id,
                                 "rating": "consistent"})
    assert response.status_code == 403
    assert _cell(seeded, seeded.hypothesis_ids[1]) == "inconsistent"


def test_viewers_read_the_matrix_but_get_no_rating_forms(client_as: ClientAs, seeded: Seeded) -> None:
    viewer, _ = client_as(Role.VIEWER)
    analyst, _ = client_as(Role.ANALYST)
    as_viewer = viewer.get(f"/incidents/{seeded.incident_ids[0]}").text.split('id="ach"')[1].split("</section>")[0]
    as_analyst = analyst.get(f"/incidents/{seeded.incident_ids[0]}").text.split('id="ach"')[1]
    assert "inconsistent" in as_viewer and "<form" not in as_viewer
    assert 'action="/incidents/' in as_analyst and 'id="add-hypothesis"' in as_analyst


def test_added_hypotheses_and_items_appear_in_the_matrix_unrated(client_as: ClientAs, seeded: Seeded) -> None:
    client, csrf = client_as(Role.ANALYST)
    kabul = seeded.incident_ids[0]
    client.post(f"/incidents/{kabul}/ach/hypotheses", data={"csrf_token": csrf, "label": "A local feud"})
    page = client.post(f"/incidents/{kabul}/ach/items", data={"csrf_token": csrf, "weight": "2",
                                                              "description": "Handcart bombs are TTP's habit here"})
    matrix = page.text.split('id="ach"')[1].split("</section>")[0]
    assert "A local feud" in matrix and "Handcart bombs are TTP&#39;s habit here" in matrix
    assert "not rated" in matrix
    blank = client.post(f"/incidents/{kabul}/ach/hypotheses", data={"csrf_token": csrf, "label": "   "})
    assert blank.status_code == 400 and "label" in blank.text


def test_seeding_the_matrix_adds_a_hypothesis_per_named_actor_and_an_item_per_claim(
    client_as: ClientAs, seeded: Seeded
) -> None:
    client, csrf = client_as(Role.ANALYST)
    pesh = seeded.incident_ids[1]
    matrix = client.post(f"/incidents/{pesh}/ach/seed", data={"csrf_token": csrf}).text.split('id="ach"')[1]
    assert "carried out the attack" in matrix and "Other or unknown perpetrator" in matrix
    assert "claims responsibility" in matrix


def test_splitting_moves_the_ticked_report_into_a_new_incident(client_as: ClientAs, seeded: Seeded) -> None:
    client, csrf = client_as(Role.ANALYST)
    kabul, moved = seeded.incident_ids[0], seeded.mention_ids[1]
    response = client.post(f"/incidents/{kabul}/split", data={"csrf_token": csrf, "mention_id": moved},
                           follow_redirects=False)
    assert response.status_code == 303
    new_id = int(response.headers["location"].split("/incidents/")[1].split("#")[0])
    assert new_id not in seeded.incident_ids
    with seeded.store.session(actor="test") as s:
        links = {m.mention_id: m.incident_id for m in s.query(IncidentMention)}
    assert links[moved] == new_id and links[seeded.mention_ids[0]] == kabul
    nothing = client.post(f"/incidents/{kabul}/split", data={"csrf_token": csrf})
    assert nothing.status_code == 400 and "tick" in nothing.text


def test_merging_moves_everything_here_and_removes_the_other_incident(client_as: ClientAs, seeded: Seeded) -> None:
    client, csrf = client_as(Role.ANALYST)
    kabul, pesh = seeded.incident_ids[0], seeded.incident_ids[1]
    page = client.post(f"/incidents/{kabul}/merge", data={"csrf_token": csrf, "other": pesh})
    assert page.status_code == 200, page.text
    assert "Checkpoint attacked near Peshawar" in page.text  # its report is now on this page
    assert client.get(f"/incidents/{pesh}").status_code == 404
    with seeded.store.session(actor="test") as s:
        assert s.get(Incident, pesh) is None
    itself = client.post(f"/incidents/{kabul}/merge", data={"csrf_token": csrf, "other": kabul})
    assert itself.status_code == 400


def test_after_logout_a_copy_of_the_session_cookie_is_refused(client_as: ClientAs) -> None:
    client, csrf = client_as(Role.ANALYST)
    copied = dict(client.cookies)
    assert client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False).status_code == 303
    with TestClient(client.app, base_url="http://127.0.0.1") as thief:
        for name, value in copied.items():
            thief.cookies.set(name, value)
        assert thief.get("/api/v1/me").status_code == 401
    again, _ = client_as(Role.ANALYST)  # signing in afresh works
    assert again.get("/api/v1/me").json()["role"] == "analyst"


def test_a_role_change_ends_the_users_sessions_and_the_next_sign_in_has_the_new_role(
    client_as: ClientAs, seeded: Seeded
) -> None:
    analyst, _ = client_as(Role.ANALYST)
    admin, csrf = client_as(Role.ADMIN)
    changed = admin.post(f"/admin/users/{seeded.user_ids[Role.ANALYST]}",
                         data={"csrf_token": csrf, "role": "viewer", "active": "true"})
    assert changed.status_code == 200, changed.text
    assert analyst.get("/api/v1/me").status_code == 401
    login(analyst, "analyst")
    assert analyst.get("/api/v1/me").json()["role"] == "viewer"
    assert analyst.get("/review", follow_redirects=False).status_code == 403


def test_deactivating_an_account_ends_its_sessions(client_as: ClientAs, seeded: Seeded) -> None:
    viewer, _ = client_as(Role.VIEWER)
    admin, csrf = client_as(Role.ADMIN)
    admin.post(f"/admin/users/{seeded.user_ids[Role.VIEWER]}", data={"csrf_token": csrf, "role": "viewer"})
    assert viewer.get("/api/v1/me").status_code == 401
    form = viewer.get("/login").text
    refused = viewer.post("/login", data={"username": "viewer", "password": "correct horse battery",
                                          "csrf_token": csrf_of(form)})
    assert refused.status_code == 401


def _csv(client: TestClient, **params: str) -> list[dict[str, str]]:
    response = client.get("/api/v1/exports/incidents", params={"format": "csv", **params})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def test_csv_export_has_acled_columns_and_personal_columns_only_for_analysts(
    client_as: ClientAs, seeded: Seeded
) -> None:
    viewer, _ = client_as(Role.VIEWER)
    analyst, _ = client_as(Role.ANALYST)
    as_viewer, as_analyst = _csv(viewer), _csv(analyst)
    assert [r["tasdiq_incident_id"] for r in as_viewer] == [str(i) for i in seeded.incident_ids]
    assert list(as_viewer[0])[:3] == ["event_id_cnty", "event_date", "year"]
    assert "victims_named" not in as_viewer[0]
    assert "Nadir Ahmad" in as_analyst[0]["victims_named"]
    kabul_only = _csv(viewer, province="AF-KAB")
    assert [r["event_id_cnty"] for r in kabul_only] == [f"AFG{seeded.incident_ids[0]}"]


def test_geojson_jsonl_and_stix_exports_come_from_the_exchange(client_as: ClientAs, seeded: Seeded) -> None:
    viewer, _ = client_as(Role.VIEWER)

    def get(fmt: str) -> str:
        response = viewer.get("/api/v1/exports/incidents", params={"format": fmt, "country": "PK"})
        assert response.status_code == 200, response.text
        return str(response.text)

    geo = json.loads(get("geojson"))
    assert [f["properties"]["tasdiq_incident_id"] for f in geo["features"]] == [seeded.incident_ids[1]]
    line = json.loads(get("jsonl").splitlines()[0])
    assert line["incident"]["id"] == seeded.incident_ids[1] and line["claims"][0]["claimant"] == "ttp"
    bundle = json.loads(get("stix"))
    assert bundle["type"] == "bundle" and any(o["type"] == "incident" for o in bundle["objects"])
    unknown = viewer.get("/api/v1/exports/incidents", params={"format": "xlsx"})
    assert unknown.status_code == 400 and "format" in unknown.text


def test_dashboard_figures_come_from_analyse_and_reconcile(client_as: ClientAs, seeded: Seeded) -> None:
    client, _ = client_as(Role.VIEWER)
    stats = client.get("/api/v1/stats").json()
    assert stats["total"]["incidents"] == 3
    assert {p["key"] for p in stats["provinces"]} == {"AF-KAB", "PK-KP", "AF-KAN"}
    iskp = next(r for r in stats["claimed_vs_verified"] if r["claimant"] == "islamic_state_khorasan")
    assert (iskp["claimed"], iskp["matched_verified"], iskp["unmatched"]) == (2, 1, 0 + 1)
    assert (iskp["claimed_killed"], iskp["verified_killed"], iskp["ratio"]) == (20, 7, 2.86)
    pk = client.get("/api/v1/stats", params={"country": "PK"}).json()
    assert pk["total"]["incidents"] == 1 and pk["perpetrators_claimed"][0]["incidents"] == 1
    page = client.get("/").text
    assert 'id="claimed-vs-verified"' in page and "2.86" in page


def test_hypotheses_of_a_merged_incident_move_with_it(client_as: ClientAs, seeded: Seeded) -> None:
    client, csrf = client_as(Role.ANALYST)
    kabul, pesh = seeded.incident_ids[0], seeded.incident_ids[1]
    client.post(f"/incidents/{pesh}/merge", data={"csrf_token": csrf, "other": kabul})
    with seeded.store.session(actor="test") as s:
        owners = {h.incident_id for h in s.query(Hypothesis)}
    assert owners == {pesh}
