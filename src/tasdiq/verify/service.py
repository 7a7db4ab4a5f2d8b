"""Recording checks, signing them off, and keeping each incident's status in step with them.

Every write goes through the ORM on the caller's session, so the audit chain records who
added which check and who signed it off; nothing here commits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.claims.ledger import ATTRIBUTING, assessments_of
from tasdiq.claims.queries import (
    IncidentReads,
    col,
    get_incident,
    in_chunks,
    incident_claims,
    incident_reads,
    incidents_by_id,
    linked_mentions,
    personal_fields,
)
from tasdiq.claims.reference import actor_key, same_actor
from tasdiq.errors import InputError, NotFound, PermissionDenied
from tasdiq.model.entities import Assessment, Claim, Evidence, Incident, Mention, Source, Verification
from tasdiq.model.enums import CheckKind, CheckResult
from tasdiq.verify.checks import definition
from tasdiq.verify.status import CheckState, Derivation, StatusInputs, derive_status


def checks_of(session: Session, incident_id: int) -> list[Verification]:
    query = (
        select(Verification)
        .where(col(Verification, "incident_id") == incident_id)
        .order_by(col(Verification, "at"), col(Verification, "id"))
    )
    return list(session.scalars(query))


def current(checks: Sequence[Verification]) -> list[Verification]:
    """The latest check per (check, evidence, analyst): later ones replace earlier ones."""
    latest: dict[tuple[str, int | None, str], Verification] = {}
    for v in checks:  # ordered by time, so the last one wins
        latest[(v.check, v.evidence_id, v.analyst)] = v
    return list(latest.values())


def counted_sources(session: Session, incident_id: int) -> int:
    """Independent sources by count: distinct publishers, syndicated copies (same text) once."""
    return count_independent(linked_mentions(session, incident_id))


def count_independent(mentions: Iterable[tuple[Mention, Source]]) -> int:
    """`counted_sources` over rows already loaded."""
    seen_texts: set[str] = set()
    publishers: set[str] = set()
    for _mention, source in mentions:
        if source.text_sha256 and source.text_sha256 in seen_texts:
            continue
        seen_texts.add(source.text_sha256)
        publishers.add((source.publisher or f"source {source.id}").casefold())
    return len(publishers)


def stated_sources(checks: Sequence[Verification]) -> int | None:
    """The analyst's own count (latest `independent_sources` check), which overrides ours."""
    stated = [v for v in checks if v.check == CheckKind.INDEPENDENT_SOURCES and v.value is not None]
    return int(stated[-1].value or 0) if stated else None


def competing_claims(session: Session, incident_id: int) -> bool:
    return competing(incident_claims(session, incident_id))


def competing(claims: Iterable[Claim]) -> bool:
    """Attributing claims name actors of which neither is part of the other."""
    named = {key for c in claims if c.kind in ATTRIBUTING and (key := actor_key(c.subject))}
    # ISKP and the Islamic State (or the Haqqanis and the Taliban) narrow one attribution
    return any(not same_actor(a, b) for a in named for b in named if a < b)


def status_inputs(session: Session, incident_id: int, *, second_reviewer: bool) -> StatusInputs:
    reads = incident_reads(session, [incident_id])[incident_id]
    assessed = bool(assessments_of(session, incident_id))
    return inputs_from(checks_of(session, incident_id), reads, assessed=assessed, second_reviewer=second_reviewer)


def inputs_from(
    checks: Sequence[Verification], reads: IncidentReads, *, assessed: bool, second_reviewer: bool
) -> StatusInputs:
    """What the status rules read, from rows already loaded."""
    latest = current(checks)
    stated = stated_sources(latest)
    return StatusInputs(
        checks=tuple(CheckState(v.check, v.result, v.analyst, v.reviewer, v.evidence_id) for v in latest),
        independent_sources=stated if stated is not None else count_independent(reads.mentions),
        competing_claims=competing(reads.claims),
        assessed=assessed,
        second_reviewer=second_reviewer,
    )


def refresh_status(*, session: Session, incident_id: int, second_reviewer: bool = False) -> Derivation:
    """Derive the incident's status from its checks and store it if it changed."""
    get_incident(session, incident_id)
    return refresh_statuses(session=session, incident_ids=[incident_id], second_reviewer=second_reviewer)[incident_id]


def refresh_statuses(
    *,
    session: Session,
    incident_ids: Iterable[int],
    second_reviewer: bool = False,
    reads: Mapping[int, IncidentReads] | None = None,
    incidents: Mapping[int, Incident] | None = None,
) -> dict[int, Derivation]:
    """`refresh_status` for many incidents, read in bulk; ids no longer in the store are skipped.

    A link run touches hundreds of incidents; reading them one at a time cost three to four
    times the linking itself (issue 15). Only incidents whose status changes are written.
    `reads`: the incidents' `incident_reads`, when the caller has them already; `incidents`:
    the incidents themselves (`incidents_by_id` of these ids), likewise: reading them again
    decodes every JSON column of every row a second time.
    """
    incidents = incidents if incidents is not None else incidents_by_id(session, incident_ids)
    ids = sorted(incidents)
    reads = reads if reads is not None else incident_reads(session, ids)
    checks = _checks_by_incident(session, ids)
    assessed = _assessed(session, ids)
    now = dt.datetime.now(dt.UTC)
    derived: dict[int, Derivation] = {}
    for incident_id in ids:
        inputs = inputs_from(checks.get(incident_id, []), reads[incident_id], assessed=incident_id in assessed,
                             second_reviewer=second_reviewer)
        derived[incident_id] = derive_status(inputs)
        incident = incidents[incident_id]
        if incident.status != derived[incident_id].status:
            incident.status, incident.updated_at = derived[incident_id].status, now
    session.flush()
    return derived


