"""Groups named again without their name: "this group", "They claimed ...".

Reports name a group once and then point back at it: "analysts said the attack bore the
hallmarks of this group", "The ISIS-K fighters shot the guards ... They claimed to have
killed or wounded over 100 people". An analyst reads both as said of the group named just
before; without this step the claim or the suspicion is lost, or lands on nobody.

Only these forms are resolved, because both are hard to misread:
- a definite group phrase ("this group", "the militant group", "the outfit"), and
- a sentence that opens with "They" or "It" and claims something ("They claimed ..."), or
  with "They" doing an attack ("They detonated a series of suicide bombs ...").

The antecedent is the nearest armed group named before it, in the same sentence or the two
before. A state force is never an antecedent ("the group" after "the army" is a
different one), and neither is a name the text has set against it.
The new mentions carry the antecedent's key and the span of the pointing words, so every
value built on them still shows the words it came from.
"""

from __future__ import annotations

from tasdiq.extract import refs
from tasdiq.extract.component import ActorMention, Component, Work
from tasdiq.extract.lexicon import rule, token_rule

REACH = 2  # sentences back to look for the group pointed at
GROUP_PHRASE = token_rule("anaphora.group_phrase")
PRONOUN_CLAIM = rule("anaphora.pronoun_claim")
PRONOUN_DEED = rule("anaphora.pronoun_deed")


class AnaphoraResolver(Component):
    """Adds actor mentions for words that point back at a group named shortly before."""

    name = "tasdiq.anaphora"
    version = "v2"
    reads = ("text", "doc", "sentences", "actors")
    writes = ("actors",)

    def process(self, work: Work) -> None:
        if not work.actors:
            return
        found: list[ActorMention] = []
        phrases = GROUP_PHRASE.spans(work.doc) if work.doc is not None else []
        for index, (start, end) in enumerate(work.sentences or [(0, len(work.text))]):
            words = work.text[start:end]
            spans = [(s, e) for s, e in phrases if start <= s and e <= end]
            pronoun = PRONOUN_CLAIM.match(words) or PRONOUN_DEED.match(words)
            if pronoun is not None:
                spans.append((start + pronoun.start(1), start + pronoun.end(1)))
            for span in spans:
                if any(a.span[0] < span[1] and span[0] < a.span[1] for a in work.actors):
                    continue  # part of a name already read ("the Haqqani group")
                group = antecedent(work, span[0], index)
                if group is not None:
                    found.append(ActorMention(group.key, span, index, group.generic))
        if found:
            work.actors = sorted([*work.actors, *found], key=lambda a: a.span)


# A name that is what was attacked ("targeted Chinese guests and Taliban guards") is not
# the group a later "The group asserted ..." speaks of.
ATTACKED_AFTER = rule("anaphora.attacked_after")
ATTACKED_BEFORE = rule("anaphora.attacked_before")


def antecedent(work: Work, pos: int, sentence: int) -> ActorMention | None:
    """The group pointed at: in the nearest sentence (this one, before `pos`, or up to `REACH`
    back) that names an armed group other than as the one attacked, the first such name:
    the subject of "The ISIS-K fighters shot the guards. They claimed ..."."""
    candidates = [
        a
        for a in work.actors
        if a.span[1] <= pos
        and sentence - a.sentence <= REACH
        and not refs.is_state_force(a.key)
        and not ATTACKED_AFTER.match(work.text, a.span[1])
        and not ATTACKED_BEFORE.search(work.text, max(0, a.span[0] - 20), a.span[0])
    ]
    if not candidates:
        return None
    nearest = max(a.sentence for a in candidates)
    return min((a for a in candidates if a.sentence == nearest), key=lambda a: a.span[0])
