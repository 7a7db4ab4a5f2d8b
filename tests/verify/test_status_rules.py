"""The status rules, one row per situation (docs/verification.md)."""

from __future__ import annotations

import pytest

from tasdiq.verify import CheckState, StatusInputs, derive_status

GEO = CheckState("geolocated", "pass", "ana")
CHRONO = CheckState("chronolocated", "pass", "ana")
MEDIA = CheckState("original_media_found", "pass", "ana")
SIGNED_GEO = CheckState("geolocated", "pass", "ana", reviewer="rev")
SIGNED_CHRONO = CheckState("chronolocated", "pass", "ana", reviewer="rev")
SELF_SIGNED_GEO = CheckState("geolocated", "pass", "ana", reviewer="ana")

CASES = [
    # (name, checks, independent sources, competing, assessed, second reviewer, expected)
    ("nothing yet", [], 1, False, False, False, "reported"),
    ("two independent sources", [], 2, False, False, False, "corroborated"),
    ("one strong check", [CheckState("source_traced", "pass", "ana")], 1, False, False, False, "corroborated"),
    ("not-recycled alone is not strong", [CheckState("media_not_recycled", "pass", "ana")], 1, False, False, False,
     "reported"),
    ("geo+chrono+two sources", [GEO, CHRONO], 2, False, False, False, "verified"),
    ("geo+chrono+original media", [GEO, CHRONO, MEDIA], 1, False, False, False, "verified"),
    ("geo+chrono, one source, no media", [GEO, CHRONO], 1, False, False, False, "corroborated"),
    ("rule on, unsigned", [GEO, CHRONO], 2, False, False, True, "corroborated"),
    ("rule on, signed by another", [SIGNED_GEO, SIGNED_CHRONO], 2, False, False, True, "verified"),
    ("rule on, self-signed does not count", [SELF_SIGNED_GEO, SIGNED_CHRONO], 2, False, False, True, "corroborated"),
    ("media recycled", [GEO, CheckState("media_not_recycled", "fail", "ana")], 3, False, False, False, "debunked"),
    ("location disproved", [CheckState("geolocated", "fail", "ana")], 2, False, False, False, "debunked"),
    ("a failed trace is not decisive", [CheckState("source_traced", "fail", "ana")], 2, False, False, False,
     "corroborated"),
    ("analysts disagree on the place", [GEO, CheckState("geolocated", "fail", "bob")], 2, False, False, False,
     "disputed"),
    ("competing claims unresolved", [GEO, CHRONO], 2, True, False, False, "disputed"),
    ("competing claims assessed", [GEO, CHRONO], 2, True, True, False, "verified"),
    ("debunked beats competing claims", [CheckState("chronolocated", "fail", "ana")], 2, True, False, False,
     "debunked"),
]


@pytest.mark.parametrize(("name", "checks", "sources", "competing", "assessed", "rule", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_status_follows_from_the_checks(name: str, checks: list[CheckState], sources: int, competing: bool,
                                        assessed: bool, rule: bool, expected: str) -> None:
    inputs = StatusInputs(tuple(checks), sources, competing, assessed, rule)
    derived = derive_status(inputs)
    assert derived.status == expected, derived.reasons
    assert derived.reasons
