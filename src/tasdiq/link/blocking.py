"""Blocking: which incidents a mention is compared with at all.

Pairs are only scored inside blocks of (place key × week). The place key is the province
(admin1) when known; a mention placed only to a country (or nowhere) is compared with the
whole country. A dated mention covers the weeks of its date interval plus the slack (a
day-precision date is ±3 days, a month date its month, a year date its year). An undated
mention has no week: it is compared only with incidents that share one of its place
tokens (a named target, district or place name) in its place key, which is why an undated
report joins an incident only on strong evidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from tasdiq.link.config import scoring
from tasdiq.link.features import Features

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
    found = set(f.targets) | set(f.victims)
    for value in (f.admin2, f.place_name):
        if value:
            found.add(value.strip().lower())
    return found


def weeks(f: Features) -> range:
    slack = int(scoring()["day_slack"])
    assert f.lo is not None and f.hi is not None
    return range((f.lo - slack) // 7, (f.hi + slack) // 7 + 1)


class BlockIndex:
    """Incident keys filed by (place key, week) and, for undated matching, by (place key, token)."""

    def __init__(self) -> None:
        self._by_week: defaultdict[tuple[str, int], set[int]] = defaultdict(set)
        self._by_token: defaultdict[tuple[str, str], set[int]] = defaultdict(set)
        self._undated_by_token: defaultdict[tuple[str, str], set[int]] = defaultdict(set)

    def add(self, cluster: int, f: Features) -> None:
        keys = place_keys(f)
        toks = tokens(f)
        for key in keys:
            for tok in toks:
                self._by_token[key, tok].add(cluster)
                if not f.dated:
                    self._undated_by_token[key, tok].add(cluster)
            if f.dated:
                for week in weeks(f):
                    self._by_week[key, week].add(cluster)

    def candidates(self, f: Features) -> set[int]:
        found: set[int] = set()
        keys = query_keys(f)
        toks = tokens(f)
        for key in keys:
            if f.dated:
                for week in weeks(f):
                    found |= self._by_week.get((key, week), set())
                found.update(_union(self._undated_by_token, key, toks))
            else:
                found.update(_union(self._by_token, key, toks))
        return found


def _union(index: dict[tuple[str, str], set[int]], key: str, toks: Iterable[str]) -> Iterator[int]:
    for tok in toks:
        yield from index.get((key, tok), ())
