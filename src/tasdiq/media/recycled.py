"""Recycled footage: is the media shown for an incident older than the incident?

The commonest deception in this field is old footage passed off as new: a 2021 blast
reposted as yesterday's. Given what a piece of evidence matched and when those matches
were first seen, these pure functions name the earlier sighting; the verification stage
stores the flags and answers the incident's "media not recycled" check with them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from tasdiq.model.enums import CheckResult

FlagKind = Literal["seen_before_incident", "attached_to_other_incident"]

# Incident dates are local calendar days (Kabul is UTC+4:30, Pakistan UTC+5) while
# first-seen times are UTC instants: footage of a 02:00 attack is first seen "the day
# before" in UTC. A sighting only counts as earlier when it precedes the day by more.
GRACE = dt.timedelta(days=1)


@dataclass(frozen=True)
class IncidentRef:
    """An incident as the flags need it; `date` is its earliest possible day."""

    id: int
    date: dt.date | None
    title: str = ""

    def label(self) -> str:
        when = self.date.isoformat() if self.date else "undated"
        return f"incident {self.id} ({when}{', ' + self.title if self.title else ''})"


@dataclass(frozen=True)
class Sighting:
    """A stored item the evidence matched: when it was first seen and where it is attached."""

    evidence_id: int
    name: str
    first_seen: dt.datetime | None
    incidents: tuple[IncidentRef, ...] = ()
    distance: int = 0


@dataclass(frozen=True)
class RecycledFlag:
    kind: FlagKind
    evidence_id: int
    incident_id: int
    earlier_evidence_id: int
    earlier_first_seen: dt.datetime | None
    other_incident_id: int | None
    message: str


def recycled_flags(*, evidence_id: int, incident: IncidentRef, matches: Sequence[Sighting]) -> list[RecycledFlag]:
    """The flags for one piece of evidence attached to `incident`, earliest sighting first.

    Run it for each side of a match to flag both: the newer item is "seen before its
    incident", and each is "attached to another incident" when the other one is.
    """
    flags = [f for m in matches if m.evidence_id != evidence_id for f in _flags_for(evidence_id, incident, m)]
    return sorted(flags, key=_earliest_first)


def _flags_for(evidence_id: int, incident: IncidentRef, match: Sighting) -> list[RecycledFlag]:
    flags: list[RecycledFlag] = []
    if _seen_before(match.first_seen, incident.date):
        assert match.first_seen is not None and incident.date is not None
        flags.append(
            RecycledFlag(
                kind="seen_before_incident",
                evidence_id=evidence_id,
                incident_id=incident.id,
                earlier_evidence_id=match.evidence_id,
                earlier_first_seen=match.first_seen,
                other_incident_id=None,
                message=(
                    f"matches evidence {match.evidence_id} ({match.name}) first seen "
                    f"{match.first_seen.date().isoformat()}, before {incident.label()}"
                ),
            )
        )
    for other in match.incidents:
        if other.id == incident.id:
            continue
        flags.append(
            RecycledFlag(
                kind="attached_to_other_incident",
                evidence_id=evidence_id,
                incident_id=incident.id,
                earlier_evidence_id=match.evidence_id,
                earlier_first_seen=match.first_seen,
                other_incident_id=other.id,
                message=f"matches evidence {match.evidence_id} ({match.name}) attached to {other.label()}",
            )
        )
    return flags


def _seen_before(first_seen: dt.datetime | None, day: dt.date | None) -> bool:
    if first_seen is None or day is None:
        return False
    return first_seen.date() < day - GRACE


def _earliest_first(flag: RecycledFlag) -> tuple[int, dt.datetime]:
    when = flag.earlier_first_seen or dt.datetime.max.replace(tzinfo=dt.UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return (0 if flag.kind == "seen_before_incident" else 1, when)


def media_not_recycled(flags: Sequence[RecycledFlag], *, media_checked: int) -> tuple[CheckResult, str]:
    """The automatic answer to an incident's "media not recycled" check, and why.

    It fails on any flag (naming the earliest sighting), passes when analysed media was
    searched and matched nothing older or elsewhere, and is inconclusive with no media.
    """
    if flags:
        more = f" (and {len(flags) - 1} more)" if len(flags) > 1 else ""
        return CheckResult.FAIL, flags[0].message + more
    if media_checked == 0:
        return CheckResult.INCONCLUSIVE, "no analysed media attached"
    return CheckResult.PASS, f"{media_checked} media item(s) matched nothing seen earlier or elsewhere"
