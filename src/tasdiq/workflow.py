"""The arrows between stages that more than one shell (CLI, web) must draw the same way.

After linking changes an incident, its claims' flags and its verification status are
derived again: both depend on which sources feed the incident (a perpetrator's figures stay
unverifiable until an independent source matches them; the count of independent sources
moves the status). Stages do not import each other for this; this module does.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from tasdiq.claims import apply_flag_rules_many
from tasdiq.claims.queries import incident_reads, incidents_by_id
from tasdiq.verify import refresh_statuses


def after_link(*, session: Session, incident_ids: Iterable[int], second_reviewer: bool = False) -> int:
    """Re-derive claim flags and verification status of the incidents a link run changed.

    Set-based: the incidents are read in bulk (a few statements per 500 incidents) and only
    changed rows are written, in one flush per stage; the same rules decide as for one incident.
    """
    wanted = list(dict.fromkeys(incident_ids))  # once each, in the order the linker gave
    present = incidents_by_id(session, wanted)  # some were merged away or emptied in the run
    ids = [i for i in wanted if i in present]
    # One read for both: flags change no link, mention or claim membership the status reads.
    reads = incident_reads(session, ids)
    apply_flag_rules_many(session=session, incident_ids=ids, reads=reads)
    refresh_statuses(session=session, incident_ids=ids, second_reviewer=second_reviewer, reads=reads)
    return len(ids)
