"""An actor's page: its names and parents, what it claimed, what others attributed to it, over
time, its claimed-versus-verified record and its incidents, with branches rolled in on request.

The registry is read through `tasdiq.reference` as it is today; `family` and `key_of` are the
two places that know how names map to actors and how a branch rolls into its parent, so the
unified registry (parent chain IS > ISKP, TALIBAN > HAQQANI) can be pointed at here alone.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq import analyse
from tasdiq.model import Claim, Incident
from tasdiq.reference import Actor, registry
from tasdiq.store.schema import cols

OWN_WORD = ("responsibility", "confession")  # the group speaks for itself
OTHERS_WORD = ("attribution", "denial")  # others speak about it (a denial is about it too)


def key_of(name: str | None) -> str | None:
    """The registry key a claimant or subject names ("islamic_state_khorasan" -> ISKP)."""
    found = registry().lookup(name) if name else None
    return found.key if found else None


def family(key: str, *, rollup: bool) -> set[str]:
    """The actor, and with `rollup` every actor below it in the parent chain (IS takes ISKP in)."""
    reg = registry()
    reg.get(key)  # NotFound for an unknown key
    if not rollup:
        return {key}
    return {key} | {k for k in reg.actors if key in reg.parents(k)}


@dataclass
class ActorView:
    actor: Actor
    parents: list[Actor]
    branches: list[Actor]
    rollup: bool
    own: list[tuple[Claim, Incident | None]] = field(default_factory=list)
    others: list[tuple[Claim, Incident | None]] = field(default_factory=list)
    months: list[tuple[str, int, int]] = field(default_factory=list)  # month, own claims, others'
    record: list[analyse.ClaimantSummary] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)


def actor_view(session: Session, key: str, *, rollup: bool = False) -> ActorView:
    reg = registry()
    actor = reg.get(key)
    keys = family(key, rollup=rollup)
    view = ActorView(actor=actor, parents=[reg.get(p) for p in reg.parents(key) if p in reg.actors],
                     branches=sorted((a for a in reg.actors.values() if a.parent == key), key=lambda a: a.name),
                     rollup=rollup)
    claimants = {c for c in session.scalars(select(cols(Claim).claimant).distinct()) if key_of(c) in keys}
    subjects = {c for c in session.scalars(select(cols(Claim).subject).distinct()) if key_of(c) in keys}
    c = cols(Claim)
    rows = session.execute(select(Claim, Incident).outerjoin(Incident, cols(Incident).id == c.incident_id)
                           .where((c.claimant.in_(claimants) & c.kind.in_(OWN_WORD))
                                  | (c.subject.in_(subjects) & c.kind.in_(OTHERS_WORD)))
                           .order_by(cols(Incident).date.desc().nulls_last(), c.id.desc()))
    for claim, incident in rows:
        (view.own if claim.kind in OWN_WORD else view.others).append((claim, incident))
    view.months = _months(view.own, view.others)
    view.record = [r for r in analyse.claimed_versus_verified(session=session) if key_of(r.claimant) in keys]
    seen = {i.id: i for _, i in view.own + view.others if i is not None}
    view.incidents = sorted(seen.values(), key=lambda i: (i.date or dt.date.min, i.id or 0), reverse=True)
    return view


def _months(own: list[tuple[Claim, Incident | None]], others: list[tuple[Claim, Incident | None]]
            ) -> list[tuple[str, int, int]]:
    def month(pairs: list[tuple[Claim, Incident | None]]) -> Counter[str]:
        return Counter(i.date.strftime("%Y-%m") for _, i in pairs if i is not None and i.date is not None)

    mine, theirs = month(own), month(others)
    return [(m, mine[m], theirs[m]) for m in sorted(set(mine) | set(theirs))]
