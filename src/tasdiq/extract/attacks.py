"""Attack type, suicide flag and targets, from the words of the text.

Mentions are found per sentence with the word lists in `data/attack_types.tsv` and
`data/targets.tsv`. Each mention carries its type's class and rank, which `modes.modes()`
uses to reduce them to the attack modes of a stretch.
"""

from __future__ import annotations

import dataclasses

from tasdiq.extract.component import AttackMention, Component, Work
from tasdiq.extract.gate import fold, gate_of, may_match
from tasdiq.extract.lexicon import labelled_patterns, rows, rule
from tasdiq.extract.segment import BLANK_LINE, generic_statement
from tasdiq.model.enums import AttackType
from tasdiq.reference.vocab import attack_types


def class_of(kind: AttackType) -> str:
    """The type's class (reference/data/registry/attack_types.yaml): modes of one class merge."""
    return attack_types().class_of(kind)


def specificity(kind: AttackType) -> int:
    """Finer types win over coarser ones of the same class when merging modes (1 = finest)."""
    return attack_types().get(kind).specificity


def find_attacks(work: Work) -> list[AttackMention]:
    found: list[AttackMention] = []
    folded = fold(work.text)
    table = zip(rows("attack_types.tsv"), labelled_patterns("attack_types.tsv"), strict=True)
    for row, (_, pattern) in table:
        if not may_match(gate_of(pattern), folded):
            continue  # none of the words its every match holds (extract/gate.py)
        kind, acled = AttackType(row[0]), row[1]
        for m in pattern.finditer(work.text):
            found.append(
                AttackMention(
                    attack_type=kind,
                    suicide=kind is AttackType.SUICIDE_BOMBING,
                    span=(m.start(), m.end()),
                    sentence=work.sentence_of(m.start()),
                    acled=acled,
                )
            )
    found += _weapon_attacks(work)
    found.sort(key=lambda a: a.span)
    # "Gunmen armed with rockets and grenades stormed ...": weapons carried, not more attacks
    carried = [a for a in found if ARMED_WITH.search(work.text, max(0, a.span[0] - 50), a.span[0])]
    kept = [a for a in found if a not in carried] or found
    return [a for a in kept if not _kidnappers(work, a, kept)]


ARMED_WITH = rule("attacks.armed_with")
KIDNAPPERS = rule("attacks.kidnappers")
KIDNAPPERS_BEFORE = rule("attacks.kidnappers_before")
ATTACKER_NOUNS = rule("attacks.attacker_nouns")


def _kidnappers(work: Work, mention: AttackMention, found: list[AttackMention]) -> bool:
    """"Abducted by armed men", "armed men abducted him": the words name who took them, in a
    sentence telling the kidnapping."""
    start, end = mention.span
    takers = (KIDNAPPERS.search(work.text, max(0, start - 120), start) is not None
              or KIDNAPPERS_BEFORE.match(work.text[end : end + 40]) is not None)
    return (mention.attack_type is AttackType.ARMED_ASSAULT
            and ATTACKER_NOUNS.match(work.text[start:end]) is not None and takers
            and any(a.attack_type is AttackType.KIDNAPPING and a.sentence == mention.sentence for a in found))


def _weapon_attacks(work: Work) -> list[AttackMention]:
    """Weapons named alone ("drones", "jets") are an attack mode only in a sentence that tells
    an attack, and never where they name a unit or a place ("an Air Force compound")."""
    context = dict(labelled_patterns("weapon_context.tsv"))
    found: list[AttackMention] = []
    table = zip(rows("weapon_words.tsv"), labelled_patterns("weapon_words.tsv"), strict=True)
    for row, (_, pattern) in table:
        for m in pattern.finditer(work.text):
            sentence = work.sentence_of(m.start())
            start, end = work.sentences[sentence] if work.sentences else (0, len(work.text))
            told = context["attack"].search(work.text[start:m.start()] + " " + work.text[m.end():end])
            if not told or context["installation"].match(work.text[m.end() : m.end() + 30]):
                continue
            found.append(AttackMention(attack_type=AttackType(row[0]), suicide=False, span=(m.start(), m.end()),
                                       sentence=sentence, acled=row[1]))
    return found



SOURCE_WORDS = rule("attacks.source_words")


VICTIM_WORDS = rule("attacks.victim_words")
TOLL = rule("attacks.toll")


def telling_sentences(work: Work, attacks: list[AttackMention]) -> set[int]:
    """Sentences that tell an attack: its own words, its victims ("At least 25 people were
    killed in ... a district dominated by Hazaras"), and the sentence just before in the same
    paragraph, which often sets the scene ("reached the Imam Bargah mosque during prayers")."""
    told = {a.sentence for a in attacks}
    if not told:
        return told
    for index, (start, end) in enumerate(work.sentences):
        if VICTIM_WORDS.search(work.text, start, end):
            told.add(index)
    for index in list(told):
        if index > 0 and not BLANK_LINE.search(work.text, work.sentences[index - 1][0], work.sentences[index][0]):
            told.add(index - 1)
    # "Recent attacks ... have been directed at the Shia minority": whom attacks in general
    # hit, unless the sentence counts this attack's dead ("At least 25 people were killed in
    # a district dominated by Hazaras that had seen several attacks")
    return {i for i in told if TOLL.search(work.text, *work.sentences[i])
            or not generic_statement(work.text, work.sentences[i])}


def find_targets(work: Work, attacks: list[AttackMention]) -> list[tuple[str, tuple[int, int]]]:
    """Target categories named in sentences that tell an attack ("police said" is a source),
    once per category and sentence: each stretch of a long text keeps its own."""
    sentences = telling_sentences(work, attacks) if work.sentences else set()
    out: dict[tuple[str, int], tuple[int, int]] = {}
    folded = fold(work.text)
    for label, pattern in labelled_patterns("targets.tsv"):
        if not may_match(gate_of(pattern), folded):
            continue
        for m in pattern.finditer(work.text):
            index = work.sentence_of(m.start())
            if (sentences and index not in sentences) or (label, index) in out:
                continue
            if SOURCE_WORDS.match(work.text[m.end() : m.end() + 30]):
                continue
            out[(label, index)] = (m.start(), m.end())
    return sorted(((label, span) for (label, _), span in out.items()), key=lambda t: t[1])


def _classed(mention: AttackMention) -> AttackMention:
    kind = mention.attack_type
    return dataclasses.replace(mention, attack_class=class_of(kind), specificity=specificity(kind))


class AttackFinder(Component):
    """Attack mentions (type, suicide flag, ACLED hint) and target categories."""

    name = "tasdiq.attacks"
    version = "v3"
    reads = ("text", "sentences")
    writes = ("attacks", "targets")

    def process(self, work: Work) -> None:
        work.attacks = [_classed(a) for a in find_attacks(work)]
        work.targets = find_targets(work, work.attacks)
