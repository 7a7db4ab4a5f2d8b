"""The registry's YAML files (actors, attack types, vocabularies), read by libyaml's parser.

PyYAML's pure-Python parser took 0.045 CPU s for actors.yaml alone, in every command that links
or extracts; libyaml's (`CSafeLoader`, built into PyYAML's wheels) takes a tenth of that and
builds the same objects with the same safe constructor (tests/reference/test_files.py holds
the two equal on every shipped file). Where PyYAML was built without libyaml the pure parser
reads them as before.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def registry_text(name: str) -> str:
    return (resources.files("tasdiq.reference") / "data" / "registry" / name).read_text("utf-8")


def registry_file(name: str) -> Any:
    """The parsed contents of data/registry/`name`."""
    return yaml.load(registry_text(name), Loader=LOADER)
