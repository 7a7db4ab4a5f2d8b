"""Versions of one report: a recaptured page whose text changed, an edited Telegram message.

Each version is its own Source (sources are never edited) pointing at the one before with
`supersedes_id`. The difference between two versions is computed when shown, not stored:
both texts are kept in full, so the diff can always be made again.
"""

from __future__ import annotations

import difflib
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.model import Source
from tasdiq.store.schema import cols

_SENTENCE_END = re.compile(r"(?<=[.!?؟۔])\s+")


def text_diff(old: str, new: str) -> list[str]:
    """Changed sentences between two texts ("-" removed, "+" added), with one sentence of context."""
    def sentences(text: str) -> list[str]:
        return [s.strip() for line in text.splitlines() for s in _SENTENCE_END.split(line) if s.strip()]

    return [line for line in difflib.unified_diff(sentences(old), sentences(new), "before", "after", lineterm="", n=1)
            if not line.startswith(("---", "+++"))]


def newer_versions(*, session: Session, source_id: int) -> list[int]:
    """The sources that supersede this one directly."""
    c = cols(Source)
    return [int(i) for i in session.scalars(select(c.id).where(c.supersedes_id == source_id).order_by(c.id))]
