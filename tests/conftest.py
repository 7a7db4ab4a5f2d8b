"""Shared fixtures: a fresh store on SQLite and, where one is reachable, on PostgreSQL.

Storage tests take the `store` fixture and run once per backend. PostgreSQL is found at
TASDIQ_TEST_POSTGRES_URL (default: the local server on 127.0.0.1:5432, database `test`);
each test gets its own schema, dropped afterwards. Where no server answers, the PostgreSQL
variants are skipped with the reason shown in pytest's summary (`-ra`), never silently.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tasdiq.settings import Settings
from tasdiq.store import Store

POSTGRES_URL_ENV = "TASDIQ_TEST_POSTGRES_URL"
DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def postgres_url() -> str:
    import os

    return os.environ.get(POSTGRES_URL_ENV, DEFAULT_POSTGRES_URL)


@lru_cache(maxsize=1)
def postgres_unavailable() -> str | None:
    """None when PostgreSQL answers, else the reason to skip."""
    try:
        engine = create_engine(postgres_url(), connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
    except Exception as exc:  # any failure to connect means: skip, and say why
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"PostgreSQL not reachable at {postgres_url()} ({first_line}); set {POSTGRES_URL_ENV}"
    return None


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = Store(Settings(home=tmp_path / "home"))
    store.ensure_schema()
    yield store
    store.dispose()


@pytest.fixture
def postgres_store(tmp_path: Path) -> Iterator[Store]:
    reason = postgres_unavailable()
    if reason:
        pytest.skip(reason)
    schema = f"tasdiq_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(postgres_url())
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{postgres_url()}?options=-csearch_path%3D{schema}"
    store = Store(Settings(home=tmp_path / "home", database_url=url))
    store.ensure_schema()
    try:
        yield store
    finally:
        store.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest) -> Store:
    """A fresh, migrated store on each backend in turn."""
    name = "sqlite_store" if request.param == "sqlite" else "postgres_store"
    fixture: Store = request.getfixturevalue(name)
    return fixture
