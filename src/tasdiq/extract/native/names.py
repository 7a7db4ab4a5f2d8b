"""Places and actors named in native script, matched on folded text as whole words, the longest
name first: places from data/places.csv, actors from the registry's `native_names`
(reference/data/registry/actors.yaml), the one list the English path reads too.

Arabic glues and/in/for/the onto the next word (وبكابول, لطالبان, والدولة), so in Arabic-script
text a name may follow one of those proclitics; Persian and Urdu suffixes are separate words
or punctuation and need nothing.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tasdiq.extract import refs
from tasdiq.extract.native.script import fold_words
from tasdiq.extract.types import Location
from tasdiq.reference.actors import registry

DATA = Path(__file__).resolve().parent / "data"
PROCLITIC = r"(?:[وف]?(?:[بلک]|ال|بال|کال|لل)?)"
LETTER = r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]"


@dataclass(frozen=True)
class Named:
    value: str  # place: its English name; actor: its registry key
    hint: str  # place: the admin1 that disambiguates; actor: ""
    start: int  # folded offsets
    end: int


def _read(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _matcher(names: dict[str, tuple[str, str]]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!{LETTER}){PROCLITIC}(?P<name>{alternatives})(?!{LETTER})")


@cache
def _places() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    table = {fold_words(r["name"]): (r["english"], r["admin1"]) for r in _read("places.csv")}
    return table, _matcher(table)


@cache
def _actors() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    table = {fold_words(name): (actor.key, "") for actor in registry().actors.values() for name in actor.native_names}
    return table, _matcher(table)


def _find(text: str, table: dict[str, tuple[str, str]], pattern: re.Pattern[str]) -> Iterator[Named]:
    for m in pattern.finditer(text):
        key = re.sub(r"\s+", " ", m.group("name"))
        value, hint = table[key]
        yield Named(value, hint, m.start("name"), m.end("name"))


def places(text: str) -> list[Named]:
    return list(_find(text, *_places()))


def actors(text: str) -> list[Named]:
    return list(_find(text, *_actors()))


def resolve(named: Named, span: tuple[int, int]) -> Location | None:
    """The gazetteer place a native name means, as the English path would resolve it."""
    found = refs.resolve_place(named.value, span=span, near_admin1=named.hint or None)
    if found is None or (named.hint and found.admin1 != named.hint):
        return None
    return found
