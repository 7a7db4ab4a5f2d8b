"""Read models: one answer per question that several stages ask of the store.

- `incident_mentions(session, incident_id)`: an incident with its mentions and their sources,
  rejected links left out unless asked. The claims ledger, ACH, verification and exports
  read it without rejected links; the incident page and `tasdiq incidents show` ask for
  them too, to show what an analyst took out.
- `names_actor(text)`: the SQL condition "this incident names that actor", used by the web's
  filters, the API and `tasdiq incidents list --actor`, so `actor=ISKP` means one thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from tasdiq.model import Incident, IncidentMention, Mention, Source
from tasdiq.model.enums import LinkState
from tasdiq.reference import registry
from tasdiq.store.schema import table_of

INC, IM, M, S = table_of(Incident), table_of(IncidentMention), table_of(Mention), table_of(Source)
MentionOrder = Literal["link", "source", "published"]
_ORDERS: dict[str, tuple[ColumnElement[object], ...]] = {
    "link": (IM.c.id,),  # the order links were made: the incident page
    "source": (S.c.id, M.c.ordinal),  # the order sources came in: the ledger, exports
    "published": (S.c.published, M.c.id),  # the order the world heard it: `incidents show`
}


@dataclass(frozen=True)
class LinkedMention:
    """One mention of an incident: the link (its state and score), the mention, its source."""

    link: IncidentMention
    mention: Mention
    source: Source


def incident_mentions(session: Session, incident_id: int, *, include_rejected: bool = False,
                      order: MentionOrder = "source") -> list[LinkedMention]:
    """The incident's mentions with their links and sources; a rejected link only when asked."""
    query = (select(IncidentMention, Mention, Source)
             .join(Mention, M.c.id == IM.c.mention_id)
             .join(Source, S.c.id == M.c.source_id)
             .where(IM.c.incident_id == incident_id)
             .order_by(*_ORDERS[order]))
    if not include_rejected:
        query = query.where(IM.c.state != LinkState.REJECTED)
    return [LinkedMention(link, mention, source) for link, mention, source in session.execute(query)]


def _spelling(name: str) -> str:
    return name.lower().replace("_", " ")


def _summary_names() -> ColumnElement[str]:
    """The perpetrator summary ("claimed: ISKP, IS; denied: TALIBAN") as ", claimed, iskp, is,
    denied, taliban,": every name between commas, so a name matches whole ("is" never "iskp")."""
    flat = func.lower(INC.c.perpetrator_summary)
    for mark, sep in ((";", ","), (":", ","), ("_", " ")):
        flat = func.replace(flat, mark, sep)
    return ", " + flat + ","


def _names(key: str) -> ColumnElement[bool]:
    """The summary names the actor by its key, its name or any alias (claimants are stored as
    the source spelt them: "ISKP" from the extractor, "islamic_state_khorasan" from a bulletin)."""
    actor = registry().get(key)
    spellings = dict.fromkeys(_spelling(n) for n in (actor.key, actor.name, *actor.aliases, *actor.former_keys))
    return or_(*(_summary_names().contains(f", {n},", autoescape=True) for n in spellings))


def names_actor(text: str) -> ColumnElement[bool]:
    """Incidents whose perpetrator summary names the actor, one of its branches, or its parent
    where the parent's name means this branch (an "IS" claim in Afghanistan is ISKP's).

    Text that is no actor we know is matched as part of the summary, as typed."""
    key = registry().key_of(text)
    if key is None:
        return func.lower(INC.c.perpetrator_summary).contains(text.strip().lower(), autoescape=True)
    terms = [_names(k) if not countries else and_(_names(k), INC.c.country.in_(countries))
             for k, countries in registry().search_terms(key)]
    return or_(*terms)
