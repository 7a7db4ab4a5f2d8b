"""Session cookies, CSRF tokens and login throttling.

A session is a cookie signed with the app's secret (itsdangerous) holding the user id, a
random CSRF seed and the user's session epoch; it is HttpOnly, SameSite=Lax and optionally
Secure. A signature alone cannot be taken back, so the server also compares the epoch with
the user's row: logging out, a role change or deactivation bumps it and ends every session
of that user, including copies of the cookie. The CSRF token is a
synchronizer token: forms carry it in a hidden field and scripts in `X-CSRF-Token`, and the
server compares it with the one bound to the session (or, before login, to a signed
pre-session cookie, so the login form itself cannot be forged from another site).
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

from tasdiq.model.enums import Role

SESSION_COOKIE = "tasdiq_session"
PRESESSION_COOKIE = "tasdiq_pre"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


@dataclass(frozen=True)
class SessionData:
    user_id: int
    csrf: str
    epoch: int  # the user's session_epoch when signed in; a later epoch ends this session


class SessionSigner:
    def __init__(self, secret: str, *, max_age_s: int) -> None:
        self._session = URLSafeTimedSerializer(secret, salt="tasdiq.session")
        self._pre = URLSafeTimedSerializer(secret, salt="tasdiq.presession")
        self.max_age_s = max_age_s

    def dump(self, data: SessionData) -> str:
        return self._session.dumps({"u": data.user_id, "c": data.csrf, "e": data.epoch})

    def load(self, cookie: str | None) -> SessionData | None:
        if not cookie:
            return None
        try:
            raw = self._session.loads(cookie, max_age=self.max_age_s)
        except BadSignature:
            return None
        if not isinstance(raw, dict) or not all(isinstance(raw.get(k), t) for k, t in (("u", int), ("c", str),
                                                                                          ("e", int))):
            return None
        return SessionData(user_id=raw["u"], csrf=raw["c"], epoch=raw["e"])

    def dump_pre(self, csrf: str) -> str:
        return self._pre.dumps(csrf)

    def load_pre(self, cookie: str | None) -> str | None:
        if not cookie:
            return None
        try:
            raw = self._pre.loads(cookie, max_age=self.max_age_s)
        except BadSignature:
            return None
        return raw if isinstance(raw, str) else None


def new_csrf() -> str:
    return secrets.token_urlsafe(24)


def csrf_matches(expected: str | None, given: str | None) -> bool:
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


class LoginThrottle:
    """At most `attempts` failed logins per key within `window_s` seconds (in memory).

    Per process: behind several workers each counts apart, which still bounds guessing.
    """

    def __init__(self, *, attempts: int, window_s: int) -> None:
        self.attempts = attempts
        self.window_s = window_s
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and now - failures[0] > self.window_s:
            failures.popleft()
        return failures

    def blocked(self, key: str) -> bool:
        with self._lock:
            return len(self._recent(key, time.monotonic())) >= self.attempts

    def failed(self, key: str) -> None:
        with self._lock:
            self._recent(key, time.monotonic()).append(time.monotonic())

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)


@dataclass(frozen=True)
class Known:
    user_id: int
    name: str
    role: Role
    epoch: int = 0


class IdentityCache:
    """Who a token or user id is, remembered for `ttl_s` seconds.

    Saves two queries per API call. Changes made through this process (logout, a role
    change) call `forget`, so they take effect at once here; another worker process, or
    the CLI, is noticed within `ttl_s` seconds.
    """

    def __init__(self, ttl_s: float = 10.0) -> None:
        self.ttl_s = ttl_s
        self._items: dict[tuple[str, str], tuple[float, Known | None]] = {}
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str], load: Callable[[], Known | None]) -> Known | None:
        now = time.monotonic()
        with self._lock:
            hit = self._items.get(key)
        if hit and now - hit[0] < self.ttl_s:
            return hit[1]
        value = load()
        with self._lock:
            if len(self._items) > 10_000:
                self._items.clear()
            self._items[key] = (now, value)
        return value

    def forget(self, user_id: int) -> None:
        """Drop what is remembered about this user: their sessions and their tokens."""
        with self._lock:
            for key in [k for k, (_, v) in self._items.items()
                        if (k == ("user", str(user_id))) or (v is not None and v.user_id == user_id)]:
                del self._items[key]

