"""The login throttle (issue 16, finding 11): by account and by address, with backoff."""

from __future__ import annotations

import time

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tasdiq.web.app import create_app
from tasdiq.web.config import WebConfig
from tasdiq.web.security import LoginThrottle

from .conftest import csrf_of
from .seed import PASSWORD, Seeded


@pytest.fixture
def app(seeded_sqlite: Seeded) -> FastAPI:
    """SQLite only: the throttle lives in memory, the backend adds nothing."""
    return create_app(store=seeded_sqlite.store, config=WebConfig(secret_key="test-secret-not-for-production"))


def _try(client: TestClient, username: str, password: str) -> int:
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"username": username, "password": password, "csrf_token": token},
                       follow_redirects=False).status_code


def test_an_attackers_failures_from_one_address_do_not_lock_out_the_real_user(app: FastAPI) -> None:
    # The real user shares the attacker's address (an office or a carrier NAT): after the
    # attacker's 5 failures they wait seconds, not the 5 minutes of the old lockout.
    with TestClient(app, client=("203.0.113.9", 40000)) as attacker, \
            TestClient(app, client=("203.0.113.9", 40001)) as user, \
            TestClient(app, client=("198.51.100.7", 40000)) as elsewhere:
        assert [_try(attacker, "analyst", "guessed password") for _ in range(5)] == [401] * 5
        assert _try(elsewhere, "analyst", PASSWORD) == 303
        time.sleep(2.1)
        assert _try(user, "analyst", PASSWORD) == 303


def test_one_password_tried_against_many_names_from_one_address_is_limited(app: FastAPI) -> None:
    with TestClient(app, client=("203.0.113.10", 40000)) as attacker:
        codes = [_try(attacker, f"name{i}", "Summer2024!") for i in range(20)]
        token = csrf_of(attacker.get("/login").text)
        # Even a right password waits now: the address, not the account, is being slowed.
        right = attacker.post("/login", data={"username": "viewer", "password": PASSWORD, "csrf_token": token})
    assert codes[:10] == [401] * 10
    assert codes.count(429) >= 8
    assert right.status_code == 429 and int(right.headers["retry-after"]) >= 1


def test_the_wait_doubles_with_each_failure_and_the_account_cap_is_short() -> None:
    throttle = LoginThrottle(attempts=2, window_s=300, per_address=100, per_account=3, account_cap_s=60)
    waits = []
    for _ in range(4):
        throttle.failed("10.0.0.1", "alice")
        waits.append(round(throttle.wait_s("10.0.0.1", "alice")))
    assert waits == [0, 2, 4, 8]
    # Guessing spread over many addresses slows the account everywhere, but never past a minute.
    for i in range(12):
        throttle.failed(f"10.1.0.{i}", "alice")
    assert 0 < throttle.wait_s("10.9.9.9", "alice") <= 60


def test_the_throttle_forgets_old_keys_so_memory_stays_bounded() -> None:
    throttle = LoginThrottle(attempts=5, window_s=300)
    throttle.MAX_KEYS = 100  # type: ignore[misc]
    for i in range(500):
        throttle.failed(f"10.0.{i // 250}.{i % 250}", f"name{i}")
    assert len(throttle._failures) <= 100 + 3
