"""The extractor's narrow view of `tasdiq.reference` (places and actors).

Everything the extractor needs from the gazetteer and the actor registry goes through
these few functions, so a change of the reference API touches this file only.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from tasdiq.extract.lexicon import entries
from tasdiq.extract.types import Location, Span


@cache
def generic_actor_words() -> frozenset[str]:
    """Names that stand for one branch or another by country ("Taliban" in Pakistan is the TTP)."""
    return frozenset(w.lower() for w in entries("generic_actor_words.txt"))


GROUP_NOUNS = frozenset({"militants", "militant", "fighters", "insurgents", "movement", "group", "commanders",
                         "gunmen", "the"})


def is_generic(surface: str) -> bool:
    """True for a bare "Taliban" (or "Taliban militants"), not for "Afghan Taliban" or "TTP"."""
    words = [w for w in surface.lower().split() if w not in GROUP_NOUNS]
    return " ".join(words) in generic_actor_words()


def actor_aliases() -> Iterable[tuple[str, str, bool]]:
    """(alias, registry key, match only as written) for every alias of every actor."""
    from tasdiq.reference import registry

    reg = registry()
    # "The Base" (al-Qaeda) must not match "the base" of an army: such aliases match as written
    return [(alias, key, reg.requires_exact_case(alias) or (alias.isupper() and len(alias) <= 4)
             or _mixed_case_acronym(alias) or alias.startswith("The "))
            for alias, key in reg.aliases()]


def _mixed_case_acronym(alias: str) -> bool:
    """"LeT", "JuA": matched in any case they would be the words "let" and "jua"."""
    return " " not in alias and len(alias) <= 5 and any(c.isupper() for c in alias[1:])


@cache
def actor_key(name: str) -> str | None:
    from tasdiq.reference.actors import actor_key as key

    return key(name)


@cache
def exchange_name(key: str) -> str:
    from tasdiq.reference.actors import exchange_name as name

    return name(key)


@cache
def is_branch_of(part: str, whole: str) -> bool:
    """`part` is a branch of `whole` in the registry's parent chain (JUA of TTP, ISKP of IS)."""
    from tasdiq.reference.actors import registry

    reg = registry()
    return part != whole and part in reg.actors and whole in reg.actors and reg.is_part_of(part, whole)


@cache
def same_side(a: str, b: str) -> bool:
    """One side in the registry's parent chain (TALIBAN and HAQQANI); names it does not know
    are one side only with themselves."""
    from tasdiq.reference.actors import registry

    reg = registry()
    return a == b or (a in reg.actors and b in reg.actors and reg.same_side(a, b))


@cache
def is_state_force(key: str) -> bool:
    from tasdiq.reference import is_state_force as state

    return state(key)


@cache
def not_places() -> frozenset[str]:
    return frozenset(entries("not_places.txt"))


def place_names() -> Iterable[str]:
    """Main names of gazetteer places, without those that are also common words or months."""
    from tasdiq.reference import gazetteer

    return [surface for surface, _ in gazetteer().names(include_risky=False) if surface not in not_places()]


@cache
def _resolve(name: str, near_admin1: str | None) -> Location | None:
    from tasdiq.reference import resolve

    found = resolve([name], context_admin1=[near_admin1] if near_admin1 else ())
    if found is None:
        return None
    kind = found.place.kind if found.place is not None else None
    return Location(name=found.name, country=found.country, admin1=found.admin1, admin2=found.admin2,
                    lat=found.lat, lon=found.lon, precision=found.precision, kind=kind)


def resolve_place(name: str, *, span: Span, near_admin1: str | None = None) -> Location | None:
    """The place a name means (using the province named nearby when given), with the span."""
    found = _resolve(name, near_admin1)
    if found is None:
        return None
    return Location(name=found.name, country=found.country, admin1=found.admin1, admin2=found.admin2,
                    lat=found.lat, lon=found.lon, precision=found.precision, span=span, kind=found.kind)
