"""Proper names a report gives beyond places and armed groups: what names *this* attack.

"the Russian embassy", "Dawood Muzammil", "the Jaffar Express", "Nisar Ahmad Ahmadi": the
words that outlets telling one attack share and reports of other attacks in the same town
seldom do. A name word is a capitalised word that is not an acronym, not a place the gazetteer
knows, not an armed group or state force of the actor registry, not in `data/not_names.txt`
(titles, institutions, the region's peoples and faiths, calendar words, common parts of personal
names, page chrome), not in a chrome line (`tasdiq.extract.chrome`: menus, "Related stories")
and not a word of the report's own publisher. A capitalised phrase that
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
LEAD = frozenset({"the", "a", "an", "in", "on", "at", "after", "when", "as", "but", "and", "two", "three"})


@cache
def not_names() -> frozenset[str]:
    lines = _read("not_names.txt").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=65536)
def _known(name: str) -> bool:
    """A place of the gazetteer or an actor of the registry (loaded on first use)."""
    from tasdiq.reference.actors import registry
    from tasdiq.reference.places import gazetteer

    return bool(gazetteer().lookup(name)) or registry().lookup(name) is not None


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before.endswith("\n") or before[-1] in OPENERS


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
    if "\n" in text:
        text = mask_chrome(text)
    skip = not_names() | {w.lower() for w in re.findall(r"\w+", publisher or "")}
    found: set[str] = set()
    for m in PHRASE.finditer(text):
        tokens = m.group().split()
        while tokens and tokens[0].lower() in LEAD:
            tokens.pop(0)
        words = [_word(t) for t in tokens if not t.isupper()]
        phrase = " ".join(words)
        if not phrase or _known(phrase):
            continue
        if len(words) < 2 and _opens_sentence(text, m.start()):
            continue  # one capitalised word opening a sentence is capitalised by its position
        found.update(w for w in words if _name_word(w, skip))
    return frozenset(found)
