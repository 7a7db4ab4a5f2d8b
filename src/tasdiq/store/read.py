"""Read models: one answer per question that several stages ask of the store.

- `names_actor(text)`: the SQL condition "this incident names that actor", used by the web's
  filters, the API and `tasdiq incidents list --actor`, so `actor=ISKP` means one thing.
"""

from __future__ import annotations

from sqlalchemy import and_, func, or_
from sqlalchemy.sql.elements import ColumnElement

from tasdiq.model import Incident
from tasdiq.reference import registry
from tasdiq.store.schema import table_of

INC = table_of(Incident)


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
