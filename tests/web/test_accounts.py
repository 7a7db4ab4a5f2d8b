"""Tokens and passwords (issue 16, finding 9): tokens expire and can be revoked; a user
changes their password, an admin resets one; each is in the audit chain."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from tasdiq.model import ApiToken, AuditEntry
from tasdiq.model.enums import Role
from tasdiq.store import Store
from tasdiq.web.accounts import get_user, issue_token, user_for_token

from .conftest import csrf_of, login
from .seed import PASSWORD, Seeded

ClientAs = Callable[[Role | None], tuple[TestClient, str]]
NEW_PASSWORD = "a brand new passphrase"


def _audited(store: Store, entity: str) -> list[AuditEntry]:
    with store.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == entity)))  # type: ignore[arg-type]


def test_an_expired_api_token_no_longer_signs_in(app: FastAPI, seeded: Seeded) -> None:
    with seeded.store.session(actor="test") as s:
        token = issue_token(session=s, user=get_user(session=s, username="analyst"), name="short", days=1)
        assert user_for_token(session=s, token=token) is not None
        row = s.scalars(select(ApiToken).where(ApiToken.name == "short")).one()  # type: ignore[arg-type]
        row.expires_at = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    with TestClient(app) as client:
        assert client.get("/api/v1/me", headers={"authorization": f"Bearer {token}"}).status_code == 401


def test_tokens_expire_after_the_default_lifetime(seeded: Seeded) -> None:
    with seeded.store.session(actor="test") as s:
        issue_token(session=s, user=get_user(session=s, username="viewer"), name="default")
        row = s.scalars(select(ApiToken).where(ApiToken.name == "default")).one()  # type: ignore[arg-type]
    assert row.expires_at is not None and row.created_at is not None
    assert row.expires_at - row.created_at == dt.timedelta(days=90)


def test_a_user_revokes_their_token_on_the_account_page(client_as: ClientAs, seeded: Seeded) -> None:
    client, csrf = client_as(Role.ANALYST)
    token = seeded.tokens[Role.ANALYST]
    bearer = {"authorization": f"Bearer {token}"}
    assert client.get("/api/v1/me", headers=bearer).status_code == 200
    with seeded.store.session() as s:
        token_id = s.scalars(select(ApiToken.id).where(ApiToken.user_id == seeded.user_ids[Role.ANALYST])).one()  # type: ignore[arg-type,call-overload]
    assert client.post(f"/account/tokens/{token_id}/revoke", data={"csrf_token": csrf},
                       follow_redirects=False).status_code == 303
    with TestClient(client.app) as fresh:  # type: ignore[arg-type]
        assert fresh.get("/api/v1/me", headers=bearer).status_code == 401
    assert any(e.action == "update" and (e.after or {}).get("revoked") is True for e in _audited(seeded.store,
                                                                                                "api_tokens"))


def test_a_password_change_ends_sessions_and_the_new_password_works(client_as: ClientAs, seeded: Seeded) -> None:
    client, csrf = client_as(Role.VIEWER)
    other_device, _ = client_as(Role.VIEWER)
    wrong = client.post("/account/password", data={"csrf_token": csrf, "current": "not it", "new": NEW_PASSWORD})
    assert wrong.status_code == 400 and "current password" in wrong.text
    done = client.post("/account/password", data={"csrf_token": csrf, "current": PASSWORD, "new": NEW_PASSWORD},
                       follow_redirects=False)
    assert done.status_code == 303
    assert other_device.get("/api/v1/me").status_code == 401  # every session ended
    with TestClient(client.app, base_url="http://127.0.0.1") as fresh:  # type: ignore[arg-type]
        login(fresh, "viewer", NEW_PASSWORD)
        assert fresh.get("/api/v1/me").json()["username"] == "viewer"
    assert any("password_hash" in (e.after or {}) and e.actor == "viewer" for e in _audited(seeded.store, "users"))


def test_an_admin_resets_a_forgotten_password(client_as: ClientAs, seeded: Seeded) -> None:
    admin, csrf = client_as(Role.ADMIN)
    response = admin.post(f"/admin/users/{seeded.user_ids[Role.REVIEWER]}/password",
                          data={"csrf_token": csrf, "password": NEW_PASSWORD}, follow_redirects=False)
    assert response.status_code == 303
    with TestClient(admin.app, base_url="http://127.0.0.1") as fresh:  # type: ignore[arg-type]
        form = fresh.get("/login")
        old = fresh.post("/login", data={"username": "reviewer", "password": PASSWORD,
                                         "csrf_token": csrf_of(form.text)})
        assert old.status_code == 401
        login(fresh, "reviewer", NEW_PASSWORD)
    assert any(e.actor == "admin" for e in _audited(seeded.store, "users"))


def test_the_cli_revokes_tokens_and_resets_passwords(sqlite_store: Store) -> None:
    from typer.testing import CliRunner

    from tasdiq.cli.main import app as cli
    from tasdiq.web.accounts import create_user

    run = CliRunner()
    home = ["--data-dir", str(sqlite_store.settings.home)]
    with sqlite_store.session(actor="test") as s:
        create_user(session=s, username="ops", password=PASSWORD, role=Role.ANALYST)
    made = run.invoke(cli, [*home, "users", "token", "ops", "--name", "nightly", "--days", "7", "--json"])
    assert made.exit_code == 0 and '"days": 7' in made.output
    revoked = run.invoke(cli, [*home, "users", "revoke", "ops", "--name", "nightly"])
    assert revoked.exit_code == 0 and "revoked 1 token" in revoked.output
    nothing = run.invoke(cli, [*home, "users", "revoke", "ops"])
    assert nothing.exit_code != 0 and "--all" in nothing.output
    reset = run.invoke(cli, [*home, "users", "password", "ops", "--password-stdin"], input=NEW_PASSWORD + "\n")
    assert reset.exit_code == 0, reset.output
    with sqlite_store.session() as s:
        user = get_user(session=s, username="ops")
        assert user.session_epoch == 1
        assert all(t.revoked for t in s.scalars(select(ApiToken)))
