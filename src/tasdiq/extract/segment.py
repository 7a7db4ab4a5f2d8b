"""Splitting a text into the stretches that tell one attack each.

A sentence with attack words opens a new stretch when it puts the attack in another
province or on another day than the stretch before; otherwise it continues it. Sentences
without attack words belong to the stretch they follow (a spokesman's claim, a revised
toll). Each stretch then becomes one event (with its parts), built from the mentions
inside it only, so the counts of one attack never leak into another.
"""

from __future__ import annotations

import dataclasses
from itertools import pairwise

from tasdiq.extract.component import Work
from tasdiq.extract.lexicon import labelled_patterns, rule
from tasdiq.extract.types import Span

PROVINCE = 4
BLANK_LINE = rule("segment.blank_line")
TOPIC_GAP = 8  # sentences without an attack told: what follows is another story
VICTIM_ROLES = frozenset({"killed", "injured", "kidnapped"})


def paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding `pos` begins."""
    return max((m.end() for m in BLANK_LINE.finditer(text, 0, pos)), default=0)


def _where_when(work: Work, sentence: int) -> tuple[str | None, str | None, bool]:
    """The province and day a sentence puts its attack in, and whether the place came from
    the sentence before it (narratives set the scene, then act: "... reached the mosque in
    Kandahar. They shot the guards ...")."""
    places = [p.location for p in work.places if work.sentence_of(p.span[0]) == sentence]
    scene = False
    if not places:
        places = [p.location for p in work.places if work.sentence_of(p.span[0]) == sentence - 1]
        scene = bool(places)
    admin1s = {p.admin1 for p in places if p.admin1 and p.precision <= PROVINCE}
    # the day a statement was made ("officials said on Friday") is not another attack's day
    days = {d.date.isoformat() for d in work.dates
            if d.date and d.precision.value == "day" and not (d.reported or d.bound)
            and work.sentence_of(d.span[0]) == sentence}
    # several provinces in one sentence ("in Baghlan and in Helmand") do not split it
    return (admin1s.pop() if len(admin1s) == 1 else None), (days.pop() if len(days) == 1 else None), scene


# "In a separate IBO in Harnai ...", "Separately, ...": another attack, even in the same province and day
SEPARATE = rule("segment.separate")
BACK_REFERENCE = rule("segment.back_reference")
THE_NOUN = rule("segment.the_noun")
NOUN = rule("segment.noun")


def refers_back(text: str, span: Span) -> bool:
    """"who stand behind this bombing", "The blast tore off the roof": the attack already
    told, not a new one to place."""
    before = text[max(0, span[0] - 30) : span[0]]
    return bool(BACK_REFERENCE.search(before) or (THE_NOUN.search(before) and NOUN.match(text, span[0])))


def _differs(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b


def segments(work: Work) -> list[Span]:
    """Character ranges of the stretches, in text order; the whole text when there is one."""
    starts: list[int] = []
    last = 0
    where: str | None = None
    when: str | None = None
    telling = {a.sentence for a in work.attacks if not refers_back(work.text, a.span)}
    # a revised toll ("On Wednesday, a health official said the toll had risen to 25") updates the
    # attack told before it, even on a later day: it never opens a stretch of its own, nor do the
    # figures told with it ("... the death toll had risen to 55, with 143 wounded")
    revising = {work.sentence_of(c.span[0]) for c in work.counts if c.revised}
    telling |= {work.sentence_of(c.span[0]) for c in work.counts
                if c.role in VICTIM_ROLES and not c.floor} - revising
    for sentence in sorted(telling):
        here, day, scene = _where_when(work, sentence)
        far = bool(starts) and sentence - last > TOPIC_GAP
        last = sentence
        separate = bool(work.sentences) and SEPARATE.match(work.text, work.sentences[sentence][0]) is not None
        if starts and not (far or separate or _differs(where, here) or _differs(when, day)):
            where, when = where or here, when or day
            continue
        start = sentence - 1 if scene and starts and sentence - 1 > starts[-1] else sentence
        starts.append(start)
        where, when = here, day
    if len(starts) <= 1 or not work.sentences:
        return [(0, len(work.text))]
    bounds = [0] + [work.sentences[s][0] for s in starts[1:]] + [len(work.text)]
    return list(pairwise(bounds))


def subset(work: Work, span: Span) -> Work:
    """A view of the work with only the mentions inside `span`."""
    lo, hi = span

    def inside(s: Span) -> bool:
        return lo <= s[0] < hi

    return dataclasses.replace(
        work,
        attacks=[a for a in work.attacks if inside(a.span)],
        targets=[t for t in work.targets if inside(t[1])],
        dates=[d for d in work.dates if inside(d.span)],
        places=[p for p in work.places if inside(p.span)],
        counts=[c for c in work.counts if inside(c.span)],
        actors=[a for a in work.actors if inside(a.span)],
        perpetrators=[p for p in work.perpetrators if inside(p.span)],
        claims=[c for c in work.claims if c.span is None or inside(c.span)],
        victims=[v for v in work.victims if inside(v[1])],
        events=[],
        # a dateline dates the story it opens, not the earlier attacks a text goes on to recall
        anchor_span=work.anchor_span if lo == 0 else None,
    )

def generic_statement(text: str, sent: Span) -> bool:
    """A sentence about attacks in general (habits, many attacks, bare plurals) that names no
    single attack: a claim or an attribution in it does not bind to the attack reported."""
    words = text[sent[0] : sent[1]]
    rules = labelled_patterns("generic_statements.tsv")
    if any(kind == "specific" and rx.search(words) for kind, rx in rules):
        return False
    return any(kind != "specific" and rx.search(words) for kind, rx in rules)
