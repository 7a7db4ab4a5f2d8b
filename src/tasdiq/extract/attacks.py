"""Attack type, suicide flag and targets, from the words of the text.

Mentions are found per sentence with the word lists in `data/attack_types.tsv` and
`data/targets.tsv`. `modes()` then reduces them to the attack modes of the text: generic
explosive words are absorbed by a suicide attack, missiles by an air strike, and a
security operation counts only when nothing else is reported (police arresting suspects
after a bombing is not a second attack).
"""

from __future__ import annotations

import re

from tasdiq.extract.component import AttackMention, Component, Work
from tasdiq.extract.lexicon import labelled_patterns, rows
from tasdiq.model.enums import AttackType

GENERIC = "*"
# Finer types win over coarser ones of the same class when merging modes.
SPECIFIC_FIRST = (
    AttackType.SUICIDE_BOMBING,
    AttackType.BOMBING,
    AttackType.AIRSTRIKE,
    AttackType.INDIRECT_FIRE,
    AttackType.ASSASSINATION,
    AttackType.EXECUTION,
    AttackType.ARMED_ASSAULT,
    AttackType.KIDNAPPING,
    AttackType.ARSON,
    AttackType.SECURITY_OPERATION,
)
CLASS_OF = {
    AttackType.SUICIDE_BOMBING: "explosive",
    AttackType.BOMBING: "explosive",
    AttackType.ARMED_ASSAULT: "armed",
    AttackType.ASSASSINATION: "armed",
    AttackType.EXECUTION: "armed",
    AttackType.INDIRECT_FIRE: "indirect",
    AttackType.KIDNAPPING: "kidnap",
    AttackType.ARSON: "arson",
    AttackType.AIRSTRIKE: "air",
    AttackType.SECURITY_OPERATION: "operation",
    AttackType.OTHER: "other",
}


def find_attacks(work: Work) -> list[AttackMention]:
    found: list[AttackMention] = []
    table = zip(rows("attack_types.tsv"), labelled_patterns("attack_types.tsv"), strict=True)
    for row, (_, pattern) in table:
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
    return found


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


def modes(attacks: list[AttackMention]) -> list[AttackMention]:
    """One mention per distinct attack mode, earliest first, after absorbing generic words."""
    types = {a.attack_type for a in attacks}
    kept: list[AttackMention] = []
    for a in attacks:
        if a.acled == GENERIC and AttackType.SUICIDE_BOMBING in types:
            continue
        if a.attack_type is AttackType.INDIRECT_FIRE and AttackType.AIRSTRIKE in types:
            continue
        kept.append(a)
    if any(CLASS_OF[a.attack_type] == "explosive" for a in kept):
        # "assassinated in a suicide bombing": the bomb is the means, the killing its aim
        kept = [a for a in kept if a.attack_type is not AttackType.ASSASSINATION]
    kept_types = {a.attack_type for a in kept}
    if len(kept_types - {AttackType.SECURITY_OPERATION}) > 0:
        kept = [a for a in kept if a.attack_type is not AttackType.SECURITY_OPERATION]
    best: dict[str, AttackMention] = {}
    for a in kept:
        cls = CLASS_OF[a.attack_type]
        have = best.get(cls)
        if have is None or SPECIFIC_FIRST.index(a.attack_type) < SPECIFIC_FIRST.index(have.attack_type):
            best[cls] = a if have is None or have.acled == GENERIC or a.acled != GENERIC else have
    return sorted(best.values(), key=lambda a: a.span)


SOURCE_WORDS = re.compile(r"^\s*(?:\w+\s+)?(?:said|say|says|told|confirmed|reported|spokes\w+|sources?|statement)\b",
                          re.IGNORECASE)


def find_targets(work: Work, attacks: list[AttackMention]) -> list[tuple[str, tuple[int, int]]]:
    """Target categories named in sentences that tell an attack ("police said" is a source)."""
    sentences = {a.sentence for a in attacks}
    out: list[tuple[str, tuple[int, int]]] = []
    for label, pattern in labelled_patterns("targets.tsv"):
        for m in pattern.finditer(work.text):
            if sentences and work.sentence_of(m.start()) not in sentences:
                continue
            if SOURCE_WORDS.match(work.text[m.end() : m.end() + 30]):
                continue
            out.append((label, (m.start(), m.end())))
            break
    return sorted(out, key=lambda t: t[1])


class AttackFinder(Component):
    """Attack mentions (type, suicide flag, ACLED hint) and target categories."""

    name = "tasdiq.attacks"
    version = "v1"
    reads = ("text", "sentences")
    writes = ("attacks", "targets")

    def process(self, work: Work) -> None:
        work.attacks = find_attacks(work)
        work.targets = find_targets(work, work.attacks)
