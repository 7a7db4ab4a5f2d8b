"""Every route, walked as anonymous, viewer, analyst, reviewer and admin.

`MINIMUM_ROLE` is the access policy in one table: the least role each (method, path) needs,
or PUBLIC. A route added without an entry fails `test_every_route_has_a_declared_minimum_role`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from starlette.routing import Mount, Route

from tasdiq.model.enums import Role

from .conftest import csrf_of
from .seed import PASSWORD, Seeded

PUBLIC = "public"
V, A, R, AD = Role.VIEWER, Role.ANALYST, Role.REVIEWER, Role.ADMIN

MINIMUM_ROLE: dict[tuple[str, str], Role | str] = {
    ("GET", "/login"): PUBLIC,
    ("POST", "/login"): PUBLIC,
    ("GET", "/api/v1/openapi.json"): PUBLIC,
    ("GET", "/static"): PUBLIC,
    ("GET", "/favicon.ico"): PUBLIC,
    ("POST", "/logout"): V,
    ("GET", "/"): V,
    ("GET", "/map"): V,
    ("GET", "/timeline"): V,
    ("GET", "/incidents"): V,
    ("GET", "/search"): V,
    ("POST", "/search/save"): V,
    ("GET", "/inbox"): V,
    ("GET", "/actors"): V,
    ("GET", "/actors/{key}"): V,
    ("POST", "/inbox/check"): A,
    ("POST", "/inbox/read"): V,
    ("POST", "/review/links"): A,
    ("POST", "/review/incidents"): A,
    ("POST", "/incidents/{incident_id}/work"): A,
    ("POST", "/incidents/{incident_id}/comments"): A,
    ("POST", "/incidents/{incident_id}/corrections"): A,
    ("GET", "/new-incident"): A,
    ("POST", "/new-incident"): A,
    ("POST", "/incidents/{incident_id}/sources"): A,
    ("POST", "/incidents/{incident_id}/evidence"): A,
    ("POST", "/corrections/{correction_id}/withdraw"): A,
    ("GET", "/incidents/{incident_id}"): V,
    ("GET", "/sources/{source_id}"): V,
    ("GET", "/sources/{source_id}/original"): A,
    ("GET", "/evidence/{evidence_id}/file"): A,
    ("GET", "/review"): A,
    ("POST", "/links/{link_id}/confirm"): A,
    ("POST", "/links/{link_id}/reject"): A,
    ("POST", "/incidents/{incident_id}/checks"): A,
    ("POST", "/incidents/{incident_id}/sign-off"): R,
    ("POST", "/incidents/{incident_id}/ach/rate"): A,
    ("POST", "/incidents/{incident_id}/ach/hypotheses"): A,
    ("POST", "/incidents/{incident_id}/ach/items"): A,
    ("POST", "/incidents/{incident_id}/ach/seed"): A,
    ("POST", "/incidents/{incident_id}/split"): A,
    ("POST", "/incidents/{incident_id}/merge"): A,
    ("POST", "/admin/users/{user_id}"): AD,
    ("GET", "/upload"): A,
    ("POST", "/upload"): A,
    ("POST", "/capture"): A,
    ("GET", "/jobs"): A,
    ("GET", "/jobs/{job_id}"): A,
    ("GET", "/admin/users"): AD,
    ("POST", "/admin/users/{user_id}/password"): AD,
    ("GET", "/account"): V,
    ("POST", "/account/password"): V,
    ("POST", "/account/tokens/{token_id}/revoke"): V,
    ("POST", "/admin/users"): AD,
    ("GET", "/api/v1/me"): V,
    ("GET", "/api/v1/incidents"): V,
    ("GET", "/api/v1/incidents/{incident_id}"): V,
    ("GET", "/api/v1/mentions"): V,
    ("GET", "/api/v1/mentions/{mention_id}"): V,
    ("GET", "/api/v1/sources"): V,
    ("GET", "/api/v1/sources/{source_id}"): V,
    ("GET", "/api/v1/claims"): V,
    ("GET", "/api/v1/verifications"): V,
    ("GET", "/api/v1/map/points"): V,
    ("GET", "/api/v1/map/provinces"): V,
    ("GET", "/api/v1/map/boundaries"): V,
    ("GET", "/api/v1/stats"): V,
    ("GET", "/api/v1/search"): V,
    ("POST", "/api/v1/saved-searches"): V,
    ("GET", "/api/v1/inbox"): V,
    ("POST", "/api/v1/links/decisions"): A,
    ("POST", "/api/v1/incidents/work"): A,
    ("GET", "/api/v1/incidents/{incident_id}/comments"): V,
    ("POST", "/api/v1/incidents/{incident_id}/comments"): A,
    ("GET", "/api/v1/queue"): A,
    ("GET", "/api/v1/incidents/{incident_id}/corrections"): V,
    ("POST", "/api/v1/incidents/{incident_id}/corrections"): A,
    ("POST", "/api/v1/incidents"): A,
    ("GET", "/api/v1/exports/incidents"): V,
    ("POST", "/api/v1/links/{link_id}/confirm"): A,
    ("POST", "/api/v1/links/{link_id}/reject"): A,
    ("POST", "/api/v1/incidents/{incident_id}/verifications"): A,
    ("POST", "/api/v1/incidents/{incident_id}/sign-off"): R,
    ("POST", "/api/v1/uploads"): A,
    ("POST", "/api/v1/webhooks"): V,
    ("GET", "/api/v1/webhooks"): V,
    ("GET", "/api/v1/webhooks/{webhook_id}/deliveries"): V,
    ("DELETE", "/api/v1/webhooks/{webhook_id}"): V,
    ("GET", "/admin/webhooks"): AD,
    ("POST", "/admin/webhooks"): AD,
    ("POST", "/admin/webhooks/{webhook_id}/test"): AD,
    ("POST", "/admin/webhooks/{webhook_id}/delete"): AD,
}

ROLES: list[Role | None] = [None, V, A, R, AD]


def _walk(routes: list[Any], prefix: str = "") -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for route in routes:
        if isinstance(route, Mount):
            found.append(("GET", prefix + route.path))
        elif isinstance(route, (APIRoute, Route)):
            found.extend((m, prefix + route.path) for m in sorted(route.methods or ()) if m != "HEAD")
        elif hasattr(route, "original_router"):
            # FastAPI >= 0.13x keeps included routers as lazy branches instead of copying routes.
            found.extend(_walk(route.original_router.routes, prefix + route.include_context.prefix))
        else:
            raise AssertionError(f"unknown kind of route {route!r}: teach this test to walk it")
    return found


def routes_of(app: FastAPI) -> list[tuple[str, str]]:
    return _walk(list(app.routes))


def concrete(path: str, seeded: Seeded) -> str:
    return (path.replace("{incident_id}", str(seeded.incident_ids[0]))
            .replace("{source_id}", str(seeded.source_ids[0]))
            .replace("{mention_id}", "1")
            .replace("{link_id}", str(seeded.suggested_link_id))
            .replace("{evidence_id}", str(seeded.evidence_id))
            .replace("{correction_id}", "1")
            .replace("{key}", "ISKP")
            .replace("{user_id}", str(seeded.user_ids[V]))
            .replace("{job_id}", "1")
            .replace("{token_id}", "999999")
            .replace("{webhook_id}", "999999")
            .replace("/static", "/static/app.css")
            + ("?q=kabul" if path.endswith("/search") else ""))


def write_kwargs(path: str, csrf: str, role: Role | None, seeded: Seeded) -> dict[str, Any]:
    """A valid body for each write, so an allowed caller gets past validation."""
    form = {"csrf_token": csrf}
    if path == "/login":
        return {"data": {"username": "viewer", "password": PASSWORD, **form}}
    if path == "/incidents/{incident_id}/checks":
        return {"data": {**form, "check": "chronolocated", "result": "inconclusive"}}
    if path == "/incidents/{incident_id}/ach/rate":
        return {"data": {**form, "hypothesis_id": str(seeded.hypothesis_ids[1]), "item_id": str(seeded.ach_item_id),
                         "rating": "neutral"}}
    if path == "/incidents/{incident_id}/ach/hypotheses":
        return {"data": {**form, "label": "A criminal gang did it"}}
    if path == "/incidents/{incident_id}/ach/items":
        return {"data": {**form, "description": "The device matched earlier attacks", "weight": "2"}}
    if path == "/incidents/{incident_id}/split":
        return {"data": {**form, "mention_id": str(seeded.mention_ids[1])}}
    if path == "/incidents/{incident_id}/merge":
        # The hostile-text incident: the first caller merges it, later ones find it gone (404, not 403).
        return {"data": {**form, "other": str(seeded.incident_ids[2])}}
    if path == "/review/links":
        return {"data": {**form, "link_id": str(seeded.confirmed_link_id), "verdict": "confirm"}}
    if path == "/review/incidents":
        return {"data": {**form, "incident_id": str(seeded.incident_ids[1]), "status": "in_progress"}}
    if path == "/incidents/{incident_id}/work":
        return {"data": {**form, "status": "help_needed"}}
    if path == "/incidents/{incident_id}/comments":
        return {"data": {**form, "body": "Checked the hospital list."}}
    if path == "/incidents/{incident_id}/corrections":
        return {"data": {**form, "field": "injured_best", "value": "16", "reason": "hospital list, 16 names"}}
    if path == "/api/v1/incidents/{incident_id}/corrections":
        return {"json": {"field": "injured_best", "value": "16", "reason": "hospital list, 16 names"},
                "headers": {"x-csrf-token": csrf}}
    if path == "/search/save":
        return {"data": {**form, "name": "Kabul markets", "q": "market"}}
    if path == "/inbox/read":
        return {"data": {**form, "item_id": "1"}}
    if path == "/api/v1/webhooks":  # webhooks are off here: an allowed caller reaches the route's one-line 400
        return {"json": {"url": "https://hooks.example.org/alerts"}, "headers": {"x-csrf-token": csrf}}
    if path == "/api/v1/saved-searches":
        return {"json": {"name": "Kabul markets", "q": "market"}, "headers": {"x-csrf-token": csrf}}
    if path == "/new-incident":
        return {"data": {**form, "title": "Grenade at a wedding", "attack_type": "bombing",
                         "reason": "our correspondent was there"}}
    if path == "/incidents/{incident_id}/sources":
        return {"data": {**form, "source_id": str(seeded.source_ids[0])}}
    if path == "/incidents/{incident_id}/evidence":
        return {"data": {**form, "evidence_id": str(seeded.evidence_id)}}
    if path == "/api/v1/incidents":
        return {"json": {"title": "Grenade at a wedding", "attack_type": "bombing",
                         "reason": "our correspondent was there"}, "headers": {"x-csrf-token": csrf}}
    if path == "/api/v1/links/decisions":
        return {"json": {"link_ids": [seeded.confirmed_link_id], "verdict": "confirm"},
                "headers": {"x-csrf-token": csrf}}
    if path == "/api/v1/incidents/work":
        return {"json": {"incident_ids": [seeded.incident_ids[1]], "status": "in_progress"},
                "headers": {"x-csrf-token": csrf}}
    if path == "/api/v1/incidents/{incident_id}/comments":
        return {"json": {"body": "Checked the hospital list."}, "headers": {"x-csrf-token": csrf}}
    if path == "/admin/users/{user_id}":  # the viewer keeps its role: no session of theirs ends mid-walk
        return {"data": {**form, "role": "viewer", "active": "true"}}
    if path == "/admin/users/{user_id}/password":  # too short: reaches the route, changes nothing
        return {"data": {**form, "password": "short"}}
    if path == "/account/password":  # a wrong current password: reaches the route, ends no session
        return {"data": {**form, "current": "not the password", "new": "another long password"}}
    if path == "/admin/webhooks":  # webhooks are off here: an admin reaches the form's one-line refusal
        return {"data": {**form, "url": "https://hooks.example.org/in"}}
    if path == "/admin/users":
        return {"data": {**form, "username": f"new-{role.value if role else 'anon'}", "password": PASSWORD,
                         "role": "viewer"}}
    if path == "/capture":
        return {"data": {**form, "url": "https://news.example.org/report"}}
    if path in ("/upload", "/api/v1/uploads"):
        return {"data": form, "files": {"files": ("note.txt", b"A short test note about nothing.\n", "text/plain")},
                "headers": {"x-csrf-token": csrf}}
    if path == "/api/v1/incidents/{incident_id}/verifications":
        return {"json": {"check": "chronolocated", "result": "inconclusive"},
                "headers": {"x-csrf-token": csrf}}
    if path.startswith("/api/"):
        return {"json": {}, "headers": {"x-csrf-token": csrf}}
    return {"data": form}


def denied(response: Any, role: Role | None) -> bool:
    """Turned away by the role guard (not by a domain rule such as "no self-review",
    which is also a 403 but means the caller reached the route)."""
    if role is None:
        location = response.headers.get("location", "")
        return bool(response.status_code == 401 or (response.status_code == 303 and location.startswith("/login")))
    return bool(response.status_code == 403 and "this needs the" in response.text)


def test_every_route_has_a_declared_minimum_role(app: FastAPI) -> None:
    undeclared = [r for r in routes_of(app) if r not in MINIMUM_ROLE]
    assert not undeclared, f"routes without an entry in MINIMUM_ROLE: {undeclared}"
    stale = [r for r in MINIMUM_ROLE if r not in routes_of(app)]
    assert not stale, f"MINIMUM_ROLE lists routes that no longer exist: {stale}"


def test_each_role_reaches_exactly_the_routes_its_rank_allows(
    app: FastAPI, seeded: Seeded, client_as: Callable[[Role | None], tuple[TestClient, str]]
) -> None:
    failures: list[str] = []
    signed_in: dict[Role | None, tuple[TestClient, str]] = {}

    def sessions(role: Role | None) -> tuple[TestClient, str]:
        # One signed-in client per role: sign-in is deliberately slow (argon2).
        if role not in signed_in:
            signed_in[role] = client_as(role)
        return signed_in[role]

    # Logging out ends every session of that user (one session epoch per user), so it comes last.
    walk = sorted(routes_of(app), key=lambda r: r == ("POST", "/logout"))
    for role in ROLES:
        for method, path in walk:
            needed = MINIMUM_ROLE[(method, path)]
            # Logging out (or in) changes the client's session: those get a fresh sign-in.
            client, csrf = client_as(role) if path in ("/logout", "/login") else sessions(role)
            if (method, path) == ("POST", "/login"):
                csrf = csrf_of(client.get("/login").text)
            kwargs = write_kwargs(path, csrf, role, seeded) if method != "GET" else {}
            response = client.request(method, concrete(path, seeded), follow_redirects=False, **kwargs)
            allowed = needed == PUBLIC or (role is not None and role.allows(needed))  # type: ignore[arg-type]
            if allowed and (denied(response, role) or response.status_code >= 500):
                failures.append(f"{role} should reach {method} {path}: got {response.status_code}")
            if not allowed and not denied(response, role):
                failures.append(f"{role} must not reach {method} {path}: got {response.status_code}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("path", ["/links/{link_id}/confirm", "/api/v1/links/{link_id}/confirm"])
def test_a_cookie_write_without_the_csrf_token_is_refused(
    path: str, seeded: Seeded, client_as: Callable[[Role | None], tuple[TestClient, str]]
) -> None:
    client, _ = client_as(A)
    response = client.post(concrete(path, seeded), follow_redirects=False)
    assert response.status_code == 403
    assert "CSRF" in response.text


def test_a_bearer_token_writes_without_csrf_and_is_held_to_its_role(app: FastAPI, seeded: Seeded) -> None:
    with TestClient(app) as client:
        path = concrete("/api/v1/links/{link_id}/confirm", seeded)
        as_viewer = client.post(path, headers={"authorization": f"Bearer {seeded.tokens[V]}"})
        as_analyst = client.post(path, headers={"authorization": f"Bearer {seeded.tokens[A]}"})
        wrong = client.get("/api/v1/incidents", headers={"authorization": "Bearer tq_not-a-token"})
    assert as_viewer.status_code == 403
    assert as_analyst.status_code == 200, as_analyst.text
    assert wrong.status_code == 401


def test_a_forged_session_cookie_is_treated_as_anonymous(app: FastAPI) -> None:
    with TestClient(app) as client:
        client.cookies.set("tasdiq_session", "eyJ1IjoxLCJjIjoieCJ9.forged.signature")
        assert client.get("/api/v1/me").status_code == 401


def test_repeated_wrong_passwords_are_throttled(client_as: Callable[[Role | None], tuple[TestClient, str]]) -> None:
    client, _ = client_as(None)
    codes = []
    for _ in range(7):
        token = csrf_of(client.get("/login").text)
        codes.append(client.post("/login", data={"username": "viewer", "password": "wrong password!",
                                                 "csrf_token": token}).status_code)
    assert codes[:5] == [401] * 5
    assert codes[5:] == [429, 429]
