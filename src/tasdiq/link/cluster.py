"""Clustering: greedy best-incident assignment, in memory.

Mentions are placed one at a time, most precise first (day dates before weeks, months,
years and undated; then by date), so vague reports attach to incidents that precise ones
have already formed. Each mention joins the candidate incident with the highest score, or
starts a new one when none reaches the threshold.

The score of a mention against an incident is its best pair score with any member, but
the mention must be compatible with *every* member (no veto against any of them). That
check is what stops chaining: A~B and B~C do not put A and C together when A and C cannot
be one attack (two days and two districts apart, say). It is made against what the members
say together (`tasdiq.link.envelope`), so it costs the same for an incident of three reports
as for one of three hundred; the points are then looked for in at most `max_members_scored`
members (`tasdiq.link.sample`).

An undated mention no incident scores high enough for then looks for the one dated incident
naming the same site, or the same town, attack type and target (`tasdiq.link.undated`); two
equal fits keep it apart unless its pair score with one is `undated_tie_margin` above the others.

A mention scores at most `max_candidates` incidents of its block (`data/scoring.json`): where
a block holds more (a year-dated report in a province with hundreds of attacks that year), the
ones that share most with it by cheap keys (town, attack type, block tokens, toll) are scored,
then the nearest in date. Without the cap the pairs per mention grow with the store's density
and a full link costs more per mention the larger the store is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tasdiq.link import anniversary
from tasdiq.link.blocking import BlockIndex, tokens
from tasdiq.link.config import scoring
from tasdiq.link.envelope import Envelope
from tasdiq.link.features import Features
from tasdiq.link.sample import MemberSample
from tasdiq.link.scoring import points, threshold
from tasdiq.link.undated import incident_fit


@dataclass(eq=False)
class Cluster:
    """An incident being built: its members, and which of them this run placed."""

    key: int
    incident_id: int | None
    members: list[Features] = field(default_factory=list)
    # (mention, score, state) placed in this run; score None for the mention that started it.
    placed: list[tuple[Features, float | None, str]] = field(default_factory=list)
    # What its members say, as cheap keys, to rank the incidents of a crowded block.
    keys: set[str] = field(default_factory=set)
    lo: int | None = None
    hi: int | None = None
    # What the members allow together (every veto), and which of them are scored for points.
    envelope: Envelope = field(default_factory=Envelope)
    sample: MemberSample = field(default_factory=lambda: MemberSample(0))

    @property
    def changed(self) -> bool:
        return bool(self.placed)

    def scored(self) -> list[Features]:
        """The members a mention is scored against (all of them, up to `max_members_scored`)."""
        return self.sample.members(self.members)

    def note(self, f: Features) -> None:
        self.keys |= cheap_keys(f)
        if f.lo is not None and f.hi is not None:
            self.lo = f.lo if self.lo is None else min(self.lo, f.lo)
            self.hi = f.hi if self.hi is None else max(self.hi, f.hi)

    def affinity(self, f: Features, f_keys: set[str]) -> tuple[int, int]:
        """(keys shared, -days between the dates): larger is a likelier incident for `f`."""
        gap = 0
        if f.lo is not None and f.hi is not None and self.lo is not None and self.hi is not None:
            gap = max(0, self.lo - f.hi, f.lo - self.hi)
        return len(f_keys & self.keys), -gap


def cheap_keys(f: Features) -> set[str]:
    """The block tokens (victims, site, town with target) plus town, type and toll alone."""
    found = tokens(f)
    found.update(f"town:{v.strip().lower()}" for v in (f.admin2, f.place_name) if v)
    found.add(f"type:{f.attack_type}")
    if f.killed[1] is not None:
        found.add(f"killed:{f.killed[1]}")
    return found


class Linker:
    """Holds the incidents in play and places mentions among them."""

    def __init__(self) -> None:
        self.index = BlockIndex()
        self.clusters: dict[int, Cluster] = {}
        self._next_new = -1
        self.cap = int(scoring()["max_candidates"])
        self.tie_margin = float(scoring()["undated_tie_margin"])
        self.scored_members = int(scoring()["max_members_scored"])
        self.compared = 0  # incidents scored, summed over the mentions placed (cost per mention)

    def add_existing(self, incident_id: int, members: Iterable[Features]) -> Cluster:
        cluster = self.clusters.get(incident_id)
        if cluster is None:
            cluster = self.clusters[incident_id] = self._cluster(incident_id, incident_id)
        members = list(members)
        days = anniversary.Anniversaries(members)
        for f in members:
            # A retrospective placed here on an anniversary is filed undated again, as when it
            # was placed, so its publication date never vetoes the attack's own reports.
            self._file(cluster, anniversary.undated(f) if days.recalled_by(f) else f)
        return cluster

    def _cluster(self, key: int, incident_id: int | None) -> Cluster:
        return Cluster(key=key, incident_id=incident_id, sample=MemberSample(self.scored_members))

    def _file(self, cluster: Cluster, f: Features) -> None:
        # A vague date (month, year) joining an incident already dated more precisely does not
        # widen where the incident is found: otherwise one year-dated report would make its
        # incident a candidate for every report of that province and year.
        widen = f.rank <= cluster.envelope.rank
        cluster.members.append(f)
        cluster.envelope.add(f)
        cluster.sample.add(f)
        cluster.note(f)
        self.index.add(cluster.key, f, widen=widen)

    def new_cluster(self) -> Cluster:
        cluster = self._cluster(self._next_new, None)
        self.clusters[cluster.key] = cluster
        self._next_new -= 1
        return cluster

    def attach(self, cluster: Cluster, f: Features, score: float | None, state: str) -> None:
        self._file(cluster, f)
        cluster.placed.append((f, score, state))

    def best(self, f: Features, forbidden: frozenset[int] = frozenset()) -> tuple[Cluster | None, float]:
        """The incident `f` fits best (at or above threshold), or None."""
        best: tuple[Cluster | None, float] = (None, float("-inf"))
        for cluster in self._nearest(f, self.index.candidates(f) - forbidden):
            score = self._cluster_score(cluster, f)
            if score is not None and score > best[1]:
                best = (cluster, score)
        return best

    def _nearest(self, f: Features, keys: set[int]) -> list[Cluster]:
        """The block's incidents to score: all of them, or the `cap` that share most with `f`."""
        found = [self.clusters[k] for k in keys]
        if len(found) > self.cap:
            f_keys = cheap_keys(f)
            found.sort(key=lambda c: (c.affinity(f, f_keys), -c.key), reverse=True)
            del found[self.cap :]
        self.compared += len(found)
        return found

    def _start(self, f: Features) -> Cluster:
        cluster = self.new_cluster()
        self.attach(cluster, f, None, "suggested")
        return cluster

    @staticmethod
    def _best_pair(cluster: Cluster, f: Features) -> float:
        """`f`'s best points with a scored member of an incident it is compatible with."""
        return max((points(f, m) for m in cluster.scored()), default=0.0)

    def _cluster_score(self, cluster: Cluster, f: Features) -> float | None:
        if not cluster.envelope.admits(f):
            return None  # incompatible with one member: never chain past it
        best: float | None = None
        passed = False
        for member in cluster.scored():
            s = points(f, member)
            if s >= threshold(f, member):
                passed = True
            if best is None or s > best:
                best = s
        return best if passed else None

    def by_place_and_attack(
        self, f: Features, forbidden: frozenset[int], recalled: Features | None = None
    ) -> Cluster | None:
        """The one dated incident undated `f` fits best by `tasdiq.link.undated`; None on a tie.

        With `recalled` (the dated original of `f`), only incidents with a member whose
        anniversary that date is count (see `tasdiq.link.anniversary`)."""
        fits: dict[int, float] = {}
        for key in self.index.candidates(f):
            cluster = self.clusters[key]
            if key in forbidden or (recalled is not None and not cluster.envelope.anniversaries.recalled_by(recalled)):
                continue
            if not cluster.envelope.admits(f):
                continue
            level = incident_fit(f, cluster.scored())
            if level is not None:
                fits[key] = level
        if not fits:
            return None
        top = max(fits.values())
        best = [key for key, level in fits.items() if level == top]
        if len(best) == 1:
            return self.clusters[best[0]]
        # Two equal fits: a place and a kind of attack do not say which, unless the pair evidence
        # (the same toll rather than a close one, more targets in common) clearly prefers one;
        # otherwise the analyst can link it.
        scored = sorted(((self._best_pair(self.clusters[key], f), key) for key in best), reverse=True)
        if scored[0][0] - scored[1][0] >= self.tie_margin:
            return self.clusters[scored[0][1]]
        return None

    def place(self, f: Features, forbidden: frozenset[int] = frozenset()) -> Cluster:
        cluster, score = self.best(f, forbidden)
        if cluster is None and not f.dated:
            # Strong evidence (a shared victim, a copied text) already decided above; what is
            # left of an undated report is its place and its attack.
            home = self.by_place_and_attack(f, forbidden)
            if home is not None:
                self.attach(home, f, round(self._best_pair(home, f), 3), "suggested")
                return home
        if cluster is None and anniversary.dated_by_publication(f):
            # A retrospective dated by its publication: placed by what it says, undated.
            plain = anniversary.undated(f)
            home = self.by_place_and_attack(plain, forbidden, recalled=f)
            if home is not None:
                self.attach(home, plain, round(self._best_pair(home, plain), 3), "suggested")
                return home
        if cluster is None:
            return self._start(f)
        self.attach(cluster, f, round(score, 3), "suggested")
        return cluster


def placement_order(mentions: Iterable[Features]) -> list[Features]:
    """Most precise dates first, then by date, then by mention id (stable across runs)."""
    return sorted(mentions, key=lambda f: (f.rank, f.lo if f.lo is not None else 0, f.mention_id or 0))
