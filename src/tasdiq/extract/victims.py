"""Named victims: people the text says were killed, shot, abducted or assassinated.

Only names the statistical recogniser tags as persons, and only where the words around
them make them the object of the attack ("the assassination of X", "X was shot dead").

Foreign nationals counted as a group ("13 US servicemen were killed", "five Chinese
engineers were wounded") are kept too, written the same way whatever the wording
("13 US troops"): outlets that differ on the whole toll repeat that group exactly, so it
tells one attack from another the way a name does (`data/victim_groups.tsv`).
"""

from __future__ import annotations

import re
from functools import cache

from tasdiq.extract.component import Component, Work
from tasdiq.extract.lexicon import rows, rule
from tasdiq.extract.numbers import numbers_in

BEFORE = rule("victims.before")
AFTER = rule("victims.after")


TROOPS = rule("victims.troops")
HURT = rule("victims.hurt")


@cache
def _group_pattern() -> re.Pattern[str]:
    """"13 US servicemen", and "13 members of the US armed forces" (read as troops)."""
    alternatives = "|".join(f"(?P<n{i}>{regex})" for i, (_, regex) in enumerate(rows("victim_groups.tsv")))
    return re.compile(
        rf"\s+(?:members? of (?:the )?)?(?:{alternatives})\s+(?:armed\s+)?"
        r"(?P<noun>forces|military|army|servicem[ae]n|service ?members?|soldiers?|troops|marines?|personnel|"
        r"sailors?|airm[ae]n|nationals?|citizens?|engineers?|workers?|businessm[ae]n|tourists?|diplomats?|"
        r"contractors?|journalists?|teachers?|doctors?)\b"
    )


def foreign_group(text: str, end: int) -> bool:
    """Whether the number ending at `end` counts foreign nationals ("13 US servicemen")."""
    return _group_pattern().match(text, end) is not None


def victim_groups(text: str, sentences: list[tuple[int, int]]) -> list[tuple[str, tuple[int, int]]]:
    """Counted groups of foreign nationals among the victims, as "<n> <nationality> troops|nationals"."""
    labels = [r[0] for r in rows("victim_groups.tsv")]
    found: list[tuple[str, tuple[int, int]]] = []
    for num in numbers_in(text):
        if num.vague:
            continue
        hit = _group_pattern().match(text, num.end)
        if hit is None:
            continue
        sentence = next(((s, e) for s, e in sentences if s <= num.start < e), (0, len(text)))
        if not HURT.search(text, *sentence):
            continue
        label = next(labels[int(k[1:])] for k, v in hit.groupdict().items() if k != "noun" and v)
        kind = "troops" if TROOPS.fullmatch(hit.group("noun")) else "nationals"
        found.append((f"{num.value} {label} {kind}", (num.start, hit.end())))
    return found


class VictimFinder(Component):
    """Persons named as the ones attacked, with their spans."""

    name = "tasdiq.victims"
    version = "v2"
    reads = ("text", "doc", "sentences")
    writes = ("victims",)

    def process(self, work: Work) -> None:
        if work.doc is None:
            return
        work.victims.extend(victim_groups(work.text, work.sentences))
        for ent in work.doc.ents:
            if ent.label_ != "PERSON":
                continue
            before = work.text[max(0, ent.start_char - 80) : ent.start_char]
            after = work.text[ent.end_char : ent.end_char + 80]
            if BEFORE.search(before) or AFTER.match(after):
                work.victims.append((ent.text, (ent.start_char, ent.end_char)))
