"""Search across the store: sources, incidents, claims and actors, ranked and highlighted.

One library call for the CLI (`tasdiq search`), the API (`/api/v1/search`) and the search
page. Sources, incidents and claims come from the full-text index (`tasdiq.store.search`);
actors are reference data (`tasdiq.reference`) plus the store's own actors, matched by name
and alias. The filters narrow each kind as `tasdiq.store.search.filters` documents.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.model import Actor as StoredActor
from tasdiq.model import Claim, Incident, Source
from tasdiq.reference import fold, registry
from tasdiq.store import search as index
from tasdiq.store.schema import cols

# Actors are few and named exactly; a name match outranks any passage of text.
ACTOR_RANK = 1000.0
SNIPPET_WORDS = 24


class HitKind(StrEnum):
    SOURCE = "source"
    INCIDENT = "incident"
    CLAIM = "claim"
    ACTOR = "actor"


@dataclass(frozen=True)
class SearchRequest:
    q: str
    kinds: tuple[HitKind, ...] = tuple(HitKind)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    publisher: str | None = None
    province: str | None = None
    country: str | None = None
    limit: int = 20
    offset: int = 0


@dataclass(frozen=True)
class SearchHit:
    kind: HitKind
    id: str  # a number for stored rows, the registry key for an actor
    title: str
    snippet: str  # matched words between index.MARK_START and index.MARK_END
    rank: float
    date: dt.date | None = None
    incident_id: int | None = None  # the incident a claim is about

    @property
    def marks(self) -> list[tuple[int, int]]:
        """(start, end) of each matched passage in `plain`."""
        spans, at = [], 0
        for piece, hit in index.marked_pieces(self.snippet):
            if hit:
                spans.append((at, at + len(piece)))
            at += len(piece)
        return spans

    @property
    def plain(self) -> str:
        return "".join(piece for piece, _ in index.marked_pieces(self.snippet))


@dataclass
class SearchAnswer:
    q: str
    counts: dict[str, int] = field(default_factory=dict)  # per kind, counted up to index's cap
    hits: list[SearchHit] = field(default_factory=list)


def search(*, session: Session, request: SearchRequest) -> SearchAnswer:
    """The best `limit` hits after `offset`, over the kinds asked for, merged by rank."""
    index.parse(request.q)  # refuses an empty or over-long query before any work
    wanted = request.offset + request.limit
    answer = SearchAnswer(q=request.q)
    ranked: list[tuple[float, HitKind, str]] = []
    for kind in request.kinds:
        if kind is HitKind.ACTOR:
            actors = _actor_hits(session, request)
            answer.counts[kind.value] = len(actors)
            ranked += [(hit.rank, kind, hit.id) for hit in actors]
            continue
        stored, among = index.Kind(kind.value), _among(kind, request)
        answer.counts[kind.value] = index.count(session, kind=stored, query=request.q, among=among)
        ranked += [(rank, kind, str(i)) for i, rank in
                   index.ranked_ids(session, kind=stored, query=request.q, among=among, limit=wanted)]
    ranked.sort(key=lambda r: -r[0])
    page = ranked[request.offset:wanted]
    answer.hits = _describe(session, request, page)
    return answer


def _among(kind: HitKind, request: SearchRequest) -> index.Condition:
    return index.filters(index.Kind(kind.value), date_from=request.date_from, date_to=request.date_to,
                         publisher=request.publisher, province=request.province, country=request.country)


def _describe(session: Session, request: SearchRequest, page: list[tuple[float, HitKind, str]]) -> list[SearchHit]:
    by_kind: dict[HitKind, list[int]] = {}
    for _, kind, ident in page:
        if kind is not HitKind.ACTOR:
            by_kind.setdefault(kind, []).append(int(ident))
    texts = {kind: index.snippets(session, kind=index.Kind(kind.value), query=request.q, ids=ids,
                                  words=SNIPPET_WORDS) for kind, ids in by_kind.items()}
    actors = {hit.id: hit for hit in _actor_hits(session, request)} if any(k is HitKind.ACTOR for _, k, _ in page) \
        else {}
    hits: list[SearchHit] = []
    for rank, kind, ident in page:
        if kind is HitKind.ACTOR:
            hits.append(actors[ident])
            continue
        title, date, incident_id = _title(session, kind, int(ident))
        hits.append(SearchHit(kind, ident, title, texts[kind].get(int(ident), ""), rank, date, incident_id))
    return hits


def _title(session: Session, kind: HitKind, ident: int) -> tuple[str, dt.date | None, int | None]:
    if kind is HitKind.SOURCE:
        source = session.get(Source, ident)
        if source is None:
            return "", None, None
        label = source.title or source.text[:80].replace("\n", " ")
        return (f"{label} ({source.publisher})" if source.publisher else label,
                source.published.date() if source.published else None, None)
    if kind is HitKind.INCIDENT:
        incident = session.get(Incident, ident)
        return (incident.title, incident.date, incident.id) if incident else ("", None, None)
    claim = session.get(Claim, ident)
    if claim is None:
        return "", None, None
    where = f" on incident {claim.incident_id}" if claim.incident_id else ""
    return f"{claim.kind} by {claim.claimant or 'unknown'}{where}", None, claim.incident_id


def _actor_hits(session: Session, request: SearchRequest) -> list[SearchHit]:
    """Actors whose name or an alias holds every word of the query (negated words aside)."""
    words = [fold(t.words) for t in index.parse(request.q) if not t.negated]
    hits: dict[str, SearchHit] = {}
    for key, name, aliases in _actor_names(session):
        names = [name, key, *aliases]
        folded = [fold(n) for n in names]
        matched = [n for n, f in zip(names, folded, strict=True) if all(w in f for w in words)]
        if not matched or key in hits:
            continue
        exact = any(f == " ".join(words) for f in folded)
        rest = ", ".join(a for a in aliases if a != name)[:200]
        snippet = f"{index.MARK_START}{matched[0]}{index.MARK_END}" + (f" — also {rest}" if rest else "")
        hits[key] = SearchHit(HitKind.ACTOR, key, name, snippet, ACTOR_RANK * (2 if exact else 1))
    return sorted(hits.values(), key=lambda h: (-h.rank, h.title))


def _actor_names(session: Session) -> list[tuple[str, str, list[str]]]:
    names = [(a.key, a.name, list(a.aliases)) for a in registry().actors.values()]
    stored = session.scalars(select(StoredActor).order_by(cols(StoredActor).key))
    return names + [(a.key, a.name, list(a.aliases)) for a in stored]
