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
from pathlib import Path

from tasdiq.errors import InputError, NotAReport, TasdiqError

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
    "unreadable_because",
]

Reader = Callable[[str, bytes, Limits], "list[SourceRecord] | EvidenceRecord"]

# A project's own notes beside the reports in a folder (README.md, LICENSE): text files by a
# name that says what they are, never a report. Ingest skips them and says so.
NOT_REPORTS = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "COPYING", "NOTICE"})
NAMED_NOT_REPORTS = frozenset({"text", "markdown"})

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
    """Read a file whose format the caller has already sniffed and checked from its head (the
    pipeline runs sniffing and the text check on the first `SNIFF_BYTES` before it reads the
    rest, so they are not run again on the whole; the fuzz targets call it directly)."""
    if format in NAMED_NOT_REPORTS and Path(name).stem.upper() in NOT_REPORTS:
        raise NotAReport(name, f"not a report: a {Path(name).stem.upper()} file")
    reader = _reader(format)
    try:
        return reader(name, data, limits)
    except TasdiqError:
        raise
    except (MemoryError, RecursionError):
        raise InputError(name, f"{format} file too complex to read within our limits; refused") from None
    except Exception as error:
        # The parsers underneath (warcio, lxml, pypdf, feedparser, markdown-it) raise whatever
        # their authors chose on hostile bytes: ValueError, AssertionError, KeyError... This is
        # the one boundary where any of them becomes that file's one-line error, so one bad
        # file never ends a run. Each reader still refuses what it knows about first.
        raise InputError(name, f"unreadable {format} file ({unreadable_because(error)})") from None


def unreadable_because(error: BaseException) -> str:
    """`Type: first line of the message`, short enough for a one-line report."""
    first = (str(error).strip().splitlines() or [""])[0][:160]
    return f"{type(error).__name__}: {first}" if first else type(error).__name__


def _reader(format: str) -> Reader:
    module, function = _READERS[format]
    reader: Reader = getattr(import_module(f"{__name__}.{module}"), function)
    return reader
