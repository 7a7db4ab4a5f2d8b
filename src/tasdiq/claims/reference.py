"""The parties to the conflict, their outlets, and the grading scales.

Parties are a view of the one actor registry (`tasdiq.reference`, data/registry/actors.yaml):
"ISIS-K", "IS-K" and "Islamic State Khorasan" are one party, ISKP, and "Amaq News Agency"
is an outlet of the Islamic State, of which ISKP is a part. The grading scales are read from
`data/`. Everything is read on first use and cached; nothing is read at import.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tasdiq.reference import registry
from tasdiq.reference.actors import Actor, group_key, outlet_actor, same_actor

__all__ = [
    "Level",
    "Party",
    "actor_key",
    "confidence_levels",
    "credibility_levels",
    "norm",
    "outlet_party",
    "parties",
    "party_named",
    "reliability_grades",
    "same_actor",
]

# Where the registry gives no ACLED actor category, ACLED's own default for a non-state group.
DEFAULT_ACLED_INTER = "Political militia"


@dataclass(frozen=True)
class Party:
    key: str
    name: str
    acled_inter: str
    aliases: tuple[str, ...]
    media: tuple[str, ...]

    @classmethod
    def of(cls, actor: Actor) -> Party:
        media = tuple(n for o in actor.outlets for n in (o.name, *o.names))
        return cls(actor.key, actor.name, actor.acled_inter or DEFAULT_ACLED_INTER, actor.aliases, media)


@dataclass(frozen=True)
class Level:
    """One level of a grading scale (credibility 1-6, confidence low/moderate/high)."""

    level: str
    label: str
    ach_factor: float | None
    stix_confidence: int | None


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("tasdiq.claims").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def norm(name: str) -> str:
    """The comparison form of a place or target name: casefolded, punctuation and spacing collapsed."""
    return re.sub(r"[\s\-–_'’.]+", " ", name.casefold()).strip()


@cache
def parties() -> tuple[Party, ...]:
    return tuple(Party.of(a) for a in registry().actors.values())


def party_named(name: str | None) -> Party | None:
    """The party a name or alias refers to, if it is one we know."""
    actor = registry().lookup(name) if name and name.strip() else None
    return Party.of(actor) if actor else None


def outlet_party(channel: str | None, on: dt.date | None = None) -> Party | None:
    """The party an outlet or spokesman spoke for on that day (ISPR -> PAK_GOV), if any."""
    key = outlet_actor(channel, on)
    return Party.of(registry().get(key)) if key else None


def actor_key(name: str | None) -> str | None:
    """A stable key for grouping: the registry key when known, else the folded name."""
    return group_key(name)


def _level(row: dict[str, str], factor: str | None) -> Level:
    stix = row.get("stix_confidence") or ""
    return Level(
        row["level"],
        row["label"],
        float(row[factor]) if factor and row.get(factor) else None,
        int(stix) if stix else None,
    )


@cache
def credibility_levels() -> dict[int, Level]:
    return {int(r["level"]): _level(r, "ach_factor") for r in _rows("credibility.csv")}


@cache
def confidence_levels() -> dict[str, Level]:
    return {r["level"]: _level(r, None) for r in _rows("confidence.csv")}


@cache
def reliability_grades() -> dict[str, str]:
    return {r["grade"]: r["label"] for r in _rows("reliability.csv")}
