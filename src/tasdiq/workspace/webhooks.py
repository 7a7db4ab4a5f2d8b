"""Webhooks: a saved search's new matches POSTed, signed, to a receiver an admin allowed.

Nothing leaves the machine unless someone chose to send it: webhooks are off until an admin
names the hosts they may reach (`TASDIQ_WEBHOOK_HOSTS`), and a user adds a hook for one saved
search or for all of theirs. `alerts.check` queues one delivery per hook and run, in the
transaction that files the inbox items (so a rolled-back check sends nothing); `deliver_due`
sends them after that commit, outside any transaction: a slow receiver costs at most
`TIMEOUT_S` per attempt and never holds the store's write lock. A failed attempt is recorded
and tried again later (`RETRY_AFTER`), up to `MAX_ATTEMPTS`; each attempt's outcome is an
ORM write, so the audit chain records it. The body is signed with HMAC-SHA256 under the
hook's own secret, shown once when the hook is made and kept out of the audit chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tasdiq.errors import InputError, NotFound
from tasdiq.model import SavedSearch, Webhook, WebhookDelivery, WebhookSecret
from tasdiq.store import Store
from tasdiq.store.schema import cols

SIGNATURE_HEADER = "X-Tasdiq-Signature"
DELIVERY_HEADER = "X-Tasdiq-Delivery"
TIMEOUT_S = 5.0
# Waits before the 2nd, 3rd, ... attempt: a receiver down for a deploy gets it minutes later.
RETRY_AFTER = (dt.timedelta(seconds=30), dt.timedelta(minutes=2), dt.timedelta(minutes=10), dt.timedelta(hours=1))
MAX_ATTEMPTS = len(RETRY_AFTER) + 1
# A claimed delivery whose outcome was never recorded (the sender was killed) is due again after this.
LEASE = dt.timedelta(seconds=60)
BATCH = 100


@dataclass(frozen=True)
class Match:
    """One new match as a receiver sees it: no personal field (owner, author, persons named)."""

    kind: str
    id: int
    title: str


@dataclass(frozen=True)
class Attempt:
    delivery_id: int
    url: str
    secret: str
    body: str
    attempts: int


@dataclass(frozen=True)
class Outcome:
    delivery_id: int
    http_status: int | None
    error: str | None


def check_url(url: str, hosts: frozenset[str]) -> str:
    """The URL if a hook may POST to it; otherwise the one-line reason."""
    if not hosts:
        raise InputError("url", "webhooks are off: an admin lists the hosts they may reach in TASDIQ_WEBHOOK_HOSTS")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError("url", "an http or https address")
    if parts.username or parts.password:
        raise InputError("url", "no user name or password in the address; the body is signed instead")
    if parts.hostname.lower() not in hosts:
        raise InputError("url", f"host {parts.hostname} is not among the hosts an admin allowed")
    return url.strip()


def add(*, session: Session, owner: str, url: str, hosts: frozenset[str],
        saved_search_id: int | None = None) -> tuple[Webhook, str]:
    """A hook for one of the owner's searches (or all of them) and its secret, shown only now."""
    if saved_search_id is not None:
        saved = session.get(SavedSearch, saved_search_id)
        if saved is None or saved.owner != owner:
            raise NotFound("saved search", saved_search_id)
    hook = Webhook(owner=owner, saved_search_id=saved_search_id, url=check_url(url, hosts),
                   created_at=dt.datetime.now(dt.UTC))
    session.add(hook)
    session.flush()
    secret = secrets.token_hex(32)
    session.add(WebhookSecret(webhook_id=hook.id or 0, secret=secret))
    return hook, secret


def remove(*, session: Session, owner: str | None, hook_id: int) -> None:
    """Stop a hook of the owner's (`owner=None`: anyone's, as an admin may)."""
    session.delete(_hook(session, owner, hook_id))


def _hook(session: Session, owner: str | None, hook_id: int) -> Webhook:
    hook = session.get(Webhook, hook_id)
    if hook is None or (owner is not None and hook.owner != owner):
        raise NotFound("webhook", hook_id)
    return hook


def hooks_of(session: Session, owner: str | None) -> list[tuple[Webhook, WebhookDelivery | None]]:
    """The owner's hooks (`owner=None`: everyone's), each with its latest delivery (what the
    receiver last got, or why not)."""
    query = select(Webhook).order_by(cols(Webhook).id)
    if owner is not None:
        query = query.where(cols(Webhook).owner == owner)
    return [(hook, latest_delivery(session, hook.id or 0)) for hook in session.scalars(query)]


def queue_test(*, session: Session, owner: str | None, hook_id: int, at: dt.datetime | None = None) -> WebhookDelivery:
    """Queue a test delivery to a hook (`owner=None`: anyone's): a signed body that says it is a
    test and names no match, sent by `deliver_due` like any other, so it tries the real path."""
    hook = _hook(session, owner, hook_id)
    now = at or dt.datetime.now(dt.UTC)
    body = json.dumps({"event": "test", "webhook": hook.id, "at": now.isoformat(timespec="seconds"), "matches": []},
                      sort_keys=True)
    delivery = WebhookDelivery(webhook_id=hook.id or 0, body=body, created_at=now, next_attempt_at=now)
    session.add(delivery)
    return delivery


def latest_delivery(session: Session, hook_id: int) -> WebhookDelivery | None:
    c = cols(WebhookDelivery)
    return session.scalars(select(WebhookDelivery).where(c.webhook_id == hook_id).order_by(c.id.desc())
                           .limit(1)).first()


