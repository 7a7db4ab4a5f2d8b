"""Extraction from reports in Dari, Pashto, Urdu and Arabic, without translation.

A separate path beside the English pipeline: `read_native` returns None for a text the
English components should read (Latin script), and the events of a report in Arabic script,
in the same `tasdiq-events/1` form and with spans into the original text. See
docs/extraction.md, "Reports in other languages".
"""

from __future__ import annotations

import datetime as dt

from tasdiq.extract.native.identify import NAMES, NATIVE, identify, reading_language, source_language
from tasdiq.extract.types import DocumentExtraction

__all__ = ["NAMES", "identify", "read_native", "reading_language", "source_language"]


def read_native(text: str, published: dt.date | None) -> DocumentExtraction | None:
    """The extraction of a text the English path must not read: Dari, Pashto, Urdu or
    Arabic (the native extractor), or a language Tasdiq cannot read (no events, said so by
    its language code); None for the English path."""
    language = reading_language(text)
    if language == "en":
        return None
    if language not in NATIVE:
        return DocumentExtraction(category="Other", is_attack=False, language=language)
    from tasdiq.extract.native.extractor import extract

    return extract(text, language=language, published=published)
