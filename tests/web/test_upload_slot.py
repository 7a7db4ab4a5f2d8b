"""An upload is read and parsed before it takes one of the store's writer slots: a writer that
holds the slot does not stop the upload's parsing, only its write."""

from __future__ import annotations

import asyncio
import io
import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from starlette.datastructures import UploadFile

from tasdiq.ingest.pipeline import Ingester, ReadFile
from tasdiq.model import Source
from tasdiq.store import Store
from tasdiq.store.schema import cols
from tasdiq.web.uploads import ingest_uploads
from tasdiq.web.writers import WriterGate

REPORT = b"A grenade thrown into a market in Peshawar wounded eleven people on Friday.\n"


def _gate(wait_s: float = 10.0) -> WriterGate:
    return WriterGate(slots=1, queue=4, wait_s=wait_s, retry_after_s=1)


def test_an_upload_is_parsed_while_another_writer_holds_the_slot_and_written_after_it(
        sqlite_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = threading.Event()
    reading = Ingester.read

    def read_and_tell(self: Ingester, path: Path, *, display: str | None = None) -> ReadFile:
        done = reading(self, path, display=display)
        parsed.set()
        return done

    monkeypatch.setattr(Ingester, "read", read_and_tell)

    async def scenario() -> tuple[bool, bool, list[dict[str, object]]]:
        gate = _gate()
        upload = UploadFile(io.BytesIO(REPORT), filename="report.txt")
        async with gate.slot():  # another writer, busy for as long as the upload takes to parse
            task = asyncio.create_task(ingest_uploads(store=sqlite_store, files=[upload], actor="analyst",
                                                      max_bytes=1 << 20, writers=gate))
            for _ in range(500):
                if parsed.is_set():
                    break
                await asyncio.sleep(0.01)
            parsed_while_held, written_while_held = parsed.is_set(), task.done()
        return parsed_while_held, written_while_held, await task

    parsed_while_held, written_while_held, results = asyncio.run(scenario())
    assert parsed_while_held and not written_while_held
    assert [r["status"] for r in results] == ["new"]
    with sqlite_store.session() as session:
        assert REPORT.decode().strip() in set(session.scalars(select(cols(Source).text)))


def test_an_upload_that_gets_no_writer_slot_says_so_and_keeps_nothing(sqlite_store: Store) -> None:
    async def scenario() -> list[dict[str, object]]:
        gate = _gate(wait_s=0.2)
        async with gate.slot():
            upload = UploadFile(io.BytesIO(REPORT), filename="report.txt")
            return await ingest_uploads(store=sqlite_store, files=[upload], actor="analyst", max_bytes=1 << 20,
                                        writers=gate)

    results = asyncio.run(scenario())
    assert results[0]["status"] == "failed" and "no write slot" in str(results[0]["problem"])
    assert not any(p.is_file() for p in sqlite_store.objects.root.rglob("*"))
