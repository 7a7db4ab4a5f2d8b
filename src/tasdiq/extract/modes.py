"""Attack modes: the distinct ways one attack was carried out, from its attack mentions.

Generic explosive words are absorbed by a suicide attack, missiles by an air strike, and a
security operation counts only when nothing else is reported (police arresting suspects
after a bombing is not a second attack). Of several mentions of one class the finest type
wins (`AttackMention.specificity`, stamped by the attack step).
"""

from __future__ import annotations

from tasdiq.extract.component import AttackMention
from tasdiq.model.enums import AttackType

GENERIC = "*"  # the ACLED column of a generic word ("explosion"): any explosive attack

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
    if any(a.attack_class == "explosive" for a in kept):
        # "assassinated in a suicide bombing": the bomb is the means, the killing its aim
        kept = [a for a in kept if a.attack_type is not AttackType.ASSASSINATION]
    kept_types = {a.attack_type for a in kept}
    if len(kept_types - {AttackType.SECURITY_OPERATION}) > 0:
        kept = [a for a in kept if a.attack_type is not AttackType.SECURITY_OPERATION]
    best: dict[str, AttackMention] = {}
    for a in kept:
        cls = a.attack_class
        have = best.get(cls)
        if have is None or a.specificity < have.specificity:
            best[cls] = a if have is None or have.acled == GENERIC or a.acled != GENERIC else have
    return sorted(best.values(), key=lambda a: a.span)
