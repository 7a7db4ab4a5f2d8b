"""The actor registry: armed groups, state forces, their names, parents and channels.

One file declares it, `data/registry/actors.yaml`; every stage reads it through this module
(the claims ledger's parties are a view of it). Keys are those of the shared seed list
(`ISKP`, `TTP`, `HAQQANI` ...): the scorer and every export compare them, so a key is never
renamed here. Loaded lazily and cached.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tasdiq.errors import NotFound
from tasdiq.reference.files import registry_file
from tasdiq.reference.text import fold

# Kinds whose members are forces of a state; the extractor must never name one of these as
# the perpetrator just because it was the target ("an attack on the Frontier Corps").
STATE_FORCE_KINDS = frozenset({"state_force", "state"})
ChannelKind = Literal["outlet", "spokesman", "leader", "state_media"]


class _Declared(BaseModel):
    # A misspelt field in the YAML is an error, not a silently ignored key.
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Tenure(_Declared):
    """A stretch of time an outlet spoke for one actor (state media change hands)."""

    actor: str
    start: dt.date | None = Field(None, alias="from")
    end: dt.date | None = Field(None, alias="to")

    def covers(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None  # undated: the present holder
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


class Governs(_Declared):
    country: str
    start: dt.date | None = Field(None, alias="from")
    end: dt.date | None = Field(None, alias="to")


class Outlet(_Declared):
    name: str
    names: tuple[str, ...] = ()
    kind: ChannelKind
    speaks_for: tuple[Tenure, ...] = ()
    note: str = ""


class Actor(_Declared):
    key: str
    name: str
    kind: Literal["armed_group", "state_force"]
    parent: str | None = None
    stands_for_parent_in: tuple[str, ...] = ()
    acled_inter: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    governs: tuple[Governs, ...] = ()
    former_keys: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    native_names: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    outlets: tuple[Outlet, ...] = ()


@dataclass(frozen=True, slots=True)
class Channel:
    """A name a group speaks through: an outlet (Amaq) or a spokesman (Zabihullah Mujahid)."""

    name: str
    actor_key: str
    kind: str
    tenures: tuple[Tenure, ...] = ()

    def on(self, day: dt.date | None) -> str | None:
        """Whom the channel spoke for on that day (None: nobody we know of then)."""
        if not self.tenures:
            return self.actor_key
        return next((t.actor for t in self.tenures if t.covers(day)), None)


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

    def key_of(self, name: str | None) -> str | None:
        """The registry key a name, alias or key means; None for a name we do not know."""
        found = self.lookup(name) if name and name.strip() else None
        return found.key if found else None

    def aliases(self) -> Iterator[tuple[str, str]]:
        """(alias, key) for every key, name and English alias, for phrase patterns."""
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

    def top(self, key: str) -> str:
        """The outermost group: top('ISKP') == 'IS', top('TTP') == 'TTP'."""
        chain = self.parents(key) if key in self.actors else []
        return chain[-1] if chain else key

    def is_part_of(self, part: str, whole: str) -> bool:
        """True when `part` is `whole` or one of its branches (ISKP is part of IS)."""
        return part == whole or (part in self.actors and whole in self.parents(part))

    def branches(self, key: str) -> list[str]:
        """Every actor that is part of `key`, nearest first: branches('IS') == ['ISKP', 'ISPP']."""
        return [k for k in self.actors if k != key and self.is_part_of(k, key)]

    def search_terms(self, key: str) -> list[tuple[str, tuple[str, ...]]]:
        """(key, countries or () for anywhere) of the names an incident of `key` may carry:
        its own, its branches', and its parent's where the parent's name means this branch
        (an Islamic State attack in Afghanistan is ISKP's)."""
        terms: list[tuple[str, tuple[str, ...]]] = [(k, ()) for k in (key, *self.branches(key))]
        actor = self.actors.get(key)
        if actor is not None and actor.parent and actor.stands_for_parent_in:
            terms.append((actor.parent, actor.stands_for_parent_in))
        return terms

    def same_side(self, a: str, b: str) -> bool:
        """One actor is part of the other: a claim by ISKP and one by IS name one side."""
        return self.is_part_of(a, b) or self.is_part_of(b, a)

    def is_state_force(self, key: str) -> bool:
        actor = self.actors.get(key)
        return actor is not None and actor.kind in STATE_FORCE_KINDS

    def channel(self, name: str) -> Channel | None:
        """The outlet or spokesman a name means ("Amaq" -> IS, "Mohammad Khurasani" -> TTP)."""
        return self.channels.get(fold(name))

    def authority(self, country: str, day: dt.date) -> str | None:
        """The actor that governs the country on that day (AF after 15 August 2021: TALIBAN)."""
        for actor in self.actors.values():
            for g in actor.governs:
                if g.country == country and (g.start is None or day >= g.start) and (g.end is None or day < g.end):
                    return actor.key
        return None


def _common_words() -> frozenset[str]:
    text = (resources.files("tasdiq.reference") / "data" / "curated" / "common_words.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")) | {
        "us", "is", "an", "ana", "it", "am", "fc"}


