"""The registry files read the same by libyaml's parser as by PyYAML's pure-Python one."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from tasdiq.reference.files import registry_file, registry_text

REGISTRY = sorted(p.name for p in (resources.files("tasdiq.reference") / "data" / "registry").iterdir()
                  if p.name.endswith(".yaml"))


def test_every_registry_file_is_checked() -> None:
    assert {"actors.yaml", "attack_types.yaml", "vocabularies.yaml"} <= set(REGISTRY)


@pytest.mark.parametrize("name", REGISTRY)
def test_registry_file_parses_as_the_pure_python_parser_does(name: str) -> None:
    pure = yaml.load(registry_text(name), Loader=yaml.SafeLoader)
    # repr as well as ==: 1 == 1.0 == True, and a date must not come back as a string
    assert repr(registry_file(name)) == repr(pure)
    assert registry_file(name) == pure
