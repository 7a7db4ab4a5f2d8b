"""Linking during a batch: on the workers as partitions commit, one linker at a time.

Linking is incremental (`tasdiq.link.link` places every mention not yet linked against the
incidents near it), so any process may run it over whatever has committed so far. Two
linkers at once would each miss the other's new incidents and could start two incidents for
one attack, so every linker first takes one PostgreSQL advisory lock, per schema, for its
transaction (`tasdiq.link.lock`; `link()` itself waits for it, so `tasdiq link` and the web
app's jobs queue behind a batch):

- a worker, after its partition's extraction commits, tries the lock and links if it gets
  it; if another process holds it, the worker skips, and the holder, a later partition or
  the run's final link takes the mentions;
- after the last partition, one task on a worker (`runner.final_link_task`) waits for the lock
  and links what is left.

The lock is taken by the transaction's first statement. Under READ COMMITTED each later
statement sees everything committed before it, so the linker sees every incident the
previous linker wrote (PostgreSQL makes a commit visible before it releases the lock). A
partition that commits mid-link adds mentions the linker did not load; they stay unlinked
for the next one. Link and `after_link` are one transaction: a linker killed midway leaves
nothing half-linked, and its connection's end frees the lock. Audit appends stay one chain:
the audit head's row lock orders them, and no writer takes that lock before the advisory one.

A worker links only once the backlog of unlinked mentions is due (`Backlog`): a link reloads
every member of the incidents near its mentions, so its cost grows with what is linked there
as well as with what is new, and linking after every partition costs the square of the store
wherever incidents keep growing (docs/scale.md, branch batchlink). That rule alone can leave
the final link a backlog of up to a quarter of what is linked, which it links on one core while
every other worker sits idle. With `Backlog(drain=True)` a worker near the run's end also links once
its backlog is as large as what the partitions after its own will add (`Progress`): each such
link halves what is still to come, so they are a handful, and the final link is left with
about the last partitions' mentions. It is off by default: at 200,000 reports each of those late
links paid ~45 s that do not depend on its mentions (reloading the large incidents near the
newest dates), so the drain cost the workers 195 s more linking for the ~70 s of tail it
removed, and 2 workers finished no sooner (docs/scale.md, branch drain and the merge after it).

SQLite has one writer at a time anyway: there the client alone links, after the partitions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, func, not_, select
from sqlalchemy.orm import Session

from tasdiq.link import LinkSummary
from tasdiq.link.lock import try_link_lock
from tasdiq.model import IncidentMention, Mention
from tasdiq.store import Store
from tasdiq.store.schema import cols
from tasdiq.workflow import link_and_derive, link_and_refresh


@dataclass(frozen=True)
class Backlog:
    """When a worker's link is due: at least `min_mentions` unlinked, and at least `share` of
    the mentions already linked. The share makes the links' reloads a geometric series, a
    bounded multiple of the mentions however large incidents grow; the minimum keeps the
    first links from paying their fixed cost for a handful of mentions.

    With `drain` (off by default, see the module's docstring), a link is also due once the
    unlinked are at least as many as the mentions still to come: near the end of a run. After
    such a link the next is due only when the new backlog has caught up with what is left, so
    each halves what remains: about log2(tail / partition) more links, and the final link,
    which runs while every other worker is idle, gets about the last partitions instead of up
    to `share` of the store."""

    min_mentions: int = 1000
    share: float = 0.25
    drain: bool = False

    def due(self, *, unlinked: int, linked: int, to_come: float | None = None) -> bool:
        if unlinked <= 0:
            return False
        if unlinked >= max(self.min_mentions, self.share * linked):
            return True
        return self.drain and to_come is not None and unlinked >= to_come


@dataclass(frozen=True)
class Progress:
    """Where a partition stands in its run: its index in submission order (Dask starts them
    in that order) and how many partitions the run has."""

    index: int
    partitions: int

    def to_come(self, *, unlinked: int, linked: int) -> float:
        """Mentions the partitions after this one will add, at the store's mean so far. A store
        that held mentions before the run overstates it, so draining starts later, never earlier."""
        after = max(0, self.partitions - self.index - 1)
        return after * (unlinked + linked) / (self.index + 1)


DEFAULT_BACKLOG = Backlog()


def links_on_workers(store: Store) -> bool:
    """Workers link only where two transactions can write at once (PostgreSQL)."""
    return not store.is_sqlite


def try_link(
    *, store: Store, actor: str, second_reviewer: bool, backlog: Backlog, progress: Progress | None = None
) -> LinkSummary | None:
    """Link what has committed if the backlog is due and no other process is linking; else None.
    `progress` (where the calling partition stands) lets the backlog drain near the run's end."""
    with store.session(actor=actor) as session:
        if not try_link_lock(session):
            return None
        counted = backlog_estimate(session)
        to_come = progress.to_come(**counted) if progress else None
        if not backlog.due(**counted, to_come=to_come):
            return None
        return link_and_refresh(session=session, second_reviewer=second_reviewer)


def backlog_estimate(session: Session) -> dict[str, int]:
    """`mention_counts` read off the ends of the mention ids: three index look-ups where the counts
    scan every mention and every link (82 ms on the server before each try at 200,000 reports, 46
    CPU seconds of the run). Mentions take ascending ids, and a link takes every mention committed
    before it, so those above the highest linked id are about the backlog. Holes (re-extracted
    mentions, rolled-back partitions) and a partition that commits after a link with ids below it
    make it approximate, which a trigger can afford: those are linked by the next link all the same,
    and the final link takes whatever is left by the exact query."""
    m, im = cols(Mention), cols(IncidentMention)
    low, high = session.execute(select(func.min(m.id), func.max(m.id))).one()
    if high is None:
        return {"unlinked": 0, "linked": 0}
    # A link's mention exists (the foreign key cascades), so the highest linked id lies in [low, high].
    last = session.scalar(select(func.max(im.mention_id)))
    top = low - 1 if last is None else last
    return {"unlinked": high - top, "linked": top - low + 1}


def mention_counts(session: Session) -> dict[str, int]:
    """Mentions not yet in any incident, and mentions in one."""
    m, im = cols(Mention), cols(IncidentMention)
    total = session.scalar(select(func.count()).select_from(Mention)) or 0
    # select_from: without it the correlated EXISTS takes `mentions` as its own and the count has no rows.
    unlinked = session.scalar(
        select(func.count()).select_from(Mention).where(not_(exists().where(im.mention_id == m.id)))) or 0
    return {"unlinked": unlinked, "linked": total - unlinked}


def link_all(*, store: Store, actor: str, second_reviewer: bool) -> dict[str, Any]:
    """Every mention not yet linked, as `tasdiq link` does it, once any worker's link is done."""
    return link_and_derive(store=store, actor=actor, second_reviewer=second_reviewer).as_dict()
