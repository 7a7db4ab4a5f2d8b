"""The linker's reference data (weights; attack-type groups from the registry), read on first use and cached."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from tasdiq.reference.vocab import attack_types


def _read(name: str) -> str:
    return resources.files("tasdiq.link").joinpath("data", name).read_text(encoding="utf-8")


@cache
def scoring() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_read("scoring.json"))
    return data


@cache  # asked for nearly every pair scored, of a few dozen types
def types_compatible(a: str, b: str) -> bool:
    """May one attack be reported as both types? The groups and why: attack_types.yaml."""
    return attack_types().compatible(a, b)
