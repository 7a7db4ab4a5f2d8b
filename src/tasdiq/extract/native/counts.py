"""Casualty figures in folded native text: which number counts the dead, the injured or the
attackers, with its bounds.

Dari, Pashto and Urdu put the number before its noun and the verb last ("۴۶ نمازگزار کشته
شدند"); Arabic puts the verb first ("قُتل ٢٦ شخصاً"). So a number takes its role from the
nearest cue after it (before the next number) or from a cue just before it; a number with
neither that is joined by "and" to one that has a role takes that role ("۱۷۰ غیرنظامی و ۱۳
سرباز ... کشته": both killed, summed). The noun after the number decides whether the dead
were victims or attackers ("۳۳ مسلحاً"). "including" marks a subset, never added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tasdiq.extract.native.rules import Rules

DIGITS = r"(?<![\d/])\d{1,3}(?:,\d{3})+(?![\d/])|(?<![\d/.])\d+(?![\d/]|\.\d)"
AFTER_WINDOW = 70  # characters after a number in which its verb may stand
BEFORE_WINDOW = 40
CHAIN_WORDS = 4  # at most this many words between two numbers joined by "and"
DOZENS, HUNDREDS = 24, 100  # conventional floors, as the English extractor reads "dozens"


@dataclass
class Figure:
    value: int
    start: int
    end: int
    vague: bool = False
    role: str | None = None  # killed, injured
    perpetrator: bool = False
    subset: bool = False
    bound: str = "exact"  # exact, at_least, about
    revised: bool = False


def _word(word: str) -> str:
    return rf"{re.escape(word)}(?!\w)"


def numbers(text: str, rules: Rules, skip: list[tuple[int, int]]) -> list[Figure]:
    """Numbers in digits, words, "dozens" and "hundreds", outside the spans in `skip` (dates)."""
    found: list[Figure] = []
    for m in re.finditer(DIGITS, text):
        value = int(m.group().replace(",", ""))
        if 1300 <= value <= 2100 and len(m.group()) == 4:
            continue  # a year
        found.append(Figure(value, m.start(), m.end()))
    if rules.numbers:
        words = "|".join(_word(w) for w in sorted(rules.numbers, key=len, reverse=True))
        # Arabic glues "and" to the number word (وأربعة): the word starts after it
        glue = "و?" if rules.language == "ar" else ""
        for m in re.finditer(rf"(?<!\w){glue}(?P<w>{words})", text):
            found.append(Figure(rules.numbers[m.group("w")], m.start("w"), m.end("w")))
    for cue, value in (("dozens", DOZENS), ("hundreds", HUNDREDS)):
        for m in _finditer(rules, cue, text):
            found.append(Figure(value, m.start(), m.end(), vague=True))
    found = [f for f in found if not any(s <= f.start < e for s, e in skip)]
    return sorted(_unique(found), key=lambda f: f.start)


def _finditer(rules: Rules, cue: str, text: str) -> list[re.Match[str]]:
    pattern = rules.cue(cue)
    return [] if pattern is None else list(pattern.finditer(text))


def _unique(figures: list[Figure]) -> list[Figure]:
    out: list[Figure] = []
    for f in sorted(figures, key=lambda f: (f.start, -(f.end - f.start))):
        if not out or f.start >= out[-1].end:
            out.append(f)
    return out


def _first(rules: Rules, cues: tuple[str, ...], text: str, start: int, end: int) -> tuple[int, str] | None:
    """(position, role) of the earliest of the cues in text[start:end]."""
    best: tuple[int, str] | None = None
    for cue in cues:
        m = rules.search(cue, text, start, end)
        if m is not None and (best is None or m.start() < best[0]):
            best = (m.start(), cue.split("_")[0])
    return best


def _last_before(rules: Rules, text: str, start: int, end: int) -> tuple[int, str] | None:
    """(distance, role) of a before-cue ending closest to `end` in text[start:end]."""
    best: tuple[int, str] | None = None
    for cue in ("killed_before", "injured_before"):
        pattern = rules.cue(cue)
        if pattern is None:
            continue
        # searched past `end` so that a cue's lookahead can see the number itself
        for m in pattern.finditer(text, start, min(len(text), end + 40)):
            if m.end() > end:
                break
            if _combined(rules, text, m.start()):
                continue  # "مقتل وإصابة ٢٠٠": dead and wounded together
            distance = len(text[m.end() : end].split())
            if distance <= 4 and (best is None or distance < best[0]):
                best = (distance, cue.split("_")[0])
    return best


def assign_roles(text: str, figures: list[Figure], rules: Rules, sentences: list[tuple[int, int]]) -> None:
    """Give each figure its role (in place), then carry roles across "and"."""
    for i, f in enumerate(figures):
        if _counts_a_thing(rules, text, f.end):
            continue  # "یک حمله انتحاری", "سه انفجار": attacks or blasts counted, not people
        s_start, s_end = _sentence(sentences, f.start)
        nxt = figures[i + 1].start if i + 1 < len(figures) else len(text)
        prev = figures[i - 1].end if i > 0 else 0
        after_end = min(nxt, s_end, f.end + AFTER_WINDOW)
        after = _first(rules, ("killed_after", "injured_after"), text, f.end, after_end)
        if after is not None and _combined(rules, text, after[0]):
            continue  # "۲۰ تن کشته و زخمی شدند": dead and wounded together, neither figure
        before = _last_before(rules, text, max(prev, s_start, f.start - BEFORE_WINDOW), f.start)
        if after is not None and (before is None or len(text[f.end : after[0]].split()) < before[0]):
            f.role = after[1]
        elif before is not None:
            f.role = before[1]
        lead = text[max(prev, s_start, f.start - BEFORE_WINDOW) : f.start]
        f.bound = _bound(rules, lead)
        f.perpetrator = rules.search("perpetrator_nouns", text[f.end : f.end + 25]) is not None
        f.revised = f.role == "killed" and rules.search("revised", text, max(s_start, f.start - 120),
                                                        min(s_end, f.end + 40)) is not None
    _chain(text, figures, rules)


def _combined(rules: Rules, text: str, at: int) -> bool:
    """True when the cue at `at` is part of a dead-and-wounded phrase ("کشته و زخمی", "هلاك وإصابة")."""
    pattern = rules.cue("combined")
    if pattern is None:
        return False
    return any(m.start() <= at < m.end() for m in pattern.finditer(text, max(0, at - 30), min(len(text), at + 40)))


def _counts_a_thing(rules: Rules, text: str, end: int) -> bool:
    word = re.match(r"\s*(\S+(?:\s+\S+)?)", text[end : end + 40])
    if word is None:
        return False
    return any((m := rules.search(cue, word.group(1))) is not None and m.start() == 0
               for cue in ("attack", "blast", "suicide"))


def _bound(rules: Rules, lead: str) -> str:
    tail = lead[-25:]
    if rules.search("at_least", tail) or rules.search("more_than", tail):
        return "at_least"
    if rules.search("about", tail):
        return "about"
    return "exact"


def _sentence(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for start, end in sentences:
        if start <= pos < end:
            return start, end
    return 0, pos + 1


def _joined(rules: Rules, gap: str) -> str | None:
    """"and" or "including" between two numbers close enough to count together."""
    if len(gap.split()) > CHAIN_WORDS:
        return None
    if rules.search("including_before", gap):
        return "including_before"
    if rules.search("including_after", gap):
        return "including_after"
    conj = rules.cue("conjunctions")
    words = gap.replace(",", " , ").split()
    if "," in words or (conj is not None and any(conj.fullmatch(w) for w in words)):
        return "and"
    return None


def _chain(text: str, figures: list[Figure], rules: Rules) -> None:
    # forward: "170 civilians and 13 soldiers were killed" (right to left, so chains carry)
    for i in range(len(figures) - 2, -1, -1):
        f, g = figures[i], figures[i + 1]
        how = _joined(rules, text[f.end : g.start]) if g.role else None
        if how == "including_after":
            f.subset = True
        elif how is not None and f.role is None:
            f.role = g.role
            g.subset = g.subset or how == "including_before"
    # backward (Arabic): "قُتل ٢١ راكباً و٤ جنود"
    for i in range(1, len(figures)):
        f, g = figures[i - 1], figures[i]
        if g.role is None and f.role is not None and _joined(rules, text[f.end : g.start]) == "and":
            g.role = f.role


def first_group(text: str, figures: list[Figure], rules: Rules) -> list[Figure]:
    """The first figures that follow one another joined by "and" (figures of one role)."""
    group = [figures[0]]
    for f in figures[1:]:
        if _joined(rules, text[group[-1].end : f.start]) != "and":
            break
        group.append(f)
    return group
