"""Closed vocabularies of the domain.

Each is a `StrEnum`, so values are stored and exported as plain strings and compare equal
to them. Adding a member is a data change only; removing one needs a migration of rows.
"""

from __future__ import annotations

from enum import StrEnum


class SourceKind(StrEnum):
    NEWS = "news"
    STATEMENT = "statement"
    CLAIM_BULLETIN = "claim_bulletin"
    TESTIMONY = "testimony"
    SOCIAL_POST = "social_post"
    OFFICIAL_REPORT = "official_report"
    OPINION = "opinion"
    OTHER = "other"


class EvidenceKind(StrEnum):
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    DOCUMENT = "document"
    OTHER = "other"


class AttackType(StrEnum):
    BOMBING = "bombing"
    SUICIDE_BOMBING = "suicide_bombing"
    ARMED_ASSAULT = "armed_assault"
    ASSASSINATION = "assassination"
    INDIRECT_FIRE = "indirect_fire"
    KIDNAPPING = "kidnapping"
    ARSON = "arson"
    EXECUTION = "execution"
    AIRSTRIKE = "airstrike"
    SECURITY_OPERATION = "security_operation"
    OTHER = "other"


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class Certainty(StrEnum):
    CLAIMED = "claimed"
    ATTRIBUTED = "attributed"
    SUSPECTED = "suspected"
    CONFESSED = "confessed"
    UNKNOWN = "unknown"


class ClaimKind(StrEnum):
    RESPONSIBILITY = "responsibility"
    ATTRIBUTION = "attribution"
    DENIAL = "denial"
    CONFESSION = "confession"
    CASUALTY_CLAIM = "casualty_claim"


class ClaimOrigin(StrEnum):
    EXTRACTED = "extracted"
    ANALYST = "analyst"
    BULLETIN = "bulletin"


class LinkState(StrEnum):
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class IncidentStatus(StrEnum):
    REPORTED = "reported"
    CORROBORATED = "corroborated"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    DEBUNKED = "debunked"


class WorkStatus(StrEnum):
    """Where an analyst's work on an incident stands (the statuses of Atlos)."""

    UNCLAIMED = "unclaimed"
    IN_PROGRESS = "in_progress"
    HELP_NEEDED = "help_needed"
    READY_FOR_REVIEW = "ready_for_review"
    DONE = "done"


class CheckKind(StrEnum):
    GEOLOCATED = "geolocated"
    CHRONOLOCATED = "chronolocated"
    SOURCE_TRACED = "source_traced"
    INDEPENDENT_SOURCES = "independent_sources"
    ORIGINAL_MEDIA_FOUND = "original_media_found"
    MEDIA_NOT_RECYCLED = "media_not_recycled"


class CheckResult(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    INCONCLUSIVE = "inconclusive"


class AchRating(StrEnum):
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    NEUTRAL = "neutral"


class Role(StrEnum):
    """Ordered from least to most trusted; `Role.rank` compares them."""

    VIEWER = "viewer"
    ANALYST = "analyst"
    REVIEWER = "reviewer"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    def allows(self, needed: Role) -> bool:
        return self.rank >= needed.rank


class Reliability(StrEnum):
    """Admiralty scale, source reliability: A completely reliable ... F cannot be judged."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"


class CaptureOutcome(StrEnum):
    CAPTURED = "captured"
    GONE = "gone"  # the server answered with an error status (404, 410, 5xx)
    UNREACHABLE = "unreachable"  # no answer at all (refused, no such host)


class JobStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
