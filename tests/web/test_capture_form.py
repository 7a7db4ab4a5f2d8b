"""The capture form on the upload page: a URL becomes a queued job; the server's own network is refused."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tasdiq.model import Job
from tasdiq.model.enums import Role

from .seed import Seeded


def test_a_url_from_the_form_is_queued_as_a_capture_job(client_as: Callable[[Role | None], tuple[TestClient, str]],
                                                        seeded: Seeded) -> None:
    client, csrf = client_as(Role.ANALYST)
    response = client.post("/capture", data={"csrf_token": csrf, "url": "https://news.example.org/report"},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/jobs/")
    job_page = client.get(response.headers["location"])
    assert "capture" in job_page.text and "queued" in job_page.text
    with seeded.store.session() as session:
        job = session.get(Job, int(response.headers["location"].rsplit("/", 1)[1]))
        assert job is not None and job.payload == {"url": "https://news.example.org/report"}


def test_a_url_on_the_servers_own_network_is_refused_in_one_line(
        client_as: Callable[[Role | None], tuple[TestClient, str]]) -> None:
    client, csrf = client_as(Role.ANALYST)
    response = client.post("/capture", data={"csrf_token": csrf, "url": "http://127.0.0.1:5432/"})
    assert response.status_code == 400
    assert "server&#39;s own network is not captured" in response.text or "server's own network" in response.text
