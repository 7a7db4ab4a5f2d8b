"""The pipeline's building block: a small step that reads some fields of `Work` and writes others.

Like spaCy's `requires`/`assigns`, each component declares what it reads and writes, so the
pipeline can check at construction that every field is written before it is read, and a
better component can replace one without touching the rest. Each carries a versioned name
("tasdiq.dates" + "v1"); every extraction records the versions that produced it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from tasdiq.extract.types import ExtractedClaim, ExtractedEvent, Location, Span
from tasdiq.model.enums import AttackType, Certainty, DatePrecision

if TYPE_CHECKING:
    from collections.abc import Sequence


@dataclass(frozen=True)
class DateMention:
    date: dt.date | None
    precision: DatePrecision
    how: str  # "absolute", "relative:yesterday", "weekday", "month", "dateline" ...
    span: Span
    # The day something was said ("officials said on Friday"), not the day the attack happened.
    reported: bool = False
    # A bound of a period ("until August 2021", "since 2015"), not the attack's own date.
    bound: bool = False


@dataclass(frozen=True)
class PlaceMention:
    location: Location
    span: Span


@dataclass(frozen=True)
class CountMention:
    """A figure and whom it counts: killed, injured, perpetrators_killed, kidnapped, combined."""

    role: str
    low: int | None
    best: int | None
    high: int | None
    span: Span
    revised: bool = False  # "the toll rose to 62": replaces earlier figures of its role
    claimed: bool = False  # said by the perpetrator ("they claimed to have killed 100")
    vague: bool = False  # "hundreds", "dozens": a conventional floor, not a figure
    # one death told without a number ("X was killed"): used only where no figure is given
    floor: bool = False


@dataclass(frozen=True)
class AttackMention:
    attack_type: AttackType
    suicide: bool
    span: Span
    sentence: int
    # ACLED sub-event type implied by the words (grenade, IED, ...), when they say more.
    acled: str | None = None


@dataclass(frozen=True)
class ActorMention:
    key: str  # actor registry key, or "NAME:<words>" for a named group not in the registry
    span: Span
    sentence: int
    generic: bool = False  # a bare "Taliban" whose branch depends on the country


@dataclass(frozen=True)
class PerpetratorMention:
    """An actor the text names as the perpetrator, how firmly, and where."""

    key: str
    certainty: Certainty
    span: Span


@dataclass
class Work:
    """One document as it passes through the pipeline."""

    text: str
    published: dt.date | None = None
    title: str | None = None
    # written by components:
    anchor: dt.date | None = None
    anchor_span: Span | None = None
    category: str = "Other"
    relevant: bool = False
    doc: Any = None  # spaCy Doc
    sentences: list[Span] = field(default_factory=list)
    attacks: list[AttackMention] = field(default_factory=list)
    targets: list[tuple[str, Span]] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    perpetrators: list[PerpetratorMention] = field(default_factory=list)
    claims: list[ExtractedClaim] = field(default_factory=list)
    victim_actors: list[str] = field(default_factory=list)
    # Attributions that name the group a claim covers for ("X ... hiding behind Y"): (Y, claim)
    cover_claims: list[tuple[str, ExtractedClaim]] = field(default_factory=list)
    victims: list[tuple[str, Span]] = field(default_factory=list)
    events: list[ExtractedEvent] = field(default_factory=list)

    def sentence_of(self, pos: int) -> int:
        for i, (start, end) in enumerate(self.sentences):
            if start <= pos < end:
                return i
        return max(len(self.sentences) - 1, 0)


class Component:
    """Base of every pipeline step. Subclasses set the class attributes and `process`."""

    name: ClassVar[str]
    version: ClassVar[str]
    reads: ClassVar[tuple[str, ...]] = ()
    writes: ClassVar[tuple[str, ...]] = ()
    # Steps after the relevance filter run only on texts that report an attack.
    relevant_only: ClassVar[bool] = True

    @property
    def ident(self) -> str:
        return f"{self.name}.{self.version}"

    def process(self, work: Work) -> None:
        raise NotImplementedError

    def process_batch(self, works: Sequence[Work]) -> None:
        for work in works:
            if work.relevant or not self.relevant_only:
                self.process(work)


def check_order(components: Sequence[Component]) -> None:
    """Fail early when a component reads a field no earlier component writes."""
    written = {"text", "published", "title"}
    for comp in components:
        missing = [f for f in comp.reads if f not in written]
        if missing:
            raise ValueError(f"{comp.ident} reads {missing} before any component writes them")
        written.update(comp.writes)
