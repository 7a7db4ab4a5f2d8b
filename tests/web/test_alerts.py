"""Saved searches and the inbox, end to end on both backends: a report uploaded after a search
was saved reaches the saver's inbox; one uploaded before, or one that does not match, does not."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tasdiq.model.enums import Role

from .seed import Seeded

Client = Callable[[Role | None], tuple[TestClient, str]]
NEW_REPORT = (b"QUETTA, 2 June 2024 - A bomb hidden in a motorcycle went off near the Jaffar Express platform "
              b"at Quetta railway station, killing five porters, railway police said.\n")
OTHER_REPORT = b"PESHAWAR, 3 June 2024 - Police said a market fire was an accident; nobody was hurt.\n"


def test_a_report_uploaded_after_a_search_was_saved_arrives_in_the_inbox(seeded: Seeded, client_as: Client) -> None:
    viewer, vcsrf = client_as(Role.VIEWER)
    saved = viewer.post("/api/v1/saved-searches", headers={"x-csrf-token": vcsrf},
                        json={"name": "Railway attacks", "q": '"Jaffar Express" OR railway'})
    assert saved.status_code == 200, saved.text
    assert viewer.get("/api/v1/inbox").json() == []  # nothing already in the store is an alert
    analyst, acsrf = client_as(Role.ANALYST)
    upload = analyst.post("/api/v1/uploads", headers={"x-csrf-token": acsrf},
                          files=[("files", ("quetta.txt", NEW_REPORT, "text/plain")),
                                 ("files", ("peshawar.txt", OTHER_REPORT, "text/plain"))])
    assert upload.status_code == 200, upload.text
    # The API upload does not check alerts by itself: a scheduled `tasdiq alerts check` does.
    analyst.post("/inbox/check", data={"csrf_token": acsrf})
    inbox = viewer.get("/api/v1/inbox").json()
    assert [(i["search"], i["kind"], i["read"]) for i in inbox] == [("Railway attacks", "source", False)]
    page = viewer.get("/inbox").text
    assert f'/sources/{inbox[0]["ref_id"]}' in page
    analyst.post("/inbox/check", data={"csrf_token": acsrf})
    assert len(viewer.get("/api/v1/inbox").json()) == 1  # a second look files nothing twice


def test_an_upload_through_the_page_files_the_alerts_at_once(seeded: Seeded, client_as: Client) -> None:
    analyst, csrf = client_as(Role.ANALYST)
    analyst.post("/search/save", data={"csrf_token": csrf, "name": "Quetta", "q": "Quetta porters"})
    analyst.post("/upload", data={"csrf_token": csrf}, files=[("files", ("q.txt", NEW_REPORT, "text/plain"))])
    assert [i["search"] for i in analyst.get("/api/v1/inbox").json()] == ["Quetta"]


def test_a_saved_search_with_nothing_to_find_is_refused_in_one_line(seeded: Seeded, client_as: Client) -> None:
    viewer, csrf = client_as(Role.VIEWER)
    refused = viewer.post("/api/v1/saved-searches", headers={"x-csrf-token": csrf}, json={"name": "x", "q": "-x"})
    assert refused.status_code == 400 and refused.json()["detail"].startswith("q:")
