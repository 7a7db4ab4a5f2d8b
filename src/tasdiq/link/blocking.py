"""Blocking: which incidents a mention is compared with at all.

Pairs are only scored inside blocks of (place key × date window). The place key is the province
(admin1) when known; a mention placed only to a country (or nowhere) is compared with the
whole country. A dated mention covers the weeks of its date interval plus the slack (a
day-precision date is ±3 days, a month date its month, a year date its year). An undated
mention has no week: it is compared only with incidents in its place key that share a
named victim or another proper name (`tasdiq.link.names`), a landmark, its town or district
together with a target, or (placed only to a country) its toll and perpetrator, which is why
an undated report joins an incident only on strong evidence (and why undated blocks stay small).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from tasdiq.link.config import scoring
from tasdiq.link.features import Features
from tasdiq.link.undated import landmark, toll_and_side

ANY = "*"


def place_keys(f: Features) -> list[str]:
    """Keys an incident member is filed under."""
    country = f.country or "?"
    keys = [f"C:{country}", f"C:{ANY}"]
    keys.append(f"A:{f.admin1}" if f.admin1 else f"V:{country}")
    return keys


def query_keys(f: Features) -> list[str]:
    """Keys a mention looks under: its province plus vaguely placed incidents, or its whole country."""
    if f.admin1:
        country = f.country or "?"
        return [f"A:{f.admin1}", f"V:{country}", "V:?"] if country != "?" else [f"A:{f.admin1}", "V:?"]
    return [f"C:{f.country}"] if f.country else [f"C:{ANY}"]


def tokens(f: Features) -> set[str]:
    """What an undated match must share: a named victim or another proper name, the same site
    (landmark), or the same town or district and target (see `tasdiq.link.undated`)."""
    found = {f"victim:{v}" for v in f.victims}
    found |= {f"name:{n}" for n in f.names()}
    places = {v.strip().lower() for v in (f.admin2, f.place_name) if v}
    found |= {f"{p}|{t}" for p in places for t in f.targets}
    site = landmark(f)
    if site is not None:
        found.add(f"site:{site}")
    side = toll_and_side(f)
    if side is not None:
        found.add(f"toll:{side}")  # what a report placed only to its country can be matched by
    return found


def weeks(f: Features) -> range:
    slack = int(scoring()["day_slack"])
    assert f.lo is not None and f.hi is not None
    return range((f.lo - slack) // 7, (f.hi + slack) // 7 + 1)


SHORT_DAYS = 14  # intervals up to two weeks (day and week dates) are filed by day, longer ones by week


class BlockIndex:
    """Incident keys filed by (place key, day or week) and, for undated matching, by (place key, token).

    Day and week dates are filed under each day they may mean, so a day-dated mention looks
    at exactly the seven days around it; month and year dates are filed by week, which
    keeps a year-dated incident to 53 entries instead of 365.
    """

    def __init__(self) -> None:
        self._by_day: defaultdict[tuple[str, int], set[int]] = defaultdict(set)
        self._by_week: defaultdict[tuple[str, int], set[int]] = defaultdict(set)
        self._by_token: defaultdict[tuple[str, str], set[int]] = defaultdict(set)
        self._undated_by_token: defaultdict[tuple[str, str], set[int]] = defaultdict(set)

    def add(self, cluster: int, f: Features, *, widen: bool = True) -> None:
        """File `f` under `cluster`; with widen=False its dates are left out (see Linker._file)."""
        keys = place_keys(f)
        toks = tokens(f)
        for key in keys:
            for tok in toks:
                self._by_token[key, tok].add(cluster)
                if not f.dated:
                    self._undated_by_token[key, tok].add(cluster)
            if f.lo is None or f.hi is None or not widen:
                continue
            if f.hi - f.lo <= SHORT_DAYS:
                for day in range(f.lo, f.hi + 1):
                    self._by_day[key, day].add(cluster)
            else:
                for week in range(f.lo // 7, f.hi // 7 + 1):
                    self._by_week[key, week].add(cluster)

    def candidates(self, f: Features) -> set[int]:
        found: set[int] = set()
        keys = query_keys(f)
        toks = tokens(f)
        slack = int(scoring()["day_slack"])
        for key in keys:
            if f.lo is not None and f.hi is not None:
                for day in range(f.lo - slack, f.hi + slack + 1):
                    found.update(self._by_day.get((key, day), ()))
                for week in range((f.lo - slack) // 7, (f.hi + slack) // 7 + 1):
                    found.update(self._by_week.get((key, week), ()))
                found.update(_union(self._undated_by_token, key, toks))
            else:
                found.update(_union(self._by_token, key, toks))
        return found


def _union(index: dict[tuple[str, str], set[int]], key: str, toks: Iterable[str]) -> Iterator[int]:
    for tok in toks:
        yield from index.get((key, tok), ())
