"""Extraction over the store: sources in, Mention and Claim rows out.

Re-extracting a source replaces its mentions (and the claims and links that hang on them);
analyst link decisions are keyed by (source_id, ordinal) in `LinkDecision`, so the linker
re-applies them to the new mentions. Each mention records the component versions that
produced it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.extract.types import Count, DocumentExtraction, ExtractedClaim, ExtractedEvent
from tasdiq.model import Claim, IncidentMention, Mention, Source
from tasdiq.store.schema import cols

# Claim flags the extractor sets, and the Claim column each one turns on.
FLAG_COLUMNS = {
    "released_by_party": "released_by_party",
    "possible_coercion": "possible_coercion",
    "unverifiable": "unverifiable",
}


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
    c = cols(Source)
    query = select(c.id).order_by(c.id)
    if source_ids:
        query = query.where(c.id.in_(source_ids))
    elif not redo_all:
        query = query.where(c.extracted_at.is_(None))
    return [int(i) for i in session.scalars(query)]


def _count(value: Count | None) -> tuple[int | None, int | None, int | None]:
    return (value.low, value.best, value.high) if value else (None, None, None)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def mention_from_event(event: ExtractedEvent, *, source_id: int, ordinal: int, components: dict[str, str]) -> Mention:
    killed, injured, perps = _count(event.killed), _count(event.injured), _count(event.perpetrators_killed)
    loc = event.location
    spans = {name: list(span) for name, span in event.spans.items()}
    return Mention(
        source_id=source_id,
        ordinal=ordinal,
        attack_type=str(event.attack_type),
        acled_sub_event_type=event.acled_sub_event_type,
        suicide=event.suicide,
        date=_date(event.date),
        date_precision=str(event.date_precision),
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
        perpetrator_certainty=str(event.certainty),
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
        kind=str(claim.kind),
        claimant=claim.claimant,
        subject=claim.subject,
        channel=claim.channel,
        span_start=start,
        span_end=end,
        quote=quote,
        origin="extracted",
        created_at=dt.datetime.now(dt.UTC),
    )
    for flag, column in FLAG_COLUMNS.items():
        if flag in flags:
            setattr(row, column, True)
    return row


def _remove_mentions(session: Session, source_id: int) -> int:
    mentions = list(session.scalars(select(Mention).where(cols(Mention).source_id == source_id)))
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


def store_extraction(*, session: Session, source: Source, extraction: DocumentExtraction) -> tuple[int, int, int]:
    """Replace the source's mentions with this extraction; returns (mentions, claims, replaced)."""
    assert source.id is not None
    replaced = _remove_mentions(session, source.id)
    n_claims = 0
    events = [e for e in extraction.events if e.part_of is None]
    for ordinal, event in enumerate(events):
        mention = mention_from_event(event, source_id=source.id, ordinal=ordinal, components=extraction.components)
        session.add(mention)
        session.flush()
        for claim in event.claims:
            session.add(claim_from_extracted(claim, source=source, mention=mention))
            n_claims += 1
    if not source.language:
        source.language = extraction.language  # sources ingested before languages were identified
    source.extracted_at = dt.datetime.now(dt.UTC)
    source.extractor_version = json.dumps(extraction.components, sort_keys=True)[:200]
    extra = dict(source.extra or {})
    extra["category"] = extraction.category
    source.extra = extra
    session.flush()
    return len(events), n_claims, replaced


def chunks(ids: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
