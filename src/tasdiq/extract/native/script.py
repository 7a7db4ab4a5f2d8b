"""Arabic-script text folded for matching, with a map back to the original offsets.

Dari, Pashto, Urdu and Arabic write one word several ways: Arabic yeh and kaf or Persian
ones (ي/ی, ك/ک), teh marbuta or heh (ة/ه), hamza on alef or not, harakat or none, tatweel
(ـ) to stretch a word, a zero-width non-joiner inside Persian compounds (می‌گویند), and
Persian or Arabic-Indic digits. The rules and names are folded the same way, so one pattern
matches every spelling. Folding only drops or replaces characters one for one, and `origin`
keeps, for each folded character, its index in the original: every span points into the
text as it was written, never into the folded copy.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

# One form per letter that the four languages spell differently (kept close to the shared
# scorer's fold, so a name it counts as stated is one we can match).
UNIFY = {
    "ي": "ی", "ى": "ی", "ې": "ی", "ۍ": "ی", "ئ": "ی",
    "ك": "ک", "ڪ": "ک", "ګ": "گ",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و",
    "ة": "ه", "ۃ": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ۂ": "ه", "ھ": "ه",
    "ټ": "ٹ", "ډ": "ڈ", "ړ": "ڑ",
    "،": ",", "؛": ";", "؟": "?", "۔": ".", "٬": ",", "٫": ".",
}
# Dropped: tatweel, high hamza, zero-width (non-)joiners and marks, bidi controls.
DROP = frozenset("ـٴ\u200c\u200d\u200e\u200f\u061c\u200b\ufeff")
ARABIC_RANGES = ((0x0600, 0x0700), (0x0750, 0x0780), (0x08A0, 0x0900), (0xFB50, 0xFE00), (0xFE70, 0xFF00))


@cache
def is_arabic_letter(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp < hi for lo, hi in ARABIC_RANGES) and unicodedata.category(ch).startswith("L")


@cache
def _fold_char(ch: str) -> str:
    """The folded form of one character: '' (dropped), or one character."""
    if ch in DROP:
        return ""
    if ch in UNIFY:
        return UNIFY[ch]
    cat = unicodedata.category(ch)
    if cat == "Nd":
        return str(unicodedata.digit(ch))
    if cat in ("Mn", "Me") and any(lo <= ord(ch) < hi for lo, hi in ARABIC_RANGES):
        return ""  # harakat, shadda, superscript alef
    if 0xFB50 <= ord(ch) < 0xFF00:  # presentation forms: the base letter
        base = unicodedata.normalize("NFKC", ch)
        return _fold_char(base[0]) if len(base) == 1 else ch
    if ch.isspace() and ch != "\n":
        return " "  # a line break stays: it ends a headline
    return ch


@dataclass(frozen=True)
class Folded:
    """`text` folded; `origin[i]` is where folded character i came from in the original."""

    text: str
    origin: tuple[int, ...]
    length: int  # of the original

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) of folded [start, end)."""
        if start >= len(self.origin):
            return (self.length, self.length)
        last = self.origin[end - 1] + 1 if end > start else self.origin[start]
        return (self.origin[start], last)


def fold(text: str) -> Folded:
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        if f:
            out.append(f)
            origin.append(i)
    return Folded("".join(out), tuple(origin), len(text))


def fold_words(text: str) -> str:
    """A word or rule pattern folded: only Arabic-script letters and digits change, so
    regex syntax written in ASCII (\\s, \\d, [..]) passes through untouched."""
    return "".join(_fold_char(ch) if ord(ch) > 0x7F else ch for ch in text)


def arabic_share(text: str, sample: int = 2000) -> float:
    """Share of letters in Arabic script among the first `sample` characters' letters."""
    # Each distinct character is looked at once: ingest and extraction ask this of every text.
    counts = Counter(text[:sample])
    letters = sum(n for ch, n in counts.items() if ch.isalpha())
    if not letters:
        return 0.0
    return sum(n for ch, n in counts.items() if is_arabic_letter(ch)) / letters
