"""Typed settings, read from the environment (TASDIQ_*) and from explicit arguments."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Where the store lives and how big an input may be.

    `home` holds the SQLite file and the object store; `database_url` (TASDIQ_DATABASE_URL)
    points the rows at PostgreSQL instead while originals stay under `home`.
    """

    model_config = SettingsConfigDict(env_prefix="TASDIQ_", extra="ignore")

    home: Path = Field(default_factory=lambda: Path.cwd() / "tasdiq-data")
    database_url: str | None = None
    max_text_bytes: int = 20 * 1024 * 1024
    max_evidence_bytes: int = 2 * 1024 * 1024 * 1024
    actor: str = "cli"
    # The second-reviewer rule (docs/verification.md): an incident is `verified` only once
    # someone other than the analyst has signed its checks off. TASDIQ_SECOND_REVIEWER=1.
    second_reviewer: bool = False
    # Days an API token works from issue (TASDIQ_TOKEN_DAYS); `users token --days` overrides it.
    token_days: int = 90
    # Hosts a saved search's webhook may POST to (TASDIQ_WEBHOOK_HOSTS, comma-separated, exact
    # names). Empty, the default, means webhooks are off: nothing leaves the machine unless an
    # admin named where it may go (docs/web.md, Webhooks).
    webhook_hosts: str = ""
    # The address people reach the web app at (TASDIQ_PUBLIC_URL), so a webhook's links are
    # whole URLs; without it they are paths.
    public_url: str = ""
    # Where files derived from shipped data are kept between runs (TASDIQ_CACHE_DIR; default
    # $XDG_CACHE_HOME/tasdiq or ~/.cache/tasdiq): see tasdiq.cache.
    cache_dir: Path | None = None

    @property
    def sqlite_path(self) -> Path:
        return self.home / "tasdiq.sqlite"

    @property
    def objects_dir(self) -> Path:
        return self.home / "objects"

    @property
    def allowed_webhook_hosts(self) -> frozenset[str]:
        return frozenset(h.strip().lower() for h in self.webhook_hosts.split(",") if h.strip())

    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.sqlite_path}"
