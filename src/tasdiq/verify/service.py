"""Recording checks, signing them off, and keeping each incident's status in step with them.

Every write goes through the ORM on the caller's session, so the audit chain records who
added which check and who signed it off; nothing here commits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.claims.ledger import ATTRIBUTING, assessments_of
from tasdiq.claims.queries import col, get_incident, incident_claims, linked_mentions, personal_fields
from tasdiq.claims.reference import actor_key, same_actor
from tasdiq.errors import InputError, NotFound, PermissionDenied
from tasdiq.model.entities import Evidence, Mention, Source, Verification
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
    """`counted_sources` over mentions already loaded (the exchange loads them in bulk)."""
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
    claims = incident_claims(session, incident_id)
    named = {key for c in claims if c.kind in ATTRIBUTING and (key := actor_key(c.subject))}
    # ISKP and the Islamic State (or the Haqqanis and the Taliban) narrow one attribution
    return any(not same_actor(a, b) for a in named for b in named if a < b)


def status_inputs(session: Session, incident_id: int, *, second_reviewer: bool) -> StatusInputs:
    checks = checks_of(session, incident_id)
    stated = stated_sources(current(checks))
    return StatusInputs(
        checks=tuple(CheckState(v.check, v.result, v.analyst, v.reviewer, v.evidence_id) for v in current(checks)),
        independent_sources=stated if stated is not None else counted_sources(session, incident_id),
        competing_claims=competing_claims(session, incident_id),
        assessed=bool(assessments_of(session, incident_id)),
        second_reviewer=second_reviewer,
    )


def refresh_status(*, session: Session, incident_id: int, second_reviewer: bool = False) -> Derivation:
    """Derive the incident's status from its checks and store it if it changed."""
    incident = get_incident(session, incident_id)
    derived = derive_status(status_inputs(session, incident_id, second_reviewer=second_reviewer))
    if incident.status != derived.status:
        incident.status = derived.status
        incident.updated_at = dt.datetime.now(dt.UTC)
        session.flush()
    return derived


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
