"""The store: one database (SQLite by default, PostgreSQL for teams) plus the object store.

`Store.open(settings)` creates nothing at import and nothing until asked: the engine is made
on first use and the schema is brought to the newest migration by `ensure_schema()`.
Sessions are handed out by `Store.session(actor=...)`, which commits on success and rolls
back on any error; service functions receive the session and never commit themselves.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from tasdiq.errors import StoreError
from tasdiq.settings import Settings
from tasdiq.store import fresh
from tasdiq.store.audit import install_audit_hook
from tasdiq.store.fit import install_fit_hook
from tasdiq.store.integrity import discard_unreferenced
from tasdiq.store.objects import ObjectStore
from tasdiq.store.schema import map_entities

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration's revision. Every command opens the store and asks whether it is
# up to date; answered from this constant and one query, alembic (0.1-0.3 CPU s to import)
# loads only to migrate. tests/test_schema.py holds it equal to alembic's own head.
HEAD_REVISION = "f3c8a1d6b2e7"
VERSION_TABLE = "alembic_version"  # alembic's default, which migrations/env.py keeps


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets readers (the web app) work while a writer ingests; NORMAL sync is safe with
    # WAL (a crash loses at most the last transactions, never corrupts); IMMEDIATE begins
    # take the write lock up front so two writers queue instead of failing mid-transaction.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    # Sources, originals and audit entries are indexed by SHA-256 values: random keys whose
    # B-tree pages the default 2 MiB cache keeps evicting once a store holds ~10^5 rows.
    cur.execute("PRAGMA cache_size=-65536")
    cur.execute("PRAGMA wal_autocheckpoint=16384")
    # Temporary tables in memory: search cuts each page's passages in a TEMP table
    # (store/search.py, _page_index), filled and emptied on every search; kept in a file,
    # each search's rows would go through the temporary file.
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


DEFAULT_LOCK_WAIT_MS = 30_000
POSTGRES_POOL = 10


def _sqlite_begin(conn: Any) -> None:
    # A read-only unit of work (a web page view) begins deferred: under WAL, readers then run
    # side by side instead of queueing for the single write lock.
    options = conn.get_execution_options()
    if options.get("tasdiq_read_only"):
        conn.exec_driver_sql("BEGIN")
        return
    # Set on every begin, not once per connection: a pooled connection must not keep a web
    # request's short wait for the next caller. A web write waits a few seconds and then
    # answers 503; a CLI run waits the default 30 s.
    conn.exec_driver_sql(f"PRAGMA busy_timeout={int(options.get('tasdiq_lock_wait_ms', DEFAULT_LOCK_WAIT_MS))}")
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _postgres_begin(conn: Any) -> None:
    # The same bounded wait on PostgreSQL: the audit head's row lock serialises writers.
    wait_ms = conn.get_execution_options().get("tasdiq_lock_wait_ms")
    if wait_ms is not None:
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {int(wait_ms)}")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # Connections kept open: the web app runs up to WebConfig.threads (3) routes at once, plus
    # reads on the event loop and background jobs. With SQLAlchemy's default of 5, the sixth
    # was an overflow connection, closed after each use; each new one is a new PostgreSQL
    # process whose caches start cold (its first queries plan in 2 to 6 ms instead of 0.1).
    engine = create_engine(url, pool_pre_ping=True, pool_size=POSTGRES_POOL, max_overflow=POSTGRES_POOL)
    event.listen(engine, "begin", _postgres_begin)
    return engine


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


class Store:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.url = settings.resolved_database_url()

    @classmethod
    def open(cls, settings: Settings | None = None) -> Store:
        return cls(settings or Settings())

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @cached_property
    def engine(self) -> Engine:
        if self.is_sqlite:
            self.settings.home.mkdir(parents=True, exist_ok=True)
        engine = make_engine(self.url)
        # Objects are on disk before any row that names them commits (store.objects).
        event.listen(engine, "commit", lambda _conn: self.objects.sync())
        return engine

    @cached_property
    def objects(self) -> ObjectStore:
        return ObjectStore(self.settings.objects_dir)

    @cached_property
    def sessionmaker(self) -> sessionmaker[Session]:
        map_entities()
        factory = sessionmaker(self.engine, expire_on_commit=False)
        install_fit_hook(factory)  # first: the audit hook snapshots the fitted values
        install_audit_hook(factory)
        return factory

    def current_revision(self) -> str | None:
        """The revision the database is at (None for an empty one), read as alembic reads it."""
        with self.engine.connect() as conn:
            if not inspect(conn).has_table(VERSION_TABLE):
                return None
            return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()

    def head_revision(self) -> str | None:
        return HEAD_REVISION

    def ensure_schema(self) -> bool:
        """Bring the database to the newest migration; True if anything was applied.

        An empty SQLite database gets the newest schema from one script (`tasdiq.store.fresh`):
        alembic and its migrations cost a new store's first command 0.2-0.3 CPU s."""
        if self.current_revision() == HEAD_REVISION:
            return False
        if not (self.is_sqlite and self._create_fresh()):
            self.migrate()
        return True

    def migrate(self) -> None:
        """Apply the migrations the database lacks, by alembic."""
        from alembic import command

        command.upgrade(alembic_config(self.engine), "head")

    def _create_fresh(self) -> bool:
        raw = self.engine.raw_connection()
        try:
            conn = raw.driver_connection
            assert isinstance(conn, sqlite3.Connection)
            return fresh.create(conn)
        finally:
            raw.close()

    def require_schema(self) -> None:
        current, head = self.current_revision(), self.head_revision()
        if current is None:
            raise StoreError(f"no Tasdiq store at {self.describe()}: run `tasdiq init` first")
        if current != head:
            raise StoreError(f"store at {self.describe()} is at revision {current}, expected {head}")

    def describe(self) -> str:
        return str(self.settings.sqlite_path) if self.is_sqlite else self.engine.url.render_as_string()

    @contextlib.contextmanager
    def session(self, *, actor: str | None = None, lock_wait_s: float | None = None) -> Iterator[Session]:
        """A unit of work: commits when the block ends, rolls back if it raises. `lock_wait_s`
        bounds how long it waits for another writer's lock (then the database's busy error)."""
        if lock_wait_s is None:
            session = self.sessionmaker()
        else:
            wait_ms = max(1, int(lock_wait_s * 1000))
            session = self.sessionmaker(bind=self.engine.execution_options(tasdiq_lock_wait_ms=wait_ms))
        session.info["actor"] = actor or self.settings.actor
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def discard_objects(self, shas: Iterable[str]) -> list[str]:
        """Remove objects a failed write left that no committed row references (`store.integrity`)."""
        return discard_unreferenced(self, shas)

    def dispose(self) -> None:
        if "engine" in self.__dict__:
            self.engine.dispose()
