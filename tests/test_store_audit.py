"""The store and its audit chain, on every backend."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text, update

from tasdiq.errors import AuditChainBroken
from tasdiq.model import AuditEntry, Source
from tasdiq.store import Store, bulk
from tasdiq.store.audit import appended_at_end, verify_chain
from tasdiq.store.schema import TABLES


def _add_source(store: Store, title: str) -> int:
    with store.session(actor="analyst-a") as session:
        source = Source(sha256="b" * 64, locator=title, text=f"text of {title}", title=title,
                        published=dt.datetime(2021, 8, 26, 9, 30, tzinfo=dt.UTC))
        session.add(source)
        session.flush()
        assert source.id is not None
        return source.id


def test_every_write_appends_a_chained_audit_entry(store: Store) -> None:
    source_id = _add_source(store, "first")
    with store.session(actor="analyst-b") as session:
        source = session.get(Source, source_id)
        assert source is not None
        source.reliability = "B"
    with store.engine.connect() as conn:
        report = verify_chain(conn)
        rows = conn.execute(select(TABLES[AuditEntry]).order_by(TABLES[AuditEntry].c.id)).all()
    assert report.entries == 2
    assert [(r.action, r.actor) for r in rows] == [("insert", "analyst-a"), ("update", "analyst-b")]
    assert rows[1].before["reliability"] == "F" and rows[1].after["reliability"] == "B"
    assert rows[1].prev_hash == rows[0].hash


def test_times_come_back_as_aware_utc(store: Store) -> None:
    source_id = _add_source(store, "x")
    with store.session() as session:
        source = session.get(Source, source_id)
        assert source is not None and source.published is not None
        assert source.published == dt.datetime(2021, 8, 26, 9, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize("column", ["actor", "after", "at"])
def test_editing_an_audit_row_breaks_the_chain_at_that_entry(store: Store, column: str) -> None:
    for title in ("a", "b", "c"):
        _add_source(store, title)
    table = TABLES[AuditEntry]
    values = {
        "actor": "someone-else",
        "after": {"title": "rewritten"},
        "at": dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
    }
    with store.engine.begin() as conn:
        conn.execute(update(table).where(table.c.id == 2).values({column: values[column]}))
    with store.engine.connect() as conn, pytest.raises(AuditChainBroken) as caught:
        verify_chain(conn)
    assert caught.value.entry_id == 2


def test_deleting_the_last_audit_entry_is_noticed(store: Store) -> None:
    for title in ("a", "b"):
        _add_source(store, title)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entries WHERE id = 2"))
    with store.engine.connect() as conn, pytest.raises(AuditChainBroken):
        verify_chain(conn)


def test_a_failed_unit_of_work_leaves_no_rows_and_no_audit(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session() as session:
        session.add(Source(sha256="c" * 64, text="never kept"))
        session.flush()
        raise RuntimeError("boom")
    with store.engine.connect() as conn:
        assert conn.execute(text("select count(*) from sources")).scalar() == 0
        assert verify_chain(conn).entries == 0


def _entries(store: Store) -> list[tuple[str, str, str]]:
    table = TABLES[AuditEntry]
    with store.engine.connect() as conn:
        verify_chain(conn)
        return [(r.action, r.actor, r.after["title"] if r.after else "")
                for r in conn.execute(select(table).order_by(table.c.id))]


def test_entries_held_to_the_end_of_a_block_are_appended_then_in_the_order_written(store: Store) -> None:
    with store.session(actor="linker") as session, appended_at_end(session):
        session.add(Source(sha256="c" * 64, locator="one", text="one", title="one"))
        session.flush()  # its entry is held, not appended, even within this transaction
        assert session.scalar(select(func.count()).select_from(TABLES[AuditEntry])) == 0
        ids = bulk.insert_rows(session.connection(), actor="linker", entity=Source, rows=[
            bulk.complete(Source, {"sha256": "c" * 64, "locator": "two", "text": "two", "title": "two"})])
        source = session.get(Source, ids[0])
        assert source is not None
        source.title = "two, retitled"  # flushed by the block's end: its entry joins the rest
    assert _entries(store) == [("insert", "linker", "one"), ("insert", "linker", "two"),
                               ("update", "linker", "two, retitled")]


def test_a_block_that_raises_appends_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session(actor="linker") as session, appended_at_end(session):
        session.add(Source(sha256="d" * 64, locator="gone", text="gone", title="gone"))
        session.flush()
        raise RuntimeError("the link failed")
    _add_source(store, "after")
    assert _entries(store) == [("insert", "analyst-a", "after")]


@pytest.mark.postgres
def test_while_a_block_holds_its_entries_another_writer_appends_without_waiting(postgres_store: Store) -> None:
    store = postgres_store
    with store.session(actor="linker") as session, appended_at_end(session):
        session.add(Source(sha256="e" * 64, locator="linked", text="linked", title="linked"))
        session.flush()
        # A partition committing meanwhile: it would wait for the head's row lock had the block
        # appended as it wrote (lock_wait_s turns that wait into an error).
        with store.session(actor="partition", lock_wait_s=2) as other:
            other.add(Source(sha256="f" * 64, locator="meanwhile", text="meanwhile", title="meanwhile"))
    assert _entries(store) == [("insert", "partition", "meanwhile"), ("insert", "linker", "linked")]
