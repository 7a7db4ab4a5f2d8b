"""The object store held against the rows: what references what, and who may remove an object.

Originals are written to disk before their rows are committed (a row must never point at a
file that is not there), so a failed transaction can leave a file nobody references. Removing
it is only safe when no committed row references it *and* no other writer is about to commit
one. Both questions are answered under one lock, the object lock: a writer that inserts rows
referencing objects takes it and checks its files are on disk before it inserts; a remover
takes it and checks that no row references the file before it unlinks. On SQLite every
writer already holds the database's single write lock (transactions begin IMMEDIATE); on
PostgreSQL the object lock is a transaction-level advisory lock.

`verify_objects` is the audit for the object store that `audit verify` is for the rows:
every referenced object present and hashing to its name, no orphans, no temporary files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select, text, union
from sqlalchemy.engine import Connection

from tasdiq.model import DerivedObject, Evidence, Original
from tasdiq.store.schema import TABLES

if TYPE_CHECKING:
    from tasdiq.store.db import Store

# Any fixed 64-bit number names the advisory lock; this one spells "tasdiqob".
_OBJECT_LOCK = 0x7461736469716F62
# Tables whose sha256 column names an object in the store.
_REFERENCING = (TABLES[Original], TABLES[Evidence], TABLES[DerivedObject])


def lock_objects(conn: Connection) -> None:
    """Take the object lock for the rest of this transaction (see the module's docstring)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _OBJECT_LOCK})
    # SQLite: the transaction began IMMEDIATE and holds the only write lock already.


def referenced(conn: Connection, shas: Iterable[str] | None = None) -> set[str]:
    """The object names that rows reference: all of them, or those among `shas`."""
    wanted = None if shas is None else sorted(set(shas))
    found: set[str] = set()
    chunks = [None] if wanted is None else [wanted[i : i + 500] for i in range(0, len(wanted), 500)]
    for chunk in chunks:
        parts = [select(t.c.sha256) if chunk is None else select(t.c.sha256).where(t.c.sha256.in_(chunk))
                 for t in _REFERENCING]
        found.update(str(sha) for sha in conn.execute(union(*parts)).scalars())
    return found


def discard_unreferenced(store: Store, shas: Iterable[str]) -> list[str]:
    """Remove those of `shas` that no committed row references; returns the names removed.

    For the objects a failed transaction wrote: an object another run has meanwhile
    committed a row for stays, and so does one whose writer holds the lock right now.
    """
    wanted = [sha for sha in dict.fromkeys(shas) if store.objects.exists(sha)]
    if not wanted:
        return []
    removed: list[str] = []
    with store.engine.begin() as conn:
        lock_objects(conn)
        keep = referenced(conn, wanted)
        for sha in wanted:
            if sha not in keep:
                store.objects.remove_new(sha)
                removed.append(sha)
    return removed


@dataclass
class ObjectReport:
    referenced: int = 0
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    corrupt: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    temp_files: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        """Every referenced object is there and whole (orphans and temp files cost disk, not truth)."""
        return not self.missing and not self.corrupt

    @property
    def clean(self) -> bool:
        return self.intact and not self.orphans and not self.temp_files

    def as_dict(self) -> dict[str, object]:
        return {
            "intact": self.intact,
            "clean": self.clean,
            "referenced": self.referenced,
            "hashed": self.checked,
            "missing": self.missing,
            "corrupt": self.corrupt,
            "orphans": self.orphans,
            "temp_files": self.temp_files,
        }


def verify_objects(store: Store, *, rehash: bool = True) -> ObjectReport:
    """Hold the object store against the rows; `rehash` reads every object to check its name."""
    with store.engine.connect() as conn:
        wanted = referenced(conn)
    on_disk = set(store.objects)
    report = ObjectReport(referenced=len(wanted))
    report.missing = sorted(wanted - on_disk)
    report.orphans = sorted(on_disk - wanted)
    if rehash:
        for sha in sorted(wanted & on_disk):
            report.checked += 1
            if not store.objects.verify(sha):
                report.corrupt.append(sha)
    report.temp_files = [str(p) for p in store.objects.temp_files()]
    return report


def collect_garbage(store: Store) -> tuple[list[str], list[str]]:
    """Remove orphan objects (under the object lock) and leftover temporary files.

    A temporary file is only removed when no live process of this machine could still be
    writing it: its name carries the writer's pid (`.tmp-<hash>-<pid>`), or it is older
    than an hour (names made by `tempfile`)."""
    report = verify_objects(store, rehash=False)
    removed = discard_unreferenced(store, report.orphans)
    return removed, store.objects.remove_stale_temp_files()
