"""What pages and API show: hostile text stays text, personal details follow the role,
nothing points off the machine, filters and pages agree."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from tasdiq.model.enums import Role
from tasdiq.web.context import STATIC_DIR
from tasdiq.web.highlight import Piece, pieces, spans_of

from .seed import HOSTILE_TITLE, Seeded

ClientAs = Callable[[Role | None], tuple[TestClient, str]]
PAGES = ["/", "/map", "/timeline", "/incidents", "/review", "/upload", "/admin/users", "/login"]
ATTR = re.compile(r'\b(?:src|href|action)\s*=\s*"([^"]*)"', re.I)


def test_hostile_source_text_and_title_render_as_text_not_markup(client_as: ClientAs, seeded: Seeded) -> None:
    client, _ = client_as(Role.ANALYST)
    pages = [client.get(f"/sources/{seeded.hostile_source_id}").text, client.get("/incidents").text,
             client.get(f"/incidents/{seeded.incident_ids[2]}").text, client.get("/timeline").text]
    for html in pages:
        assert "<script>alert" not in html and "<script>window.pwned" not in html
        assert "<b>bold claim</b>" not in html and "<i>Evil</i>" not in html
        assert 'onerror="window.pwned' not in html
        assert "javascript:" not in " ".join(ATTR.findall(html)).lower()
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;&lt;b&gt;bold claim&lt;/b&gt;" in pages[0]
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in pages[0]


def test_hostile_title_in_the_api_is_returned_verbatim_as_json_data(client_as: ClientAs, seeded: Seeded) -> None:
    client, _ = client_as(Role.VIEWER)
    body = client.get(f"/api/v1/incidents/{seeded.incident_ids[2]}").json()
    assert body["incident"]["title"] == HOSTILE_TITLE


def test_viewers_do_not_see_personal_details_analysts_do(client_as: ClientAs, seeded: Seeded) -> None:
    kabul = seeded.incident_ids[0]
    viewer, _ = client_as(Role.VIEWER)
    analyst, _ = client_as(Role.ANALYST)
    for client, shown in ((viewer, False), (analyst, True)):
        html = client.get(f"/incidents/{kabul}").text + client.get(f"/sources/{seeded.source_ids[0]}").text
        api = client.get(f"/api/v1/incidents/{kabul}").json()
        named = [m["victims_named"] for m in api["mentions"]]
        assert ("Nadir Ahmad" in str(named)) is shown
        assert ("Reporter Zarif" in html) is shown
        assert ("Phone X" in html) is shown
        exported = client.get("/api/v1/mentions").json()["items"]
        assert any(m["victims_named"] for m in exported) is shown


def test_no_page_refers_to_anything_off_this_server(client_as: ClientAs, seeded: Seeded) -> None:
    client, _ = client_as(Role.ADMIN)
    paths = [*PAGES, f"/incidents/{seeded.incident_ids[0]}", f"/sources/{seeded.source_ids[0]}"]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert "default-src 'self'" in response.headers["content-security-policy"]
        for ref in ATTR.findall(response.text):
            assert ref.startswith(("/", "#", "?")) or ref == "", f"{path} refers to {ref!r}"
    for asset in Path(STATIC_DIR).glob("*.*"):
        assert not re.search(r"(?:src|href|url)\s*[=(]\s*['\"]?(?:https?:)?//", asset.read_text()), asset.name


def test_the_openapi_page_and_docs_load_nothing_from_a_cdn(client_as: ClientAs) -> None:
    client, _ = client_as(None)
    assert client.get("/api/v1/openapi.json").status_code == 200
    assert client.get("/docs").status_code == 404


def test_extracted_words_are_highlighted_in_the_incident_page(client_as: ClientAs, seeded: Seeded) -> None:
    client, _ = client_as(Role.VIEWER)
    html = client.get(f"/incidents/{seeded.incident_ids[0]}").text
    assert '<mark title="killed" data-labels="killed">at least 7</mark>' in html
    assert ">Khorasan branch of the Islamic State</mark>" in html


def test_overlapping_spans_split_into_pieces_with_both_labels() -> None:
    text = "seven killed in Kabul"
    result = pieces(text, spans_of({"killed": [0, 12], "count": [0, 5], "place": [[16, 21]]}))
    assert result == [Piece("seven", ("count", "killed")), Piece(" killed", ("killed",)), Piece(" in "),
                      Piece("Kabul", ("place",))]


def test_spans_outside_the_text_are_clipped_or_ignored() -> None:
    assert pieces("abc", spans_of({"x": [1, 99], "bad": [5, 2], "junk": "nope"})) == [Piece("a"), Piece("bc", ("x",))]


def test_incident_list_filters_sorts_and_pages(client_as: ClientAs, seeded: Seeded) -> None:
    client, _ = client_as(Role.VIEWER)
    everything = client.get("/api/v1/incidents", params={"limit": 2}).json()
    assert everything["total"] == 3 and len(everything["items"]) == 2
    second = client.get("/api/v1/incidents", params={"limit": 2, "offset": 2}).json()
    assert len(second["items"]) == 1
    pk = client.get("/api/v1/incidents", params={"country": "PK"}).json()
    assert [i["admin1"] for i in pk["items"]] == ["PK-KP"]
    police = client.get("/api/v1/incidents", params={"target": "police"}).json()
    assert police["total"] == 1
    deadliest = client.get("/api/v1/incidents", params={"sort": "-killed"}).json()["items"]
    assert deadliest[0]["killed_best"] == 7
    page = client.get("/incidents", params={"province": "AF-KAB", "date_from": "", "status": ""}).text
    assert "Bombing at a Kabul vegetable market" in page and "Peshawar" not in page.split("<tbody>")[1]


def test_map_points_carry_only_what_the_map_draws(client_as: ClientAs) -> None:
    client, _ = client_as(Role.VIEWER)
    answer = client.get("/api/v1/map/points").json()
    assert answer["fields"] == ["id", "lat", "lon", "killed", "type", "precision"] and not answer["truncated"]
    # Deadliest first; an unknown toll is null and comes last. No titles: the popup fetches one.
    kabul = answer["points"][0]
    assert kabul[3] == 7 and answer["types"][kabul[4]] == "bombing"
    assert [p[3] for p in answer["points"]] == [7, 2, None]
    assert "Kabul" not in str(answer)
    provinces = {p["admin1"]: p for p in client.get("/api/v1/map/provinces").json()}
    assert provinces["AF-KAB"]["incidents"] == 1


def test_graphic_evidence_is_blurred_until_clicked(client_as: ClientAs, seeded: Seeded) -> None:
    client, _ = client_as(Role.ANALYST)
    html = client.get(f"/incidents/{seeded.incident_ids[0]}").text
    assert re.search(r'<div class="graphic" data-graphic="1"[^>]*>\s*<img src="/evidence/\d+/file"', html)


def test_confirming_a_link_shows_in_the_incident_history(client_as: ClientAs, seeded: Seeded) -> None:
    client, csrf = client_as(Role.ANALYST)
    response = client.post(f"/links/{seeded.suggested_link_id}/confirm", data={"csrf_token": csrf})
    assert response.status_code == 200  # followed the redirect back to the incident
    html = response.text
    history = html.split('id="history"')[1]
    assert "update incident_mentions" in history and "suggested → confirmed" in history
    assert "<td>analyst</td>" in history


def test_a_reviewer_cannot_sign_off_their_own_check(client_as: ClientAs, seeded: Seeded) -> None:
    client, csrf = client_as(Role.REVIEWER)
    incident = seeded.incident_ids[1]
    made = client.post(f"/api/v1/incidents/{incident}/verifications", headers={"x-csrf-token": csrf},
                       json={"check": "geolocated", "result": "pass", "precision_m": 50})
    assert made.status_code == 201, made.text
    assert made.json()["criteria"], "the check's published criterion is recorded with it"
    own = client.post(f"/api/v1/incidents/{incident}/sign-off", headers={"x-csrf-token": csrf})
    assert own.status_code == 403


def test_another_reviewer_signs_off_an_analysts_check(client_as: ClientAs, seeded: Seeded) -> None:
    client, csrf = client_as(Role.REVIEWER)
    signed = client.post(f"/api/v1/incidents/{seeded.incident_ids[0]}/sign-off", headers={"x-csrf-token": csrf})
    assert signed.status_code == 200, signed.text
    assert [v["reviewer"] for v in signed.json()] == ["reviewer"]
