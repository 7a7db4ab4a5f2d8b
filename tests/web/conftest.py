"""Fixtures for the web tests: a seeded store (SQLite and PostgreSQL), the app, and clients signed in per role."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tasdiq.model.enums import Role
from tasdiq.store import Store
from tasdiq.web.app import create_app
from tasdiq.web.config import WebConfig

from .seed import PASSWORD, Seeded, seed

CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]*)">')


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
