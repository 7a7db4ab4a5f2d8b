"""A linking run over the store: load in bulk, place in memory, write through the ORM.

Incremental by default: only mentions without a link are placed, against the incidents in
their blocks (found through the index on incidents.date/admin1), so a run costs in
proportion to what is new. `relink_all` re-places every mention that no analyst confirmed,
keeping each mention in its old incident when the evidence still says so (no churn in the
audit chain) and re-applying every analyst decision.

Analyst decisions are keyed by (source_id, ordinal): a re-extracted mention is pinned back
to the incident it was confirmed, split or merged into, and never placed in an incident it
was rejected from.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.link import anniversary, corrections, load
from tasdiq.link.apply import LinkInfo, apply, figures_for, incident_values
from tasdiq.link.blocking import BlockIndex
from tasdiq.link.cluster import Cluster, Linker, placement_order
from tasdiq.link.features import Features
from tasdiq.link.lock import hold_link_lock
from tasdiq.link.prune import drop_if_unused
from tasdiq.link.scoring import compatible
from tasdiq.model import Claim, Entity, Incident, IncidentMention
from tasdiq.pacing import sparse_collections
from tasdiq.store.bulk import complete, insert_rows


@dataclass
class LinkSummary:
    mentions: int = 0
    joined: int = 0
    started: int = 0
    reapplied: int = 0
    incidents_updated: int = 0
    incidents_removed: int = 0
    seconds: float = 0.0
    # Seconds per stage (load, place, write): where a slow run spends its time.
    stages: dict[str, float] = field(default_factory=dict)
    # CPU seconds per stage: what the run costs when a shared machine inflates wall time.
    cpu: dict[str, float] = field(default_factory=dict)
    # Incidents scored, summed over the mentions placed: the blocks' size as the store grows.
    compared: int = 0
    # Incidents whose mentions changed in this run: what later stages (claim flags,
    # verification status) must look at again.
    incident_ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("incident_ids")
        return data


def link(*, session: Session, relink_all: bool = False, mention_ids: Sequence[int] = ()) -> LinkSummary:
    """Place unlinked mentions (or, with `relink_all`, every unconfirmed one) into incidents.
    On PostgreSQL it first waits for the one linking lock (`tasdiq.link.lock`)."""
    started = time.perf_counter()
    hold_link_lock(session)
    summary = LinkSummary()
    with sparse_collections():
        clock = _StageClock(summary)
        loader = load.mentions_not_confirmed if relink_all else load.unlinked_mentions
        pending = loader(session, only=mention_ids)
        if pending:
            run = _Run(session=session, relink_all=relink_all)
            run.prepare(pending)
            clock.lap("load")
            run.place(pending, summary)
            clock.lap("place")
            run.write(summary)
            clock.lap("write")
            summary.compared = run.linker.compared
    summary.mentions = len(pending)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


class _StageClock:
    """Wall and CPU seconds of each stage into the summary."""

    def __init__(self, summary: LinkSummary) -> None:
        self.summary = summary
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self, stage: str) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        self.summary.stages[stage] = round(wall - self.wall, 3)
        self.summary.cpu[stage] = round(cpu - self.cpu, 3)
        self.wall, self.cpu = wall, cpu


class _Run:
    def __init__(self, *, session: Session, relink_all: bool) -> None:
        self.session = session
        self.relink_all = relink_all
        self.decided = load.decisions(session)
        self.linker = Linker()
        self.info: LinkInfo = {}
        self.old: dict[int, load.Link] = {}
        self.rows: dict[int, Any] = {}

    def prepare(self, pending: list[Features]) -> None:
        """Load the incidents in play, with their members (or their own figures when empty)."""
        s = self.session
        if self.relink_all:
            self.old = {lk.mention_id: lk for lk in load.links_of(s, None, states=["suggested"])}
            self.rows = load.incident_rows(s, None)
            links = load.links_of(s, None, states=["confirmed"])
        else:
            near = load.incidents_near(s, pending)
            pinned = {p.incident_id for f in pending if (p := self.decided.pin(f.key))}
            keep = (_plausible(pending, near) if near else set()) | (pinned & set(near))
            self.rows = {i: near[i] for i in keep} | load.incident_rows(s, sorted(pinned - set(near)))
            links = load.links_of(s, sorted(self.rows))
        members = load.mentions_by_id(s, [lk.mention_id for lk in links])
        grouped: dict[int, list[Features]] = {i: [] for i in self.rows}
        for lk in links:
            grouped[lk.incident_id].append(members[lk.mention_id])
            self.info[lk.mention_id] = (lk.state, lk.score)
        for incident_id, found in grouped.items():
            self.linker.add_existing(incident_id, found or [load.incident_features(self.rows[incident_id])])

    def place(self, pending: list[Features], summary: LinkSummary) -> None:
        free: list[Features] = []
        for f in pending:
            pin = self.decided.pin(f.key)
            if pin and pin.incident_id in self.linker.clusters:
                self.linker.attach(self.linker.clusters[pin.incident_id], f, None, "confirmed")
                summary.reapplied += 1
            else:
                free.append(f)
        for f in placement_order(free):
            self.linker.place(f, self.decided.forbidden(f.key))

    def write(self, summary: LinkSummary) -> None:
        now = dt.datetime.now(dt.UTC)
        changed = [c for c in self.linker.clusters.values() if c.placed]
        for c in changed:
            for f, score, state in c.placed:
                assert f.mention_id is not None
                self.info[f.mention_id] = (state, score)
        self._reuse_old_incidents(changed)
        scope = list(self.linker.clusters.values()) if self.relink_all else changed
        claims = load.claims_of(self.session, [f.mention_id for c in scope for f in c.members if f.mention_id])
        summary.started = self._create_incidents([c for c in changed if c.incident_id is None], claims, now)
        summary.joined = sum(len(c.placed) for c in changed) - summary.started - summary.reapplied
        self._write_links(changed, now)
        self._set_claim_incidents(changed)
        summary.incidents_updated = self._update_incidents(changed, claims, now)
        summary.incidents_removed = self._drop_empty(changed)
        summary.incident_ids = sorted({c.incident_id for c in changed if c.incident_id is not None})

    def _reuse_old_incidents(self, changed: list[Cluster]) -> None:
        """In a full relink, a new cluster takes over the old incident most of its mentions were in."""
        if not self.relink_all:
            return
        taken: set[int] = set()
        for c in changed:
            if c.incident_id is not None:
                continue
            votes = Counter(self.old[f.mention_id].incident_id for f, _, _ in c.placed
                            if f.mention_id in self.old)
            for incident_id, _ in votes.most_common():
                if incident_id not in taken and incident_id in self.rows and not _has_real(self.linker, incident_id):
                    c.incident_id = incident_id
                    taken.add(incident_id)
                    break

    def _create_incidents(self, new: list[Cluster], claims: dict[int, Any], now: dt.datetime) -> int:
        rows = [complete(Incident, incident_values(figures_for(c.members, claims, self.info), now=now)) for c in new]
        for c, incident_id in zip(new, self._insert(Incident, rows), strict=True):
            c.incident_id = incident_id
        return len(rows)

    def _insert(self, entity: type[Entity], rows: list[dict[str, Any]]) -> list[int]:
        """Many new rows in one audited statement on the session's transaction (see store.bulk).

        About 150,000 rows a first run: through the ORM's unit of work that alone would take
        most of the 60-second budget. Pending ORM writes are flushed first, so the audit chain
        keeps the order things happened in."""
        self.session.flush()
        actor = str(self.session.info.get("actor", "system"))
        return insert_rows(self.session.connection(), actor=actor, entity=entity, rows=rows)

    def _write_links(self, changed: list[Cluster], now: dt.datetime) -> None:
        moved: list[int] = []
        rows: list[dict[str, Any]] = []
        for c in changed:
            assert c.incident_id is not None
            for f, score, state in c.placed:
                assert f.mention_id is not None
                previous = self.old.get(f.mention_id)
                if previous is not None and previous.incident_id == c.incident_id:
                    continue  # still where it was: no write, no audit noise
                if previous is not None:
                    moved.append(f.mention_id)
                pin = self.decided.pin(f.key) if state == "confirmed" else None
                rows.append(complete(IncidentMention, {
                    "incident_id": c.incident_id, "mention_id": f.mention_id, "state": state, "score": score,
                    "decided_by": pin.analyst if pin else None, "decided_at": (pin.at or now) if pin else None}))
        self._delete_links(moved)
        self._insert(IncidentMention, rows)

    def _delete_links(self, mention_ids: list[int]) -> None:
        for part in load.chunks(mention_ids):
            query = select(IncidentMention).where(IncidentMention.mention_id.in_(part))  # type: ignore[attr-defined]
            for row in self.session.scalars(query):
                self.session.delete(row)
        self.session.flush()

    def _set_claim_incidents(self, changed: list[Cluster]) -> None:
        target = {f.mention_id: c.incident_id for c in changed for f, _, _ in c.placed if f.mention_id}
        for part in load.chunks(list(target)):
            for claim in self.session.scalars(select(Claim).where(Claim.mention_id.in_(part))):  # type: ignore[union-attr]
                if claim.mention_id is not None and claim.incident_id != target[claim.mention_id]:
                    claim.incident_id = target[claim.mention_id]

    def _update_incidents(self, changed: list[Cluster], claims: dict[int, Any], now: dt.datetime) -> int:
        touched = {c.incident_id for c in changed if c.incident_id in self.rows}
        # In a full relink an incident can lose mentions without gaining any: recompute it too.
        touched |= {lk.incident_id for lk in self.old.values()}
        members: dict[int, list[Features]] = {}
        for c in self.linker.clusters.values():
            if c.incident_id in touched:
                members.setdefault(c.incident_id, []).extend(_real(c))
        count = 0
        for part in load.chunks(sorted(i for i in touched if i is not None)):
            pinned = corrections.standing(self.session, part)
            for incident in self.session.scalars(select(Incident).where(Incident.id.in_(part))):  # type: ignore[union-attr]
                assert incident.id is not None
                if members.get(incident.id):
                    count += apply(incident, figures_for(members[incident.id], claims, self.info), now=now,
                                   corrected=pinned.get(incident.id))
        self.session.flush()
        return count

    def _drop_empty(self, changed: list[Cluster]) -> int:
        final = {c.incident_id for c in changed}
        empty = [c.incident_id for c in self.linker.clusters.values()
                 if c.incident_id is not None and c.incident_id not in final and not _real(c)]
        return drop_if_unused(session=self.session, incident_ids=[i for i in empty if i is not None])


def _real(c: Cluster) -> list[Features]:
    return [f for f in c.members if f.mention_id is not None]


def _has_real(linker: Linker, incident_id: int) -> bool:
    c = linker.clusters.get(incident_id)
    return c is not None and bool(_real(c))


def _plausible(pending: list[Features], rows: dict[int, Any]) -> set[int]:
    """Incidents some pending mention could join, judged on the incidents' own figures.

    A cheap first cut before loading members, and an exact one for the vetoes on date,
    province and type: an incident's date is one of its members' dates (the most common of
    the most precise), and a mention must be compatible with every member to join.
    """
    index = BlockIndex()
    stand_ins: dict[int, Features] = {}
    for incident_id, row in rows.items():
        f = load.incident_features(row)
        stand_ins[incident_id] = f
        index.add(incident_id, f)
    keep: set[int] = set()
    for p in pending:
        keep |= {i for i in index.candidates(p) if i not in keep and compatible(p, stand_ins[i])}
        if anniversary.dated_by_publication(p):
            # A retrospective may recall an attack years before its own (publication) date.
            plain = anniversary.undated(p)
            keep |= {i for i in index.candidates(plain) if i not in keep
                     and anniversary.recalls(p, [stand_ins[i]]) and compatible(plain, stand_ins[i])}
    return keep
