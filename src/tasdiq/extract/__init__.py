"""Extraction: report text -> attack events with places, dates, counts, actors and claims.

    from tasdiq.extract import Extractor, events_json
    result = Extractor().extract(text=..., published=date(2022, 3, 7))
    events_json("doc-1", result)   # a tasdiq-events/1 object

Importing this package loads nothing: the spaCy model and the word lists are read on
first use, and the names below are imported from their modules when first asked for. Other
stages import one module of it (`link.names` the chrome filter, ingest the language check),
and importing every component's module with the pipeline cost them 0.1-0.17 CPU s each.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tasdiq.extract.pipeline import Extractor
    from tasdiq.extract.types import Count, DocumentExtraction, ExtractedClaim, ExtractedEvent, Location
    from tasdiq.extract.writer import events_json

_HOMES = {
    "Extractor": "tasdiq.extract.pipeline",
    "Count": "tasdiq.extract.types",
    "DocumentExtraction": "tasdiq.extract.types",
    "ExtractedClaim": "tasdiq.extract.types",
    "ExtractedEvent": "tasdiq.extract.types",
    "Location": "tasdiq.extract.types",
    "events_json": "tasdiq.extract.writer",
}

__all__ = ["Count", "DocumentExtraction", "ExtractedClaim", "ExtractedEvent", "Extractor", "Location", "events_json"]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
