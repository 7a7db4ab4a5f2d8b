"""Extraction from reports in Dari, Pashto, Urdu and Arabic, without translation.

A separate path beside the English pipeline: `read_native` returns None for a text the
English components should read (Latin script), and the events of a report in Arabic script,
in the same `tasdiq-events/1` form and with spans into the original text. See
docs/extraction.md, "Reports in other languages".
"""

from __future__ import annotations

import datetime as dt

from tasdiq.extract.native.identify import identify, native_language
from tasdiq.extract.types import DocumentExtraction

__all__ = ["identify", "native_language", "read_native"]


def read_native(text: str, published: dt.date | None) -> DocumentExtraction | None:
    """The extraction of a Dari, Pashto, Urdu or Arabic text; None for the English path."""
    language = native_language(text)
    if language is None:
        return None
    from tasdiq.extract.native.extractor import extract

    return extract(text, language=language, published=published)
