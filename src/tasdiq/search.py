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

from sqlalchemy import func, select
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
    rank_cap: int = index.RANK_CAP  # more matches than this come newest first (index.RANK_CAP says why)


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
        return index.marked_text(self.snippet)[1]

    @property
    def plain(self) -> str:
        return index.marked_text(self.snippet)[0]


@dataclass
class SearchAnswer:
    q: str
    counts: dict[str, int] = field(default_factory=dict)  # per kind, up to rank_cap (index.FirstHits.count)
    newest_first: list[str] = field(default_factory=list)  # kinds with rank_cap matches or more
    about: dict[str, int] = field(default_factory=dict)  # those kinds' matches, estimated (index.first_hits)
    hits: list[SearchHit] = field(default_factory=list)

    def matches(self, kind: str) -> str:
        """How many of a kind match, as a reader is told: exact up to the cap, then "about"."""
        if kind in self.about:
            return f"about {self.about[kind]:,}"
        return f"{self.counts.get(kind, 0):,}"


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
        first = index.first_hits(session, kind=index.Kind(kind.value), query=request.q, among=_among(kind, request),
                                 limit=wanted, cap=request.rank_cap)
        answer.counts[kind.value] = first.count
        if not first.ranked:
            answer.newest_first.append(kind.value)
        if first.about is not None:
            answer.about[kind.value] = first.about
        ranked += [(rank, kind, str(i)) for i, rank in first.ids]
    # Ranked hits before unranked ones (newest-first kinds score 0); a stable sort keeps the
    # newest-first order within those.
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
    labels = {kind: _labels(session, kind, ids) for kind, ids in by_kind.items()}
    actors = {hit.id: hit for hit in _actor_hits(session, request)} if any(k is HitKind.ACTOR for _, k, _ in page) \
        else {}
    hits: list[SearchHit] = []
    for rank, kind, ident in page:
        if kind is HitKind.ACTOR:
            hits.append(actors[ident])
            continue
        title, date, incident_id = labels[kind].get(int(ident), ("", None, None))
        hits.append(SearchHit(kind, ident, title, texts[kind].get(int(ident), ""), rank, date, incident_id))
    return hits


Label = tuple[str, dt.date | None, int | None]  # title, date, incident id


def _labels(session: Session, kind: HitKind, ids: list[int]) -> dict[int, Label]:
    """Title, date and incident of a page of hits in one query per kind (never the whole text)."""
    if kind is HitKind.SOURCE:
        c = cols(Source)
        rows = session.execute(select(c.id, c.title, c.publisher, c.published, func.substr(c.text, 1, 80))
                               .where(c.id.in_(ids)))
        return {r[0]: (_source_label(r[1] or r[4].replace("\n", " "), r[2]), r[3].date() if r[3] else None, None)
                for r in rows}
    if kind is HitKind.INCIDENT:
        c = cols(Incident)
        return {r.id: (r.title, r.date, r.id) for r in session.execute(select(c.id, c.title, c.date)
                                                                        .where(c.id.in_(ids)))}
    c = cols(Claim)
    rows = session.execute(select(c.id, c.kind, c.claimant, c.incident_id).where(c.id.in_(ids)))
    return {r.id: (f"{r.kind} by {r.claimant or 'unknown'}" + (f" on incident {r.incident_id}" if r.incident_id
                                                                  else ""), None, r.incident_id) for r in rows}


def _source_label(title: str, publisher: str | None) -> str:
    return f"{title} ({publisher})" if publisher else title


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
