"""Fixtures for the web tests: a seeded store (SQLite and PostgreSQL), the app, clients signed in
per role, and for the browser tests the app served on loopback with Chromium signed in to it."""

from __future__ import annotations

import datetime as dt
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tasdiq.model import Incident
from tasdiq.model.enums import AttackType, IncidentStatus, Role
from tasdiq.store import Store
from tasdiq.web.app import create_app
from tasdiq.web.config import WebConfig
from tasdiq.web.context import STATIC_DIR

from .seed import PASSWORD, Seeded, seed

CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]*)">')

# The browser tests: Debian's Chromium driven by Playwright. Screenshots are kept as test artifacts.
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CHROMIUM_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install -y chromium)"),
]
# Pages that draw maps or charts also need the front-end libraries copied by `make setup`.
BROWSER_MARKS = [*CHROMIUM_MARKS, pytest.mark.skipif(
    not (STATIC_DIR / "vendor" / "leaflet" / "leaflet.js").exists(),
    reason="front-end libraries not vendored (make setup: npm ci + copy to static/vendor)")]


@pytest.fixture
def seeded(store: Store) -> Seeded:
    """The seeded store on SQLite and on PostgreSQL in turn (each test using it runs twice)."""
    return seed(store)


@pytest.fixture
def seeded_sqlite(sqlite_store: Store) -> Seeded:
    """SQLite only: for the browser test, where a second backend adds minutes and no coverage
    the API and page tests on PostgreSQL do not already give."""
    return seed(sqlite_store)


@pytest.fixture
def app(seeded: Seeded) -> FastAPI:
    return create_app(store=seeded.store, config=WebConfig(secret_key="test-secret-not-for-production"))


def csrf_of(html: str) -> str:
    match = CSRF_META.search(html)
    assert match, "page has no CSRF meta tag"
    return match.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Sign in through the form; returns the session's CSRF token."""
    form = client.get("/login")
    response = client.post("/login", data={"username": username, "password": password,
                                           "csrf_token": csrf_of(form.text), "next": "/incidents"},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/incidents").text)


@pytest.fixture
def client_as(app: FastAPI) -> Iterator[Callable[[Role | None], tuple[TestClient, str]]]:
    clients: list[TestClient] = []

    def make(role: Role | None) -> tuple[TestClient, str]:
        client = TestClient(app, base_url="http://127.0.0.1")
        clients.append(client)
        return client, (login(client, role.value) if role else "")

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def more_incidents(seeded_sqlite: Seeded) -> None:
    """Three attacks in one Kabul neighbourhood in June 2023 (they overlap at country scale), and
    one in Balochistan in August known only to its province, after an empty July. Ask for it
    before `signed_in`: the app caches its answers per store version and sees a write from
    outside it only within a second, so pages loaded earlier may not show these yet."""
    with seeded_sqlite.store.session() as s:
        s.add_all([Incident(title=f"Kabul blast {n}", attack_type=AttackType.BOMBING, date=dt.date(2023, 6, n + 1),
                            country="AF", admin1="AF-KAB", lat=34.53 + n / 1000, lon=69.17, geo_precision=1,
                            killed_best=n, status=IncidentStatus.REPORTED) for n in range(3)])
        s.add(Incident(title="Levies post attacked in Balochistan", attack_type=AttackType.ARMED_ASSAULT,
                       date=dt.date(2023, 8, 14), country="PK", admin1="PK-BA", lat=27.52, lon=65.55,
                       geo_precision=4, killed_best=12, status=IncidentStatus.REPORTED))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(app: FastAPI, *, stop_within: float = 10) -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, in a thread; yields its base URL."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=_free_port(), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=stop_within)


@pytest.fixture
def live_url(seeded_sqlite: Seeded) -> Iterator[str]:
    with serve(create_app(store=seeded_sqlite.store, config=WebConfig(secret_key="browser-test"))) as url:
        yield url


@pytest.fixture
def signed_in(live_url: str) -> Iterator[tuple[object, str, list[str], set[str]]]:
    """Chromium signed in as the analyst: (page, base URL, JavaScript errors, hosts asked). Fails
    afterwards if a request left the machine or a script raised."""
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    hosts: set[str] = set()
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("request", lambda r: hosts.add(urlparse(r.url).netloc))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{live_url}/login")
        page.fill("#username", "analyst")
        page.fill("#password", PASSWORD)
        page.click("#login")
        page.wait_for_load_state()
        yield page, live_url, errors, hosts
        browser.close()
    assert hosts == {urlparse(live_url).netloc}, f"requests left the machine: {hosts}"
    assert not errors, f"JavaScript errors: {errors}"
