"""What the extractor returns: one `DocumentExtraction` per text, holding its events.

These are the extractor's own output records, not stored entities: `tasdiq.model.Mention`
and `Claim` are built from them by the caller. Every value that came from the text keeps
the character span `[start, end)` of the words it came from, so an analyst can see why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tasdiq.model.enums import AttackType, Certainty, ClaimKind, DatePrecision

Span = tuple[int, int]


@dataclass(frozen=True)
class Count:
    """A casualty figure as low/best/high; `None` means the text does not say (never 0)."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    span: Span | None = None

    @classmethod
    def exact(cls, n: int, span: Span | None = None) -> Count:
        return cls(n, n, n, span)


@dataclass(frozen=True)
class Location:
    """A resolved place; `precision` follows UCDP's where_prec (1 exact .. 6 country)."""

    name: str
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: int = 6
    span: Span | None = None
    kind: str | None = None  # gazetteer kind (village, city, district, ...), not exported


@dataclass(frozen=True)
class ExtractedClaim:
    """An assertion about who did an attack: kept as said, never merged with rivals."""

    kind: ClaimKind
    claimant: str | None
    subject: str | None
    channel: str | None = None
    flags: tuple[str, ...] = ()
    span: Span | None = None


@dataclass
class ExtractedEvent:
    """One attack as this text tells it."""

    attack_type: AttackType = AttackType.OTHER
    acled_sub_event_type: str = "Attack"
    suicide: bool = False
    date: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.UNKNOWN
    date_resolution: str = "none"
    location: Location | None = None
    killed: Count | None = None
    injured: Count | None = None
    perpetrators_killed: Count | None = None
    kidnapped: Count | None = None
    perpetrator: str | None = None
    certainty: Certainty = Certainty.UNKNOWN
    # The group a state operation went after (its target, never its perpetrator).
    target_group: str | None = None
    claims: list[ExtractedClaim] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    victims: list[str] = field(default_factory=list)
    # Index of the event this one is a part of (a complex attack told as bombing + gunfire).
    part_of: int | None = None
    spans: dict[str, Span] = field(default_factory=dict)
    # name -> version of every pipeline component that produced this event
    components: dict[str, str] = field(default_factory=dict)


@dataclass
class DocumentExtraction:
    """Everything extracted from one text, and which component versions produced it."""

    category: str
    is_attack: bool
    events: list[ExtractedEvent] = field(default_factory=list)
    components: dict[str, str] = field(default_factory=dict)
    language: str = "en"
