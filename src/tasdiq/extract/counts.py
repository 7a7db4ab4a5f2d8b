"""Casualty counts: which number counts whom (killed, injured, kidnapped, attackers killed).

A number takes its role from a victim word right before it ("killing 5", "killed at
least 62") or, failing that, from one shortly after it ("62 people were killed"). Numbers
joined by "and" / "as well as" before one verb are summed ("13 servicemen and more than
170 Afghans were killed" is 183). Figures given as "killed or wounded" are a combined
figure, never a death toll, and numbers after "including" are part of a total already given.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from tasdiq.extract.component import Component, CountMention, Work
from tasdiq.extract.groups import foreign_group
from tasdiq.extract.lexicon import labelled_patterns, rule
from tasdiq.extract.numbers import Number, numbers_in
from tasdiq.extract.segment import generic_statement

BEFORE_WINDOW = 40  # characters scanned before a number for "killing" / "at least"
AFTER_WORDS = 10  # words scanned after a number for "were killed"
CLAUSE_STOP = rule("counts.clause_stop")
PHRASE_STOP = rule("counts.phrase_stop")
SENTENCE_STOP = rule("counts.sentence_stop")
WORDS_STOP = rule("counts.words_stop")
DIGIT = rule("counts.digit")
CLAIMED = rule("counts.claimed")
JOIN = rule("counts.join")
WITH_HIM = rule("counts.with_him")
# "killed the DFA Minister of Refugees, Khalil Rahman Haqqani, and at least 4 others";
# "Muzammil and two other people died": the named one and the others
OTHERS_AFTER = rule("counts.others_after")
NAMED_BEFORE = rule("counts.named_before")


def _others_besides_a_name(text: str, num: Number) -> bool:
    clause = CLAUSE_STOP.split(text[max(0, num.start - 120) : num.start])[-1]
    return bool(OTHERS_AFTER.match(text, num.end) and NAMED_BEFORE.search(clause))


SENTENCE_END = rule("counts.sentence_end")
# "21 casualties, three of whom were dead": the second figure is part of the first
PART_OF = rule("counts.part_of")
ASIDE = rule("counts.aside")
CLAUSE_BREAK = rule("counts.clause_break")
FILLER = rule("counts.filler")
THING = rule("counts.thing")
FILLER_BEFORE = rule("counts.filler_before")
ALONG_WITH = rule("counts.along_with")
ONE_ALONG_WITH = rule("counts.one_along_with")
OWN_PREDICATE = rule("counts.own_predicate")
SAME_SIDE_GAP = rule("counts.same_side_gap")
BARE_WOUNDED = rule("counts.bare_wounded")
ONE_INJURED = rule("counts.one_injured")
KILLED_THEM = rule("counts.killed_them")
ONE_AND = rule("counts.one_and")
JOINED_BEFORE = rule("counts.joined_before")
ROLES = ("combined", "killed", "injured", "kidnapped")


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    return dict(labelled_patterns("count_cues.tsv"))


def _role_before(text: str, num: Number) -> str | None:
    """Role from a victim word right before the number ("killing 5", "killed at least 62")."""
    before = text[max(0, num.start - BEFORE_WINDOW) : num.start]
    before = PHRASE_STOP.split(before)[-1]
    if ALONG_WITH.search(before):
        return "killed"  # "was killed along with three others"
    tail = " ".join(before.split()[-6:])
    if FILLER_BEFORE.search(tail) and (own := _own_role(text, num)):
        return own  # "were killed an additional 7 wounded": the figure's own word decides
    for q in ("at_least", "at_most", "about", "revised"):
        tail = _cues()[q].sub("", tail + " ").strip()
    tail = FILLER.sub("", tail)
    cues = _cues()
    for role in ROLES:
        ends = [hit.end() for hit in cues[role].finditer(tail)]
        if ends and ends[-1] == len(tail):
            return role
    return None


def _own_role(text: str, num: Number) -> str | None:
    """The role of a figure's own predicate right after it: "nine were wounded", "two others
    were injured", "7 wounded"."""
    m = OWN_PREDICATE.match(text, num.end)
    rest = text[m.end() : m.end() + 60] if m else ""
    return next((role for role in ROLES if _cues()[role].match(rest)), None)


