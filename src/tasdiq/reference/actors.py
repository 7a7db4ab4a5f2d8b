"""The actor registry: armed groups, state forces and their names and channels.

Keys are those of the shared seed list (`ISKP`, `TTP`, `HAQQANI` ...): the scorer and every
export compare them, so a key is never renamed here. Loaded lazily from data/actors.csv
and data/curated/channels.csv.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tasdiq.errors import NotFound
from tasdiq.reference.text import fold

# Kinds whose members are forces of a state; the extractor must never name one of these as
# the perpetrator just because it was the target ("an attack on the Frontier Corps").
STATE_FORCE_KINDS = frozenset({"state_force", "state"})


@dataclass(frozen=True, slots=True)
class Actor:
    key: str
    name: str
    kind: str
    parent: str | None
    aliases: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Channel:
    """A name a group speaks through: an outlet (Amaq) or a spokesman (Zabihullah Mujahid)."""

    name: str
    actor_key: str
    kind: str


def _exact_case(alias: str, common: frozenset[str]) -> bool:
    """Short capitalised acronyms that fold to an English word ("IS", "US") match only as
    written: "is" must never mean the Islamic State."""
    return alias.isupper() and fold(alias) in common


@dataclass
class ActorRegistry:
    actors: dict[str, Actor]
    folded: dict[str, str]
    exact: dict[str, str]
    channels: dict[str, Channel]

    def get(self, key: str) -> Actor:
        try:
            return self.actors[key]
        except KeyError:
            raise NotFound("actor", key) from None

    def lookup(self, name: str) -> Actor | None:
        """The actor a name or alias means, accent-, case- and punctuation-insensitively."""
        key = self.exact.get(name.strip()) or self.folded.get(fold(name))
        return self.actors[key] if key else None

    def aliases(self) -> Iterator[tuple[str, str]]:
        """(alias, key) for every key, name and alias, for phrase patterns."""
        for actor in self.actors.values():
            for alias in dict.fromkeys((actor.key, actor.name, *actor.aliases)):
                yield alias, actor.key

    def requires_exact_case(self, alias: str) -> bool:
        """True where the alias is matched only as written ("IS", "US")."""
        return alias in self.exact

    def parents(self, key: str) -> list[str]:
        """Parent keys, nearest first: parents('HAQQANI') == ['TALIBAN']."""
        chain: list[str] = []
        parent = self.get(key).parent
        while parent and parent not in chain:
            chain.append(parent)
            parent = self.actors[parent].parent if parent in self.actors else None
        return chain

    def is_state_force(self, key: str) -> bool:
        actor = self.actors.get(key)
        return actor is not None and actor.kind in STATE_FORCE_KINDS

    def channel(self, name: str) -> Channel | None:
        """The outlet or spokesman a name means ("Amaq" -> IS, "Mohammad Khurasani" -> TTP)."""
        return self.channels.get(fold(name))


def _data_lines(name: str) -> list[dict[str, str]]:
    with (resources.files("tasdiq.reference") / "data" / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _common_words() -> frozenset[str]:
    text = (resources.files("tasdiq.reference") / "data" / "curated" / "common_words.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")) | {
        "us", "is", "an", "ana", "it", "am", "fc"}


def load_registry() -> ActorRegistry:
    """Read the data files into a new registry (use `registry()` for the cached one)."""
    common = _common_words()
    actors: dict[str, Actor] = {}
    folded: dict[str, str] = {}
    exact: dict[str, str] = {}
    for row in _data_lines("actors.csv"):
        actor = Actor(key=row["key"], name=row["name"], kind=row["kind"], parent=row["parent"] or None,
                      aliases=tuple(a for a in row["aliases"].split("|") if a),
                      sources=tuple(row["sources"].split("|")))
        actors[actor.key] = actor
        for alias in (actor.key, actor.name, *actor.aliases):
            if _exact_case(alias, common):
                exact[alias] = actor.key
            else:
                folded.setdefault(fold(alias), actor.key)  # the seed's own spellings win
    channels: dict[str, Channel] = {}
    for r in _data_lines("curated/channels.csv"):  # first spelling listed is the display name
        channels.setdefault(fold(r["channel"]), Channel(r["channel"], r["actor_key"], r["kind"]))
    return ActorRegistry(actors=actors, folded=folded, exact=exact, channels=channels)


@cache
def registry() -> ActorRegistry:
    """The shipped actor registry, loaded on first call and shared afterwards."""
    return load_registry()


def is_state_force(key: str) -> bool:
    return registry().is_state_force(key)
