"""Settings of the web app (TASDIQ_WEB_*), separate from the store's own settings."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class WebConfig(BaseSettings):
    """How sessions and logins behave.

    `secret_key` signs session cookies and CSRF tokens. When unset, a key is generated once
    and kept in `<home>/web-secret` (mode 0600), so sessions survive a restart but no key
    ever sits in a repository. `secure_cookies` must be on behind HTTPS.
    """

    model_config = SettingsConfigDict(env_prefix="TASDIQ_WEB_", extra="ignore")

    secret_key: str | None = None
    secure_cookies: bool = False
    session_max_age_s: int = 12 * 3600
    # Failed logins allowed per (client address, user name) within the window, then 429.
    login_attempts: int = 5
    login_window_s: int = 300
    upload_max_bytes: int = 200 * 1024 * 1024
    # Threads serving sync routes; see app._lifespan for why few is faster than many. Three, not six:
    # with 20 clients asking new search questions on 100,000 sources, PostgreSQL p95 151/162 ms
    # against 207/225 ms, SQLite 135 against 156 ms; the list and map endpoints no worse (quiet machine).
    threads: int = 3
    # Run a background-job worker in this process (uploads' pipeline, captures); see tasdiq.jobs.
    jobs: bool = True
    # Let /capture fetch addresses on the server's own network (loopback, private ranges).
    # Off: an analyst's URL must not make the server read its own internal services.
    capture_local: bool = False
    # Writes at once (web/writers.py): SQLite has one write lock, so one; PostgreSQL takes more.
    write_slots: int | None = None
    write_queue: int = 64  # writes waiting beyond this are answered 503 at once
    write_wait_s: float = 10.0  # longest wait for a slot before a 503
    lock_wait_s: float = 5.0  # longest wait for another process's lock (a CLI run) before a 503
    retry_after_s: int = 2
    # Exports are the heaviest reads: one per user at a time, this many at once in all, and
    # each stopped after `export_max_s` (the CLI's `tasdiq export` has no such bound).
    export_slots: int = 2
    export_max_s: float = 120.0


def load_or_create_secret(home: Path) -> str:
    path = home / "web-secret"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    home.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another worker made it a moment ago
        return path.read_text(encoding="utf-8").strip()
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(key)
    return key
