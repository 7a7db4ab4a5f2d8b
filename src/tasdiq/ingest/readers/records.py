"""What a reader returns, and the limits it works within.

These are plain values: the pipeline turns a `SourceRecord` into a `Source` row and an
`EvidenceRecord` into an `Evidence` row, adding what only it knows (hashes, object keys).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, kw_only=True)
class SourceRecord:
    """One report found in a file."""

    text: str
    kind: str = "news"
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    # tz-aware UTC. A date without a time is midnight UTC with precision "day"; a full
    # timestamp has precision None (exact as given).
    published: datetime | None = None
    published_precision: str | None = None
    retrieved: datetime | None = None
    language: str | None = None
    locator: str | None = None
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class EvidenceRecord:
    """A binary file kept as evidence; analysis (hashes, PDQ, EXIF) happens later."""

    media_type: str
    kind: str


@dataclass(frozen=True, kw_only=True)
class Limits:
    """Size caps. Every one is checked before any parser sees the bytes."""

    # Text formats (text, markdown, html, jsonl, json, csv, rss, atom): a news report is a
    # few KB; 20 MB is already an export of thousands of them.
    max_text_bytes: int = 20 * 1024**2
    # WARC and PDF hold many pages or images around their text.
    max_container_bytes: int = 1024**3
    max_evidence_bytes: int = 2 * 1024**3
    # trafilatura needs about 12 s for 90,000 elements on this (shared, 2-core) machine; a
    # news page has a few thousand. Above 50,000 a page is an attack or a mistake.
    max_html_elements: int = 50_000
    # Not a cap: JSON Lines and CSV files over this size are written as they are parsed, a
    # group of rows at a time, instead of parsed whole first (memory stays flat; issue 16).
    stream_from_bytes: int = 1024**2


DEFAULT_LIMITS = Limits()
