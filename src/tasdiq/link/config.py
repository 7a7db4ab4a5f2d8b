"""The linker's reference data (weights, attack-type groups), read on first use and cached."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return resources.files("tasdiq.link").joinpath("data", name).read_text(encoding="utf-8")


@cache
def scoring() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_read("scoring.json"))
    return data


@cache
def type_groups() -> dict[str, frozenset[str]]:
    """Attack type -> every type it shares a group with (itself included)."""
    compatible: dict[str, set[str]] = {}
    for line in _read("attack_type_groups.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _group, types = line.split("\t")
        members = {t.strip() for t in types.split(",") if t.strip()}
        for t in members:
            compatible.setdefault(t, {t}).update(members)
    return {t: frozenset(v) for t, v in compatible.items()}


def types_compatible(a: str, b: str) -> bool:
    if a == b or "other" in (a, b):
        return True
    return b in type_groups().get(a, frozenset())
