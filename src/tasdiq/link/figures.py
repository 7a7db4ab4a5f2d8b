"""An incident's figures, derived from its mentions by the rules in docs/linking.md.

Pure functions over `Features` and `ClaimInfo`: no store, so each rule is testable alone
and the explanation stored on the incident is exactly what computed the figures.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from tasdiq.link.consensus import date_consensus, place_consensus, title_for, type_consensus
from tasdiq.link.features import Features, Triple
from tasdiq.link.sources import SourceRoles, source_roles

PERPETRATOR_ORDER = ("claimed", "attributed", "suspected", "confessed", "denied")


@dataclass(frozen=True, slots=True)
class ClaimInfo:
    mention_id: int | None
    source_id: int | None
    kind: str
    claimant: str | None
    subject: str | None
    killed_claimed: int | None
    injured_claimed: int | None


@dataclass
class IncidentFigures:
    values: dict[str, Any] = field(default_factory=dict)
    explanation: dict[str, Any] = field(default_factory=dict)


def lower_median(values: list[int]) -> int:
    """The median; of an even count, the lower middle value (conservative, and a real report's)."""
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def count_range(reports: list[tuple[Features, Triple]]) -> tuple[Triple, dict[str, str]]:
    """(low, best, high) from independent latest reports, and why each is what it is."""
    bests = [t[1] for _, t in reports if t[1] is not None]
    if not bests:
        return (None, None, None), {"best": "no independent source gives a figure"}
    floors = [t[0] for _, t in reports if t[0] is not None and t[2] is None]
    best = lower_median(bests)
    low = min(bests)
    why = {"best": f"median of {len(bests)} independent latest figure(s) {sorted(bests)}"
           + (" (lower middle value)" if len(bests) % 2 == 0 and len(bests) > 1 else ""),
           "low": f"smallest independent figure {low}"}
    if floors and max(floors) > low:
        low = max(floors)
        why["low"] = f"raised to {low} by an 'at least {low}' report"
    if best < low:
        why["best"] += f", raised to the floor {low}"
        best = low
    high, why["high"] = _high(reports, best)
    return (low, best, high), why


def _high(reports: list[tuple[Features, Triple]], best: int) -> tuple[int | None, str]:
    """The largest credible figure, or unknown when the largest figure is only a floor.

    "At least 60" says nothing about how many more died: unless some source gives a larger
    figure, or one that bounds it from above (exactly 60, "up to 60"), the top of the range is
    unknown, not 60. A floor is a figure with a low and no high (as for `low`); a figure
    given without bounds ("about 180") is the source's own count and can be the top.
    """
    floors = [t[0] for _, t in reports if t[0] is not None and t[2] is None]
    tops = [top for _, t in reports if (top := _top(t)) is not None]
    top_floor = max(floors, default=None)
    if top_floor is not None and top_floor > max(tops, default=-1):
        return None, f"unknown: the largest figure, {top_floor}, is an 'at least' figure"
    high = max(max(tops, default=best), best)
    return high, f"largest credible figure {high}"


def _top(t: Triple) -> int | None:
    """What a report says the toll is at most: its high, or its figure when it gives no bounds."""
    low, best, high = t
    return high if high is not None else (best if low is None else None)


def _claimed_figure(f: Features, claims: list[ClaimInfo], roles: SourceRoles) -> bool:
    """True when this mention's toll is the perpetrator's own claim."""
    if f.source_id in roles.claim_sources:
        return True
    mine = [c for c in claims if c.mention_id == f.mention_id and c.kind in ("responsibility", "casualty_claim")]
    return any(c.killed_claimed is not None and c.killed_claimed == f.killed[1] for c in mine)


def perpetrator_summary(members: list[Features], claims: list[ClaimInfo]) -> tuple[str | None, dict[str, list[str]]]:
    """'claimed: ISKP; attributed: TALIBAN': every standing version, never one verdict."""
    buckets: dict[str, Counter[str]] = {k: Counter() for k in PERPETRATOR_ORDER}
    for f in members:
        if f.perpetrator and f.certainty in buckets:
            buckets[f.certainty][f.perpetrator] += 1
        elif f.perpetrator:
            buckets["suspected"][f.perpetrator] += 1
    for c in claims:
        who = c.claimant if c.kind in ("responsibility", "denial", "casualty_claim") else c.subject
        kind = {"responsibility": "claimed", "casualty_claim": "claimed", "attribution": "attributed",
                "denial": "denied", "confession": "confessed"}.get(c.kind)
        if who and kind:
            buckets[kind][who] += 1
    listed = {k: [name for name, _ in sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))]
              for k, v in buckets.items() if v}
    if not listed:
        return None, {}
    text = "; ".join(f"{k}: {', '.join(v)}" for k, v in listed.items())
    return text[:300], listed


