"""Extraction over the store: sources in, Mention and Claim rows out.

Re-extracting a source replaces its mentions (and the claims and links that hang on them);
analyst link decisions are keyed by (source_id, ordinal) in `LinkDecision`, so the linker
re-applies them to the new mentions. Each mention records the component versions that
produced it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from tasdiq.extract.native import NAMES
from tasdiq.extract.pipeline import BATCH, Extractor
from tasdiq.extract.types import Count, DocumentExtraction, ExtractedClaim, ExtractedEvent
from tasdiq.model import Claim, IncidentMention, Mention, Source
from tasdiq.model.enums import ClaimOrigin
from tasdiq.pacing import sparse_collections
from tasdiq.store.bulk import insert_audited, update_audited
from tasdiq.store.schema import cols

if TYPE_CHECKING:
    from tasdiq.store.db import Store

# Claim flags the extractor sets, and the Claim column each one turns on.
FLAG_COLUMNS = {
    "released_by_party": "released_by_party",
    "possible_coercion": "possible_coercion",
    "unverifiable": "unverifiable",
}


@dataclass
class WrittenRows:
    """The audit images (`snapshot`s, as stored) of the rows an extraction wrote, by table, in id
    order: the sources after their update, the new mentions and claims."""

    sources: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ExtractSummary:
    sources: int = 0
    attack_sources: int = 0
    mentions: int = 0
    claims: int = 0
    replaced_mentions: int = 0
    categories: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    # sources in a language Tasdiq cannot read, per language: no events were sought in them
    unreadable: dict[str, int] = field(default_factory=dict)
    # kept only when asked for (a batch partition hashes them): not part of the report
    written: WrittenRows | None = None

    def add_language(self, code: str, *, readable: bool) -> None:
        self.languages[code] = self.languages.get(code, 0) + 1
        if not readable:
            self.unreadable[code] = self.unreadable.get(code, 0) + 1

    def as_dict(self) -> dict[str, object]:
        return {
            "sources": self.sources,
            "attack_sources": self.attack_sources,
            "mentions": self.mentions,
            "claims": self.claims,
            "replaced_mentions": self.replaced_mentions,
            "categories": dict(sorted(self.categories.items(), key=lambda kv: -kv[1])),
            "languages": dict(sorted(self.languages.items(), key=lambda kv: -kv[1])),
            "unreadable_languages": self.unreadable,
        }


def pending_sources(*, session: Session, redo_all: bool = False, source_ids: Sequence[int] = ()) -> list[int]:
    """Ids of the sources to extract, in order: those not yet extracted (or all with
    `redo_all`), among `source_ids` when given."""
    c = cols(Source)
    query = select(c.id).order_by(c.id)
    if source_ids:
        query = query.where(c.id.in_(source_ids))
    if not redo_all:
        query = query.where(c.extracted_at.is_(None))
    return [int(i) for i in session.scalars(query)]


def _count(value: Count | None) -> tuple[int | None, int | None, int | None]:
    return (value.low, value.best, value.high) if value else (None, None, None)


def mention_from_event(event: ExtractedEvent, *, source_id: int, ordinal: int, components: dict[str, str]) -> Mention:
    killed, injured, perps = _count(event.killed), _count(event.injured), _count(event.perpetrators_killed)
    loc = event.location
    spans = {name: list(span) for name, span in event.spans.items()}
    return Mention(
        source_id=source_id,
        ordinal=ordinal,
        attack_type=event.attack_type,
        acled_sub_event_type=event.acled_sub_event_type,
        suicide=event.suicide,
        date=event.date,
        date_precision=event.date_precision,
        place_name=loc.name if loc else None,
        country=loc.country if loc else None,
        admin1=loc.admin1 if loc else None,
        admin2=loc.admin2 if loc else None,
        lat=loc.lat if loc else None,
        lon=loc.lon if loc else None,
        geo_precision=loc.precision if loc else None,
        killed_low=killed[0],
        killed_best=killed[1],
        killed_high=killed[2],
        injured_low=injured[0],
        injured_best=injured[1],
        injured_high=injured[2],
        perpetrators_killed_low=perps[0],
        perpetrators_killed_best=perps[1],
        perpetrators_killed_high=perps[2],
        kidnapped_best=event.kidnapped.best if event.kidnapped else None,
        perpetrator=event.perpetrator,
        perpetrator_certainty=event.certainty,
        targets=list(event.targets),
        victims_named=list(event.victims),
        spans=spans,
        components=dict(components) | {"date_resolution": event.date_resolution},
        created_at=dt.datetime.now(dt.UTC),
    )


def claim_from_extracted(claim: ExtractedClaim, *, source: Source, mention: Mention) -> Claim:
    start, end = claim.span if claim.span else (None, None)
    quote = source.text[start:end] if start is not None and end is not None else None
    flags = set(claim.flags)
    row = Claim(
        mention_id=mention.id,
        source_id=source.id,
        kind=claim.kind,
        claimant=claim.claimant,
        subject=claim.subject,
        channel=claim.channel,
        span_start=start,
        span_end=end,
        quote=quote,
        origin=ClaimOrigin.EXTRACTED,
        created_at=dt.datetime.now(dt.UTC),
    )
    for flag, column in FLAG_COLUMNS.items():
        if flag in flags:
            setattr(row, column, True)
    return row


def _mentions_of(session: Session, source_ids: Sequence[int]) -> list[Mention]:
    return list(session.scalars(select(Mention).where(cols(Mention).source_id.in_(source_ids))))


def _remove_mentions(session: Session, mentions: Sequence[Mention]) -> int:
    """Delete these mentions with their claims and links; how many mentions."""
    if not mentions:
        return 0
    ids = [m.id for m in mentions]
    # Deleted through the ORM, children first, so each removal is in the audit chain.
    for link in session.scalars(select(IncidentMention).where(cols(IncidentMention).mention_id.in_(ids))):
        session.delete(link)
    for claim in session.scalars(select(Claim).where(cols(Claim).mention_id.in_(ids))):
        session.delete(claim)
    session.flush()
    for mention in mentions:
        session.delete(mention)
    session.flush()
    return len(mentions)


def store_extractions(
    *, session: Session, extracted: Sequence[tuple[Source, DocumentExtraction]], summary: ExtractSummary | None = None
) -> ExtractSummary:
    """Replace each source's mentions and claims with its extraction, the whole batch in bulk:
    one audited update of the sources, one audited insert of the mentions, one of the claims,
    then the old rows deleted."""
    summary = summary if summary is not None else ExtractSummary()
    # The old rows go after the new ones are in: SQLite numbers bulk inserts from the highest id
    # left, and a re-extracted mention must never take the id (and audit history) of a deleted one.
    old = _mentions_of(session, [int(src.id) for src, _ in extracted if src.id is not None])
    mentions: list[Mention] = []
    pending: list[tuple[Source, Mention, ExtractedEvent]] = []
    changes: list[tuple[Source, dict[str, Any]]] = []
    now = dt.datetime.now(dt.UTC)
    for source, extraction in extracted:
        assert source.id is not None
        events = [e for e in extraction.events if e.part_of is None]
        for ordinal, event in enumerate(events):
            mention = mention_from_event(event, source_id=source.id, ordinal=ordinal, components=extraction.components)
            mentions.append(mention)
            pending.append((source, mention, event))
        summary.add_language(extraction.language, readable=extraction.language in NAMES)
        changes.append((source, {
            # sources ingested before languages were identified take the one extraction found
            "language": source.language or extraction.language,
            "extracted_at": now,
            # whole and valid JSON: the versions of every component that read this source
            "extractor_version": json.dumps(extraction.components, sort_keys=True),
            "extra": dict(source.extra or {}) | {"category": extraction.category},
        }))
        summary.sources += 1
        summary.attack_sources += bool(events)
        summary.mentions += len(events)
        summary.categories[extraction.category] = summary.categories.get(extraction.category, 0) + 1
    session.flush()  # the caller's own changes first: the audit chain keeps the order things happened in
    connection, actor = session.connection(), str(session.info.get("actor", "system"))
    written = summary.written
    # every change sets the same columns
    update_audited(connection, actor=actor, changes=changes, images=written.sources if written else None)
    insert_audited(connection, actor=actor, objects=mentions, images=written.mentions if written else None)
    claims = [claim_from_extracted(c, source=src, mention=m) for src, m, event in pending for c in event.claims]
    insert_audited(connection, actor=actor, objects=claims, images=written.claims if written else None)
    summary.claims += len(claims)
    summary.replaced_mentions += _remove_mentions(session, old)
    return summary




def _sources(ids: Sequence[int]) -> Select[Source]:
    return select(Source).where(cols(Source).id.in_(ids)).order_by(cols(Source).id)


def _texts(ids: Sequence[int]) -> Select[int, str, dt.datetime | None, str | None]:
    c = cols(Source)
    return select(c.id, c.text, c.published, c.title).where(c.id.in_(ids)).order_by(c.id)


def _record(row: Row[Any]) -> dict[str, Any]:
    published = row.published
    return {"id": row.id, "text": row.text, "published": published.date() if published else None, "title": row.title}


@lru_cache(maxsize=1)
def shared_extractor() -> Extractor:
    """One extractor per process, built on first use: spaCy and the rulers load in seconds."""
    return Extractor()


@sparse_collections()
def extract_pending(
    *,
    store: Store | None = None,
    session: Session | None = None,
    actor: str = "system",
    redo_all: bool = False,
    source_ids: Sequence[int] = (),
    extractor: Extractor | None = None,
    batch: int = BATCH,
    progress: Callable[[int, int], None] | None = None,
    finish: Callable[[Session, ExtractSummary], None] | None = None,
) -> ExtractSummary:
    """Extract the sources not yet extracted (or all, or among these) into mentions and claims.

    The one extraction path of the library: `tasdiq extract`, the web app's jobs, `tasdiq
    watch` and a batch partition all call it. Texts are read in chunks of `batch`, extracted
    with `nlp.pipe`, and written with audited bulk inserts. Who owns the transactions:

    - `store` alone (`tasdiq extract`): each chunk is read without a lock, extracted outside
      any transaction, then written in one short transaction. SQLite has one write lock;
      holding it while spaCy runs would stall every other writer (the web app) for the run.
    - `store` and `finish` (a batch partition): every chunk is extracted first, then all are
      written in one transaction that ends with `finish(session, summary)`: all or nothing.
      `summary.written` holds the audit images of the rows written, for `finish` to hash.
    - `session` (a job or `workflow.extract_and_link`): read and written in the caller's unit
      of work, which the caller commits.

    `progress(done, total)` is called after each chunk.
    """
    extractor = extractor or shared_extractor()
    summary = ExtractSummary()
    if session is not None:
        unit = session
        ids = pending_sources(session=unit, redo_all=redo_all, source_ids=source_ids)
        for results in _extracted(lambda chunk: unit.execute(_texts(chunk)), ids, extractor, batch, progress):
            _write(unit, results, summary)
        return summary
    if store is None:
        raise TypeError("extract_pending needs a store or a session")
    with store.session(actor=actor) as reading:
        ids = pending_sources(session=reading, redo_all=redo_all, source_ids=source_ids)
    read_only = store.engine.execution_options(tasdiq_read_only=True)  # SQLite: a deferred BEGIN, no lock

    def read(chunk: Sequence[int]) -> list[Row[Any]]:
        with read_only.connect() as conn:
            return list(conn.execute(_texts(chunk)))

    extracted = _extracted(read, ids, extractor, batch, progress)
    if finish is None:
        for results in extracted:
            with store.session(actor=actor) as writing:
                _write(writing, results, summary)
        return summary
    everything = {source_id: result for results in extracted for source_id, result in results.items()}
    summary.written = WrittenRows()  # for `finish`: the images of what this transaction wrote
    with store.session(actor=actor) as writing:
        _write(writing, everything, summary)
        finish(writing, summary)
    return summary


def _extracted(
    read: Callable[[Sequence[int]], Iterable[Row[Any]]], ids: Sequence[int], extractor: Extractor, batch: int,
    progress: Callable[[int, int], None] | None,
) -> Iterator[dict[int, DocumentExtraction]]:
    """Each chunk of sources read by `read` (id, text, published, title) and extracted, by id."""
    done = 0
    for chunk in chunks(ids, batch):
        records = [_record(row) for row in read(chunk)]
        yield dict(zip((r["id"] for r in records), extractor.extract_many(records), strict=True))
        done += len(chunk)
        if progress is not None:
            progress(done, len(ids))


def _write(session: Session, results: dict[int, DocumentExtraction], summary: ExtractSummary) -> None:
    sources = session.scalars(_sources(list(results)))
    store_extractions(session=session, extracted=[(s, results[s.id or 0]) for s in sources], summary=summary)


def chunks(ids: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