def _checks_by_incident(session: Session, incident_ids: Sequence[int]) -> dict[int, list[Verification]]:
    found: dict[int, list[Verification]] = {}
    for chunk in in_chunks(incident_ids):
        query = (
            select(Verification)
            .where(col(Verification, "incident_id").in_(chunk))
            .order_by(col(Verification, "at"), col(Verification, "id"))
        )
        for v in session.scalars(query):
            found.setdefault(v.incident_id, []).append(v)
    return found


def _assessed(session: Session, incident_ids: Sequence[int]) -> set[int]:
    found: set[int] = set()
    for chunk in in_chunks(incident_ids):
        query = select(col(Assessment, "incident_id")).where(col(Assessment, "incident_id").in_(chunk)).distinct()
        found.update(int(i) for i in session.scalars(query))
    return found


def _validate(check: str, result: str, precision_m: float | None, value: str | None) -> None:
    spec = definition(check)
    if result not in {r.value for r in CheckResult}:
        raise InputError("result", f"{result!r} is not pass, fail or inconclusive")
    if spec.needs_precision and result == CheckResult.PASS and precision_m is None:
        raise InputError("precision_m", f"a {check} pass states its precision in metres")
    if precision_m is not None and precision_m <= 0:
        raise InputError("precision_m", f"{precision_m} is not a positive number of metres")
    if spec.needs_value and (value is None or not value.isdigit()):
        raise InputError("value", f"{check} needs the number counted, got {value!r}")


def add_check(
    *,
    session: Session,
    incident_id: int,
    check: str,
    result: str,
    analyst: str,
    precision_m: float | None = None,
    value: str | None = None,
    note: str | None = None,
    evidence_id: int | None = None,
    at: dt.datetime | None = None,
    second_reviewer: bool = False,
) -> Verification:
    """Record one check with its stated criteria, then bring the incident's status in step."""
    get_incident(session, incident_id)
    _validate(check, result, precision_m, value)
    if evidence_id is not None and session.get(Evidence, evidence_id) is None:
        raise NotFound("evidence", evidence_id)
    row = Verification(
        incident_id=incident_id, evidence_id=evidence_id, check=check, result=result,
        criteria=definition(check).criteria, value=value, precision_m=precision_m, note=note,
        analyst=analyst, at=at or dt.datetime.now(dt.UTC),
    )
    session.add(row)
    session.flush()
    refresh_status(session=session, incident_id=incident_id, second_reviewer=second_reviewer)
    return row


def sign_off(
    *, session: Session, incident_id: int, reviewer: str, second_reviewer: bool = False, at: dt.datetime | None = None
) -> list[Verification]:
    """A reviewer signs off the incident's current, not yet reviewed checks.

    Nobody signs off their own check: a self-review adds nothing the check did not already
    say, so it is refused whether or not the second-reviewer rule is on.
    """
    pending = [v for v in current(checks_of(session, incident_id)) if v.reviewer is None]
    if not pending:
        raise InputError(f"incident {incident_id}", "no unreviewed checks to sign off")
    own = sorted({v.check for v in pending if v.analyst == reviewer})
    if own:
        raise PermissionDenied(f"{reviewer} cannot sign off their own checks ({', '.join(own)}); ask another reviewer")
    when = at or dt.datetime.now(dt.UTC)
    for v in pending:
        v.reviewer, v.reviewed_at = reviewer, when
    session.flush()
    refresh_status(session=session, incident_id=incident_id, second_reviewer=second_reviewer)
    return pending


@dataclass(frozen=True)
class VerificationReport:
    incident_id: int
    stored_status: str
    derivation: Derivation
    independent_sources: int
    checks: tuple[Verification, ...]
    current_ids: frozenset[int]

    def to_dict(self, *, include_personal: bool = False) -> dict[str, Any]:
        hidden = set() if include_personal else personal_fields(Verification)
        return {
            "incident_id": self.incident_id,
            "status": self.derivation.status.value,
            "stored_status": self.stored_status,
            "reasons": list(self.derivation.reasons),
            "independent_sources": self.independent_sources,
            "checks": [
                {k: getattr(v, k) for k in ("id", "check", "result", "precision_m", "value", "note", "evidence_id",
                                             "analyst", "at", "reviewer", "reviewed_at", "criteria")
                 if k not in hidden} | {"current": v.id in self.current_ids}
                for v in self.checks
            ],
        }


def verification_report(*, session: Session, incident_id: int, second_reviewer: bool = False) -> VerificationReport:
    """The checks of an incident, the status they give and why; writes nothing."""
    incident = get_incident(session, incident_id)
    inputs = status_inputs(session, incident_id, second_reviewer=second_reviewer)
    checks = checks_of(session, incident_id)
    return VerificationReport(
        incident_id, incident.status, derive_status(inputs), inputs.independent_sources, tuple(checks),
        frozenset(v.id or 0 for v in current(checks)),
    )
