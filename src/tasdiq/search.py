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
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.model import Actor as StoredActor
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
    rows = {kind: index.passages(session, kind=index.Kind(kind.value), query=request.q, ids=ids, words=SNIPPET_WORDS)
            for kind, ids in by_kind.items()}
    actors = {hit.id: hit for hit in _actor_hits(session, request)} if any(k is HitKind.ACTOR for _, k, _ in page) \
        else {}
    hits: list[SearchHit] = []
    for rank, kind, ident in page:
        if kind is HitKind.ACTOR:
            hits.append(actors[ident])
            continue
        found = rows[kind].get(int(ident))
        title, date, incident_id = _label(kind, int(ident), found.label) if found else ("", None, None)
        hits.append(SearchHit(kind, ident, title, found.snippet if found else "", rank, date, incident_id))
    return hits


Label = tuple[str, dt.date | None, int | None]  # title, date, incident id


def _label(kind: HitKind, ident: int, row: dict[str, Any]) -> Label:
    """Title, date and incident of a hit, from the columns `index.LABELS` reads (never the whole text)."""
    if kind is HitKind.SOURCE:
        published = row["published"]
        return (_source_label(row["title"] or row["head"].replace("\n", " "), row["publisher"]),
                published.date() if published else None, None)
    if kind is HitKind.INCIDENT:
        return row["title"], row["date"], ident
    incident_id = row["incident_id"]
    return (f"{row['kind']} by {row['claimant'] or 'unknown'}" + (f" on incident {incident_id}" if incident_id
                                                                  else ""), None, incident_id)


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
