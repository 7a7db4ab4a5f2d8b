"""Incidents and casualties grouped by month, province, target and attack type.

Summing rules (docs/analyse.md):
- `killed_best` sums the incidents' best figures where known; an incident without one adds
  nothing and is counted in `killed_unknown` (never a guessed zero);
- `killed_low` and `killed_high` sum each incident's low and high, with its best standing
  in where a bound is missing, so low <= best <= high holds for the sums too; an incident
  known only as "at least N" (a low and best but no high) leaves the sum's upper bound open, and
  `killed_open` counts those, so a report says "at least" instead of a range N–N;
- an incident with several targets counts once under each, so the target table's rows add
  up to more than the total; every other table partitions the incidents.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tasdiq.analyse.selection import IncidentRow, Selection
from tasdiq.exchange.reference import admin1_names

UNDATED = "(undated)"
UNKNOWN = "(unknown)"
NONE = "(none)"


@dataclass(frozen=True)
class Tally:
    """One row of a table: a group and what its incidents add up to."""

    key: str
    label: str
    incidents: int
    verified: int  # of them corroborated or verified
    killed_low: int
    killed_best: int
    killed_high: int
    killed_unknown: int  # incidents without a best figure
    injured_best: int
    injured_unknown: int  # incidents without a best injured figure
    killed_open: int = 0  # incidents with a low but no high figure ("at least N"): no upper bound


def tally(key: str, label: str, rows: Iterable[IncidentRow]) -> Tally:
    rows = list(rows)
    known = [r for r in rows if r.killed_best is not None]

    def bound(r: IncidentRow, value: int | None) -> int:
        return value if value is not None else (r.killed_best or 0)

    return Tally(
        key=key, label=label, incidents=len(rows), verified=sum(1 for r in rows if r.verified),
        killed_low=sum(bound(r, r.killed_low) for r in rows), killed_best=sum(r.killed_best or 0 for r in known),
        killed_high=sum(bound(r, r.killed_high) for r in rows), killed_unknown=len(rows) - len(known),
        injured_best=sum(r.injured_best or 0 for r in rows),
        injured_unknown=sum(1 for r in rows if r.injured_best is None),
        killed_open=sum(1 for r in known if r.killed_high is None and r.killed_low is not None),
    )


def group(
    rows: Iterable[IncidentRow], keys: Callable[[IncidentRow], Iterable[str]], label: Callable[[str], str]
) -> dict[str, Tally]:
    groups: dict[str, list[IncidentRow]] = defaultdict(list)
    for r in rows:
        for key in keys(r):
            groups[key].append(r)
    return {k: tally(k, label(k), members) for k, members in groups.items()}


def _largest_first(tallies: dict[str, Tally]) -> tuple[Tally, ...]:
    return tuple(sorted(tallies.values(), key=lambda t: (-t.incidents, -t.killed_best, t.key)))


def _month_label(key: str) -> str:
    return key if key == UNDATED else dt.date.fromisoformat(f"{key}-01").strftime("%B %Y")


def _months_between(first: str, last: str) -> list[str]:
    year, month = map(int, first.split("-"))
    found = []
    while f"{year:04d}-{month:02d}" <= last:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def by_month(selection: Selection) -> tuple[Tally, ...]:
    """One row per calendar month from the first to the last (empty months included, so a
    chart's gaps are real), then undated incidents. An incident dated only to its year sits
    in the month its date names (January); `data_quality` counts how many are that vague."""
    tallies = group(selection.counted, lambda r: [r.date.strftime("%Y-%m") if r.date else UNDATED], _month_label)
    months = sorted(k for k in tallies if k != UNDATED)
    rows = [tallies.get(m) or tally(m, _month_label(m), []) for m in (_months_between(months[0], months[-1])
                                                                        if months else [])]
    return tuple(rows + ([tallies[UNDATED]] if UNDATED in tallies else []))


def by_year(selection: Selection) -> tuple[Tally, ...]:
    """One row per calendar year from the first to the last, then undated incidents."""
    tallies = group(selection.counted, lambda r: [str(r.date.year) if r.date else UNDATED], lambda k: k)
    years = sorted(int(k) for k in tallies if k != UNDATED)
    rows = [tallies.get(str(y)) or tally(str(y), str(y), []) for y in (range(years[0], years[-1] + 1) if years else [])]
    return tuple(rows + ([tallies[UNDATED]] if UNDATED in tallies else []))


def by_province(selection: Selection) -> tuple[Tally, ...]:
    names = admin1_names()
    return _largest_first(group(selection.counted, lambda r: [r.admin1 or UNKNOWN], lambda k: names.get(k, k)))


def by_target(selection: Selection) -> tuple[Tally, ...]:
    """Target categories; an incident with several is in each of their rows."""
    return _largest_first(group(selection.counted, lambda r: list(dict.fromkeys(r.targets)) or [NONE],
                                lambda k: k.replace("_", " ")))


def by_attack_type(selection: Selection) -> tuple[Tally, ...]:
    return _largest_first(group(selection.counted, lambda r: [r.attack_type], lambda k: k.replace("_", " ")))


def total(selection: Selection) -> Tally:
    return tally("all", "All incidents", selection.counted)
