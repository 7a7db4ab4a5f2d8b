"""Lint of the reference registry (data/registry/*.yaml), in the spirit of followthemoney's
schema checks: every cross-reference resolves, every enum agrees with its declaration, and no
module compares a vocabulary field with a value the registry does not declare."""

from __future__ import annotations

import ast
import datetime as dt
import itertools
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from tasdiq.model import enums
from tasdiq.reference.actors import (
    declared_actors,
    is_part_of,
    outlet_actor,
    registry,
    same_actor,
)
from tasdiq.reference.text import fold
from tasdiq.reference.vocab import attack_types, values_of, vocabularies

SRC = Path(__file__).resolve().parents[2] / "src" / "tasdiq"
GTD_ATTACK_TYPES = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
                    "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
                    "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}


# ------------------------------------------------------------------ actors.yaml


def test_actor_keys_are_unique_and_parents_resolve_without_cycles() -> None:
    actors = declared_actors()
    keys = [a.key for a in actors]
    assert len(keys) == len(set(keys))
    for actor in actors:
        assert actor.parent is None or actor.parent in keys, actor.key
        assert actor.key not in registry().parents(actor.key)


def test_every_outlet_speaks_for_a_declared_actor_in_dated_order() -> None:
    keys = set(registry().actors)
    for actor in declared_actors():
        for outlet in actor.outlets:
            for tenure in outlet.speaks_for:
                assert tenure.actor in keys, outlet.name
                assert tenure.start is None or tenure.end is None or tenure.start < tenure.end
            ends = [t.end for t in outlet.speaks_for]
            assert ends.count(None) <= 1, f"{outlet.name}: two present holders"


def test_one_outlet_name_means_one_outlet_and_is_listed_once() -> None:
    seen: dict[str, str] = {}
    for actor in declared_actors():
        for outlet in actor.outlets:
            for name in (outlet.name, *outlet.names):
                assert fold(name) not in seen, f"{name} listed for {seen.get(fold(name))} and {actor.key}"
                seen[fold(name)] = actor.key


def test_validity_and_governing_periods_are_ordered() -> None:
    for actor in declared_actors():
        if actor.valid_from and actor.valid_to:
            assert actor.valid_from < actor.valid_to, actor.key
        for g in actor.governs:
            assert g.start is None or g.end is None or g.start < g.end, actor.key


def test_each_country_has_one_authority_on_any_day() -> None:
    for day in (dt.date(2021, 8, 14), dt.date(2021, 8, 15), dt.date(2024, 1, 1)):
        holders = [a.key for a in declared_actors() for g in a.governs
                   if g.country == "AF" and (g.start is None or day >= g.start) and (g.end is None or day < g.end)]
        assert len(holders) == 1, (day, holders)


def test_ispr_speaks_for_the_pakistani_state() -> None:
    assert outlet_actor("ISPR") == "PAK_GOV"
    assert same_actor("PAK_GOV", outlet_actor("Inter-Services Public Relations"))


def test_branches_are_part_of_their_parent_and_not_of_each_other() -> None:
    assert is_part_of("ISIS-K", "Islamic State") and is_part_of("Haqqani Network", "Taliban")
    assert not is_part_of("Islamic State", "ISKP")
    assert same_actor("ISKP", "IS") and same_actor("HAQQANI", "Afghan Taliban")
    assert not same_actor("ISKP", "ISPP") and not same_actor("TTP", "TALIBAN")


def test_state_media_speak_for_whoever_governed_then() -> None:
    assert outlet_actor("Bakhtar News Agency", dt.date(2019, 5, 1)) == "AFG_GOV"
    assert outlet_actor("Bakhtar News Agency", dt.date(2023, 5, 1)) == "TALIBAN"
    assert registry().authority("AF", dt.date(2021, 9, 1)) == "TALIBAN"


def test_native_script_names_resolve_but_are_not_english_phrase_patterns() -> None:
    iskp = registry().get("ISKP")
    assert iskp.native_names and registry().key_of(iskp.native_names[0]) == "ISKP"
    assert not {n for n, _ in registry().aliases()} & set(iskp.native_names)


def test_the_retired_party_key_still_finds_the_pakistani_state() -> None:
    assert registry().key_of("PAK_STATE") == "PAK_GOV"


# ------------------------------------------------------------------ attack_types.yaml


def test_attack_types_declare_every_enum_member_once() -> None:
    declared = [t.key for t in attack_types().types]
    assert sorted(declared) == sorted(enums.AttackType)
    ranks = [t.specificity for t in attack_types().types]
    assert len(ranks) == len(set(ranks))


