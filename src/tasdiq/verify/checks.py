"""The definitions of the verification checks, read from `data/checks.toml` on first use."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tasdiq.errors import InputError
from tasdiq.model.enums import CheckKind


@dataclass(frozen=True)
class CheckDefinition:
    key: str
    label: str
    criteria: str
    strong: bool
    decisive_fail: bool
    needs_precision: bool
    needs_value: bool


@cache
def definitions() -> dict[str, CheckDefinition]:
    text = resources.files("tasdiq.verify").joinpath("data", "checks.toml").read_text(encoding="utf-8")
    table = tomllib.loads(text)
    found = {
        key: CheckDefinition(
            key=key,
            label=str(spec["label"]),
            criteria=" ".join(str(spec["criteria"]).split()),
            strong=bool(spec.get("strong", False)),
            decisive_fail=bool(spec.get("decisive_fail", False)),
            needs_precision=bool(spec.get("needs_precision", False)),
            needs_value=bool(spec.get("needs_value", False)),
        )
        for key, spec in table.items()
    }
    # The data file and the model's closed vocabulary must name the same checks.
    missing = {k.value for k in CheckKind} ^ set(found)
    if missing:
        raise InputError("checks.toml", f"check definitions and CheckKind differ: {sorted(missing)}")
    return found


def definition(check: str) -> CheckDefinition:
    try:
        return definitions()[check]
    except KeyError:
        raise InputError("check", f"{check!r} is not a check ({', '.join(definitions())})") from None
