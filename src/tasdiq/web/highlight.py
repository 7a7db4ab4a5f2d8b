"""Cut a text into plain and highlighted pieces from extraction spans.

The template escapes every piece and wraps highlighted ones in <mark>, so a span can never
inject markup: highlighting works on text, not on HTML.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


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
