"""One partition through ingest and extraction, resumably, ending in one batch audit entry.

A partition is done when the audit chain holds its `batch` entry (entity `partition`, id the
SHA-256 of the partition's bytes). Until then each step finds what an earlier, interrupted
run left and carries on from there:

1. ingest: the shard is one file, so `Ingester` writes its original and every source in one
   transaction; a shard already stored is a duplicate and adds nothing.
2. extract: the shard's sources not yet extracted, extracted outside any transaction and
   written, with the batch entry, in one transaction.

A kill between the steps leaves a stored shard with unextracted sources, which the next run
extracts; a kill inside a step leaves nothing of that step.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.batch.inputs import local_path
from tasdiq.errors import TasdiqError
from tasdiq.extract import Extractor
from tasdiq.extract.service import ExtractSummary, WrittenRows, extract_pending
from tasdiq.ingest.pipeline import Ingester
from tasdiq.model import AuditEntry, Claim, Mention, Source
from tasdiq.store import Store
from tasdiq.store.audit import append_entries, snapshot
from tasdiq.store.schema import cols

BATCH_ACTION, BATCH_ENTITY = "batch", "partition"


@dataclass
class PartitionResult:
    url: str
    status: str  # "done", "already_done" or "failed"
    sources: int = 0
    extracted: int = 0
    mentions: int = 0
    claims: int = 0
    linked: int = 0  # mentions this task's link placed (mentions of any committed partition)
    seconds: dict[str, float] | None = None
    problem: str | None = None
    worker: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def run_partition(*, store: Store, actor: str, url: str, extractor: Extractor) -> PartitionResult:
    """Ingest and extract one partition; a bad partition is reported, never half-written."""
    try:
        return _run(store=store, actor=actor, url=url, extractor=extractor)
    except TasdiqError as exc:
        return PartitionResult(url=url, status="failed", problem=str(exc))


def _run(*, store: Store, actor: str, url: str, extractor: Extractor) -> PartitionResult:
    path = local_path(url)
    started = time.perf_counter()
    outcome = Ingester(store, actor=actor, workers=1).ingest_file(path, display=url)
    if outcome.status == "failed" or outcome.sha256 is None:
        return PartitionResult(url=url, status="failed", problem=outcome.problem)
    ingested = time.perf_counter()
    with store.session(actor=actor) as session:
        ids = [int(i) for i in session.scalars(select(cols(Source).id).where(cols(Source).sha256 == outcome.sha256))]
        if has_batch_entry(session, outcome.sha256):
            return PartitionResult(url=url, status="already_done", sources=len(ids))
    counts = extract_partition(store=store, actor=actor, source_ids=ids, extractor=extractor,
                               entry={"partition": url, "sha256": outcome.sha256})
    seconds = {"ingest": round(ingested - started, 3), "extract": round(time.perf_counter() - ingested, 3)}
    return PartitionResult(url=url, status="done", sources=len(ids), extracted=counts[0], mentions=counts[1],
                           claims=counts[2], seconds=seconds)


def extract_partition(
    *, store: Store, actor: str, source_ids: Sequence[int], extractor: Extractor, entry: dict[str, Any]
) -> tuple[int, int, int]:
    """Extract the partition's pending sources and write them with its batch entry.

    `extract_pending`, the store path's own function: `nlp.pipe` in batches outside any
    transaction, then the partition's mentions, claims and batch entry in one transaction, so
    no lock is held while spaCy runs and a failure leaves nothing. Returns (sources extracted,
    mentions, claims).
    """

    def finish(session: Session, summary: ExtractSummary) -> None:
        append_batch_entry(session, actor=actor, source_ids=source_ids, written=summary.written,
                           entry=entry | {"extracted": summary.sources, "extractor": extractor.versions})

    done = extract_pending(store=store, actor=actor, source_ids=source_ids, extractor=extractor, finish=finish)
    return done.sources, done.mentions, done.claims


def has_batch_entry(session: Session, sha256: str) -> bool:
    c = cols(AuditEntry)
    query = select(c.id).where(c.action == BATCH_ACTION, c.entity == BATCH_ENTITY, c.entity_id == sha256)
    return session.scalars(query.limit(1)).first() is not None


def append_batch_entry(
    session: Session, *, actor: str, source_ids: Sequence[int], entry: dict[str, Any],
    written: WrittenRows | None = None,
) -> None:
    """One audit entry for the partition, carrying the hash of every row it now has.

    The rows themselves were audited one by one as they were written; this entry says the
    partition is complete and fixes what it held then (`rows_sha256`, recomputable by
    `partition_rows_sha256`), so a later change to any of them can be told from the batch.
    When this transaction wrote every source of the partition, `written` (their audit images,
    with those of the mentions and claims written with them) is exactly what the partition
    holds, and the hash is taken from it instead of reading the rows back.
    """
    session.flush()
    if written is not None and sorted(image["id"] for image in written.sources) == sorted(source_ids):
        rows = rows_sha256(sorted(images, key=_by_id) for images in (written.sources, written.mentions, written.claims))
    else:  # a run that found some of the sources extracted already: what it holds is in the store
        rows = partition_rows_sha256(session, source_ids)
    after = entry | {"sources": len(source_ids), "rows_sha256": rows,
                     "completed_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    append_entries(session.connection(), actor=actor,
                   items=[(BATCH_ACTION, BATCH_ENTITY, str(entry["sha256"]), None, after)])


def _by_id(image: dict[str, Any]) -> int:
    return int(image["id"])


def partition_rows_sha256(session: Session, source_ids: Sequence[int]) -> str:
    """SHA-256 over the canonical JSON of the partition's sources, mentions and claims, as stored."""
    sources = session.scalars(select(Source).where(cols(Source).id.in_(source_ids)).order_by(cols(Source).id))
    mentions = list(session.scalars(
        select(Mention).where(cols(Mention).source_id.in_(source_ids)).order_by(cols(Mention).id)))
    claims = session.scalars(
        select(Claim).where(cols(Claim).mention_id.in_([m.id for m in mentions])).order_by(cols(Claim).id))
    return rows_sha256((snapshot(row) for row in rows) for rows in (sources, mentions, claims))


def rows_sha256(tables: Iterable[Iterable[dict[str, Any]]]) -> str:
    """SHA-256 over the canonical JSON of each row image, table after table, one line each."""
    digest = hashlib.sha256()
    for images in tables:
        for image in images:
            digest.update(json.dumps(image, sort_keys=True, default=str).encode("utf-8") + b"\n")
    return digest.hexdigest()
