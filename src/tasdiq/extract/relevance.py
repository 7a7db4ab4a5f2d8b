"""Relevance and category: which ACLED-style category a text reports, and is it an attack.

This runs on every text before spaCy's parser: most news is not about an attack and must be
dismissed at a thousand texts a second or more. So it is pattern matching over cue lists
(`data/category_cues.tsv`) and, for a second reading, a bag-of-words text classifier
(`category.py`) that costs a tokenizer pass and a sparse lookup, not a parse.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from tasdiq.extract.category import GENERIC_ATTACK, MODEL_NAME, MODEL_VERSION, decide, predict_many
from tasdiq.extract.component import Component, Work
from tasdiq.extract.forces import Operation, against_armed_group, lead_operation
from tasdiq.extract.gate import Gate, fold, literal_gate, may_match
from tasdiq.extract.lexicon import entries, labelled_patterns, rule, weighted_patterns

CUES = "category_cues.tsv"


@cache
def attack_categories() -> frozenset[str]:
    return frozenset(entries("attack_categories.txt"))


@cache
def _category_order() -> dict[str, int]:
    order: dict[str, int] = {}
    for label, _, _ in weighted_patterns(CUES):
        order.setdefault(label, len(order))
    return order


@cache
def _gated_cues() -> tuple[tuple[str, float, re.Pattern[str], Gate], ...]:
    # each cue with the words one of which its every match contains: a text without them is not searched
    return tuple((label, weight, rx, literal_gate(rx)) for label, weight, rx in weighted_patterns(CUES))


@cache
def _forces() -> tuple[re.Pattern[str], re.Pattern[str]]:
    found = dict(labelled_patterns("victim_kinds.tsv"))
    return found["forces"], found["civilians"]


def category_scores(text: str) -> dict[str, float]:
    """Each category's evidence: its strongest cue plus a little for each further cue.

    Summing all cues would let a long list of weak words ("killed", "dead", "victims")
    outvote one decisive phrase ("earthquake", "tear gas"), so extra cues add a quarter.
    """
    found: dict[str, list[float]] = defaultdict(list)
    folded = fold(text)
    for label, weight, pattern, gate in _gated_cues():
        if may_match(gate, folded) and pattern.search(text):
            found[label].append(weight)
    scores: dict[str, float] = {}
    for label, weights in found.items():
        pos = sorted((w for w in weights if w > 0), reverse=True)
        neg = sum(w for w in weights if w < 0)
        if pos and pos[0] + 0.25 * sum(pos[1:]) + neg > 0:  # outweighed ("not an attack"): no evidence
            scores[label] = pos[0] + 0.25 * sum(pos[1:]) + neg
    return scores


VIOLENCE = rule("relevance.violence")
AID_WORKER_HARMED = rule("relevance.aid_worker_harmed")
AID_WORKER_ABDUCTED = rule("relevance.aid_worker_abducted")
AID_WORKER_KILLED = rule("relevance.aid_worker_killed")
ARMED_VIOLENCE = rule("relevance.armed_violence")
DECISIVE = 5.0
OVERRIDE_MARGIN = 3.0
# A cue of this weight names an attack's means ("bomb", "blast", "explosive vest"), not only its harm.
MEANS_NAMED = 4.0


def _leads(category: str, text: str) -> bool:
    """A claim of responsibility is the news when it comes first ("Islamic State takes credit
    for suicide bomb that killed dozens"); told after the attack, it is part of the attack's report."""
    if category != CLAIM_CATEGORY:
        return False
    first_cue = min((m.start() for label, _, rx in weighted_patterns(CUES) if label == category
                     for m in [rx.search(text)] if m is not None), default=len(text))
    violence = VIOLENCE.search(text)
    return violence is None or first_cue < violence.start()


CLAIM_CATEGORY = "Attribution of responsibility"
# Police arresting protesters, smugglers or a suspect in a crime is not a security operation
# against an armed group: texts of these categories stay dismissed even when forces act in the lead.
NOT_OPERATIONS = frozenset({
    "Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration",
    "Mob violence", "Agreement", "Diplomatic event", "Natural disaster", "Man-made disaster", "Organized crime",
    "Change to group/activity", "Headquarters or base established", "Non-violent transfer of territory",
    "Sexual violence",
})


def categorise(text: str, scores: dict[str, float] | None = None) -> str:
    """The rules' category: the best-scored cues, with the attack overrides below."""
    if scores is None:
        scores = category_scores(text)
    if not scores:
        return "Other"
    order = _category_order()
    ranked = sorted(scores, key=lambda c: (-scores[c], order.get(c, 99)))
    best = ranked[0]
    if best in entries("violence_override.txt") and VIOLENCE.search(text):
        # an attack that also seized weapons or hit a consulate is still an attack
        attack = [c for c in ranked if c != best and c in attack_categories() and scores[c] >= DECISIVE]
        if attack and scores[attack[0]] >= scores[best] - OVERRIDE_MARGIN and not _leads(best, text):
            best = attack[0]
        elif best == CLAIM_CATEGORY and not _leads(best, text):
            # the attack told first, its claim after: the attack's own kind, however weakly worded
            told = [c for c in ranked if c != best and c in attack_categories()]
            best = told[0] if told else best
    forces, civilians = _forces()
    if best == GENERIC_ATTACK and forces.search(text) and not civilians.search(text):
        # ACLED: violence against armed forces is a clash, against civilians an attack
        return "Armed clash"
    return _means_named(scores) or best if best == GENERIC_ATTACK else best


def _means_named(scores: dict[str, float]) -> str | None:
    """The attack kind whose means the text names, where the rules' best is the residual Attack.

    "Killed" and "wounded" weigh more than "bomb" or "blast", yet they tell the harm, not the kind:
    ACLED codes an explosion that killed civilians as a remote explosive, not as an attack. Measured on
    the team sets (category alone): web 0.685 -> 0.772, blind2 0.766 -> 0.809, styles, holdout and
    aidnotes one text each; CASE dev 0.841 -> 0.844."""
    named = [c for c in entries("attack_means.txt") if scores.get(c, 0.0) >= MEANS_NAMED]
    return max(named, key=lambda c: scores[c]) if named else None


def _operation_kept(work: Work, op: Operation) -> bool:
    """A text leading with an operation is kept unless its category says police met protesters or
    criminals; an operation against insurgents that also seized drugs is not organised crime."""
    if work.category == "Organized crime":
        return against_armed_group(work.text, op)
    return work.category not in NOT_OPERATIONS


SEXUAL_VIOLENCE = "Sexual violence"


def _aid_worker_harmed(text: str) -> re.Match[str] | None:
    """Aid workers shot, stabbed, beaten, abducted ...; or killed or wounded where the text tells
    armed violence (else they may have died in the earthquake the text is about)."""
    harmed = AID_WORKER_HARMED.search(text)
    if harmed is None and ARMED_VIOLENCE.search(text) is not None:
        return AID_WORKER_KILLED.search(text)
    return harmed


def _aid_worker_attack(text: str, category: str) -> str:
    """Violence done to aid workers is an attack on civilians whatever else the text tells (a
    robbery, a riot at a food distribution, the flood the aid was for): an abduction if they were
    taken, else an attack. Sexual violence keeps its own ACLED category and is still reported."""
    harmed = _aid_worker_harmed(text)
    if harmed is None or category == SEXUAL_VIOLENCE:
        return category
    return "Abduction/forced disappearance" if AID_WORKER_ABDUCTED.search(harmed.group()) else "Attack"


class RelevanceFilter(Component):
    """Sets `category` for every text and `relevant` for those that report an attack.

    The category is the rules' unless the learned model (`category.decide`) reads it otherwise."""

    name = "tasdiq.relevance"
    version = f"v5+{MODEL_NAME}-{MODEL_VERSION}"
    reads = ("text", "title")
    writes = ("category", "relevant")
    relevant_only = False

    def process(self, work: Work) -> None:
        self.process_batch([work])

    def process_batch(self, works: Sequence[Work]) -> None:
        # the model reads the batch in one pipe (`predict_many`); the rules read each text alone
        fulls = [f"{work.title}. {work.text}" if work.title else work.text for work in works]
        scores = [category_scores(full) for full in fulls]
        readings = predict_many(list(zip(fulls, scores, strict=True)))
        for work, full, cues, reading in zip(works, fulls, scores, readings, strict=True):
            self._categorise(work, full, cues, reading)

    def _categorise(self, work: Work, full: str, scores: dict[str, float], reading: tuple[str, float]) -> None:
        work.category = decide(full, rule=categorise(full, scores), scores=scores, attacks=attack_categories(),
                               reading=reading)
        if work.category not in attack_categories():
            work.category = _aid_worker_attack(full, work.category)
        op = None if work.category in attack_categories() else lead_operation(work.text)
        aid_worker_assaulted = work.category == SEXUAL_VIOLENCE and _aid_worker_harmed(full) is not None
        work.relevant = (work.category in attack_categories() or aid_worker_assaulted
                         or (op is not None and _operation_kept(work, op)))
