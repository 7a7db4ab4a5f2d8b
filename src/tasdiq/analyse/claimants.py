"""Claimed versus verified, per claimant: each group's bulletin held against our incidents.

The matching is `tasdiq.claims.reconcile` (docs/claims.md), run once per claimant so that
"verified but unclaimed" means unclaimed *by that claimant*. With a period, a row counts
when its claimed date (or, for an unclaimed incident, the incident's date) is in it, and the
inflation figures are recomputed over those rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.analyse.selection import Period
from tasdiq.claims.reconcile import (
    MATCHED_UNVERIFIED,
    MATCHED_VERIFIED,
    UNCLAIMED,
    UNMATCHED,
    Match,
    inflation,
    reconcile,
)
from tasdiq.model.entities import BulletinClaim
from tasdiq.store.schema import table_of

B = table_of(BulletinClaim)


@dataclass(frozen=True)
class ClaimantSummary:
    claimant: str
    claimed: int  # bulletin claims in the period
    matched_verified: int
    matched_unverified: int
    unmatched: int
    unclaimed_verified: int
    pairs_with_tolls: int  # matched-verified pairs where both figures are known
    claimed_killed: int
    verified_killed: int

    @property
    def ratio(self) -> float | None:
        """Claimed killed over verified killed on the same attacks; None without a base."""
        return round(self.claimed_killed / self.verified_killed, 2) if self.verified_killed else None


def _date(m: Match) -> dt.date | None:
    if m.claim is not None:
        return m.claim.date
    return m.incident.date if m.incident is not None else None


def _in(period: Period, day: dt.date | None) -> bool:
    if not period.bounded:
        return True
    if day is None:
        return False
    return (period.start is None or day >= period.start) and (period.end is None or day <= period.end)


def claimed_versus_verified(
    *, session: Session, period: Period | None = None, window_days: int = 2
) -> tuple[ClaimantSummary, ...]:
    period = period or Period()
    claimants = sorted({str(c) for c in session.scalars(select(B.c.claimant).distinct())})
    found = []
    for claimant in claimants:
        rows = [m for m in reconcile(session=session, claimant=claimant, window_days=window_days).rows
                if _in(period, _date(m))]
        overall = next((i for i in inflation(rows) if i.group_by == "overall"), None)
        found.append(ClaimantSummary(
            claimant=claimant, claimed=sum(1 for m in rows if m.claim is not None),
            matched_verified=sum(1 for m in rows if m.category == MATCHED_VERIFIED),
            matched_unverified=sum(1 for m in rows if m.category == MATCHED_UNVERIFIED),
            unmatched=sum(1 for m in rows if m.category == UNMATCHED),
            unclaimed_verified=sum(1 for m in rows if m.category == UNCLAIMED),
            pairs_with_tolls=overall.pairs if overall else 0,
            claimed_killed=overall.claimed_killed if overall else 0,
            verified_killed=overall.verified_killed if overall else 0,
        ))
    return tuple(found)
