"""Code lists for the exchange formats, read from `data/` on first use and cached."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("tasdiq.exchange").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO("\n".join(ln for ln in text.splitlines() if not ln.startswith("#")))))


@dataclass(frozen=True)
class Country:
    alpha2: str
    alpha3: str
    numeric: int
    name: str


@dataclass(frozen=True)
class TargetActor:
    category: str
    actor2: str
    inter2: str
    side: str


@cache
def countries() -> dict[str, Country]:
    rows = _rows("countries.csv")
    return {r["alpha2"]: Country(r["alpha2"], r["alpha3"], int(r["numeric"]), r["name"]) for r in rows}


@cache
def admin1_names() -> dict[str, str]:
    return {r["code"]: r["name"] for r in _rows("admin1.csv")}


@cache
def target_actors() -> tuple[TargetActor, ...]:
    return tuple(TargetActor(r["category"], r["actor2"], r["inter2"], r["side"]) for r in _rows("target_actors.csv"))
