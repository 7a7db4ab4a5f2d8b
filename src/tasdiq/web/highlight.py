"""Cut a text into plain and highlighted pieces from extraction spans.

The template escapes every piece and wraps highlighted ones in <mark>, so a span can never
inject markup: highlighting works on text, not on HTML.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tasdiq.model import Claim, Mention


@dataclass(frozen=True)
class Piece:
    text: str
    labels: tuple[str, ...] = ()


def spans_of(spans: Mapping[str, Any]) -> Iterable[tuple[str, int, int]]:
    """(label, start, end) from a Mention.spans dict; a value is [start, end] or a list of them."""
    for label, value in spans.items():
        pairs = value if value and isinstance(value[0], (list, tuple)) else [value]
        for pair in pairs:
            if isinstance(pair, (list, tuple)) and len(pair) == 2 and all(isinstance(x, int) for x in pair):
                yield label, pair[0], pair[1]


def pieces(text: str, spans: Iterable[tuple[str, int, int]]) -> list[Piece]:
    marks = [(label, max(0, s), min(len(text), e)) for label, s, e in spans if 0 <= s < e]
    cuts = sorted({0, len(text), *(s for _, s, _ in marks), *(e for _, _, e in marks)})
    out: list[Piece] = []
    for start, end in itertools.pairwise(cuts):
        labels = tuple(sorted({label for label, s, e in marks if s <= start and end <= e}))
        if out and out[-1].labels == labels:
            out[-1] = Piece(out[-1].text + text[start:end], labels)
        else:
            out.append(Piece(text[start:end], labels))
    return out


# Named persons in a text are withheld from viewers as the personal fields naming them are
# (Mention.victims_named, Claim.persons): the extraction knows the names, so every place the
# text says them is cut, not only the first span the extraction kept.
WITHHELD = "withheld"
WITHHELD_TEXT = "[name withheld]"
PERSON_SPANS = ("victims",)


def named_persons(text: str, names: Iterable[str], spans: Iterable[tuple[str, int, int]]
                  ) -> list[tuple[str, int, int]]:
    """Where the text names a person: each occurrence of each name, and the person spans."""
    found = [(WITHHELD, s, e) for label, s, e in spans if label in PERSON_SPANS]
    for name in {n.strip() for n in names if n and len(n.strip()) > 1}:
        start = text.find(name)
        while start >= 0:
            found.append((WITHHELD, start, start + len(name)))
            start = text.find(name, start + len(name))
    return found


def withhold(parts: list[Piece]) -> list[Piece]:
    """The pieces with every withheld one replaced by a placeholder (and no other label, so
    the highlight cannot tell what kind of word was cut)."""
    return [Piece(WITHHELD_TEXT, (WITHHELD,)) if WITHHELD in p.labels else p for p in parts]


def redacted(text: str, persons: Iterable[tuple[str, int, int]]) -> str:
    """The plain text with the named persons replaced, for the API."""
    return "".join(p.text for p in withhold(pieces(text, persons)))


def _persons(text: str, mentions: Sequence[Mention], claims: Sequence[Claim]) -> list[tuple[str, int, int]]:
    marks = [span for m in mentions for span in spans_of(m.spans)]
    names = [n for m in mentions for n in m.victims_named] + [n for c in claims for n in c.persons]
    return named_persons(text, names, marks)


def text_pieces(text: str, mentions: Sequence[Mention], claims: Sequence[Claim], *, personal: bool) -> list[Piece]:
    """A source's text cut into highlighted pieces; unless `personal`, the persons it names withheld."""
    marks = [span for m in mentions for span in spans_of(m.spans)]
    if personal:
        return pieces(text, marks)
    return withhold(pieces(text, [*marks, *_persons(text, mentions, claims)]))


def viewer_text(text: str, mentions: Sequence[Mention], claims: Sequence[Claim]) -> str:
    """The plain text with the persons it names withheld (the API's `text` for viewers)."""
    return redacted(text, _persons(text, mentions, claims))