def test_attack_types_name_real_gtd_codes_and_an_acled_code_for_any_target() -> None:
    for t in attack_types().types:
        assert t.gtd in GTD_ATTACK_TYPES, t.key
        if t.key is not enums.AttackType.OTHER:
            assert attack_types().acled(t.key, forces=False) is not None, t.key


def test_every_link_group_says_why_and_has_two_types() -> None:
    for group in attack_types().link_groups:
        assert len(set(group.types)) >= 2 and len(group.why.split()) >= 8, group.key


def test_suicide_bombing_may_link_with_a_bombing_but_not_a_kidnapping_with_an_airstrike() -> None:
    types = attack_types()
    assert types.compatible("suicide_bombing", "bombing")
    assert not types.compatible("kidnapping", "airstrike")
    assert types.compatible("other", "kidnapping")


# ------------------------------------------------------------------ vocabularies.yaml


@pytest.mark.parametrize("name", sorted(n for n, v in vocabularies().items() if v.enum))
def test_enum_holds_exactly_the_declared_values(name: str) -> None:
    enum = getattr(enums, vocabularies()[name].enum or "")
    assert {m.value for m in enum} == values_of(name)


def _first_column(package: str, name: str, sep: str) -> set[str]:
    text = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    return {ln.split(sep)[0] for ln in text.splitlines() if ln.strip() and not ln.startswith("#")}


def test_target_categories_of_the_word_lists_and_the_acled_map_are_the_declared_ones() -> None:
    declared = values_of("target_category")
    assert _first_column("tasdiq.extract", "targets.tsv", "\t") == declared
    assert _first_column("tasdiq.exchange", "target_actors.csv", ",") - {"category"} == declared


def test_count_cues_assign_only_declared_roles() -> None:
    assert _first_column("tasdiq.extract", "count_cues.tsv", "\t") <= values_of("count_role")


# ------------------------------------------------------------------ values used in code

# Fields whose values come from one declared vocabulary, and where to find the declaration.
FIELD_VOCABULARY = {
    "attack_type": "attack_type",
    "certainty": "certainty",
    "perpetrator_certainty": "certainty",
    "targets": "target_category",
    "date_precision": "date_precision",
    "state": "link_state",
}


def _declared(vocabulary: str) -> frozenset[str]:
    if vocabulary == "attack_type":
        return frozenset(t.key.value for t in attack_types().types)
    return values_of(vocabulary)


def _field(node: ast.expr) -> str | None:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        return str(node.slice.value)  # row["attack_type"]
    return None


def _strings(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return [s for e in node.elts for s in _strings(e)]
    return []


def vocabulary_literals(tree: ast.AST) -> Iterator[tuple[int, str, str]]:
    """(line, field, value) for each string literal compared with, assigned to or passed as a
    vocabulary field: `m.attack_type == "bombing"`, `"police" in targets`, `certainty="claimed"`."""
    for node in ast.walk(tree):
        pairs: list[tuple[ast.expr, ast.expr]] = []
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            pairs = [*itertools.pairwise(sides), *((b, a) for a, b in itertools.pairwise(sides))]
        elif isinstance(node, ast.Assign):
            pairs = [(t, node.value) for t in node.targets]
        elif isinstance(node, ast.keyword) and node.arg:
            pairs = [(ast.Name(node.arg), node.value)]
        for target, value in pairs:
            field = _field(target)
            if field in FIELD_VOCABULARY:
                for s in _strings(value):
                    yield getattr(node, "lineno", 0), field, s


def undeclared_uses(source: str) -> list[str]:
    tree = ast.parse(source)
    return [f"{line}: {field} = {value!r}" for line, field, value in vocabulary_literals(tree)
            if value not in _declared(FIELD_VOCABULARY[field])]


def test_the_source_scan_catches_an_undeclared_value() -> None:
    assert undeclared_uses('if m.attack_type == "bombin": pass') == ['1: attack_type = \'bombin\'']
    assert undeclared_uses('x = "polis" in incident.targets') == ['1: targets = \'polis\'']
    assert undeclared_uses('Mention(certainty="claimed")') == []


def test_code_uses_only_vocabulary_values_the_registry_declares() -> None:
    found = [f"{path.relative_to(SRC)}:{use}" for path in sorted(SRC.rglob("*.py"))
             for use in undeclared_uses(path.read_text(encoding="utf-8"))]
    assert found == []
