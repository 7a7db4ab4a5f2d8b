"""Which members of a large incident a mention is scored against for points.

Vetoes are decided against every member (`tasdiq.link.envelope`); points are only worth
looking for where they can be found, and an incident told by hundreds of reports says the
same thing hundreds of times. So a mention is scored against at most `max_members_scored`
members (`data/scoring.json`; 0 scores every member): the most precisely dated and, among
those, the first reported (lowest mention id), plus the quarter most recently reported (the
highest mention ids: a revised toll, a later name). The choice depends on which members an
incident has, not on the order they were filed in, so an incremental run and a full one
score the same members; an incident with no more members than the bound is scored whole.
"""

from __future__ import annotations

import bisect
from itertools import count

from tasdiq.link.features import Features

_Entry = tuple[int, int, int, Features]  # (first key, second key, filing number, member)


class MemberSample:
    """The best-dated first reports and the latest reports of an incident, kept as members are filed."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._latest_n = limit // 4
        self._first: list[_Entry] = []  # ascending by (rank, mention id): the first `limit - latest_n` kept
        self._latest: list[_Entry] = []  # ascending by mention id: the last `latest_n` kept
        self._numbers = count()
        self._chosen: list[Features] | None = None

    def add(self, f: Features) -> None:
        if self.limit <= 0:
            return
        n, mention = next(self._numbers), f.mention_id if f.mention_id is not None else -1
        _keep(self._first, (f.rank, mention, n, f), self.limit - self._latest_n, lowest=True)
        _keep(self._latest, (mention, 0, n, f), self._latest_n, lowest=False)
        self._chosen = None

    def members(self, every: list[Features]) -> list[Features]:
        """What to score of `every` (the incident's members, this sample's source)."""
        if self.limit <= 0 or len(every) <= self.limit:
            return every
        if self._chosen is None:
            seen: set[int] = set()
            self._chosen = []
            for *_, n, f in self._first + self._latest:
                if n not in seen:
                    seen.add(n)
                    self._chosen.append(f)
        return self._chosen


def _keep(entries: list[_Entry], entry: _Entry, size: int, *, lowest: bool) -> None:
    if size <= 0:
        return
    bisect.insort(entries, entry)
    if len(entries) > size:
        entries.pop(-1 if lowest else 0)
