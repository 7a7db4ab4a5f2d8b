"""Which of an incident's sources count as independent, and which figure each outlet gives.

Sources are grouped when they are one outlet's reports (same publisher, or a correction
that names the report it supersedes) or copies of one story (same normalised text, or
near-identical text under another publisher: syndication). Each group is one independent
voice: its latest report that gives figures gives them, the others are shown but not counted. Sources
from the perpetrator (a claims bulletin, or a statement claiming the attack) are claims,
never independent confirmation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from tasdiq.link.features import Features
from tasdiq.link.scoring import syndicated, weights

CLAIM_KINDS = frozenset({"claim_bulletin"})
EPOCH = dt.datetime.min.replace(tzinfo=dt.UTC)


@dataclass
class SourceRoles:
    claim_sources: set[int] = field(default_factory=set)
    # source id -> id of the group's representative (itself when it is the representative)
    representative: dict[int, int] = field(default_factory=dict)
    reason: dict[int, str] = field(default_factory=dict)

    @property
    def independent(self) -> int:
        return len({rep for sid, rep in self.representative.items() if sid not in self.claim_sources})

    def counts(self, source_id: int | None) -> bool:
        return source_id is not None and self.representative.get(source_id) == source_id

    def role(self, source_id: int | None) -> str:
        if source_id is None:
            return "incident figures"
        if source_id in self.claim_sources:
            return "claim by the perpetrator"
        return self.reason.get(source_id, "independent")

    def syndicated_groups(self) -> list[list[int]]:
        groups: dict[int, list[int]] = {}
        for sid, rep in self.representative.items():
            groups.setdefault(rep, []).append(sid)
        return [sorted(g) for g in groups.values() if len(g) > 1]


def _is_claim(f: Features) -> bool:
    return f.source_kind in CLAIM_KINDS or (f.source_kind == "statement" and f.certainty == "claimed")


def _find(parent: dict[int, int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def source_roles(members: list[Features]) -> SourceRoles:
    roles = SourceRoles()
    by_source: dict[int, Features] = {}
    for f in members:
        if f.source_id is not None:
            by_source.setdefault(f.source_id, f)
            if _is_claim(f):
                roles.claim_sources.add(f.source_id)
    parent = {sid: sid for sid in by_source}
    for a, b in _same_voice_edges(by_source, parent):
        parent[_find(parent, a)] = _find(parent, b)
    groups: dict[int, list[int]] = {}
    for sid in sorted(by_source):
        groups.setdefault(_find(parent, sid), []).append(sid)
    for group in groups.values():
        # the latest report that gives a figure: a later one without figures replaces nothing
        latest = max(group, key=lambda s: (_gives_figures(by_source[s]), by_source[s].published or EPOCH, s))
        for sid in group:
            roles.representative[sid] = latest
            if sid != latest:
                kind = _same_voice(by_source[sid], by_source[latest]) or "same outlet or story"
                roles.reason[sid] = f"{kind}; counted once through source {latest}"
    return roles


def _same_voice_edges(by_source: dict[int, Features], parent: dict[int, int]) -> Iterator[tuple[int, int]]:
    """Pairs of sources that are one voice (`_same_voice`), enough of them to join every group.

    Asked of every pair, this was quadratic in an incident's sources, and an incident's figures are
    worked out again each time a link changes it: 2 million pairs for four incidents of 1,000
    reports. Each reason but syndication is an equal value (publisher, text hash, the source a
    correction supersedes), so sources are grouped by it; near-identical texts give identical
    extracted values (`scoring.syndicated`), so only sources with the same tolls and date are
    compared by MinHash (those that agree in a band of it: `_near_copies`), and not when they are
    already one group."""
    firsts: dict[tuple[str, object], int] = {}
    similar: dict[tuple[object, ...], list[int]] = {}
    for sid in sorted(by_source):
        f = by_source[sid]
        for key in (("publisher", f.publisher), ("text", f.text_sha256)):
            if key[1]:
                yield sid, firsts.setdefault(key, sid)
        if f.supersedes_id is not None and f.supersedes_id in by_source:
            yield sid, f.supersedes_id
        similar.setdefault((f.killed, f.injured, f.date), []).append(sid)
    for group in similar.values():
        for a, b in _near_copies(group, by_source):
            if _find(parent, a) != _find(parent, b) and syndicated(by_source[a], by_source[b]):
                yield a, b


def _near_copies(group: list[int], by_source: dict[int, Features]) -> Iterator[tuple[int, int]]:
    """The pairs of `group` whose MinHash may reach `syndicated_jaccard`, each once, in order.

    Exact by pigeonhole: a pair reaching it differs in at most `d` of the signature's values, so
    with its values cut into `d + 1` bands, some band is equal in both. Sources without a
    signature (too short a text) are never syndicated by MinHash."""
    if len(group) <= BANDED_FROM:
        yield from ((a, b) for i, a in enumerate(group) for b in group[i + 1 :])
        return
    by_band: dict[tuple[int, bytes], list[int]] = {}
    for sid in group:
        signature = by_source[sid].signature()
        if signature is not None:
            for band, values in enumerate(np.array_split(signature, _bands(len(signature)))):
                by_band.setdefault((band, values.tobytes()), []).append(sid)
    pairs = {(a, b) for same in by_band.values() for i, a in enumerate(same) for b in same[i + 1 :]}
    yield from sorted(pairs)


BANDED_FROM = 16  # smaller groups are compared pair by pair: cutting signatures costs more than it saves


@cache
def _bands(num_perm: int) -> int:
    """One more band than the values a pair may differ in and still be syndicated copies."""
    threshold = weights().syndicated_jaccard
    agreeing = next(c for c in range(num_perm + 1) if c / num_perm >= threshold)
    return min(num_perm, num_perm - agreeing + 1)


def _gives_figures(f: Features) -> bool:
    return any(v is not None for v in (*f.killed, *f.injured))


def _same_voice(a: Features, b: Features) -> str | None:
    if a.publisher and a.publisher == b.publisher:
        return "same outlet, earlier report"
    if a.supersedes_id == b.source_id or b.supersedes_id == a.source_id:
        return "corrected version"
    if syndicated(a, b):
        return "syndicated copy"
    return None
