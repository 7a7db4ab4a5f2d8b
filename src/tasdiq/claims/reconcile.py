"""Claimed versus verified: a group's bulletin held against the incidents we can stand behind.

Matching (docs/claims.md states these rules):
- a bulletin claim and an incident can match when their dates are at most `window_days`
  apart, they are in the same place (same admin1 code, or the same place name when the
  bulletin gives no admin1), and their targets are compatible (they share a target
  category, or either side names none);
- each incident is matched to at most one claim of a given claimant, and each claim to at
  most one incident: closest date first, then a place-name agreement, then the closest toll;
- an incident counts as *verified* here when its status is `corroborated` or `verified`,
  i.e. independent sources confirm that the attack happened; `verified_from="verified"`
  (`--verified-from verified`) counts only incidents a reviewer signed off as verified.

Categories: `matched_verified`, `matched_unverified`, `unmatched` (claimed, nothing found)
and `unclaimed_verified` (a verified incident within the bulletin's dates that no claim of
the claimant matched). Inflation compares claimed_killed with the incident's killed_best
over the matched-verified pairs where both are known: overall and by month, province and
target.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.claims.queries import col
from tasdiq.claims.reference import norm
from tasdiq.errors import InputError
from tasdiq.model.entities import BulletinClaim, Incident
from tasdiq.model.enums import IncidentStatus

VERIFIED = (IncidentStatus.CORROBORATED.value, IncidentStatus.VERIFIED.value)
# The lowest status that counts as verified, and the statuses it admits.
VERIFIED_FROM = {
    IncidentStatus.CORROBORATED.value: VERIFIED,
    IncidentStatus.VERIFIED.value: (IncidentStatus.VERIFIED.value,),
}
MATCHED_VERIFIED = "matched_verified"
MATCHED_UNVERIFIED = "matched_unverified"
UNMATCHED = "unmatched"
UNCLAIMED = "unclaimed_verified"
CATEGORIES = (MATCHED_VERIFIED, MATCHED_UNVERIFIED, UNMATCHED, UNCLAIMED)


@dataclass(frozen=True)
class Match:
    category: str
    claim: BulletinClaim | None
    incident: Incident | None
    date_gap_days: int | None
    basis: str


@dataclass(frozen=True)
class Inflation:
    group_by: str
    group: str
    pairs: int
    claimed_killed: int
    verified_killed: int

    @property
    def excess_killed(self) -> int:
        return self.claimed_killed - self.verified_killed

    @property
    def ratio(self) -> float | None:
        """Claimed over verified; None where nothing was verified killed."""
        return round(self.claimed_killed / self.verified_killed, 2) if self.verified_killed else None


@dataclass(frozen=True)
class Reconciliation:
    claimant: str | None
    window_days: int
    rows: tuple[Match, ...]
    inflation: tuple[Inflation, ...]
    verified_from: str = IncidentStatus.CORROBORATED.value

    def count(self, category: str) -> int:
        return sum(1 for r in self.rows if r.category == category)

    @property
    def counts(self) -> dict[str, int]:
        return {c: self.count(c) for c in CATEGORIES}


def target_categories(text: str | None) -> frozenset[str]:
    """The target categories a bulletin's target words fall into (a category name counts too)."""
    if not text:
        return frozenset()
    # One vocabulary of targets for the whole product: the extractor's word list.
    from tasdiq.extract.lexicon import labelled_patterns

    found = {label for label, pattern in labelled_patterns("targets.tsv") if pattern.search(text)}
    found |= {label for label, _ in labelled_patterns("targets.tsv") if label == norm(text).replace(" ", "_")}
    return frozenset(found)


def _place_basis(claim: BulletinClaim, incident: Incident) -> str | None:
    if claim.admin1 and incident.admin1:
        if claim.admin1 != incident.admin1:
            return None
        same_name = claim.place and incident.place_name and norm(claim.place) == norm(incident.place_name)
        return "admin1+place" if same_name else "admin1"
    if claim.place and incident.place_name and norm(claim.place) == norm(incident.place_name):
        return "place"
    return None


def _target_basis(claim: BulletinClaim, incident: Incident) -> str | None:
    """'target' when they share a category, 'target?' when either names none, else None."""
    wanted = target_categories(claim.target)
    if not wanted or not incident.targets:
        return "target?"
    return "target" if wanted & set(incident.targets) else None


Candidate = tuple[tuple[int, int, int], Incident, str]


def _candidates(claim: BulletinClaim, incidents: Sequence[Incident], window: int) -> list[Candidate]:
    found: list[Candidate] = []
    for incident in incidents:
        if claim.date is None or incident.date is None:
            continue
        gap = abs((incident.date - claim.date).days)
        place = _place_basis(claim, incident) if gap <= window else None
        target = _target_basis(claim, incident) if place else None
        if place is None or target is None:
            continue
        toll_gap = abs((claim.claimed_killed or 0) - (incident.killed_best or 0))
        found.append(((gap, 0 if "place" in place else 1, toll_gap), incident, f"{place};{target}"))
    return found


