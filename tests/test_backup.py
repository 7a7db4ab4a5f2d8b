"""`tasdiq backup` / `tasdiq restore` (issue 16, finding 10): a consistent snapshot of the
database and the object store, checked on restore against the audit chain and the hashes."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from tasdiq.errors import InputError, StoreError
from tasdiq.model import Original, Source
from tasdiq.settings import Settings
from tasdiq.store import Store
from tasdiq.store.audit import verify_chain
from tasdiq.store.backup import backup, restore

TEXTS = [b"A first report, kept byte for byte.\n",
         "Ein zweiter Bericht \u2014 mit Umlauten: \u00e4\u00f6\u00fc.\r\n".encode()]


def _fill(store: Store) -> None:
    with store.session(actor="test") as s:
        for n, data in enumerate(TEXTS):
            sha, _ = store.objects.put(data)
            s.add(Original(sha256=sha, size=len(data), media_type="text/plain", name=f"r{n}.txt", format="text",
                           received_at=dt.datetime.now(dt.UTC)))
            s.add(Source(sha256=sha, text_sha256=hashlib.sha256(data).hexdigest(), kind="news", publisher="Test",
                         text=data.decode()))


def _head(store: Store) -> str:
    with store.engine.connect() as conn:
        return verify_chain(conn).head_hash


def _originals(store: Store) -> list[bytes]:
    with store.session() as s:
        return [store.objects.read(o.sha256) for o in s.scalars(select(Original).order_by(Original.id))]  # type: ignore[arg-type]


def _drop_schema(store: Store) -> None:
    """The PostgreSQL store is lost: its schema dropped (the dump re-creates it)."""
    url = store.url
    schema = url.split("search_path%3D", 1)[1]
    store.dispose()
    admin = create_engine(url.split("?", 1)[0])
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def test_backup_then_restore_into_a_new_folder_gives_an_intact_store_with_byte_identical_originals(
    store: Store, tmp_path: Path
) -> None:
    _fill(store)
    head, originals = _head(store), _originals(store)
    manifest = backup(store=store, dest=tmp_path / "backup")
    assert manifest.objects == len(TEXTS)
    if not store.is_sqlite:
        _drop_schema(store)
    settings = Settings(home=tmp_path / "restored", database_url=store.settings.database_url)
    checked = restore(src=tmp_path / "backup", settings=settings)
    assert checked.audit_head == head and checked.objects == checked.referenced == len(TEXTS)
    restored = Store(settings)
    assert _originals(restored) == originals == TEXTS
    restored.dispose()


def test_a_backup_whose_object_was_altered_is_refused_and_the_folder_stays_empty(
    sqlite_store: Store, tmp_path: Path
) -> None:
    _fill(sqlite_store)
    backup(store=sqlite_store, dest=tmp_path / "backup")
    victim = next(p for p in (tmp_path / "backup" / "objects").rglob("*") if p.is_file())
    victim.chmod(0o644)
    victim.write_bytes(b"tampered")
    target = Settings(home=tmp_path / "restored")
    with pytest.raises(StoreError, match="does not hash to its name"):
        restore(src=tmp_path / "backup", settings=target)
    assert not target.sqlite_path.exists()
    assert not any(target.objects_dir.rglob("*")) if target.objects_dir.exists() else True


def test_restore_refuses_a_folder_that_already_holds_a_store(sqlite_store: Store, tmp_path: Path) -> None:
    _fill(sqlite_store)
    backup(store=sqlite_store, dest=tmp_path / "backup")
    with pytest.raises(InputError, match="already holds a store"):
        restore(src=tmp_path / "backup", settings=sqlite_store.settings)
    with pytest.raises(InputError, match="not an empty folder"):
        backup(store=sqlite_store, dest=tmp_path / "backup")


def test_the_backup_and_restore_commands_say_what_they_did(sqlite_store: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tasdiq.cli.main import app

    _fill(sqlite_store)
    run = CliRunner()
    made = run.invoke(app, ["--data-dir", str(sqlite_store.settings.home), "backup", str(tmp_path / "b")])
    assert made.exit_code == 0 and "2 objects" in made.output
    back = run.invoke(app, ["restore", str(tmp_path / "b"), "--data-dir", str(tmp_path / "new")])
    assert back.exit_code == 0, back.output
    assert "audit chain intact" in back.output and _head(sqlite_store) in back.output
    again = run.invoke(app, ["restore", str(tmp_path / "b"), "--data-dir", str(tmp_path / "new")])
    assert again.exit_code == 1 and again.output.startswith("error: data folder")
