"""A partition's `rows_sha256`: taken by the writer from the audit images of what it wrote, it
must be the hash `partition_rows_sha256` recomputes from the stored rows, on both backends."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tasdiq.batch import run_partition
from tasdiq.batch.partition import BATCH_ACTION, partition_rows_sha256, rows_sha256
from tasdiq.extract import Extractor
from tasdiq.extract.service import ExtractSummary, WrittenRows, extract_pending
from tasdiq.ingest.pipeline import Ingester
from tasdiq.model import AuditEntry, Claim, Source
from tasdiq.store import Store
from tasdiq.store.audit import verify_chain
from tasdiq.store.schema import cols

# Our own words; the last sentence of each gives the extractor a claim to write.
REPORTS = [
    ("Kunar", "A roadside bomb hit a police pickup near Asadabad, Kunar, on 4 May 2023, killing three officers "
     "and wounding five. The Taliban claimed responsibility for the attack in a statement."),
    ("Quetta", "A suicide bomber blew himself up at a checkpost in Quetta on 9 May 2023, killing six soldiers "
     "and injuring 11 people, police said. Tehreek-e-Taliban Pakistan claimed the bombing."),
    ("Peshawar", "Gunmen shot dead two polio workers in Peshawar on 12 May 2023 and fled, officials said. "
     "No group has claimed responsibility."),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def shard(folder: Path, copies: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "part-0.jsonl"
    lines = [json.dumps({"title": f"{place} report {k}", "url": f"https://example.org/{place}/{k}",
                         "published": "2023-05-13", "text": f"{text} Report {k}."})
             for k in range(copies) for place, text in REPORTS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def shard_source_ids(store: Store, path: Path) -> list[int]:
    outcome = Ingester(store, actor="batch", workers=1).ingest_file(path)
    with store.session() as session:
        return [int(i) for i in session.scalars(select(cols(Source).id).where(cols(Source).sha256 == outcome.sha256))]


def batch_entry(store: Store) -> dict[str, Any]:
    with store.session() as session:
        after = session.scalars(select(cols(AuditEntry).after).where(cols(AuditEntry).action == BATCH_ACTION)).one()
    assert isinstance(after, dict)
    return after


def stored_hash(store: Store, source_ids: list[int]) -> str:
    with store.session() as session:  # a new session: every row read back from the store
        return partition_rows_sha256(session, source_ids)


def test_the_hash_of_the_written_images_is_the_hash_of_the_stored_rows(
    store: Store, tmp_path: Path, extractor: Extractor
) -> None:
    ids = shard_source_ids(store, shard(tmp_path))
    kept: list[WrittenRows] = []

    def finish(session: Session, summary: ExtractSummary) -> None:
        assert summary.written is not None
        kept.append(summary.written)

    extract_pending(store=store, source_ids=ids, extractor=extractor, finish=finish)
    (written,) = kept
    assert [image["id"] for image in written.sources] == ids
    assert len(written.mentions) >= len(ids) and len(written.claims) >= 2
    assert rows_sha256([written.sources, written.mentions, written.claims]) == stored_hash(store, ids)


def test_a_partition_records_the_hash_its_stored_rows_have(
    store: Store, tmp_path: Path, extractor: Extractor
) -> None:
    path = shard(tmp_path)
    result = run_partition(store=store, actor="batch", url=path.as_uri(), extractor=extractor)
    assert result.status == "done" and result.claims >= 2
    ids = shard_source_ids(store, path)  # the shard again: a duplicate, its sources already stored
    assert batch_entry(store)["rows_sha256"] == stored_hash(store, ids)
    with store.engine.connect() as conn:
        verify_chain(conn)


def test_a_partition_partly_extracted_before_hashes_all_its_rows(
    store: Store, tmp_path: Path, extractor: Extractor
) -> None:
    """Sources extracted by an earlier `tasdiq extract` are in the hash though this run did not write them."""
    path = shard(tmp_path)
    ids = shard_source_ids(store, path)
    extract_pending(store=store, source_ids=ids[:2], extractor=extractor)
    result = run_partition(store=store, actor="batch", url=path.as_uri(), extractor=extractor)
    assert (result.status, result.extracted) == ("done", len(ids) - 2)
    entry = batch_entry(store)
    with store.session() as session:
        claims = session.scalar(select(func.count()).select_from(Claim).where(cols(Claim).source_id.in_(ids[:2])))
    assert claims and entry["rows_sha256"] == stored_hash(store, ids)