def _source_rows(members: list[Features], roles: SourceRoles, claimed: set[int]) -> list[dict[str, Any]]:
    rows = []
    for f in sorted(members, key=lambda m: (m.published or dt.datetime.min.replace(tzinfo=dt.UTC), m.source_id or 0)):
        role = roles.role(f.source_id)
        if f.mention_id in claimed and role == "independent":
            role = "claim by the perpetrator"
        rows.append({"source_id": f.source_id, "mention_id": f.mention_id,
                     "publisher": f.publisher, "kind": f.source_kind,
                     "published": f.published.isoformat() if f.published else None,
                     "killed": list(f.killed), "injured": list(f.injured), "role": role})
    return rows


def _triple(f: Features, name: str) -> Triple:
    return f.killed if name == "killed" else f.injured


def compute(members: list[Features], claims: list[ClaimInfo]) -> IncidentFigures:
    """Every derived value of an incident from its (real) mentions."""
    roles = source_roles(members)
    claimed = {f.mention_id for f in members if f.mention_id is not None and _claimed_figure(f, claims, roles)}
    counted = [f for f in members if f.mention_id not in claimed and roles.counts(f.source_id)]
    values: dict[str, Any] = {}
    explanation: dict[str, Any] = {"rules": "docs/linking.md#incident-figures"}
    for name in ("killed", "injured"):
        triple, why = count_range([(f, _triple(f, name)) for f in counted])
        values[f"{name}_low"], values[f"{name}_best"], values[f"{name}_high"] = triple
        used = sorted({f.source_id for f in counted if f.source_id is not None and _triple(f, name)[1] is not None})
        explanation[name] = {"low": triple[0], "best": triple[1], "high": triple[2], "why": why, "from_sources": used}
    explanation["claimed"] = _claimed_rows(members, claimed, claims)
    values |= date_consensus(members, explanation) | place_consensus(members, explanation)
    values |= type_consensus(members)
    values["targets"] = [t for t, _ in Counter(t for f in members for t in sorted(f.targets)).most_common(10)]
    summary, listed = perpetrator_summary(members, claims)
    values["perpetrator_summary"] = summary
    explanation["perpetrators"] = listed
    explanation["sources"] = _source_rows(members, roles, claimed)
    explanation["independent_sources"] = roles.independent
    explanation["syndicated"] = roles.syndicated_groups()
    values["title"] = title_for(values)
    return IncidentFigures(values=values, explanation=explanation)


def _claimed_rows(members: list[Features], claimed: set[int], claims: list[ClaimInfo]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for f in members:
        if f.mention_id in claimed and (f.killed[1] is not None or f.injured[1] is not None):
            rows.append({"source_id": f.source_id, "claimant": f.perpetrator, "killed": f.killed[1],
                         "injured": f.injured[1], "why": "the perpetrator's own claim never sets best"})
    for c in claims:
        if c.kind == "casualty_claim" and (c.killed_claimed is not None or c.injured_claimed is not None):
            rows.append({"source_id": c.source_id, "claimant": c.claimant, "killed": c.killed_claimed,
                         "injured": c.injured_claimed, "why": "casualty claim (shown, never sets best)"})
    return rows
