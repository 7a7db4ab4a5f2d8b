"""Places: gazetteer resolution in context, and the place of each attack.

The language step tags names from the gazetteer; this step resolves them again with the
province the text names nearby, so that one of several districts called Kohistan is
chosen by its province, and adds places that reports name by a phrase ("the Afghan
capital"). Where nothing finer is named the country is kept at precision 6.
"""

from __future__ import annotations

from tasdiq.extract import refs
from tasdiq.extract.component import Component, PlaceMention, Work
from tasdiq.extract.lexicon import labelled_patterns, rule

PROVINCE = 4


def _phrases(work: Work) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    for name, rx in labelled_patterns("place_phrases.tsv"):
        for m in rx.finditer(work.text):
            loc = refs.resolve_place(name, span=(m.start(), m.end()))
            if loc is not None:
                found.append(PlaceMention(loc, (m.start(), m.end())))
    return found


DATELINE_CITY = rule("places.dateline_city")
PROVINCE_WORD = rule("places.province_word")


def _as_province(work: Work, mention: PlaceMention) -> PlaceMention:
    """"Ghazni province": the tagger resolves the name to the city, the word after it says the
    province is meant. The province is also what picks among namesake districts nearby."""
    loc = mention.location
    if loc.precision == PROVINCE or PROVINCE_WORD.match(work.text, mention.span[1]) is None:
        return mention
    province = refs.resolve_place(f"{loc.name} province", span=mention.span)
    if province is None or province.kind != "province" or province.admin1 != loc.admin1:
        return mention
    return PlaceMention(province, mention.span)


def _dateline_place(work: Work) -> list[PlaceMention]:
    """The city of a dateline in capitals ("PESHAWAR, May 3 (Reuters) -", "DERA ISMAIL KHAN:"):
    the gazetteer's names are matched as written, so it is looked up in title case."""
    found = DATELINE_CITY.match(work.text)
    if found is None:
        return []
    span = (found.start(1), found.end(1))
    loc = refs.resolve_place(found.group(1).title(), span=span)
    return [PlaceMention(loc, span)] if loc is not None and loc.kind != "village" else []


def _near_province(work: Work, mention: PlaceMention, provinces: list[PlaceMention]) -> str | None:
    if not provinces:
        return None
    same = [p for p in provinces if work.sentence_of(p.span[0]) == work.sentence_of(mention.span[0])]
    pool = same or provinces
    return min(pool, key=lambda p: abs(p.span[0] - mention.span[0])).location.admin1


class PlaceResolver(Component):
    """Resolves every place mention, using the province named nearby to pick among namesakes."""

    name = "tasdiq.places"
    version = "v2"
    reads = ("text", "places", "sentences")
    writes = ("places",)

    def process(self, work: Work) -> None:
        taken = [p.span for p in work.places]
        extra = [p for p in [*_phrases(work), *_dateline_place(work)] if not any(s <= p.span[0] < e for s, e in taken)]
        mentions = [_as_province(work, p) for p in sorted([*work.places, *extra], key=lambda p: p.span)]
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
