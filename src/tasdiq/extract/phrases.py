"""The place ruler's phrase patterns, tokenised once per machine and filed by their word ids.

spaCy's `EntityRuler.add_patterns` tokenises every phrase pattern into a `Doc`, making a lexeme
for each new word, and adds each `Doc` to its `PhraseMatcher`, which keeps nothing of it but the
id of each token's matched attribute (ORTH here). For the gazetteer's 10,131 place names that was
0.75 CPU s of every `tasdiq extract`: tokenising 0.45, the adds 0.26. The words the tokenizer
cuts are kept in the cache folder (`tasdiq.cache`) under a hash of everything that decides them
(spaCy's version, the tokenizer's rules, the phrases), and the matcher is given each name as the
ids of its words, which `PhraseMatcher.add` takes as readily as a `Doc` (spaCy's own unpickling
does the same): the same tries, the same match ids, so the same matches on every text
(`tests/extract/test_place_phrases.py` holds the matcher's state equal to `add_patterns`' one).

What the ruler does not get: its `phrase_patterns` (the `Doc`s) stay empty, so `len(ruler)` and
`ruler.patterns` do not count the places. Nothing in extraction reads them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

FORMAT = "tasdiq-phrase-words/1"


def _key(nlp: Any, phrases: Sequence[str]) -> str:
    from spacy import about

    sha = hashlib.sha256(f"{FORMAT}\0{about.__version__}\0".encode())
    # the rules, affixes, special cases (our abbreviations among them) and URL and token matches
    sha.update(nlp.tokenizer.to_bytes(exclude=["vocab"]))
    for phrase in phrases:
        sha.update(phrase.encode("utf-8") + b"\0")
    return sha.hexdigest()[:24]


def _tokenised(nlp: Any, phrases: Sequence[str]) -> list[list[str]]:
    """The words of each phrase as `add_patterns` cuts them (`nlp.pipe` with no pipe enabled)."""
    return [[token.text for token in nlp.make_doc(phrase)] for phrase in phrases]


def _read(path: Path, phrases: Sequence[str]) -> list[list[str]] | None:
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    words = found.get("words") if isinstance(found, dict) else None
    if not isinstance(words, list) or len(words) != len(phrases):
        return None
    if not all(isinstance(ws, list) and all(isinstance(w, str) for w in ws) for ws in words):
        return None
    return words


def phrase_words(nlp: Any, phrases: Sequence[str]) -> list[list[str]]:
    """Each phrase's words as `nlp`'s tokenizer cuts them: from the cache folder where an entry
    for this tokenizer and these phrases is there, else cut now (and kept for the next run)."""
    from tasdiq.cache import derived_file  # reads the settings: only when a ruler is built

    def build(target: Path) -> None:
        target.write_text(json.dumps({"format": FORMAT, "words": _tokenised(nlp, phrases)}), encoding="utf-8")

    path = derived_file(f"phrase-words-{_key(nlp, phrases)}", source=None, build=build, suffix=".json")
    words = _read(path, phrases) if path is not None else None
    return words if words is not None else _tokenised(nlp, phrases)


def add_phrases(ruler: Any, *, label: str, patterns: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Each (entity id, words) into the ruler as `add_patterns` files the phrase pattern
    {"label": label, "id": id, "pattern": " ".join(words)}: the same match key (label and id
    joined as the ruler joins them), the same (label, id) for the entity it makes, and the
    words' ORTH ids (a lexeme's ORTH is the id its text gets in the vocabulary's strings)."""
    if ruler.phrase_matcher_attr != "ORTH":
        raise ValueError(f"{ruler.name} matches {ruler.phrase_matcher_attr}: its phrases' word ids are not ORTH")
    strings = ruler.nlp.vocab.strings
    for ent_id, words in patterns:
        key = ruler._create_label(label, ent_id)
        ruler._ent_ids[ruler.matcher._normalize_key(key)] = (label, ent_id)
        ruler.phrase_matcher.add(key, [[strings.add(word) for word in words]])
