"""Name folding shared by the gazetteer, the actor registry and the build script.

Two spellings of one name must fold to one key, or a lookup misses: "Mazar-i-Sharif",
"Mazar-e Sharif" and "Mazār-e Sharīf" all become "mazar sharif". The rules:
- accents go (NFKD, combining marks dropped), case goes, punctuation becomes a space;
- apostrophes and ayn/hamza marks vanish without a space ("Qal'eh" = "Qaleh");
- the Persian ezafe ("-e", "-i", "-ye" between two words) is dropped, because transliterations
  disagree on it more than on anything else;
- Arabic-script letters that Arabic and Persian keyboards type differently are unified,
  so Dari and Pashto names typed on either keyboard match.
"""

from __future__ import annotations

import re
import unicodedata

# Arabic-keyboard forms -> Persian forms (yeh, kaf, teh marbuta, alef with hamza).
_ARABIC_SCRIPT = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا"})
_APOSTROPHES = re.compile("['’‘`ʿʾ‛´]")
_NOT_WORD = re.compile(r"[\W_]+")
_EZAFE = frozenset({"e", "i", "ye", "yi"})

# Trailing words that say what kind of place a name is; a lookup strips them and keeps
# the kind as a hint ("Kohistan District" prefers districts called Kohistan).
KIND_SUFFIXES: dict[str, str] = {
    "province": "province",
    "wilayat": "province",
    "district": "district",
    "agency": "district",
    "tehsil": "district",
    "woluswali": "district",
    "city": "city",
    "town": "city",
    "village": "village",
}


def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces."""
    if not text.isascii():  # NFKD changes no ASCII character: most names skip the costliest step
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.lower().translate(_ARABIC_SCRIPT))
    return " ".join(_NOT_WORD.sub(" ", text).split())


def name_key(text: str) -> str:
    """The index key of a place name: folded, without ezafe, article or kind suffix."""
    key, _ = split_kind(text)
    return key


def split_kind(text: str) -> tuple[str, str | None]:
    """Folded key and the kind its suffix names: "Kunar Province" -> ("kunar", "province")."""
    words = fold(text).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) > 1 and words[-1] == "s":  # "Kabul's" folds to "kabul s"
        words = words[:-1]
    kind = None
    if len(words) > 1 and words[-1] in KIND_SUFFIXES:
        kind = KIND_SUFFIXES[words[-1]]
        words = words[:-1]
    kept = [w for i, w in enumerate(words) if not (w in _EZAFE and 0 < i < len(words) - 1)]
    return " ".join(kept), kind