def _toll_before(text: str, num: Number) -> bool:
    """A figure given as the toll: "the death toll rose to 62", and told at length, "its
    latest figure for those killed by the militants is 31", "put the number of Afghan dead at
    about 170", "lowered the death toll from the 30 January bombing at the mosque to 84"."""
    cues = _cues()
    before = PHRASE_STOP.split(text[max(0, num.start - BEFORE_WINDOW) : num.start])[-1]
    if cues["toll"].search(before):
        return True
    wide = _wide_lead(text, num)
    for q in ("at_least", "at_most", "about"):
        wide = cues[q].sub("", wide + " ")
    ends_as_toll = TOLL_IS.search(wide) or REVISED_TO.search(wide) or cues["revised"].search(wide)
    # the toll's noun may open a long clause: "The number of people killed in Friday's suicide
    # attack on a Shia mosque in the old city has risen to 63"
    return bool(ends_as_toll and cues["toll"].search(_toll_clause(text, num)))


TOLL_IS = rule("counts.toll_is")
REVISED_TO = rule("counts.revised_to")


def _toll_clause(text: str, num: Number) -> str:
    """The clause before a figure read for its toll noun, a short parenthesis inside it blanked
    ("The death toll from ... the Jamiat Ulema-e-Islam-Fazl (JUI-F) in Bajaur rose to 54")."""
    lo = max(0, num.start - TOLL_CLAUSE_WINDOWS * BEFORE_WINDOW)
    lead = PARENTHESIS.sub(lambda m: " " * len(m.group()), text[lo : num.start])
    return SENTENCE_STOP.split(lead)[-1]


PARENTHESIS = rule("counts.parenthesis")
# How many windows back a toll's noun may stand from "has risen to" / "stood at" and its figure.
TOLL_CLAUSE_WINDOWS = 6


def _wide_lead(text: str, num: Number) -> str:
    """The clause before a number, up to three windows back (not across a sentence end)."""
    return SENTENCE_STOP.split(text[max(0, num.start - 3 * BEFORE_WINDOW) : num.start])[-1]


# "Two of the wounded later succumbed": deaths among the wounded
DIED_OF_WOUNDED = rule("counts.died_of_wounded")


def _role_after(text: str, num: Number) -> tuple[str | None, str]:
    """Role from a victim word shortly after the number ("62 people were killed"), and the noun between."""
    if DIED_OF_WOUNDED.match(text, num.end):
        return "killed", ""
    after = ASIDE.sub(" ", text[num.end : num.end + 160])
    brk = CLAUSE_BREAK.search(after)
    after = after[: brk.start()] if brk else after
    words = after.split()[:AFTER_WORDS]
    window = " ".join(words)
    cues = _cues()
    best: tuple[int, str] | None = None
    for role in ("combined", "killed", "injured", "kidnapped"):
        # a gerund ("..., killing") opens a new clause about someone else
        m = next((h for h in cues[role].finditer(window) if not h.group(0).endswith("ing")), None)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), role)
    if best is None:
        return None, window
    between = window[: best[0]]
    if THING.search(between) or DIGIT.search(between):
        return None, between
    return best[1], between


def _qualify(text: str, num: Number) -> tuple[int | None, int | None, int | None]:
    before = text[max(0, num.start - 25) : num.start]
    cues = _cues()
    if num.vague or cues["at_least"].search(before):
        return num.value, num.value, None
    if cues["at_most"].search(before):
        return None, num.value, num.value
    if cues["about"].search(before):
        return None, num.value, None
    return num.value, num.value, num.value


def _who(role: str, noun_text: str, before: str = "") -> str:
    cues = _cues()
    if role == "killed" and SIDE_LOSSES.search(before):
        return "combatants_killed"
    if PRO_GOVERNMENT.search(noun_text):
        return role
    if role == "killed" and cues["attackers"].search(noun_text):
        return "perpetrators_killed"
    if role == "killed" and cues["combatants"].search(noun_text):
        return "combatants_killed"
    return role


PRO_GOVERNMENT = rule("counts.pro_government")
SIDE_LOSSES = rule("counts.side_losses")
RANGE_GAP = rule("counts.range_gap")
SPAN_GAP = rule("counts.span_gap")


def _chains(text: str, nums: list[Number]) -> list[list[Number]]:
    """Group numbers joined by "and" / "as well as" ("5 soldiers and 2 civilians")."""
    chains: list[list[Number]] = []
    for num in nums:
        gap = text[chains[-1][-1].end : num.start] if chains else ""
        if chains and len(chains[-1]) == 1 and SPAN_GAP.match(gap):
            chains[-1].append(num)  # "six to nine soldiers were killed": a range, read by _bounds
            continue
        if chains and JOIN.match(gap) and not SENTENCE_END.search(gap) and not PART_OF.match(text, num.end):
            prev = chains[-1][-1]
            gap = text[prev.end : num.start]
            # "killing 5 and wounding 12" are two roles, not one sum; so are "killed 43
            # soldiers, nine were wounded" (the later figure has a predicate of its own)
            own = _own_role(text, num)
            lead_role = _role_before(text, chains[-1][0])
            if not any(_cues()[r].search(gap) for r in ("killed", "injured", "kidnapped")) and not (
                own and lead_role and own != lead_role
            ):
                chains[-1].append(num)
                continue
        chains.append([num])
    return chains


