"""Webhooks for saved-search alerts, end to end against a real HTTP receiver on loopback.

The receiver is `http.server` in a thread: what it gets is what a team's own service would
get, signature and all. Each test runs on SQLite and on PostgreSQL (the `seeded` fixture).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from tasdiq.model import AuditEntry, InboxItem, WebhookDelivery
from tasdiq.model.enums import Role
from tasdiq.store.audit import verify_chain
from tasdiq.store.schema import cols
from tasdiq.workspace import webhooks

from .seed import Seeded

Client = Callable[[Role | None], tuple[TestClient, str]]
REPORT = (b"QUETTA, 2 June 2024 - A bomb hidden in a motorcycle went off near the Jaffar Express platform "
          b"at Quetta railway station, killing five porters, railway police said.\n")


@dataclass
class Receiver:
    """Answers each POST with the next status of `answers` (the last one repeats), after `delay_s`."""

    answers: list[int] = field(default_factory=lambda: [200])
    delay_s: float = 0.0
    got: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    url: str = ""


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            state.got.append(({k.lower(): v for k, v in self.headers.items()}, body))
            time.sleep(state.delay_s)
            status = state.answers[min(len(state.got), len(state.answers)) - 1]
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/tasdiq"
    yield state
    server.shutdown()
    server.server_close()


def _allow_loopback(seeded: Seeded) -> None:
    # The admin's allow-list, as TASDIQ_WEBHOOK_HOSTS=127.0.0.1 would set it.
    seeded.store.settings.webhook_hosts = "127.0.0.1"
    seeded.store.settings.public_url = "https://tasdiq.example.org/"


def _hook_for_new_search(client: TestClient, csrf: str, url: str) -> dict[str, object]:
    saved = client.post("/api/v1/saved-searches", headers={"x-csrf-token": csrf},
                        json={"name": "Railway attacks", "q": '"Jaffar Express" OR railway'})
    assert saved.status_code == 200, saved.text
    made = client.post("/api/v1/webhooks", headers={"x-csrf-token": csrf},
                       json={"url": url, "saved_search_id": saved.json()["id"]})
    assert made.status_code == 200, made.text
    return dict(made.json())


def test_a_matching_report_uploaded_reaches_the_webhook_signed_with_its_secret(
        seeded: Seeded, client_as: Client, receiver: Receiver) -> None:
    _allow_loopback(seeded)
    viewer, vcsrf = client_as(Role.VIEWER)
    hook = _hook_for_new_search(viewer, vcsrf, receiver.url)
    analyst, acsrf = client_as(Role.ANALYST)
    upload = analyst.post("/upload", data={"csrf_token": acsrf},
                          files=[("files", ("quetta.txt", REPORT, "text/plain"))])
    assert upload.status_code == 200
    assert len(receiver.got) == 1
    headers, body = receiver.got[0]
    expected = "sha256=" + hmac.new(str(hook["secret"]).encode(), body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers["x-tasdiq-signature"], expected)
    sent = json.loads(body)
    assert sent["event"] == "saved_search.matches" and sent["search"]["name"] == "Railway attacks"
    [match] = sent["matches"]
    assert match["kind"] == "source" and "Jaffar Express" in match["title"]
    assert match["url"] == f"https://tasdiq.example.org/sources/{match['id']}"
    assert "viewer" not in body.decode()  # the owner is a personal field: never sent
    [listed] = viewer.get("/api/v1/webhooks").json()
    assert "secret" not in listed
    assert (listed["last_delivery"]["status"], listed["last_delivery"]["attempts"]) == ("delivered", 1)
    with seeded.store.engine.connect() as conn:
        verify_chain(conn)
    with seeded.store.session() as session:
        entries = list(session.scalars(select(AuditEntry).where(
            cols(AuditEntry).entity.in_(["webhooks", "webhook_deliveries", "Webhook", "WebhookDelivery"]))))
        assert len(entries) >= 3  # the hook, the queued delivery, its outcome
        assert not any(str(hook["secret"]) in json.dumps([e.before, e.after]) for e in entries)


def test_a_failing_receiver_is_recorded_and_retried_and_the_store_keeps_the_alert(
        seeded: Seeded, client_as: Client, receiver: Receiver) -> None:
    _allow_loopback(seeded)
    receiver.answers = [503, 200]
    viewer, vcsrf = client_as(Role.VIEWER)
    _hook_for_new_search(viewer, vcsrf, receiver.url)
    analyst, acsrf = client_as(Role.ANALYST)
    analyst.post("/api/v1/uploads", headers={"x-csrf-token": acsrf},
                 files=[("files", ("quetta.txt", REPORT, "text/plain"))])
    analyst.post("/inbox/check", data={"csrf_token": acsrf})  # files the alert, then delivers after commit
    assert len(receiver.got) == 1
    [failed] = viewer.get("/api/v1/webhooks").json()
    last = failed["last_delivery"]
    assert (last["status"], last["attempts"], last["http_status"], last["error"]) == ("pending", 1, 503, "HTTP 503")
    assert len(viewer.get("/api/v1/inbox").json()) == 1  # the inbox has it whatever the receiver did
    assert webhooks.deliver_due(store=seeded.store) == webhooks.Delivered(0, 0, 0)  # not due yet
    later = dt.datetime.now(dt.UTC) + webhooks.RETRY_AFTER[0] + dt.timedelta(seconds=1)
    assert webhooks.deliver_due(store=seeded.store, now=later) == webhooks.Delivered(1, 0, 0)
    assert receiver.got[0][1] == receiver.got[1][1]  # the same signed bytes, tried again
    [hook] = viewer.get("/api/v1/webhooks").json()
    deliveries = viewer.get(f"/api/v1/webhooks/{hook['id']}/deliveries").json()
    assert [(d["status"], d["attempts"], d["error"]) for d in deliveries] == [("delivered", 2, None)]
    inbox = viewer.get("/inbox").text  # the owner sees each hook and what became of its last delivery
    assert receiver.url in inbox and '<span class="tag">delivered</span> <small>2 attempt(s)' in inbox


def test_a_receiver_that_never_answers_fails_for_good_after_the_last_attempt(
        seeded: Seeded, client_as: Client, receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> None:
    _allow_loopback(seeded)
    monkeypatch.setattr(webhooks, "TIMEOUT_S", 0.3)
    receiver.delay_s = 1.0  # slower than the timeout: the sender gives up, nothing waits on it
    viewer, vcsrf = client_as(Role.VIEWER)
    _hook_for_new_search(viewer, vcsrf, receiver.url)
    analyst, acsrf = client_as(Role.ANALYST)
    analyst.post("/api/v1/uploads", headers={"x-csrf-token": acsrf},
                 files=[("files", ("quetta.txt", REPORT, "text/plain"))])
    started = time.monotonic()
    analyst.post("/inbox/check", data={"csrf_token": acsrf})
    assert time.monotonic() - started < 5
    at = dt.datetime.now(dt.UTC)
    for _ in range(webhooks.MAX_ATTEMPTS - 1):
        at += dt.timedelta(days=1)
        webhooks.deliver_due(store=seeded.store, now=at)
    with seeded.store.session() as session:
        [delivery] = session.scalars(select(WebhookDelivery))
        assert (delivery.status, delivery.attempts) == ("failed", webhooks.MAX_ATTEMPTS)
        assert delivery.last_error is not None and "Timeout" in delivery.last_error
        assert session.scalar(select(cols(InboxItem).title)) is not None
    assert webhooks.deliver_due(store=seeded.store, now=at + dt.timedelta(days=30)) == webhooks.Delivered(0, 0, 0)
    with seeded.store.engine.connect() as conn:
        verify_chain(conn)


def test_webhooks_are_off_until_an_admin_allows_the_host(seeded: Seeded, client_as: Client) -> None:
    viewer, csrf = client_as(Role.VIEWER)
    off = viewer.post("/api/v1/webhooks", headers={"x-csrf-token": csrf}, json={"url": "http://127.0.0.1:9/x"})
    assert off.status_code == 400 and off.json()["detail"].startswith("url: webhooks are off")
    seeded.store.settings.webhook_hosts = "hooks.example.org"
    elsewhere = viewer.post("/api/v1/webhooks", headers={"x-csrf-token": csrf}, json={"url": "http://127.0.0.1:9/x"})
    assert elsewhere.status_code == 400 and "not among the hosts" in elsewhere.json()["detail"]
    assert viewer.get("/api/v1/webhooks").json() == []


def test_a_user_sees_and_removes_only_their_own_webhooks(seeded: Seeded, client_as: Client) -> None:
    seeded.store.settings.webhook_hosts = "hooks.example.org"
    viewer, vcsrf = client_as(Role.VIEWER)
    made = viewer.post("/api/v1/webhooks", headers={"x-csrf-token": vcsrf},
                       json={"url": "https://hooks.example.org/alerts"}).json()
    analyst, acsrf = client_as(Role.ANALYST)
    assert analyst.get("/api/v1/webhooks").json() == []
    assert analyst.get(f"/api/v1/webhooks/{made['id']}/deliveries").status_code == 404
    assert analyst.delete(f"/api/v1/webhooks/{made['id']}", headers={"x-csrf-token": acsrf}).status_code == 404
    assert viewer.delete(f"/api/v1/webhooks/{made['id']}", headers={"x-csrf-token": vcsrf}).status_code == 204
    assert viewer.get("/api/v1/webhooks").json() == []


def test_an_admin_adds_a_webhook_from_the_page_only_on_an_allowed_host_and_deletes_any(
        seeded: Seeded, client_as: Client, receiver: Receiver) -> None:
    _allow_loopback(seeded)
    analyst, analyst_csrf = client_as(Role.ANALYST)
    theirs = analyst.post("/api/v1/webhooks", headers={"x-csrf-token": analyst_csrf}, json={"url": receiver.url})
    assert theirs.status_code == 200, theirs.text
    admin, csrf = client_as(Role.ADMIN)
    refused = admin.post("/admin/webhooks", data={"csrf_token": csrf, "url": "https://hooks.example.org/in"})
    assert refused.status_code == 400 and "host hooks.example.org is not among the hosts" in refused.text
    made = admin.post("/admin/webhooks", data={"csrf_token": csrf, "url": receiver.url})
    assert made.status_code == 200 and "shown this once" in made.text
    listed = admin.get("/admin/webhooks").text
    assert listed.count(receiver.url) == 2 and ">analyst<" in listed and ">admin<" in listed
    gone = admin.post(f"/admin/webhooks/{theirs.json()['id']}/delete", data={"csrf_token": csrf},
                      follow_redirects=False)
    assert gone.status_code == 303
    assert analyst.get("/api/v1/webhooks").json() == []


def test_a_test_sent_from_the_admin_page_reaches_the_receiver_signed_and_is_shown_delivered(
        seeded: Seeded, client_as: Client, receiver: Receiver) -> None:
    _allow_loopback(seeded)
    admin, csrf = client_as(Role.ADMIN)
    with seeded.store.session() as s:
        hook, secret = webhooks.add(session=s, owner="admin", url=receiver.url,
                                    hosts=seeded.store.settings.allowed_webhook_hosts)
        hook_id = hook.id
    sent = admin.post(f"/admin/webhooks/{hook_id}/test", data={"csrf_token": csrf})  # the background task runs first
    assert sent.status_code == 200 and len(receiver.got) == 1
    headers, body = receiver.got[0]
    assert json.loads(body)["event"] == "test" and json.loads(body)["matches"] == []
    assert hmac.compare_digest(headers["x-tasdiq-signature"], webhooks.sign(secret, body))
    row = re.search(rf'<tr id="hook-{hook_id}">.*?</tr>', sent.text, re.S)
    assert row and "delivered (HTTP 200)" in row.group(0)
