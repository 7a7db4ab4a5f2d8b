"""Backup and restore: a consistent snapshot of the database and the object store, checked
on restore against the audit chain and the objects' hashes.

A backup is a folder: `database.sqlite` (SQLite's online backup API: a consistent copy
while others keep writing) or `database.pgdump` (`pg_dump -Fc`, one snapshot of the store's
schema), then `objects/` and last `manifest.json`, whose presence marks a finished backup.
The database is copied before the objects, and an object is always written before the rows
that name it commit, so every object the copied rows name is there; a few newer objects
may come along too, harmlessly.

Restore goes into a data folder without a store, checks the copy there and only then moves
it into place (SQLite); on PostgreSQL, `pg_restore` writes into the empty database the
settings name, then the same checks run. The checks: the schema is the newest, the audit
chain is intact (and, for SQLite, ends at the head the manifest recorded), every object the
rows name is present, and every object hashes to its name.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import select, text

from tasdiq.errors import InputError, StoreError
from tasdiq.model.entities import DerivedObject, Evidence, Original
from tasdiq.settings import Settings
from tasdiq.store.audit import verify_chain
from tasdiq.store.db import Store
from tasdiq.store.objects import ObjectStore
from tasdiq.store.schema import table_of

FORMAT = "tasdiq-backup/1"
MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite"
PG_FILE = "database.pgdump"
# Rows that name an object in the object store.
REFERENCING = (Original, Evidence, DerivedObject)


@dataclass(frozen=True)
class Manifest:
    format: str
    created_at: str
    backend: str
    revision: str | None
    objects: int
    audit_entries: int | None  # SQLite only: read from the snapshot itself
    audit_head: str | None


@dataclass(frozen=True)
class Checked:
    audit_entries: int
    audit_head: str
    objects: int
    referenced: int


def _empty_folder(path: Path, name: str) -> None:
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise InputError(name, f"{path} exists and is not an empty folder")


def _libpq(store: Store) -> tuple[str, str | None]:
    """The URL for pg_dump/pg_restore (no SQLAlchemy driver) and the schema named in its
    search_path option, if any (the tests keep each store in a schema of its own)."""
    url = store.engine.url
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    options = " ".join(parse_qs(urlsplit(plain).query).get("options", []))
    schema = next((o.split("=", 1)[1] for o in options.split() if o.startswith("-csearch_path=")), None)
    return plain, schema


def _run(command: list[str], what: str) -> None:
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise StoreError(f"{command[0]} is not installed: it is needed to {what}") from None
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or ["failed"])[-1]
        raise StoreError(f"{command[0]} could not {what}: {first}")


def _sqlite_snapshot(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst, pages=4096)  # in steps: writers are not held off for the whole copy
    finally:
        dst.close()
        src.close()


def _copy_objects(source: Path, target: Path) -> int:
    count = 0
    if not source.exists():
        return 0
    for shard in sorted(p for p in source.iterdir() if p.is_dir()):
        for obj in sorted(shard.iterdir()):
            if obj.name.startswith(".tmp-"):  # an unfinished write: not an object yet
                continue
            (target / shard.name).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(obj, target / shard.name / obj.name)
            os.chmod(target / shard.name / obj.name, 0o444)  # write-once, as in the store
            count += 1
    return count


def _chain_of_file(path: Path) -> tuple[int, str]:
    snapshot = Store(Settings(home=path.parent, database_url=f"sqlite:///{path}"))
    try:
        with snapshot.engine.connect() as conn:
            report = verify_chain(conn)
        return report.entries, report.head_hash
    finally:
        snapshot.dispose()


def backup(*, store: Store, dest: Path) -> Manifest:
    """Write a backup of `store` into the folder `dest` (new or empty)."""
    _empty_folder(dest, "backup folder")
    store.require_schema()
    dest.mkdir(parents=True, exist_ok=True)
    entries: int | None = None
    head: str | None = None
    if store.is_sqlite:
        _sqlite_snapshot(store.settings.sqlite_path, dest / SQLITE_FILE)
        entries, head = _chain_of_file(dest / SQLITE_FILE)
    else:
        url, schema = _libpq(store)
        _run(["pg_dump", "-Fc", "--no-owner", *(["-n", schema] if schema else []), "-f", str(dest / PG_FILE), url],
             "dump the database")
    objects = _copy_objects(store.settings.objects_dir, dest / "objects")
    manifest = Manifest(format=FORMAT, created_at=dt.datetime.now(dt.UTC).isoformat(),
                        backend="sqlite" if store.is_sqlite else "postgresql", revision=store.current_revision(),
                        objects=objects, audit_entries=entries, audit_head=head)
    (dest / MANIFEST).write_text(json.dumps(asdict(manifest), indent=1) + "\n", encoding="utf-8")
    return manifest


def read_manifest(src: Path) -> Manifest:
    path = src / MANIFEST
    if not path.is_file():
        raise InputError("backup", f"{src} has no {MANIFEST}: not a finished Tasdiq backup")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        manifest = Manifest(**raw)
    except (ValueError, TypeError) as exc:
        raise InputError("backup", f"{path} cannot be read: {exc}") from None
    if manifest.format != FORMAT:
        raise InputError("backup", f"{path} is {manifest.format!r}, this version reads {FORMAT!r}")
    return manifest


def _referenced(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return {str(sha) for entity in REFERENCING for sha in conn.scalars(select(table_of(entity).c.sha256))}


def objects_intact(store: Store) -> tuple[int, int]:
    """Every object the rows name is present, and every object hashes to its name;
    (objects, referenced). Raises StoreError naming the first that does not fit."""
    objects: ObjectStore = store.objects
    names = set(objects)
    for sha in sorted(names):
        if not objects.verify(sha):
            raise StoreError(f"object {sha} does not hash to its name")
    referenced = _referenced(store)
    missing = sorted(referenced - names)
    if missing:
        raise StoreError(f"{len(missing)} object(s) named by rows are missing, first {missing[0]}")
    return len(names), len(referenced)


def check(*, store: Store, manifest: Manifest | None = None) -> Checked:
    """The checks a restore runs: schema, audit chain (and its head), objects."""
    store.require_schema()
    with store.engine.connect() as conn:
        report = verify_chain(conn)
    if manifest and manifest.audit_head and manifest.audit_head != report.head_hash:
        raise StoreError(f"audit head {report.head_hash} is not the backup's {manifest.audit_head}")
    objects, referenced = objects_intact(store)
    return Checked(report.entries, report.head_hash, objects, referenced)


def _has_tables(store: Store) -> bool:
    with store.engine.connect() as conn:
        if store.is_sqlite:
            return bool(conn.scalar(text("SELECT count(*) FROM sqlite_master WHERE type = 'table'")))
        return bool(conn.scalar(text("SELECT count(*) FROM information_schema.tables "
                                     "WHERE table_schema = current_schema()")))


def restore(*, src: Path, settings: Settings) -> Checked:
    """Restore the backup in `src` into the data folder (and database) `settings` name."""
    manifest = read_manifest(src)
    target = Store(settings)
    if manifest.backend == "sqlite" and not target.is_sqlite:
        raise InputError("restore", "this backup is of a SQLite store; restore it without --database-url")
    if manifest.backend == "postgresql" and target.is_sqlite:
        raise InputError("restore", "this backup is of a PostgreSQL store: give the empty database's URL")
    if target.is_sqlite and settings.sqlite_path.exists():
        raise InputError("data folder", f"{settings.home} already holds a store")
    _empty_folder(settings.objects_dir, "data folder's objects")
    if target.is_sqlite:
        return _restore_sqlite(src, manifest, settings)
    if _has_tables(target):
        raise InputError("database", "already holds tables: restore into an empty database or schema")
    url, _schema = _libpq(target)
    _run(["pg_restore", "--no-owner", "-d", url, str(src / PG_FILE)], "restore the database")
    _copy_objects(src / "objects", settings.objects_dir)
    try:
        return check(store=target, manifest=manifest)
    finally:
        target.dispose()


def _restore_sqlite(src: Path, manifest: Manifest, settings: Settings) -> Checked:
    # Staged beside the target and checked there; moved into place only when it passes, so a
    # bad backup leaves the data folder as it was.
    staging = settings.home / ".restore"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    staged = Settings(home=staging)
    try:
        shutil.copyfile(src / SQLITE_FILE, staged.sqlite_path)
        _copy_objects(src / "objects", staged.objects_dir)
        store = Store(staged)
        try:
            checked = check(store=store, manifest=manifest)
        finally:
            store.dispose()
        os.replace(staged.sqlite_path, settings.sqlite_path)
        if settings.objects_dir.exists():
            settings.objects_dir.rmdir()  # empty: checked above
        if staged.objects_dir.exists():
            os.replace(staged.objects_dir, settings.objects_dir)
        return checked
    finally:
        shutil.rmtree(staging, ignore_errors=True)
