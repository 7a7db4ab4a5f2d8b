"""Incidents by perpetrator, with what groups claim and what others attribute kept apart.

Two tables, never one merged answer (the same rules as the export's `perpetrator_claimed`
and `perpetrator_attributed` columns, docs/exchange.md):
- claimed: the subjects of responsibility claims and confessions on the incident;
- attributed: the latest analyst assessment's perpetrator; without one, the subjects of
  attribution claims (officials, other groups, media naming someone);
- a linked mention's own perpetrator counts by its certainty: `claimed` or `confessed` as
  claimed, `attributed` as attributed (rows imported from UCDP, ACLED or GTD carry no
  claim, only this); `suspected` and `unknown` count in neither.
Names are grouped by actor key (the registry, reference/data/registry/actors.yaml), so "IS-K"
and "ISKP" are one row. An incident two groups claim counts once under each, but a group and
its own branch are one side: named for IS and ISKP, it counts under ISKP only; on request
(`group_branches`) every branch counts under its outermost group. One nobody claims is under "(none)".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.analyse.selection import Selection, linked_mention_ids
from tasdiq.analyse.tables import NONE, Tally, group
from tasdiq.claims.reference import actor_key, party_named
from tasdiq.model.entities import Assessment, Claim, IncidentMention, Mention
from tasdiq.model.enums import Certainty, ClaimKind, LinkState
from tasdiq.reference import registry
from tasdiq.reference.actors import is_part_of
from tasdiq.store.schema import table_of

C, A = table_of(Claim), table_of(Assessment)
IM, M = table_of(IncidentMention), table_of(Mention)
CLAIMING = (ClaimKind.RESPONSIBILITY.value, ClaimKind.CONFESSION.value)
ATTRIBUTING = ClaimKind.ATTRIBUTION.value
MENTION_CLAIMED = (Certainty.CLAIMED.value, Certainty.CONFESSED.value)
MENTION_ATTRIBUTED = Certainty.ATTRIBUTED.value


@dataclass(frozen=True)
class PerpetratorTables:
    claimed: tuple[Tally, ...]
    attributed: tuple[Tally, ...]


@dataclass(frozen=True)
class Named:
    """Who is named for each incident, by the two routes."""

    claimed: dict[int, set[str]]
    attributed: dict[int, set[str]]


def _display(name: str) -> str:
    party = party_named(name)
    if party is not None:
        return party.name
    actor = registry().actors.get(name)  # imported rows carry registry keys ("AFG_GOV")
    return actor.name if actor else name


def _claims(session: Session, selection: Selection) -> Iterable[tuple[int, str, str]]:
    """(incident id, kind, subject) of every claim on a selected incident, directly or through
    a linked mention."""
    ids = selection.ids
    via_mention = linked_mention_ids(session, ids)
    query = select(C.c.incident_id, C.c.mention_id, C.c.kind, C.c.subject).where(
        C.c.kind.in_([*CLAIMING, ATTRIBUTING]), C.c.subject.is_not(None))
    for incident_id, mention_id, kind, subject in session.execute(query):
        owner = incident_id if incident_id in ids else via_mention.get(mention_id or -1)
        if owner is not None and subject.strip():
            yield int(owner), str(kind), str(subject)


def _mentioned(session: Session, ids: frozenset[int]) -> Iterable[tuple[int, str, str]]:
    """(incident id, certainty, perpetrator) of the selected incidents' linked mentions."""
    query = (select(IM.c.incident_id, M.c.perpetrator_certainty, M.c.perpetrator)
             .join_from(IM, M, IM.c.mention_id == M.c.id)
             .where(IM.c.state != LinkState.REJECTED.value, M.c.perpetrator.is_not(None),
                    M.c.perpetrator_certainty.in_([*MENTION_CLAIMED, MENTION_ATTRIBUTED])))
    for incident_id, certainty, perpetrator in session.execute(query):
        if incident_id in ids:
            yield int(incident_id), str(certainty), str(perpetrator)


def _assessed(session: Session, ids: frozenset[int]) -> dict[int, str | None]:
    """The latest assessment's perpetrator per incident (None: assessed as unknown)."""
    latest: dict[int, str | None] = {}
    for incident_id, perpetrator in session.execute(
            select(A.c.incident_id, A.c.perpetrator).order_by(A.c.at, A.c.id)):
        if incident_id in ids:
            latest[int(incident_id)] = perpetrator
    return latest


def named(*, session: Session, selection: Selection) -> Named:
    claimed: dict[int, set[str]] = defaultdict(set)
    by_others: dict[int, set[str]] = defaultdict(set)
    for incident_id, kind, subject in _claims(session, selection):
        (claimed if kind in CLAIMING else by_others)[incident_id].add(_display(subject))
    for incident_id, certainty, actor in _mentioned(session, selection.ids):
        (claimed if certainty in MENTION_CLAIMED else by_others)[incident_id].add(_display(actor))
    attributed = dict(by_others)
    for incident_id, assessed in _assessed(session, selection.ids).items():
        if assessed:  # an assessment that names nobody leaves the attributions standing
            attributed[incident_id] = {_display(assessed)}
    return Named(dict(claimed), attributed)


def claimant_keys(found: set[str], *, group_branches: bool = False) -> list[str]:
    """The keys an incident counts under: each side once. An incident named for both the Islamic
    State and ISKP is ISKP's (the branch says more); with `group_branches`, every branch counts
    under its outermost group (ISKP and ISPP under IS, the Haqqanis under the Taliban)."""
    keys = {actor_key(n) or n for n in found}
    if group_branches:
        return sorted({registry().top(k) for k in keys})
    return sorted(k for k in keys if not any(o != k and is_part_of(o, k) for o in keys))


def _table(selection: Selection, names: dict[int, set[str]], group_branches: bool) -> tuple[Tally, ...]:
    labels = {actor_key(n) or n: n for found in names.values() for n in found}

    def label(key: str) -> str:
        return labels.get(key) or _display(key)

    tallies = group(selection.counted,
                    lambda r: claimant_keys(names.get(r.id, set()), group_branches=group_branches) or [NONE], label)
    return tuple(sorted(tallies.values(), key=lambda t: (t.key == NONE, -t.incidents, -t.killed_best, t.key)))


def by_perpetrator(*, session: Session, selection: Selection, group_branches: bool = False) -> PerpetratorTables:
    """Incidents by perpetrator, claimed and attributed apart; `group_branches` counts ISKP
    under the Islamic State and the Haqqanis under the Taliban."""
    found = named(session=session, selection=selection)
    return PerpetratorTables(claimed=_table(selection, found.claimed, group_branches),
                             attributed=_table(selection, found.attributed, group_branches))