def deliveries(session: Session, *, owner: str, hook_id: int, limit: int = 50) -> list[WebhookDelivery]:
    hook = session.get(Webhook, hook_id)
    if hook is None or hook.owner != owner:
        raise NotFound("webhook", hook_id)
    c = cols(WebhookDelivery)
    return list(session.scalars(select(WebhookDelivery).where(c.webhook_id == hook_id)
                                .order_by(c.id.desc()).limit(limit)))


def queue(*, session: Session, saved: SavedSearch, matches: list[Match], public_url: str = "") -> int:
    """Queue one delivery per active hook that covers this search; sent by `deliver_due` after commit."""
    if not matches:
        return 0
    c = cols(Webhook)
    hooks = list(session.scalars(select(Webhook).where(
        c.owner == saved.owner, c.active.is_(True),
        or_(c.saved_search_id.is_(None), c.saved_search_id == saved.id))))
    now = dt.datetime.now(dt.UTC)
    body = payload(saved=saved, matches=matches, public_url=public_url, at=now)
    for hook in hooks:
        session.add(WebhookDelivery(webhook_id=hook.id or 0, body=body, created_at=now, next_attempt_at=now))
    return len(hooks)


def payload(*, saved: SavedSearch, matches: list[Match], public_url: str, at: dt.datetime) -> str:
    base = public_url.rstrip("/")
    body: dict[str, Any] = {
        "event": "saved_search.matches",
        "search": {"id": saved.id, "name": saved.name},
        "at": at.isoformat(timespec="seconds"),
        "matches": [{"kind": m.kind, "id": m.id, "title": m.title, "url": f"{base}/{m.kind}s/{m.id}"}
                    for m in matches],
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True)


def sign(secret: str, body: bytes) -> str:
    """The signature header's value: a receiver computes the same over the raw body and compares."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Delivered:
    sent: int
    retrying: int
    failed: int


def deliver_due(*, store: Store, now: dt.datetime | None = None) -> Delivered:
    """Send every delivery that is due; call it outside any transaction (after the check committed)."""
    now = now or dt.datetime.now(dt.UTC)
    with store.session(actor="webhooks") as session:
        attempts = _claim(session, now)
    if not attempts:
        return Delivered(0, 0, 0)
    hosts = store.settings.allowed_webhook_hosts
    with httpx.Client(timeout=TIMEOUT_S, follow_redirects=False, trust_env=False) as client:
        outcomes = [_send(client, attempt, hosts) for attempt in attempts]
    with store.session(actor="webhooks") as session:
        return _record(session, attempts, outcomes, dt.datetime.now(dt.UTC))


def _claim(session: Session, now: dt.datetime) -> list[Attempt]:
    d, h, s = cols(WebhookDelivery), cols(Webhook), cols(WebhookSecret)
    # FOR UPDATE SKIP LOCKED: two senders on PostgreSQL never claim one delivery (SQLite's
    # writer lock, taken at BEGIN, already serialises them).
    rows = session.execute(select(WebhookDelivery, h.url, s.secret)
                           .join(Webhook, h.id == d.webhook_id).join(WebhookSecret, s.webhook_id == h.id)
                           .where(d.status == "pending", h.active.is_(True), d.next_attempt_at <= now)
                           .order_by(d.id).limit(BATCH).with_for_update(skip_locked=True, of=WebhookDelivery))
    claimed = []
    for delivery, url, secret in rows:
        delivery.attempts += 1
        delivery.next_attempt_at = now + LEASE
        claimed.append(Attempt(delivery.id or 0, url, secret, delivery.body, delivery.attempts))
    return claimed


def _send(client: httpx.Client, attempt: Attempt, hosts: frozenset[str]) -> Outcome:
    try:
        check_url(attempt.url, hosts)  # the allow-list may have shrunk since the hook was made
    except InputError as refused:
        return Outcome(attempt.delivery_id, None, str(refused))
    body = attempt.body.encode()
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(attempt.secret, body),
               DELIVERY_HEADER: str(attempt.delivery_id), "User-Agent": "tasdiq-webhook"}
    try:
        answer = client.post(attempt.url, content=body, headers=headers)
    except httpx.HTTPError as failed:
        return Outcome(attempt.delivery_id, None, f"{type(failed).__name__}: {failed}"[:500])
    if answer.is_success:
        return Outcome(attempt.delivery_id, answer.status_code, None)
    return Outcome(attempt.delivery_id, answer.status_code, f"HTTP {answer.status_code}")


def _record(session: Session, attempts: list[Attempt], outcomes: list[Outcome], now: dt.datetime) -> Delivered:
    sent = retrying = failed = 0
    for attempt, outcome in zip(attempts, outcomes, strict=True):
        delivery = session.get(WebhookDelivery, outcome.delivery_id)
        if delivery is None:  # its hook was removed meanwhile
            continue
        delivery.http_status, delivery.last_error = outcome.http_status, outcome.error
        if outcome.error is None:
            delivery.status, delivery.delivered_at, delivery.next_attempt_at = "delivered", now, None
            sent += 1
        elif attempt.attempts >= MAX_ATTEMPTS:
            delivery.status, delivery.next_attempt_at = "failed", None
            failed += 1
        else:
            delivery.next_attempt_at = now + RETRY_AFTER[attempt.attempts - 1]
            retrying += 1
    return Delivered(sent, retrying, failed)
