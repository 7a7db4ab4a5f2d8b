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


@dataclass(frozen=True)
class Limit:
    """Failures allowed within the window before waits begin; each further failure doubles
    the wait (2 s, 4 s, 8 s, ...) up to `cap_s`, counted from the latest failure."""

    free: int
    cap_s: float


class LoginThrottle:
    """Failed logins counted three ways, in memory, each with exponential backoff.

    - per (address, account): the guesser at one account from one place (`attempts` free);
    - per address: one place trying many accounts, e.g. 200 names with one password each;
    - per account, from anywhere: guessing spread over many addresses. Its waits are capped
      at a minute, so an attacker cannot lock the real user out for long; and an attacker at
      one address is slowed by the two keys above long before this one counts enough.
    Per process: behind several workers each counts apart, which still bounds guessing.
    """

    MAX_KEYS = 100_000  # bounded memory however many names an attacker tries

    def __init__(self, *, attempts: int, window_s: int, per_address: int = 10, per_account: int = 20,
                 account_cap_s: float = 60.0) -> None:
        self.window_s = window_s
        self.limits = {"pair": Limit(attempts, float(window_s)), "address": Limit(per_address, float(window_s)),
                       "account": Limit(per_account, account_cap_s)}
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _keys(address: str, username: str) -> dict[str, str]:
        name = username.strip().lower()
        return {"pair": f"p|{address}|{name}", "address": f"a|{address}", "account": f"u|{name}"}

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures.get(key, deque())
        while failures and now - failures[0] > self.window_s:
            failures.popleft()
        return failures

    def _wait(self, failures: deque[float], limit: Limit, now: float) -> float:
        over = len(failures) - limit.free
        if over < 0:
            return 0.0
        return max(0.0, min(limit.cap_s, 2.0 ** (over + 1)) - (now - failures[-1]))

    def wait_s(self, address: str, username: str) -> float:
        """Seconds before this address may try this account again (0: go ahead)."""
        now = time.monotonic()
        with self._lock:
            return max(self._wait(self._recent(key, now), self.limits[kind], now)
                       for kind, key in self._keys(address, username).items())

    def failed(self, address: str, username: str) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._failures) >= self.MAX_KEYS:
                self._prune(now)
            for key in self._keys(address, username).values():
                self._failures.setdefault(key, self._recent(key, now)).append(now)

    def succeeded(self, address: str, username: str) -> None:
        # Only the pair is forgiven: one good login must not reset an address that guesses
        # at other accounts, nor an account guessed at from elsewhere.
        with self._lock:
            self._failures.pop(self._keys(address, username)["pair"], None)

    def _prune(self, now: float) -> None:
        for key in [k for k, v in self._failures.items() if not v or now - v[-1] > self.window_s]:
            del self._failures[key]
        if len(self._failures) >= self.MAX_KEYS:  # all fresh: drop the oldest half
            by_age = sorted(self._failures, key=lambda k: self._failures[k][-1])
            for key in by_age[: len(by_age) // 2]:
                del self._failures[key]


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

