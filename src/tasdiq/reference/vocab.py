"""Attack types and the small closed vocabularies, from `data/registry/*.yaml`.

`attack_types.yaml` is the one place that says what an attack type is to every stage: its
class and rank for the extractor's merge, its ACLED and GTD names for exports, the groups
of types the linker lets meet. `vocabularies.yaml` declares certainty, claim kinds, count
roles and target categories. Loaded lazily, validated, cached.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from tasdiq.errors import NotFound
from tasdiq.model.enums import AttackType
from tasdiq.reference.files import registry_file


class _Declared(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class AcledCode(_Declared):
    side: Literal["forces", "any"]
    event_type: str
    sub_event_type: str


class AttackTypeFacts(_Declared):
    key: AttackType
    # `class` is a Python keyword: the field is `cls`, the YAML says `class`
    cls: str
    specificity: int
    acled: tuple[AcledCode, ...] = ()
    gtd: str

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True,
                              alias_generator=lambda name: "class" if name == "cls" else name)


class LinkGroup(_Declared):
    key: str
    types: tuple[AttackType, ...]
    why: str


class Vocabulary(_Declared):
    about: str
    enum: str | None = None
    values: dict[str, str]


class AttackTypes(_Declared):
    types: tuple[AttackTypeFacts, ...]
    link_groups: tuple[LinkGroup, ...]

    def get(self, key: AttackType | str) -> AttackTypeFacts:
        found = next((t for t in self.types if t.key == key), None)
        if found is None:
            raise NotFound("attack type", str(key))
        return found

    def class_of(self, key: AttackType | str) -> str:
        return self.get(key).cls

    def specific_first(self) -> tuple[AttackType, ...]:
        """Every type, the finest first: which type of a class wins when modes merge."""
        return tuple(t.key for t in sorted(self.types, key=lambda t: t.specificity))

    def acled(self, key: AttackType | str, *, forces: bool) -> AcledCode | None:
        """The ACLED code of an attack on forces (police, military) or on anyone else."""
        return next((a for a in self.get(key).acled if a.side == "any" or (forces and a.side == "forces")), None)

    def compatible(self, a: AttackType | str, b: AttackType | str) -> bool:
        """May one attack be reported as both types? `other` is no evidence either way."""
        if a == b or AttackType.OTHER in (a, b):
            return True
        return any(a in g.types and b in g.types for g in self.link_groups)


@cache
def attack_types() -> AttackTypes:
    """The shipped attack-type facts, loaded on first call."""
    return AttackTypes.model_validate(registry_file("attack_types.yaml"))


@cache
def vocabularies() -> dict[str, Vocabulary]:
    """Every small closed vocabulary by name (certainty, claim_kind, count_role, target_category)."""
    return {name: Vocabulary.model_validate(body) for name, body in registry_file("vocabularies.yaml").items()}


def values_of(vocabulary: str) -> frozenset[str]:
    """The declared values of one vocabulary; NotFound for a vocabulary nobody declared."""
    try:
        return frozenset(vocabularies()[vocabulary].values)
    except KeyError:
        raise NotFound("vocabulary", vocabulary) from None
