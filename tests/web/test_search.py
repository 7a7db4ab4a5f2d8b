"""Search through the API, the search page and the incident list's `q`, on both backends."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tasdiq.model.enums import Role

from .seed import Seeded

Client = Callable[[Role | None], tuple[TestClient, str]]


def test_the_api_ranks_and_marks_the_words_found(seeded: Seeded, client_as: Client) -> None:
    client, _ = client_as(Role.VIEWER)
    answer = client.get("/api/v1/search", params={"q": "handcart", "kind": "source"}).json()
    assert [item["href"] for item in answer["items"]] == [f"/sources/{seeded.source_ids[0]}"]
    item = answer["items"][0]
    marked = {item["snippet"][a:b].lower() for a, b in item["marks"]}
    assert marked == {"handcart"}


def test_the_api_combines_words_with_filters(seeded: Seeded, client_as: Client) -> None:
    client, _ = client_as(Role.VIEWER)
    everywhere = client.get("/api/v1/search", params={"q": "market", "kind": "source"}).json()
    one_outlet = client.get("/api/v1/search", params={"q": "market", "kind": "source", "publisher": "Wire Service"})
    assert everywhere["counts"]["source"] == 2
    assert [i["id"] for i in one_outlet.json()["items"]] == [str(seeded.source_ids[1])]


def test_the_incident_list_finds_an_incident_through_the_words_of_its_reports(
        seeded: Seeded, client_as: Client) -> None:
    client, _ = client_as(Role.VIEWER)
    # "handcart" is only in a report linked to the Kabul incident, not in the incident itself.
    found = client.get("/api/v1/incidents", params={"q": "handcart"}).json()
    assert [i["id"] for i in found["items"]] == [seeded.incident_ids[0]]
    assert client.get("/api/v1/incidents", params={"q": "handcart", "province": "PK-KP"}).json()["total"] == 0


def test_a_province_may_be_named_instead_of_coded(seeded: Seeded, client_as: Client) -> None:
    client, _ = client_as(Role.VIEWER)
    by_name = client.get("/api/v1/incidents", params={"province": "Kabul"}).json()
    assert [i["id"] for i in by_name["items"]] == [seeded.incident_ids[0]]


def test_the_search_page_marks_matches_and_escapes_the_text_around_them(seeded: Seeded, client_as: Client) -> None:
    client, _ = client_as(Role.VIEWER)
    html = client.get("/search", params={"q": "body"}).text
    assert "<mark>body</mark>" in html
    assert "<script>window.pwned" not in html
    assert client.get("/search", params={"q": "vegetable market"}).text.count("<mark>") >= 2


def test_a_query_with_nothing_to_find_is_a_one_line_400(seeded: Seeded, client_as: Client) -> None:
    client, _ = client_as(Role.VIEWER)
    response = client.get("/api/v1/search", params={"q": "-kabul"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("q:")


def test_the_search_form_sent_with_blank_fields_searches_and_a_bad_date_is_one_line(
        seeded: Seeded, client_as: Client) -> None:
    client, _ = client_as(Role.VIEWER)
    blank = client.get("/search", params={"q": "handcart", "kind": "", "date_from": "", "province": ""})
    assert blank.status_code == 200 and "<mark>handcart</mark>" in blank.text.lower()
    bad = client.get("/search", params={"q": "handcart", "date_from": "last week"})
    assert bad.status_code == 400 and "date_from" in bad.text