BREAKDOWN_GAP = rule("counts.breakdown_gap")


def _without_breakdown(text: str, chain: list[Number]) -> list[Number]:
    """"killing 18 people, five soldiers and 13 civilians": a total, then its parts."""
    if len(chain) < 2 or not BREAKDOWN_GAP.match(text[chain[0].end : chain[1].start]):
        return chain
    return [chain[0]] if sum(n.value for n in chain[1:]) <= chain[0].value else chain


# "in addition to 13 members of the US forces": more of the same figure (also read by assembly)
MORE_OF = rule("counts.more_of")


def _more_of_the_same(text: str, before: CountMention, num: Number) -> bool:
    """A figure added to the one told just before it in the same sentence."""
    between = text[before.span[1] : num.start]
    return len(between) < 120 and not SENTENCE_END.search(between) and bool(MORE_OF.search(between))


def _sum(parts: list[tuple[int | None, int | None, int | None]]) -> tuple[int | None, int | None, int | None]:
    def add(values: list[int | None]) -> int | None:
        return None if any(v is None for v in values) else sum(v for v in values if v is not None)

    return add([p[0] for p in parts]), add([p[1] for p in parts]), add([p[2] for p in parts])


def _claimed(text: str, num: Number) -> bool:
    """A figure in the clause of a claim ("claiming to have killed dozens") is the claimant's."""
    clause_start = max(text.rfind(".", 0, num.start), text.rfind(";", 0, num.start), num.start - 60, 0)
    # blanked over the figure too: "claimed seven civilians' lives" names the toll after it
    clause = NOT_A_CLAIM.sub(lambda m: " " * len(m.group(0)), text[clause_start : num.end + 40])
    return bool(CLAIMED.search(clause[: num.start - clause_start]))


# "claimed the lives of seven soldiers" is a toll; "(the bombing) was claimed by the Taliban
# (and) killed nine" names the claimant, the figure is the report's own
NOT_A_CLAIM = rule("counts.not_a_claim")


def _noun_after(text: str, num: Number) -> str:
    return " ".join(WORDS_STOP.split(text[num.end : num.end + 40])[0].split()[:3])


def _parts(text: str, chain: list[Number], role: str) -> list[tuple[str, list[Number]]]:
    """Split a chain by whom each number counts: "5 police officers and 2 insurgents"."""
    before = text[max(0, chain[0].start - 40) : chain[0].start]
    groups: dict[str, list[Number]] = {}
    for num in chain:
        groups.setdefault(_who(role, _noun_after(text, num), before), []).append(num)
    return list(groups.items())


def _bounds(text: str, chain: list[Number]) -> tuple[int | None, int | None, int | None]:
    """Summed bounds, except "between 2 and 11" which is a range, not a sum."""
    if len(chain) == 2 and RANGE_GAP.match(text[chain[0].end : chain[1].start]):
        low = chain[0].value
        return low, low, chain[1].value
    return _sum([_qualify(text, n) for n in chain])


