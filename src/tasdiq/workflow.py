"""The arrows between stages that more than one shell (CLI, web) must draw the same way.

After linking changes an incident, its claims' flags and its verification status are
derived again: both depend on which sources feed the incident (a perpetrator's figures stay
unverifiable until an independent source matches them; the count of independent sources
moves the status). Stages do not import each other for this; this module does, and holds the library calls
that chain stages (`link_and_derive`).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from tasdiq.claims import apply_flag_rules
from tasdiq.link import LinkSummary, link
from tasdiq.model import Incident
from tasdiq.store.db import Store
from tasdiq.verify import refresh_status


def after_link(*, session: Session, incident_ids: Iterable[int], second_reviewer: bool = False) -> int:
    """Re-derive claim flags and verification status of the incidents a link run changed."""
    refreshed = 0
    for incident_id in incident_ids:
        if session.get(Incident, incident_id) is None:
            continue  # merged away or emptied in the same run
        apply_flag_rules(session=session, incident_id=incident_id)
        refresh_status(session=session, incident_id=incident_id, second_reviewer=second_reviewer)
        refreshed += 1
    return refreshed


def link_and_derive(
    *, store: Store, actor: str, relink_all: bool = False, second_reviewer: bool = False
) -> LinkSummary:
    """Link mentions into incidents, then re-derive the flags and status of every incident the
    run changed, in one unit of work: what `tasdiq link`, the web app and a batch job all call."""
    with store.session(actor=actor) as session:
        summary = link(session=session, relink_all=relink_all)
        after_link(session=session, incident_ids=summary.incident_ids, second_reviewer=second_reviewer)
    return summary
