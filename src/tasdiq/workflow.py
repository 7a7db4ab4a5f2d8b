"""The arrows between stages that more than one shell (CLI, web) must draw the same way.

After linking changes an incident, its claims' flags and its verification status are
derived again: both depend on which sources feed the incident (a perpetrator's figures stay
unverifiable until an independent source matches them; the count of independent sources
moves the status). Stages do not import each other for this; this module does.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from tasdiq.claims import apply_flag_rules
from tasdiq.model import Incident
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
