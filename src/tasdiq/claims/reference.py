"""The parties to the conflict, their outlets, and the grading scales, read from `data/`.

Files are read on first use and cached; nothing is read at import. Matching of names is
by casefolded, whitespace-normalised alias, so "ISIS-K", "IS-K" and "Islamic State
Khorasan" are one party and "Amaq News Agency" is that party's outlet.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Party:
    key: str
    name: str
    acled_inter: str
    aliases: tuple[str, ...]
    media: tuple[str, ...]


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
    """The comparison form of a name: casefolded, punctuation and spacing collapsed."""
    return re.sub(r"[\s\-–_'’.]+", " ", name.casefold()).strip()


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


@cache
def parties() -> tuple[Party, ...]:
    return tuple(
        Party(r["key"], r["name"], r["acled_inter"], _split(r["aliases"]), _split(r["media"]))
        for r in _rows("parties.csv")
    )


@cache
def _by_alias() -> dict[str, Party]:
    index: dict[str, Party] = {}
    for party in parties():
        for alias in (party.key, party.name, *party.aliases):
            index.setdefault(norm(alias), party)
    return index


@cache
def _by_outlet() -> dict[str, Party]:
    return {norm(outlet): party for party in parties() for outlet in party.media}


def party_named(name: str | None) -> Party | None:
    """The party a name or alias refers to, if it is one we know."""
    return _by_alias().get(norm(name)) if name else None


def outlet_party(channel: str | None) -> Party | None:
    """The party whose outlet `channel` is (Amaq -> ISKP), if any."""
    return _by_outlet().get(norm(channel)) if channel else None


def actor_key(name: str | None) -> str | None:
    """A stable key for grouping: the party's key when known, else the normalised name."""
    if not name or not name.strip():
        return None
    party = party_named(name)
    return party.key if party else norm(name)


def same_actor(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and actor_key(a) == actor_key(b)


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