def _assign(
    claims: Sequence[BulletinClaim], incidents: Sequence[Incident], window: int, verified: Sequence[str] = VERIFIED
) -> list[Match]:
    """Greedy one-to-one matching by closeness, within one claimant's claims."""
    pairs = [
        (rank, claim.row, claim.id or 0, incident.id or 0, claim, incident, basis)
        for claim in claims
        for rank, incident, basis in _candidates(claim, incidents, window)
    ]
    pairs.sort(key=lambda p: p[:4])
    taken_claims: set[int] = set()
    taken_incidents: set[int] = set()
    matches: list[Match] = []
    for rank, _row, cid, iid, claim, incident, basis in pairs:
        if cid in taken_claims or iid in taken_incidents:
            continue
        taken_claims.add(cid)
        taken_incidents.add(iid)
        category = MATCHED_VERIFIED if incident.status in verified else MATCHED_UNVERIFIED
        matches.append(Match(category, claim, incident, rank[0], basis))
    matches += [Match(UNMATCHED, c, None, None, "") for c in claims if (c.id or 0) not in taken_claims]
    return matches


def _unclaimed(
    claims: Sequence[BulletinClaim],
    incidents: Sequence[Incident],
    matched: set[int],
    verified: Sequence[str] = VERIFIED,
) -> list[Match]:
    dates = [c.date for c in claims if c.date is not None]
    if not dates:
        return []
    start, end = min(dates), max(dates)
    return [
        Match(UNCLAIMED, None, i, None, "")
        for i in incidents
        if i.status in verified and i.date is not None and start <= i.date <= end and (i.id or 0) not in matched
    ]


def _groups(match: Match) -> Iterable[tuple[str, str]]:
    assert match.incident is not None and match.claim is not None
    yield "overall", "all"
    yield "month", match.incident.date.strftime("%Y-%m") if match.incident.date else "(undated)"
    yield "province", match.incident.admin1 or "(unknown)"
    yield "target", match.claim.target or "(none)"


def inflation(matches: Iterable[Match]) -> tuple[Inflation, ...]:
    """Claimed against verified killed over matched-verified pairs where both are known."""
    sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for m in matches:
        if m.category != MATCHED_VERIFIED or m.claim is None or m.incident is None:
            continue
        if m.claim.claimed_killed is None or m.incident.killed_best is None:
            continue
        for key in _groups(m):
            total = sums[key]
            total[0] += 1
            total[1] += m.claim.claimed_killed
            total[2] += m.incident.killed_best
    order = {"overall": 0, "month": 1, "province": 2, "target": 3}
    return tuple(
        Inflation(group_by, group, *sums[(group_by, group)])
        for group_by, group in sorted(sums, key=lambda k: (order[k[0]], k[1]))
    )


def _sort_key(m: Match) -> tuple[int, dt.date, str, int, int]:
    if m.claim is not None:
        return (0, m.claim.date or dt.date.min, m.claim.claimant, m.claim.row, m.claim.id or 0)
    assert m.incident is not None
    return (1, m.incident.date or dt.date.min, "", 0, m.incident.id or 0)


def reconcile(
    *, session: Session, claimant: str | None = None, window_days: int = 2,
    verified_from: str = IncidentStatus.CORROBORATED.value,
) -> Reconciliation:
    """Match the stored bulletin claims (of one claimant, or all) against the incidents;
    incidents count as verified from status `verified_from` up (corroborated or verified)."""
    if verified_from not in VERIFIED_FROM:
        raise InputError("--verified-from", f"must be one of {', '.join(VERIFIED_FROM)}, not {verified_from!r}")
    verified = VERIFIED_FROM[verified_from]
    query = select(BulletinClaim).order_by(col(BulletinClaim, "id"))
    if claimant is not None:
        query = query.where(col(BulletinClaim, "claimant") == claimant)
    claims = list(session.scalars(query))
    dates = [c.date for c in claims if c.date is not None]
    incidents: list[Incident] = []
    if dates:
        margin = dt.timedelta(days=window_days)
        incidents = list(session.scalars(
            select(Incident)
            .where(col(Incident, "date") >= min(dates) - margin, col(Incident, "date") <= max(dates) + margin)
            .order_by(col(Incident, "id"))
        ))
    by_claimant: dict[str, list[BulletinClaim]] = defaultdict(list)
    for c in claims:
        by_claimant[c.claimant].append(c)
    matches = [m for group in by_claimant.values() for m in _assign(group, incidents, window_days, verified)]
    matched = {m.incident.id or 0 for m in matches if m.incident is not None}
    matches += _unclaimed(claims, incidents, matched, verified)
    matches.sort(key=_sort_key)
    return Reconciliation(claimant, window_days, tuple(matches), inflation(matches), verified_from)
