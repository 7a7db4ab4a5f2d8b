"""Extraction: report text -> attack events with places, dates, counts, actors and claims.

    from tasdiq.extract import Extractor, events_json
    result = Extractor().extract(text=..., published=date(2022, 3, 7))
    events_json("doc-1", result)   # a tasdiq-events/1 object

Importing this package loads nothing: the spaCy model and the word lists are read on
first use.
"""

from __future__ import annotations

from tasdiq.extract.pipeline import Extractor
from tasdiq.extract.types import Count, DocumentExtraction, ExtractedClaim, ExtractedEvent, Location
from tasdiq.extract.writer import events_json

__all__ = ["Count", "DocumentExtraction", "ExtractedClaim", "ExtractedEvent", "Extractor", "Location", "events_json"]
