"""Verification: checks with stated criteria, and the incident status that follows from them.

- add_check, sign_off, refresh_status(es), verification_report  (keyword-only, take a session)
- derive_status: the rules themselves, a pure function (docs/verification.md)
"""

from tasdiq.verify.checks import CheckDefinition, definitions
from tasdiq.verify.service import (
    VerificationReport,
    add_check,
    refresh_status,
    refresh_statuses,
    sign_off,
    verification_report,
)
from tasdiq.verify.status import CheckState, Derivation, StatusInputs, derive_status

__all__ = [
    "CheckDefinition",
    "CheckState",
    "Derivation",
    "StatusInputs",
    "VerificationReport",
    "add_check",
    "definitions",
    "derive_status",
    "refresh_status",
    "refresh_statuses",
    "sign_off",
    "verification_report",
]
