"""The place of an attack: of the places a text names, the one where this attack happened.

Used by the assembly of events; the places themselves are found and resolved by
`places.PlaceResolver`. A dateline city, or where the attackers came from, is not where
they struck; a place paragraphs away in a sentence about other attacks is theirs.
"""

from __future__ import annotations

from tasdiq.extract.component import PlaceMention, Work
from tasdiq.extract.lexicon import rule
from tasdiq.extract.segment import BLANK_LINE, paragraph_start

PROVINCE = 4
COARSE = 5  # larger area or country: look further for a finer place
DATELINE_CITY = rule("places.dateline_city")


def best_place(work: Work, sentence: int | None) -> PlaceMention | None:
    """The finest place near the attack: its sentence, else the one before (scene-setting),
    else the next ones, else anywhere in the stretch; inside a named province if one is.

    A sentence that names only the country ("in northwest Pakistan") takes a finer place
    of that country from the rest of the stretch ("The mosque ... is in Peshawar"). Looking
    forward, or further, only places of this attack count (see `_of_this_attack`); the
    sentence before may be a headline in its own paragraph.
    """
    found = None
    own = work.places if sentence is None else _of_this_attack(work, sentence)
    if sentence is not None:
        for near, pool in (((sentence,), work.places), ((sentence - 1,), work.places),
                           ((sentence + 1, sentence + 2), own)):
            near_pool = [p for p in pool if work.sentence_of(p.span[0]) in near]
            found = _finest([p for p in near_pool if not _aside(work, p)])
            if found is not None:
                break
    found = found or _finest(own, work)
    if found is not None and found.location.precision >= COARSE:
        same_country = [p for p in own if p.location.country == found.location.country]
        found = _finest(same_country, work) or found
    return found


VICTIM_ROLES = frozenset({"killed", "injured", "kidnapped"})
BACK_TO_IT = rule("places.back_to_it")


def _of_this_attack(work: Work, sentence: int) -> list[PlaceMention]:
    """Where the rest of a stretch may place its attack: the attack's own paragraph, and
    sentences that count its victims or point back to it ("The mosque where the attack took
    place is in Peshawar").
    A place paragraphs away in a sentence about other attacks ("assaults on checkpoints in
    rural areas such as Nangarhar") is where those happened."""
    at = work.sentences[sentence][0] if work.sentences else 0
    start = paragraph_start(work.text, at)
    after = BLANK_LINE.search(work.text, at)
    end = after.start() if after else len(work.text)

    counted = {work.sentence_of(c.span[0]) for c in work.counts if c.role in VICTIM_ROLES}

    def telling_it(p: PlaceMention) -> bool:
        index = work.sentence_of(p.span[0])
        sent = work.sentences[index] if work.sentences else (0, len(work.text))
        return index in counted or bool(BACK_TO_IT.search(work.text[sent[0] : sent[1]]))

    return [p for p in work.places if start <= p.span[0] < end or telling_it(p)]


# Where the attackers came from, not where they struck: "attacked posts in Chitral from across
# the border, where they had gathered in Afghanistan's Nuristan".
ORIGIN_BEFORE = rule("places.origin_before")


def _aside(work: Work, place: PlaceMention) -> bool:
    """A place that is not where the attack happened: a wire's dateline city ("ISLAMABAD, July
    31 (Reuters) - ... in Pakistan's Bajaur district") or where the attackers came from."""
    return _dateline(work, place) or bool(ORIGIN_BEFORE.search(work.text, max(0, place.span[0] - 120), place.span[0]))


def is_dateline_city(work: Work, place: PlaceMention) -> bool:
    """The city of a wire or release dateline ("KABUL - ..."): where the report was filed."""
    return _dateline(work, place)


def _dateline(work: Work, place: PlaceMention) -> bool:
    found = DATELINE_CITY.match(work.text)
    return found is not None and place.span == (found.start(1), found.end(1))


def _finest(pool: list[PlaceMention], work: Work | None = None) -> PlaceMention | None:
    if work is not None:
        kept = [p for p in pool if not _aside(work, p)]
        if not any(p.location.precision < COARSE for p in kept):
            # only the country left: the dateline's city is the best the text gives
            kept += [p for p in pool if _dateline(work, p)]
        pool = kept or pool
    if not pool:
        return None
    provinces = {p.location.admin1 for p in pool if p.location.precision == PROVINCE}
    inside = [p for p in pool if not provinces or p.location.admin1 in provinces]
    pool = inside or pool
    # at one precision, the named spot inside a city ("Kabul's Dasht-e-Barchi", "Kabul ... at
    # Abbey Gate") is finer than the city that comes first in the sentence
    return min(pool, key=lambda p: (p.location.precision, KIND_RANK.get(p.location.kind or "", 9), p.span[0]))


KIND_RANK = {"landmark": 0, "neighbourhood": 1}
