"""The per-language rule files (rules/<lang>.toml), loaded and compiled once per process.

A rule file declares, for one language, lists of regex alternatives per cue (killed,
injured, suicide, claimed, ...), its number words, weekday and month names, and example
sentences; `common.toml` holds what the four share (lunar Hijri months, what ends a dateline,
the word for a province). Patterns are folded like the text (see script.py) before they are compiled.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tasdiq.extract.native.script import fold_words

RULES = Path(__file__).resolve().parent / "rules"
LANGUAGES = ("fa", "ps", "ur", "ar")
# Cues every rule file must declare (an empty list is a declaration that the language has none).
CUES = (
    "killed_after", "killed_before", "injured_after", "injured_before", "revised", "at_least", "more_than",
    "about", "dozens", "hundreds", "combined", "including_before", "including_after", "conjunctions",
    "perpetrator_nouns",
    "suicide", "airstrike", "blast", "armed", "kidnap", "execution", "operation", "attack", "claimed", "denied",
    "no_claim",
    "confessed", "attributed", "member_of", "self_claim", "state_voice", "taliban_voice", "yesterday", "today",
    "disaster", "diplomatic", "protest", "protest_force",
)


def _alternatives(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{fold_words(p)})" for p in patterns))


@dataclass(frozen=True)
class Rules:
    language: str
    name: str
    cues: dict[str, re.Pattern[str] | None]
    numbers: dict[str, int]
    weekdays: tuple[re.Pattern[str], ...]  # Monday first, as datetime.weekday()
    solar_months: tuple[re.Pattern[str], ...]
    gregorian_months: tuple[re.Pattern[str], ...]
    lunar_months: tuple[re.Pattern[str], ...]
    hijri_mark: str
    dateline_end: re.Pattern[str]
    province_word: re.Pattern[str]
    examples: tuple[dict[str, Any], ...]
    checks: tuple[dict[str, Any], ...]

    def cue(self, name: str) -> re.Pattern[str] | None:
        return self.cues[name]

    def search(self, name: str, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        pattern = self.cues[name]
        if pattern is None:
            return None
        return pattern.search(text, pos, len(text) if endpos is None else endpos)


def _raw(name: str) -> dict[str, Any]:
    with (RULES / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def rules(language: str) -> Rules:
    """The compiled rules of one language (fa, ps, ur, ar)."""
    if language not in LANGUAGES:
        raise KeyError(language)
    raw, common = _raw(language), _raw("common")
    cues = raw["cues"]
    missing = [c for c in CUES if c not in cues]
    if missing:
        raise ValueError(f"rules/{language}.toml: cues {missing} not declared")

    def months(key: str, source: dict[str, Any]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(fold_words(p)) for p in source.get(key, []))

    return Rules(
        language=language, name=str(raw["name"]),
        cues={c: _alternatives(list(cues[c])) for c in CUES},
        numbers={fold_words(k): int(v) for k, v in raw.get("numbers", {}).items()},
        weekdays=months("weekdays", cues), solar_months=months("solar_months", cues),
        gregorian_months=months("gregorian_months", cues), lunar_months=months("lunar_months", common),
        hijri_mark=fold_words(str(common["hijri_mark"])),
        dateline_end=re.compile(fold_words(str(common["dateline_end"]))),
        province_word=re.compile(fold_words(str(common["province_word"]))),
        examples=tuple(raw.get("example", [])), checks=tuple(raw.get("check", [])),
    )
