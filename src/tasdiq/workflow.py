"""The arrows between stages that more than one shell (CLI, web) must draw the same way.

After linking changes an incident, its claims' flags and its verification status are
derived again: both depend on which sources feed the incident (a perpetrator's figures stay
unverifiable until an independent source matches them; the count of independent sources
moves the status). Stages do not import each other for this; this module does, and holds the library calls
that chain stages (`link_and_derive`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.claims import apply_flag_rules_many
from tasdiq.claims.queries import incident_reads, incidents_by_id
from tasdiq.link import LinkSummary, link
from tasdiq.model import IncidentMention, Mention
from tasdiq.pacing import sparse_collections
from tasdiq.store.audit import appended_at_end
from tasdiq.store.db import Store
from tasdiq.store.schema import cols
from tasdiq.verify import refresh_statuses


def after_link(*, session: Session, incident_ids: Iterable[int], second_reviewer: bool = False) -> int:
    """Re-derive claim flags and verification status of the incidents a link run changed.

    Set-based: the incidents are read in bulk (a few statements per 500 incidents) and only
    changed rows are written, in one flush per stage; the same rules decide as for one incident.
    """
    with sparse_collections():  # thousands of ORM rows and their audit images, all kept to the end
        wanted = list(dict.fromkeys(incident_ids))  # once each, in the order the linker gave
        present = incidents_by_id(session, wanted)  # some were merged away or emptied in the run
        ids = [i for i in wanted if i in present]
        # One read for both: flags change no link, mention or claim membership the status reads.
        reads = incident_reads(session, ids)
        apply_flag_rules_many(session=session, incident_ids=ids, reads=reads)
        refresh_statuses(session=session, incident_ids=ids, second_reviewer=second_reviewer, reads=reads,
                         incidents=present)
    return len(ids)


def link_and_derive(
    *, store: Store, actor: str, relink_all: bool = False, second_reviewer: bool = False
) -> LinkSummary:
    """Link mentions into incidents, then re-derive the flags and status of every incident the
    run changed, in one unit of work: what `tasdiq link`, the web app and a batch job all call."""
    with store.session(actor=actor) as session:
        return link_and_refresh(session=session, relink_all=relink_all, second_reviewer=second_reviewer)


@dataclass
class PipelineResult:
    """What running extract → link → after_link over some sources did."""

    sources: int = 0
    mentions: int = 0
    incident_ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"sources": self.sources, "mentions": self.mentions, "incident_ids": self.incident_ids}


def extract_and_link(*, session: Session, source_ids: Sequence[int], second_reviewer: bool = False) -> PipelineResult:
    """The pipeline for newly ingested sources: extract the ones not yet extracted, link
    incrementally, re-derive what linking changed. Returns the incidents the sources feed.

    The one place `tasdiq watch`, `tasdiq capture --pipeline` and the web app's jobs call
    (jobs call its two halves in separate transactions, to report progress between them).
    """
    result = PipelineResult()
    result.sources, result.mentions = extract_sources(session=session, source_ids=source_ids)
    link_and_refresh(session=session, second_reviewer=second_reviewer)
    result.incident_ids = incidents_of(session=session, source_ids=source_ids)
    return result


def extract_sources(*, session: Session, source_ids: Sequence[int]) -> tuple[int, int]:
    """Extract those of these sources not yet extracted, in the caller's unit of work;
    (sources extracted, mentions)."""
    from tasdiq.extract.service import extract_pending

    summary = extract_pending(session=session, source_ids=source_ids)
    return summary.sources, summary.mentions


def link_and_refresh(*, session: Session, relink_all: bool = False, second_reviewer: bool = False) -> LinkSummary:
    """Link unlinked mentions, then re-derive flags and status of what changed, in the caller's
    unit of work (a job, `link_and_derive`, a batch worker that has taken the linking lock in it).

    Its audit entries are appended at its end (`appended_at_end`): a link's writes and their
    derivations take seconds to minutes, and while a writer holds the chain's head every other
    writer (a batch's partitions, an analyst's edit) waits for it."""
    with appended_at_end(session):
        summary = link(session=session, relink_all=relink_all)
        after_link(session=session, incident_ids=summary.incident_ids, second_reviewer=second_reviewer)
    return summary


def incidents_of(*, session: Session, source_ids: Sequence[int]) -> list[int]:
    """The incidents that the mentions of these sources are in."""
    if not source_ids:
        return []
    query = (select(cols(IncidentMention).incident_id).distinct()
             .join(Mention, cols(Mention).id == cols(IncidentMention).mention_id)
             .where(cols(Mention).source_id.in_(list(source_ids))))
    return sorted(int(i) for i in session.scalars(query))
