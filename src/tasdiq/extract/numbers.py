"""Numbers written in digits or words ("62", "1,200", "twenty-five", "a dozen", "dozens")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from tasdiq.extract.lexicon import rows, rule

# What a number next to these words measures is not people: ages, years, distances, times.
NOT_PEOPLE_AFTER = rule("numbers.not_people_after")
MONTH_BEFORE = rule("numbers.month_before")
MONTH_AFTER = rule("numbers.month_after")
WORD_BREAK = rule("numbers.word_break")


ANOTHER = rule("numbers.another")


@dataclass(frozen=True)
class Number:
    value: int
    start: int
    end: int
    vague: bool = False  # "dozens": a conventional floor, not a figure


@cache
def _words() -> dict[str, tuple[int, str]]:
    return {r[0]: (int(r[1]), r[2]) for r in rows("number_words.tsv")}


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted((w for w in _words() if w not in ("a", "an")), key=len, reverse=True)
    word = "(?:" + "|".join(words) + ")"
    # "and" joins a number's parts only after a scale ("two hundred and five"); "one and two"
    # are two figures
    after_scale = r"(?:(?<=hundred\s)|(?<=thousand\s)|(?<=million\s))and\s+"
    spelled = rf"(?:(?:a|an)\s+(?:dozen|hundred|thousand)\b|\b{word}(?:(?:[\s-]+(?:{after_scale})?){word})*)\b"
    digits = r"(?<![\d.,:/-])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d:/]|\.\d|,\d)"
    return re.compile(rf"{digits}|{spelled}", re.IGNORECASE)


def _spelled_value(words: str) -> tuple[int, bool]:
    total = current = 0
    vague = False
    for w in WORD_BREAK.split(words.lower()):
        if w in ("and", "a", "an") or w not in _words():
            continue
        value, kind = _words()[w]
        if kind == "scale":
            current = max(current, 1) * value
            if value >= 1000:
                total, current = total + current, 0
        elif kind == "vague":
            current, vague = current + value, True
        else:
            current += value
    return total + current, vague


def numbers_in(text: str) -> list[Number]:
    """Numbers that may count people: years, dates, ages, distances and times left out."""
    return list(_numbers_in(text))


# Counts, clause counts and victims each ask for the numbers of the same text, one component
# after another over a batch of texts (pipeline.BATCH, 64): remembering more texts than a batch
# holds finds them all once (2,000 reports: ~6,000 scans -> 2,000).
@lru_cache(maxsize=256)
def _numbers_in(text: str) -> tuple[Number, ...]:
    found: list[Number] = []
    for m in _pattern().finditer(text):
        raw = m.group(0)
        after = text[m.end() : m.end() + 14]
        before = text[max(0, m.start() - 12) : m.start()]
        if NOT_PEOPLE_AFTER.match(after) or MONTH_BEFORE.search(before) or MONTH_AFTER.match(after):
            continue
        if raw[0].isdigit():
            value, vague = int(raw.replace(",", "")), False
            if len(raw) == 4 and 1900 <= value <= 2100:
                continue
        else:
            value, vague = _spelled_value(raw)
        if value > 0:
            found.append(Number(value, m.start(), m.end(), vague))
    for m in ANOTHER.finditer(text):
        # "one was killed and another wounded": "another" counts one more person
        found.append(Number(1, m.start(), m.end()))
    return tuple(sorted(found, key=lambda n: n.start))
