"""Retrospectives dated by their publication: the anniversary report of an earlier attack.

"One year ago today, on August 26, 2021, ..." or "gathered on Tuesday to mark the first
anniversary of the attack of 30 January 2023" are often dated by the day they were
published, not by the attack they recall. Such a mention then starts an incident of its
own, a year (or several) after the attack, at the very site the attack happened.

The rule here reads that pattern, not a list of reports: a day-dated mention whose date is
its own publication day, that no incident takes by its pair scores, and that falls on the
same calendar day 1 to `MAX_YEARS` years after a day-dated member of an incident it fits by
place and attack (`tasdiq.link.undated`: the same landmark, or the same town, attack type
and target with a perpetrator or victim in common), is placed in that incident as the
undated report it really is. It is filed undated so that it never vetoes the attack's own
later reports by its date. Two incidents fitting equally keep it apart, as for undated
reports.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable

from tasdiq.link.features import Features

# Anniversary pieces are written on the first few anniversaries; a match decades later is
# more likely another attack on the same site on the same day.
MAX_YEARS = 5


def dated_by_publication(f: Features) -> bool:
    """A day date equal to the report's own publication day (where retrospectives get theirs)."""
    return bool(f.precision == "day" and f.date and f.published and f.date == f.published.date())


def is_anniversary(f: Features, member: Features) -> bool:
    """`f`'s date falls on the same calendar day as `member`'s, 1 to MAX_YEARS years later."""
    if f.date is None or member.date is None or member.precision != "day":
        return False
    years = f.date.year - member.date.year
    return 1 <= years <= MAX_YEARS and (f.date.month, f.date.day) == (member.date.month, member.date.day)


def recalls(f: Features, members: Iterable[Features]) -> bool:
    """`f` is dated by its publication on the anniversary of a dated member."""
    return dated_by_publication(f) and any(is_anniversary(f, m) for m in members)


class Anniversaries:
    """The day-dated members' days by calendar day, so that `recalls` is one look, not a walk
    over an incident's members (which, asked of each member in turn, was quadratic)."""

    def __init__(self, members: Iterable[Features] = ()) -> None:
        self._years: defaultdict[tuple[int, int], set[int]] = defaultdict(set)
        for m in members:
            self.add(m)

    def add(self, m: Features) -> None:
        if m.date is not None and m.precision == "day":
            self._years[m.date.month, m.date.day].add(m.date.year)

    def recalled_by(self, f: Features) -> bool:
        """`recalls(f, members)` for the members added."""
        if not dated_by_publication(f) or f.date is None:
            return False
        years = self._years.get((f.date.month, f.date.day), ())
        return any(1 <= f.date.year - year <= MAX_YEARS for year in years)


def undated(f: Features) -> Features:
    """The same mention without its (publication) date."""
    return dataclasses.replace(f, date=None, precision="unknown")


def earlier_days(f: Features) -> list[int]:
    """The day ordinals whose anniversary `f` may be (empty unless dated by its publication),
    so that an incremental run loads the incidents a retrospective may recall."""
    if not dated_by_publication(f) or f.date is None:
        return []
    days = []
    for years in range(1, MAX_YEARS + 1):
        try:
            days.append(f.date.replace(year=f.date.year - years).toordinal())
        except ValueError:
            continue  # 29 February has no anniversary in a common year
    return days
