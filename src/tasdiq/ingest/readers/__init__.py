"""Format readers: a file's bytes to the reports (or the evidence) it holds.

    read_file(name=..., data=...) -> list[SourceRecord] | EvidenceRecord
    read_as(format, name=..., data=...)  the same, for a format already sniffed and checked

`sniff` picks the format from the bytes first and the name second; `check_size` refuses an
empty or oversized file from its size alone, so the pipeline can stat, sniff the head, and
check before it reads a byte more. Every refusal is an `InputError(name, problem)` with a
one-line problem. Format modules are imported on first use: trafilatura, feedparser,
warcio and pypdf are not loaded by importing this package.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from .records import DEFAULT_LIMITS, EvidenceRecord, Limits, SourceRecord
from .sniffing import (
    CONTAINER_FORMATS,
    EVIDENCE_FORMATS,
    SNIFF_BYTES,
    TEXT_FORMATS,
    check_is_text,
    check_size,
    sniff,
)

__all__ = [
    "CONTAINER_FORMATS",
    "DEFAULT_LIMITS",
    "EVIDENCE_FORMATS",
    "SNIFF_BYTES",
    "TEXT_FORMATS",
    "EvidenceRecord",
    "Limits",
    "SourceRecord",
    "check_size",
    "read_as",
    "read_file",
    "sniff",
]

Reader = Callable[[str, bytes, Limits], "list[SourceRecord] | EvidenceRecord"]

# format key -> (module, function)
_READERS = {
    "text": ("text", "read_text"),
    "markdown": ("text", "read_markdown"),
    "html": ("htmlpage", "read_html"),
    "jsonl": ("tabular", "read_jsonl"),
    "json": ("tabular", "read_json"),
    "csv": ("tabular", "read_csv"),
    "rss": ("feeds", "read_feed"),
    "atom": ("feeds", "read_feed"),
    "warc": ("warc", "read_warc"),
    "pdf": ("pdf", "read_pdf"),
    "telegram": ("telegram", "read_telegram"),
    "image": ("evidence", "read_evidence"),
    "video": ("evidence", "read_evidence"),
    "audio": ("evidence", "read_evidence"),
    "binary": ("evidence", "read_evidence"),
}


def read_file(*, name: str, data: bytes, limits: Limits = DEFAULT_LIMITS) -> list[SourceRecord] | EvidenceRecord:
    """The reports in a file, or the evidence it is. Raises InputError for a bad file."""
    format = sniff(name, data)
    check_size(name, len(data), format, limits=limits)
    check_is_text(name, data, format)
    return read_as(format, name=name, data=data, limits=limits)


def read_as(
    format: str, *, name: str, data: bytes, limits: Limits = DEFAULT_LIMITS
) -> list[SourceRecord] | EvidenceRecord:
    """Read a file whose format the caller has already sniffed and checked from its head.

    Sniffing and the text check look at the first `SNIFF_BYTES` only, so the pipeline, which
    runs them on the head before it reads the rest, need not run them again on the whole.
    """
    return _reader(format)(name, data, limits)


def _reader(format: str) -> Reader:
    module, function = _READERS[format]
    reader: Reader = getattr(import_module(f"{__name__}.{module}"), function)
    return reader
