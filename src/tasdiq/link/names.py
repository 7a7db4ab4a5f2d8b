"""Proper names a report gives beyond places and armed groups: what names *this* attack.

"the Russian embassy", "Dawood Muzammil", "the Jaffar Express", "Nisar Ahmad Ahmadi": the
words that outlets telling one attack share and reports of other attacks in the same town
seldom do. A name word is a capitalised word that is not an acronym, not a place the gazetteer
knows, not an armed group or state force of the actor registry, not in `data/not_names.txt`
(titles, institutions, the region's peoples and faiths, calendar words, common parts of personal
names, page chrome, military units), not in a chrome line (`tasdiq.extract.chrome`: menus,
"Related stories") or a line in title case (a headline, "For Immediate Release"), and not a
word of the report's own publisher; nor a place the gazetteer does not know, told by its context
("in Maiwand", "near Goldar", "Goldar village"), which names a town, not an attack. A capitalised phrase that
opens a sentence counts only when it has two or more words ("Nisar Ahmad Ahmadi, the deputy
governor"): a single word there ("Families", "Gunmen") is capitalised by its position.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from tasdiq.extract.chrome import mask_chrome
from tasdiq.link.config import _read

PHRASE = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
POSSESSIVE = re.compile(r"['’]s?$")
OPENERS = frozenset(".!?:;|-–—\"“(")
LEAD = frozenset({"the", "a", "an", "in", "on", "at", "after", "when", "as", "but", "and", "two", "three", "near",
                  "from", "outside", "into", "across"})


LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\r": "\n"})
WORDS = re.compile(r"[^\W\d_][\w'’-]*")
# A line of three or more words, most of them capitalised, is a headline, a masthead or a
# boilerplate line ("For Immediate Release", "Haqqani Facilitator Captured in Paktika"): its
# capitals say nothing about names.
HEADLINE_WORDS, HEADLINE_SHARE = 3, 0.6


def _mask_headlines(text: str) -> str:
    parts = text.split("\n")
    for i, line in enumerate(parts):
        words = WORDS.findall(line)
        if len(words) >= HEADLINE_WORDS and sum(w[0].isupper() for w in words) >= HEADLINE_SHARE * len(words):
            parts[i] = " " * len(line)
    return "\n".join(parts)


@cache
def not_names() -> frozenset[str]:
    lines = _read("not_names.txt").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=65536)
def _known(name: str) -> bool:
    """A place of the gazetteer, or an actor or a spokesman of the registry (loaded on first use)."""
    from tasdiq.reference.actors import registry
    from tasdiq.reference.places import gazetteer

    actors = registry()
    return bool(gazetteer().lookup(name)) or actors.lookup(name) is not None or actors.channel(name) is not None


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before.endswith("\n") or before[-1] in OPENERS


SPEAKER_BEFORE = re.compile(
    r"\b(?:said|says|told|according to|spokesman|spokesperson|spokeswoman|col|lt|gen|maj|capt|sgt)\.?[ \t]*$",
    re.IGNORECASE)
SPEAKER_AFTER = re.compile(r"^,?[ \t]+(?:said|says|told|an?[ \t]+\w*[ \t]*spokes\w*|spokes\w*)\b", re.IGNORECASE)


LOCATIVE = frozenset({"in", "near", "at", "from", "outside", "into", "across"})
PLACE_BEFORE = re.compile(r"\b(?:in|near|at|from|outside|into|across|of)[ \t]*$", re.IGNORECASE)
PLACE_AFTER = re.compile(
    r"^[ \t]+(?:district|province|village|area|city|town|valley|region|subdistrict|tehsil|agency|county)\b",
    re.IGNORECASE)


def _unknown_place(text: str, start: int, end: int) -> bool:
    """Right after "in", "near", "of" or right before "district", "village": a place by its context."""
    return bool(PLACE_BEFORE.search(text, max(0, start - 12), start) or PLACE_AFTER.match(text[end : end + 20]))


def _speaker(text: str, start: int, end: int) -> bool:
    """"said Col. Rafael Torres", "Zabiullah Mujahid, a spokesman," "Ahmad Zia said": who speaks."""
    return bool(SPEAKER_BEFORE.search(text, max(0, start - 30), start) or SPEAKER_AFTER.match(text[end : end + 40]))


def _acronym(token: str) -> bool:
    """"ISPR", "IEDs", "AK-47s": letters in capitals (a plural s aside) or digits."""
    core = token.rstrip("s") if len(token) > 2 else token
    return core.isupper() or any(ch.isdigit() for ch in token)


def _word(token: str) -> str:
    return POSSESSIVE.sub("", token).strip("-").lower()


def _name_word(word: str, skip: frozenset[str]) -> bool:
    parts = word.split("-")  # "Taliban-run", "Ulema-e-Islam": any known part makes it no name
    return len(word) > 2 and not any(p in skip or (len(p) > 2 and _known(p)) for p in parts) and not _known(word)


def names(text: str, publisher: str | None = None) -> frozenset[str]:
    """The name words of `text` (lower-cased), its page chrome left out: a "Most read" box names
    other attacks, and two pages of one site carry the same box."""
    if not text:
        return frozenset()
    text = text.translate(LINE_BREAKS)
    if "\n" in text:
        text = _mask_headlines(mask_chrome(text))
    skip = not_names() | {w.lower() for w in re.findall(r"\w+", publisher or "")}
    found: set[str] = set()
    for m in PHRASE.finditer(text):
        tokens = m.group().split()
        located = False
        while tokens and tokens[0].lower() in LEAD:
            located = located or tokens.pop(0).lower() in LOCATIVE
        if located or _unknown_place(text, m.start(), m.end()):
            if not tokens or not POSSESSIVE.search(tokens[0]):
                continue  # "in Maiwand", "Goldar village": a place the gazetteer does not know, not a name
            tokens.pop(0)  # "at Faizabad's Nabawi mosque": the place is the possessor; what it holds is named
        words = [_word(t) for t in tokens if not _acronym(t)]
        phrase = " ".join(words)
        if not phrase or _known(phrase):
            continue
        if _speaker(text, m.start(), m.end()):
            continue  # a spokesman speaks of many attacks: his name says which of them none
        if len(words) < 2 and _opens_sentence(text, m.start()):
            continue  # one capitalised word opening a sentence is capitalised by its position
        found.update(w for w in words if _name_word(w, skip))
    return frozenset(found)
