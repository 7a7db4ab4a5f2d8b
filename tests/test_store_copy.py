"""Bulk inserts by PostgreSQL's COPY: the same rows as INSERT, inside the caller's transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import StatementError

from tasdiq.model import AuditEntry, Source
from tasdiq.store import Store, bulk
from tasdiq.store import copy as copy_module
from tasdiq.store.audit import verify_chain
from tasdiq.store.bulk import complete, insert_rows
from tasdiq.store.schema import TABLES

ROWS = 3 * copy_module.COPY_FROM


def _sources(tag: str) -> list[dict[str, Any]]:
    return [complete(Source, {
        "sha256": f"{i:064x}", "locator": f"{tag}-{i}", "kind": "news", "title": f"Blast in Khost ({i})",
        "text": f"A bomb killed {i} people in Khost.\nNUL\x00 and Dari: کابل", "text_sha256": "c" * 64,
        "published": dt.datetime(2023, 3, 1 + i % 28, 8, 30, tzinfo=dt.UTC), "extra": {"outlet": ["Wire", i]},
    }) for i in range(ROWS)]


def _stored(store: Store, tag: str) -> tuple[list[tuple[Any, ...]], list[dict[str, Any]]]:
    table, audit = TABLES[Source], TABLES[AuditEntry]
    with store.engine.connect() as conn:
        rows = conn.execute(select(table).where(table.c.locator.like(f"{tag}-%")).order_by(table.c.id)).all()
        afters = conn.execute(select(audit.c.after).where(audit.c.entity == "sources")
                              .order_by(audit.c.id)).scalars().all()
    ours = [a for a in afters if str(a["locator"]).startswith(f"{tag}-")]
    return [tuple(r)[1:] for r in rows], [{k: v for k, v in a.items() if k != "id"} for a in ours]


def _write(store: Store, tag: str) -> list[int]:
    with store.engine.begin() as conn:
        return insert_rows(conn, actor="bulk", entity=Source, rows=_sources(tag))


def _without_locator(rows: list[Any]) -> list[Any]:
    return [r[:1] + r[2:] if isinstance(r, tuple) else {k: v for k, v in r.items() if k != "locator"} for r in rows]


@pytest.mark.postgres
def test_copy_stores_the_rows_and_audit_entries_an_insert_stores(
    postgres_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    copies: list[str] = []
    real = copy_module.copy_rows

    def spy(conn: Any, table: Any, rows: Any) -> None:
        copies.append(table.name)
        real(conn, table, rows)

    monkeypatch.setattr(bulk, "copy_rows", spy)
    monkeypatch.setattr(copy_module, "copy_rows", spy)
    copied = _write(postgres_store, "copy")
    assert copies == ["sources", "audit_entries"]
    monkeypatch.setattr(copy_module, "COPY_FROM", 10**9)  # the same rows by multi-row INSERT
    inserted = _write(postgres_store, "insert")
    assert copies == ["sources", "audit_entries"]
    by_copy, by_insert = _stored(postgres_store, "copy"), _stored(postgres_store, "insert")
    assert len(by_copy[0]) == ROWS
    assert _without_locator(by_copy[0]) == _without_locator(by_insert[0])
    assert _without_locator(by_copy[1]) == _without_locator(by_insert[1])
    assert copied == sorted(copied) and min(inserted) > max(copied)  # ids from the one sequence
    with postgres_store.engine.connect() as conn:
        assert verify_chain(conn).entries == 2 * ROWS


@pytest.mark.postgres
def test_a_failed_transaction_leaves_nothing_of_a_copy(postgres_store: Store) -> None:
    with pytest.raises(RuntimeError), postgres_store.engine.begin() as conn:
        insert_rows(conn, actor="bulk", entity=Source, rows=_sources("lost"))
        raise RuntimeError("the partition's next write failed")
    with postgres_store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(TABLES[Source])) == 0
        assert verify_chain(conn).entries == 0
    assert len(_write(postgres_store, "kept")) == ROWS  # and the chain carries on from where it was


@pytest.mark.postgres
def test_an_orm_insert_after_a_copy_takes_a_new_id(postgres_store: Store) -> None:
    ids = _write(postgres_store, "copy")
    with postgres_store.session(actor="analyst") as session:
        row = Source(sha256="d" * 64, locator="by hand", text="A note.")
        session.add(row)
        session.flush()
        assert row.id is not None and row.id > max(ids)


def test_sqlite_rows_bound_for_the_driver_are_stored_as_sqlalchemy_binds_them(
    sqlite_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    bound: list[str] = []
    real = copy_module._bound

    def spy(conn: Any, table: Any, rows: Any, statement: str) -> Any:
        bound.append(table.name)
        return real(conn, table, rows, statement)

    monkeypatch.setattr(copy_module, "_bound", spy)
    table = TABLES[Source]
    rows = [row | {"id": i + 1} for i, row in enumerate(_sources("same"))]
    with sqlite_store.engine.begin() as conn:
        copy_module.insert_many(conn, table, rows)
        assert bound == ["sources"]
        conn.execute(insert(table), [row | {"id": i + 1 + ROWS} for i, row in enumerate(_sources("other"))])
        stored = conn.exec_driver_sql("SELECT * FROM sources ORDER BY id").all()  # the stored values, unparsed
    unlocated = [r[1:2] + r[3:] for r in stored]  # (id, sha256, locator, ...): the locators differ
    assert len(stored) == 2 * ROWS and unlocated[:ROWS] == unlocated[ROWS:]


def test_a_value_its_column_cannot_bind_fails_as_a_statement_error(store: Store) -> None:
    rows = _sources("bad")
    rows[1]["published"] = dt.date(2023, 3, 1)  # a date where the column wants a time
    with pytest.raises(StatementError, match="tzinfo"), store.engine.begin() as conn:
        insert_rows(conn, actor="bulk", entity=Source, rows=rows)
    with store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(TABLES[Source])) == 0


def test_update_many_stores_what_an_update_a_row_stores(store: Store) -> None:
    """Two copies of the same rows, one set by `update_many`, one by SQLAlchemy's UPDATE a row."""
    ids = {tag: _write(store, tag) for tag in ("many", "each")}
    table = TABLES[Source]

    def change(i: int) -> dict[str, Any]:
        return {"language": None if i % 4 == 0 else "ps", "extractor_version": f'{{"v": {i}}} کابل',
                "extracted_at": dt.datetime(2024, 1, 2, 3, 4, 5, i, tzinfo=dt.UTC), "extra": {"category": [i, "x"]}}

    with store.engine.begin() as conn:
        copy_module.update_many(conn, table, [{"id": n} | change(i) for i, n in enumerate(ids["many"])])
        for i, n in enumerate(ids["each"]):
            conn.execute(table.update().where(table.c.id == n).values(change(i)))
    many, each = (_without_locator(_stored(store, tag)[0]) for tag in ("many", "each"))
    assert many == each
    with store.engine.connect() as conn:
        languages = conn.execute(select(table.c.language).where(table.c.id.in_(ids["many"]))).scalars().all()
    assert set(languages) == {None, "ps"}  # the rows did change
