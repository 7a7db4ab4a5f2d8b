"""What an incident's members allow together: the vetoes against all of them in one look.

A mention may join an incident only if no member vetoes it (`scoring.compatible`: the rule
that stops chaining). Asked member by member, that is a walk over every member for every
mention near the incident, and an incident told by hundreds of reports (texts dated only by a
year gather them) made a link's cost per mention grow with the store. Every veto compares one
value of the mention with one value of the member, so what the members say together decides
it exactly: the earliest end and the latest start of their date intervals, the days of those
written on the day they tell, and the sets of provinces, countries, attack types, sources,
texts (with their event ordinals) and district-or-better points. The envelope is kept as
members are filed; `tests/link/test_envelope.py` checks its verdict against the member walk.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from tasdiq.link.anniversary import Anniversaries
from tasdiq.link.config import types_compatible
from tasdiq.link.features import Features
from tasdiq.link.scoring import quick_km, weights


@dataclass(eq=False)
class Envelope:
    """The members' values each veto reads (see `scoring._vetoed` and `scoring._km`)."""

    hi_min: int | None = None  # the earliest last day of a dated member
    lo_max: int | None = None  # the latest first day of a dated member
    same_day: tuple[int, int] | None = None  # (min, max) day of members written on the day they tell
    admin1: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    sources: set[int] = field(default_factory=set)
    ordinals_by_text: defaultdict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    points: set[tuple[float, float]] = field(default_factory=set)  # placed to the district or better
    rank: int = 5  # the most precise date rank filed (Features.rank; 5 before any member)
    anniversaries: Anniversaries = field(default_factory=Anniversaries)

    def add(self, m: Features) -> None:
        if m.lo is not None and m.hi is not None:
            self.hi_min = m.hi if self.hi_min is None else min(self.hi_min, m.hi)
            self.lo_max = m.lo if self.lo_max is None else max(self.lo_max, m.lo)
            if m.told_same_day:
                lo, hi = self.same_day or (m.lo, m.lo)
                self.same_day = (min(lo, m.lo), max(hi, m.lo))
        if m.admin1:
            self.admin1.add(m.admin1)
        if m.country:
            self.countries.add(m.country)
        self.types.add(m.attack_type)
        if m.source_id is not None:
            self.sources.add(m.source_id)
        if m.text_sha256:
            self.ordinals_by_text[m.text_sha256].add(m.ordinal)
        if m.lat is not None and m.lon is not None and (m.geo_precision or 3) <= 3:
            self.points.add((m.lat, m.lon))
        self.rank = min(self.rank, m.rank)
        self.anniversaries.add(m)

    def admits(self, f: Features) -> bool:
        """True when `f` is compatible with every member filed (no veto against any of them)."""
        return not (self._date_vetoes(f) or self._kind_vetoes(f) or self._too_far(f))

    def _date_vetoes(self, f: Features) -> bool:
        if f.lo is None or f.hi is None or self.hi_min is None or self.lo_max is None:
            return False
        slack = weights().day_slack
        if f.lo > self.hi_min + slack or self.lo_max > f.hi + slack:
            return True
        if self.same_day is not None and f.told_same_day:
            gap = weights().same_day_reports_max_gap
            return f.lo - self.same_day[0] > gap or self.same_day[1] - f.lo > gap
        return False

    def _kind_vetoes(self, f: Features) -> bool:
        if f.admin1 and any(a != f.admin1 for a in self.admin1):
            return True
        if any(t != f.attack_type and not types_compatible(f.attack_type, t) for t in self.types):
            return True
        if f.source_id is not None and f.source_id in self.sources:
            return True
        if f.text_sha256 and any(o != f.ordinal for o in self.ordinals_by_text.get(f.text_sha256, ())):
            return True
        return bool(f.country and any(c != f.country for c in self.countries))

    def _too_far(self, f: Features) -> bool:
        if f.lat is None or f.lon is None or (f.geo_precision or 3) > 3:
            return False
        limit = weights().max_km
        return any(quick_km(f.lat, f.lon, lat, lon) > limit for lat, lon in self.points)