def declared_actors() -> list[Actor]:
    """The actors of actors.yaml, validated, in file order."""
    return [Actor.model_validate(row) for row in registry_file("actors.yaml")["actors"]]


def _channels(actors: list[Actor]) -> dict[str, Channel]:
    channels: dict[str, Channel] = {}
    for actor in actors:
        for outlet in actor.outlets:
            for name in (outlet.name, *outlet.names):
                channels.setdefault(fold(name), Channel(name, actor.key, outlet.kind, outlet.speaks_for))
    return channels


def load_registry() -> ActorRegistry:
    """Read the data file into a new registry (use `registry()` for the cached one)."""
    common = _common_words()
    actors = declared_actors()
    folded: dict[str, str] = {}
    exact: dict[str, str] = {}
    for actor in actors:
        for alias in (actor.key, actor.name, *actor.aliases):
            if _exact_case(alias, common):
                exact[alias] = actor.key
            else:
                folded.setdefault(fold(alias), actor.key)  # the seed's own spellings win
    for actor in actors:  # after every English name, so none of these can shadow one
        for alias in (*actor.former_keys, *actor.native_names):
            folded.setdefault(fold(alias), actor.key)
    return ActorRegistry(actors={a.key: a for a in actors}, folded=folded, exact=exact, channels=_channels(actors))


@cache
def registry() -> ActorRegistry:
    """The shipped actor registry, loaded on first call and shared afterwards."""
    return load_registry()


def is_state_force(key: str) -> bool:
    return registry().is_state_force(key)


def actor_key(name: str | None) -> str | None:
    """THE actor key of a name: ISIS-K, IS-K and 'Islamic State Khorasan' are all ISKP.
    None for a name the registry does not know (see `group_key` to group those too)."""
    return registry().key_of(name)


def exchange_name(key: str) -> str:
    """How an exchange file names an actor: its key where the shared seed list declares it
    (the keys other tools read, `sources: [seed]`), else its name. A key only we coined
    ("HGB") means nothing outside Tasdiq; "Hafiz Gul Bahadur group" does. A name the
    registry does not know is returned as it is."""
    actor = registry().actors.get(key)
    if actor is None or "seed" in actor.sources:
        return key
    return actor.name


def group_key(name: str | None) -> str | None:
    """A key to group names by: the registry key when known, else the folded name."""
    if not name or not name.strip():
        return None
    return actor_key(name) or fold(name)


def same_actor(a: str | None, b: str | None) -> bool:
    """Two names for one side: equal keys, or one actor part of the other (IS and ISKP;
    PAK_GOV and ISPR, which speaks for it). Unknown names compare by their folded form."""
    ka, kb = group_key(a), group_key(b)
    return ka is not None and kb is not None and registry().same_side(ka, kb)


def is_part_of(part: str | None, whole: str | None) -> bool:
    """True when `part` names `whole` or one of its branches (ISKP is part of IS)."""
    kp, kw = group_key(part), group_key(whole)
    return kp is not None and kw is not None and registry().is_part_of(kp, kw)


def outlet_actor(name: str | None, on: dt.date | None = None) -> str | None:
    """The key of the actor an outlet or spokesman spoke for on that day (ISPR -> PAK_GOV)."""
    found = registry().channel(name) if name and name.strip() else None
    return found.on(on) if found else None
