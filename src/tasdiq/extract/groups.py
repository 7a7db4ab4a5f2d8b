"""Foreign nationals counted as a group: "13 US servicemen", "five Chinese engineers".

Shared by the counts (a figure of foreign troops is summed with the toll before it) and the
named victims (the group is kept, written the same way whatever the wording, because outlets
that differ on the whole toll repeat it exactly). Nationalities: `data/victim_groups.tsv`.
"""

from __future__ import annotations

import re
from functools import cache

from tasdiq.extract.lexicon import rows, rule
from tasdiq.extract.numbers import numbers_in

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
