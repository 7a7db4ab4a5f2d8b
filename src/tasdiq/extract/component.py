"""The pipeline's building block: a small step that reads some fields of `Work` and writes others.

Like spaCy's `requires`/`assigns`, each component declares what it reads and writes, so the
pipeline can check at construction that every field is written before it is read, and a
better component can replace one without touching the rest. Each carries a versioned name
("tasdiq.dates" + "v1"); every extraction records the versions that produced it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
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
    # The attack type's class ("explosive", "armed", ...) and rank among the types of its class
    # (0 = finest), stamped by the attack step from its type tables, so that later steps merge
    # modes without importing them.
    attack_class: str = "other"
    specificity: int = 99


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


@dataclass(frozen=True)
class RoleMention:
    """The part an actor named in the text plays in its clause (`roles.py`), and why."""

    key: str
    role: str  # perpetrator, victim, claimant, speaker, investigator, background
    span: Span  # the name
    rule: str | None  # the declared rule that decided, None for background
    cue: Span | None  # the governing word ("killed", "said")
    # a speaker reporting what another party did, named by its epithet ("said the khawarij attacked")
    of_others: bool = False
    # a speaker reporting its own people's deed ("the BLA said its Majeed Brigade carried out the attack")
    own_deed: bool = False


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
    roles: list[RoleMention] = field(default_factory=list)
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


# --- Contracts checked, not only declared ---------------------------------------------------
# In the spirit of spaCy's `analyze_pipes`, but from what each component actually touches:
# `trace_contracts` runs components over `TracedWork`s, which record every field read or
# assigned, and notes fields whose value changed in place (a list appended to). A component
# that touches a field it does not declare breaks `check_order`'s promise silently; the
# contract test (tests/extract/test_contracts.py) runs this over sample texts.

WORK_FIELDS = frozenset(f.name for f in fields(Work))
# The base class reads `relevant` to decide which texts a component sees.
FRAMEWORK_READS = frozenset({"relevant"})


@dataclass
class Touched:
    """The fields one component read and wrote over a run."""

    reads: set[str] = field(default_factory=set)
    writes: set[str] = field(default_factory=set)


@dataclass
class TracedWork(Work):
    """A `Work` that records field access into `touched` (test and analysis mode only)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "touched", None)

    def __getattribute__(self, name: str) -> Any:
        if name in WORK_FIELDS:
            touched = object.__getattribute__(self, "__dict__").get("touched")
            if touched is not None:
                touched.reads.add(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        touched = self.__dict__.get("touched")
        if name in WORK_FIELDS and touched is not None:
            touched.writes.add(name)
        object.__setattr__(self, name, value)


def _snapshot(work: Work) -> dict[str, Any]:
    # A shallow copy of each list catches appends and replaced items; other values by identity.
    values = object.__getattribute__(work, "__dict__")
    return {name: list(v) if isinstance(v, list) else v for name, v in values.items() if name in WORK_FIELDS}


def _changed(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    return {name for name, value in after.items()
            if (value != before[name] if isinstance(value, list) else value is not before[name])}


def trace_contracts(components: Sequence[Component], works: Sequence[TracedWork]) -> dict[str, Touched]:
    """Run the components in order over the works; what each one read and wrote, by ident."""
    result: dict[str, Touched] = {}
    for comp in components:
        touched = result.setdefault(comp.ident, Touched())
        before = [_snapshot(w) for w in works]
        for w in works:
            object.__setattr__(w, "touched", touched)
        try:
            comp.process_batch(works)
        finally:
            for w in works:
                object.__setattr__(w, "touched", None)
        for w, snap in zip(works, before, strict=True):
            touched.writes |= _changed(snap, _snapshot(w))
    return result


def undeclared(components: Sequence[Component], traced: dict[str, Touched]) -> dict[str, dict[str, set[str]]]:
    """Per component: fields it read but does not declare, and fields it wrote but does not declare."""
    found: dict[str, dict[str, set[str]]] = {}
    for comp in components:
        touched = traced.get(comp.ident, Touched())
        allowed = set(comp.reads) | set(comp.writes) | FRAMEWORK_READS
        reads, writes = touched.reads - allowed, touched.writes - set(comp.writes)
        if reads or writes:
            found[comp.ident] = {"reads": reads, "writes": writes}
    return found
