"""Figures told as context: the dead of an earlier attack, last year's toll, a series' total, a bounty.

A report of one attack recalls others ("the same shrine was bombed in 2017, killing 90"),
sums a year ("more than 1,500 civilians have been killed so far this year") or prices a
head ("a bounty of 5 million rupees"). Those figures are not this attack's toll; the count
finder reads them as figures all the same, so this step sets them aside by their sentence:
a sentence that names another period, a total, or money, and does not name this attack as
what it counts. A year in the sentence other than the report's own is another period; so is a
time told as a distance from this attack ("Three weeks ago, a bombing ... killed 18") or a month
alone that opens the sentence ("In October, bombings ... killed 10" on a November page).
Claimed figures are kept: they are the claimant's, and the ledger keeps them apart already.
"""

from __future__ import annotations

import datetime as dt

from tasdiq.extract.component import Component, CountMention, Work
from tasdiq.extract.lexicon import rule

YEAR = rule("context.year")
# How close after a figure a year still dates it ("killed 90 in 2017"); further on, "the
# deadliest since 2021" compares this attack with others.
YEAR_AFTER_CHARS = 25
CONTEXT = (rule("context.period"), rule("context.aggregate"))
THIS_ATTACK, THINGS = rule("context.this_attack"), rule("context.things")
MONEY_BEFORE, MONEY_AFTER = rule("context.money_before"), rule("context.money_after")
OTHER_TIME, REVISION = rule("context.other_time"), rule("context.revision")
MONTH_OPENING = rule("context.month_opening")

def _other_year(text: str, count: CountMention, start: int, end: int, year: int | None) -> bool:
    """A year other than the report's own, named before the figure in its sentence or just after it."""
    if year is None:
        return False
    for m in YEAR.finditer(text, start, min(end, count.span[1] + YEAR_AFTER_CHARS)):
        if int(m["year"] or m["year2"]) != year:
            return True
    return False


def _other_attack(work: Work, count: CountMention, start: int) -> bool:
    """The figure's sentence tells another attack by its time before the figure: days or weeks
    away ("Three weeks ago, a bombing ... killed 18"), or a month alone that is not the report's
    own ("In October, bombings ... killed at least 10", on a page of November)."""
    text = work.text
    if OTHER_TIME.search(text, start, count.span[0]) and not REVISION.search(text, start, count.span[1]):
        return True
    anchor = work.published or work.anchor
    m = MONTH_OPENING.match(text, start, count.span[0])
    return bool(m and anchor and dt.datetime.strptime(m["month"], "%B").month != anchor.month)


def is_context(work: Work, count: CountMention) -> bool:
    """The figure's sentence tells of another time, a total or money, and not of this attack."""
    if count.claimed or not work.sentences:
        return False
    start, end = work.sentences[work.sentence_of(count.span[0])]
    if THIS_ATTACK.search(work.text, start, end):
        return False
    if any(cue.search(work.text, start, end) for cue in CONTEXT):
        return True
    if THINGS.match(work.text, count.span[1], min(end, count.span[1] + 30)):
        return True
    if MONEY_BEFORE.search(work.text, max(start, count.span[0] - 40), count.span[0]) or MONEY_AFTER.match(
            work.text, count.span[1], min(end, count.span[1] + 30)):
        return True
    if _other_attack(work, count, start):
        return True
    anchor = work.published or work.anchor
    return _other_year(work.text, count, start, end, anchor.year if anchor else None)


class ContextFilter(Component):
    """Sets aside figures that count something other than this attack's dead and hurt."""

    name = "tasdiq.context"
    version = "v2"
    reads = ("text", "sentences", "counts", "published", "anchor")
    writes = ("counts",)

    def process(self, work: Work) -> None:
        kept = [c for c in work.counts if not is_context(work, c)]
        # A text whose every figure reads as context keeps them: better a figure with its words
        # than none, and the report may be a retrospective of that very attack.
        if kept or not work.counts:
            work.counts = kept