def find_counts(text: str) -> list[CountMention]:
    out: list[CountMention] = []
    cues = _cues()
    for chain in _chains(text, numbers_in(text)):
        chain = _without_breakdown(text, chain)
        first, last = chain[0], chain[-1]
        lead = text[max(0, first.start - 40) : first.start]
        if cues["subset"].search(lead):
            # "including 3 police officers, and 22 were injured": the part is skipped, not what follows
            chain = chain[1:]
            if not chain:
                continue
            first, last = chain[0], chain[-1]
            lead = text[max(0, first.start - 40) : first.start]
        role = _role_before(text, first)
        if role is None:
            role, _ = _role_after(text, last)
        if role is None and (_toll_before(text, first) or _others_besides_a_name(text, first)):
            # after the words that follow it: "put the toll at 46 dead and 143 wounded";
            # "killed the minister, Khalil Rahman Haqqani, and at least 4 others"
            role = "killed"
        one_more = 0
        phrase = PHRASE_STOP.split(text[max(0, first.start - 80) : first.start])[-1]
        if role is None and (one := ONE_AND.search(phrase)):
            # "killing a US soldier and 2 Afghan civilians": the one and the figure
            role, one_more = ("killed" if one.group(1).lower().startswith("kill") else "injured"), 1
        if role is None and out and _more_of_the_same(text, out[-1], first):
            role = out[-1].role  # "... more than 90 Afghans, in addition to 13 members of the US forces"
        if role is None:
            continue
        if role == "injured" and out and _same_side(text, out[-1], first):
            role = "perpetrators_injured"  # "16 Taliban were killed and nine others were injured"
        claimed = _claimed(text, first)
        ranged = len(chain) == 2 and RANGE_GAP.match(text[first.end : last.start])
        parts = [(_who(role, _noun_after(text, last), lead), chain)] if ranged else _parts(text, chain, role)
        for who, nums in parts:
            low, best, high = _bounds(text, nums)
            if len(chain) == 1 and foreign_group(text, nums[0].end):
                # "13 U.S. servicemen were killed": the foreigners among the dead, a floor
                best = high = None
            elif len(chain) == 1 and low is not None and who == "killed" and (
                WITH_HIM.match(text, nums[0].end) or _others_besides_a_name(text, nums[0])
                or ONE_ALONG_WITH.search(text[max(0, nums[0].start - BEFORE_WINDOW) : nums[0].start])
            ):
                # "... was killed; two other people died with him": he and they
                low, best, high = _one_more(low, best, high)
            if one_more and low is not None:
                low, best, high = _one_more(low, best, high)
            out.append(
                CountMention(
                    role=who, low=low, best=best, high=high, span=(nums[0].start, nums[-1].end),
                    revised=bool(cues["revised"].search(lead + " ") or REVISED_TO.search(_wide_lead(text, first))),
                    claimed=claimed,
                    vague=all(n.vague for n in nums),
                )
            )
    # "killing one and wounding the other": one injured, told without a figure
    out.extend(CountMention("injured", 1, 1, 1, m.span()) for m in ONE_INJURED.finditer(text))
    out.extend(_kidnapped_then_killed(text, out))
    return out


def _one_more(low: int, best: int | None, high: int | None) -> tuple[int, int | None, int | None]:
    """The bounds with one more person: the one named beside the figure."""
    return low + 1, None if best is None else best + 1, None if high is None else high + 1


def _kidnapped_then_killed(text: str, counts: list[CountMention]) -> list[CountMention]:
    """"abducted 11 coal miners ..., took them to nearby hills and shot them dead": the kidnapped
    figure is also the dead's, where the sentence goes on to kill them all."""
    return [dataclasses.replace(c, role="killed") for c in counts
            if c.role == "kidnapped" and not c.claimed and KILLED_THEM.match(text, c.span[1])]


def _same_side(text: str, before: CountMention, num: Number) -> bool:
    """Wounded told right after the attackers' or fighters' dead, with no people of their own
    ("six Taliban were killed and 12 others were wounded"), are of that side, not the victims."""
    if before.role not in ("perpetrators_killed", "combatants_killed"):
        return False
    if JOINED_BEFORE.search(text[max(0, before.span[0] - 20) : before.span[0]]):
        return False  # "a civilian and four Taliban were killed and 20 others wounded": all of them
    return bool(BARE_WOUNDED.match(text, num.end) and SAME_SIDE_GAP.match(text[before.span[1] : num.start]))


class CountFinder(Component):
    """Casualty figures by role, each with its span and bounds."""

    name = "tasdiq.counts"
    version = "v3"
    reads = ("text", "sentences")
    writes = ("counts",)

    def process(self, work: Work) -> None:
        # "Bombings have increased, resulting in hundreds of injuries": a trend, not a toll
        work.counts = [
            c for c in find_counts(work.text)
            if not (c.vague and work.sentences
                    and generic_statement(work.text, work.sentences[work.sentence_of(c.span[0])]))
        ]
        # a floor of one where a stretch tells no toll; any toll told beside it is larger
        work.counts.extend(one_death(work.text))


# A death told of one person, without a number: "the assassination of Khalil-ur-Rahman
# Haqqani", "Haqqani was killed in a suicide bombing", "his brother had already died".
ONE_DEATH = rule("counts.one_death")


def one_death(text: str) -> list[CountMention]:
    """At least one dead where the text tells one person's death: a floor, for stretches that give no toll."""
    return [CountMention("killed", 1, None, None, (m.start(), m.end()), floor=True) for m in ONE_DEATH.finditer(text)]
