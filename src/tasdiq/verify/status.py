"""An incident's status follows from its checks by these rules, first match wins.

1. disputed  - checks conflict: one kind of check has both a pass and a fail.
2. debunked  - a check whose failure is decisive (data/checks.toml: geolocation or time
               disproved, media recycled) failed, and nothing contradicts it.
3. disputed  - claims name different perpetrators and no analyst assessment resolves them.
4. verified  - geolocated and chronolocated pass, and (at least two independent sources or
               the original media found), and, when the second-reviewer rule is on, those
               passes were signed off by someone other than the analyst who made them.
5. corroborated - at least two independent sources, or any strong check passes.
6. reported  - otherwise.

Only the current result of each check counts: the latest per (check, evidence, analyst), so
an analyst can correct their own check while two analysts who disagree stay in conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tasdiq.model.enums import CheckKind, CheckResult, IncidentStatus
from tasdiq.verify.checks import definitions


@dataclass(frozen=True)
class CheckState:
    """The current result of one check, as the rules read it."""

    check: str
    result: str
    analyst: str
    reviewer: str | None = None
    evidence_id: int | None = None

    @property
    def signed_off(self) -> bool:
        return self.reviewer is not None and self.reviewer != self.analyst


@dataclass(frozen=True)
class StatusInputs:
    checks: tuple[CheckState, ...]
    independent_sources: int
    competing_claims: bool = False
    assessed: bool = False
    second_reviewer: bool = False


@dataclass(frozen=True)
class Derivation:
    status: IncidentStatus
    reasons: tuple[str, ...]


def _with(checks: Sequence[CheckState], kind: CheckKind | str, result: CheckResult) -> list[CheckState]:
    return [c for c in checks if c.check == kind and c.result == result]


def conflicts(checks: Sequence[CheckState]) -> list[str]:
    return sorted({c.check for c in checks if _with(checks, c.check, CheckResult.PASS)
                   and _with(checks, c.check, CheckResult.FAIL)})


def _verified_gaps(inputs: StatusInputs) -> list[str]:
    """What is missing for `verified`; empty when everything is there."""
    gaps: list[str] = []
    passes = {k: _with(inputs.checks, k, CheckResult.PASS) for k in (CheckKind.GEOLOCATED, CheckKind.CHRONOLOCATED)}
    gaps += [f"{k.value} has not passed" for k, found in passes.items() if not found]
    media = _with(inputs.checks, CheckKind.ORIGINAL_MEDIA_FOUND, CheckResult.PASS)
    if inputs.independent_sources < 2 and not media:
        gaps.append("fewer than two independent sources and no original media found")
    if inputs.second_reviewer and not gaps:
        unsigned = [k.value for k, found in passes.items() if not any(c.signed_off for c in found)]
        gaps += [f"{k} awaits sign-off by a second reviewer" for k in unsigned]
    return gaps


def derive_status(inputs: StatusInputs) -> Derivation:
    """The status the rules give, with the reasons in words."""
    clash = conflicts(inputs.checks)
    if clash:
        return Derivation(IncidentStatus.DISPUTED, tuple(f"{k}: both passed and failed" for k in clash))
    decisive = [c for c in _failed(inputs.checks) if definitions()[c.check].decisive_fail]
    if decisive:
        return Derivation(IncidentStatus.DEBUNKED, tuple(f"{c.check} failed" for c in decisive))
    if inputs.competing_claims and not inputs.assessed:
        return Derivation(IncidentStatus.DISPUTED, ("claims name different perpetrators; no assessment yet",))
    gaps = _verified_gaps(inputs)
    if not gaps:
        return Derivation(IncidentStatus.VERIFIED, ("geolocated and chronolocated, with independent support",))
    strong = sorted({c.check for c in inputs.checks if c.result == CheckResult.PASS and definitions()[c.check].strong})
    grounds = [f"{k} passed" for k in strong]
    if inputs.independent_sources >= 2:
        grounds.insert(0, f"{inputs.independent_sources} independent sources")
    if grounds:
        return Derivation(IncidentStatus.CORROBORATED, (*grounds, *(f"not verified: {g}" for g in gaps)))
    only = f"{inputs.independent_sources} independent source(s), no strong check"
    return Derivation(IncidentStatus.REPORTED, (only,))


def _failed(checks: Sequence[CheckState]) -> list[CheckState]:
    return [c for c in checks if c.result == CheckResult.FAIL]
