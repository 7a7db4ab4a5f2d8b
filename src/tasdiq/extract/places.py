"""Places: gazetteer resolution in context, and the place of each attack.

The language step tags names from the gazetteer; this step resolves them again with the
province the text names nearby, so that one of several districts called Kohistan is
chosen by its province, and adds places that reports name by a phrase ("the Afghan
capital"). Where nothing finer is named the country is kept at precision 6.
"""

from __future__ import annotations

from tasdiq.extract import refs
from tasdiq.extract.component import Component, PlaceMention, Work
from tasdiq.extract.lexicon import labelled_patterns

PROVINCE = 4
COARSE = 5  # larger area or country: look further for a finer place


def _phrases(work: Work) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    for name, rx in labelled_patterns("place_phrases.tsv"):
        for m in rx.finditer(work.text):
            loc = refs.resolve_place(name, span=(m.start(), m.end()))
            if loc is not None:
                found.append(PlaceMention(loc, (m.start(), m.end())))
    return found


def _near_province(work: Work, mention: PlaceMention, provinces: list[PlaceMention]) -> str | None:
    if not provinces:
        return None
    same = [p for p in provinces if work.sentence_of(p.span[0]) == work.sentence_of(mention.span[0])]
    pool = same or provinces
    return min(pool, key=lambda p: abs(p.span[0] - mention.span[0])).location.admin1


class PlaceResolver(Component):
    """Resolves every place mention, using the province named nearby to pick among namesakes."""

    name = "tasdiq.places"
    version = "v1"
    reads = ("text", "places", "sentences")
    writes = ("places",)

    def process(self, work: Work) -> None:
        taken = [p.span for p in work.places]
        extra = [p for p in _phrases(work) if not any(s <= p.span[0] < e for s, e in taken)]
        mentions = sorted([*work.places, *extra], key=lambda p: p.span)
        provinces = [p for p in mentions if p.location.precision == PROVINCE and p.location.admin1]
        resolved: list[PlaceMention] = []
        for p in mentions:
            near = _near_province(work, p, provinces)
            # namesakes (several Kohistan districts) resolve to the one in the province named nearby
            loc = p.location
            if near and loc.admin1 != near and loc.kind != "province" and loc.precision != PROVINCE:
                again = refs.resolve_place(p.location.name, span=p.span, near_admin1=near)
                if again is not None:
                    p = PlaceMention(again, p.span)
            resolved.append(p)
        work.places = resolved


def best_place(work: Work, sentence: int | None) -> PlaceMention | None:
    """The finest place near the attack: its sentence, else the one before (scene-setting),
    else the next ones, else anywhere in the stretch; inside a named province if one is.

    A sentence that names only the country ("in northwest Pakistan") takes a finer place
    of that country from the rest of the stretch ("The mosque ... is in Peshawar").
    """
    found = None
    if sentence is not None:
        for near in ((sentence,), (sentence - 1,), (sentence + 1, sentence + 2)):
            found = _finest([p for p in work.places if work.sentence_of(p.span[0]) in near])
            if found is not None:
                break
    found = found or _finest(work.places)
    if found is not None and found.location.precision >= COARSE:
        same_country = [p for p in work.places if p.location.country == found.location.country]
        found = _finest(same_country) or found
    return found


def _finest(pool: list[PlaceMention]) -> PlaceMention | None:
    if not pool:
        return None
    provinces = {p.location.admin1 for p in pool if p.location.precision == PROVINCE}
    inside = [p for p in pool if not provinces or p.location.admin1 in provinces]
    pool = inside or pool
    return min(pool, key=lambda p: (p.location.precision, p.span[0]))
