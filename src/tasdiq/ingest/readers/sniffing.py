"""Which reader a file goes to: by its bytes first, its name second.

Only the first `SNIFF_BYTES` are looked at, so the pipeline can sniff a file's head, check
its size with `check_size` from a stat, and only then read it whole.
"""

from __future__ import annotations

import csv
import os
import re
import zlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tasdiq.errors import InputError

from .records import DEFAULT_LIMITS, Limits

SNIFF_BYTES = 64 * 1024

TEXT_FORMATS = frozenset({"text", "markdown", "html", "jsonl", "json", "csv", "rss", "atom", "telegram"})
CONTAINER_FORMATS = frozenset({"warc", "pdf"})
EVIDENCE_FORMATS = frozenset({"image", "video", "audio", "binary"})

# A file with one of these names promises text: bytes that are not text are an error,
# never silently kept as evidence under a misleading name.
_EXTENSION_FORMATS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".rss": "rss", ".atom": "atom", ".xml": "xml",
}  # fmt: skip

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_ROOT_ELEMENT = re.compile(r"<(?![?!])([A-Za-z_][\w:.-]*)")
# Telegram Desktop's result.json opens with the chat's name, type and id, then messages[].
_TELEGRAM_HEAD = re.compile(rb'^\s*\{\s*"name":[^\n]*\n\s*"type":\s*"[a-z_]+(?:channel|group|chat|messages)"')


@dataclass(frozen=True)
class Signature:
    """One row of magic.csv."""

    parts: tuple[tuple[int, bytes], ...]
    media_type: str
    kind: str
    format: str
    label: str

    def matches(self, head: bytes) -> bool:
        return all(head[offset : offset + len(value)] == value for offset, value in self.parts)


@cache
def signatures() -> tuple[Signature, ...]:
    """The magic-number table, read once on first use."""
    text = resources.files(__package__).joinpath("magic.csv").read_text(encoding="utf-8")
    return tuple(_signature(row) for row in csv.DictReader(text.splitlines()))


def _signature(row: dict[str, str]) -> Signature:
    parts = tuple(
        (int(offset), bytes.fromhex(value)) for offset, value in (part.split(":") for part in row["pattern"].split())
    )
    return Signature(parts, row["media_type"], row["kind"], row["format"], row["label"])


@cache
def _by_first_byte() -> tuple[dict[int, tuple[Signature, ...]], tuple[Signature, ...]]:
    """For each byte a file may start with, the signatures that could match, in table order.

    Ingest sniffs every file several times; this keeps that to a couple of comparisons for
    ordinary text instead of a scan of the whole table. Signatures that require nothing at
    offset 0 ("floating") are candidates for every file.
    """
    table = signatures()

    def first_byte(sig: Signature) -> int | None:
        return next((value[0] for offset, value in sig.parts if offset == 0 and value), None)

    floating = tuple(sig for sig in table if first_byte(sig) is None)
    starts = {b for sig in table if (b := first_byte(sig)) is not None}
    indexed = {b: tuple(sig for sig in table if first_byte(sig) in (b, None)) for b in starts}
    return indexed, floating


def match_signature(data: bytes) -> Signature | None:
    if not data:
        return None
    head = data[:64]
    indexed, floating = _by_first_byte()
    return next((sig for sig in indexed.get(head[0], floating) if sig.matches(head)), None)


def extension(name: str) -> str:
    # os.path, not PurePath: this runs several times per ingested file, and PurePath's
    # parsing cost more than the rest of the sniff (issue 15). Only "name." differs (".", not ""), and
    # no format has that suffix.
    return os.path.splitext(name)[1].lower()


def sniff(name: str, data: bytes) -> str:
    """The format key for a file: its magic bytes decide, then its name, then its text."""
    head = data[:SNIFF_BYTES]
    signature = match_signature(head)
    if signature is not None:
        if signature.media_type == "application/gzip" and _is_gzipped_warc(name, head):
            return "warc"
        return signature.format
    if head.startswith(b"WARC/1."):
        return "warc"
    by_name = _EXTENSION_FORMATS.get(extension(name))
    if by_name in ("xml", "rss", "atom"):
        return _feed_format(head) or ("rss" if by_name == "xml" else by_name)
    if by_name is not None:
        return "telegram" if by_name == "json" and _TELEGRAM_HEAD.match(head) else by_name
    return _sniff_text(head)


def _is_gzipped_warc(name: str, head: bytes) -> bool:
    if name.lower().endswith((".warc.gz", ".warc.gzip")):
        return True
    try:
        inflated = zlib.decompressobj(wbits=31).decompress(head, 16)
    except zlib.error:
        return False
    return inflated.startswith(b"WARC/1.")


def _feed_format(head: bytes) -> str | None:
    text = _head_text(head)
    if text is None:
        return None
    root = _ROOT_ELEMENT.search(text)
    if root is None:
        return None
    return {"rss": "rss", "rdf:RDF": "rss", "feed": "atom"}.get(root.group(1))


def _sniff_text(head: bytes) -> str:
    text = _head_text(head)
    if text is None:
        return "binary"
    start = text.lstrip()[:200].lower()
    if start.startswith(("<!doctype html", "<html")):
        return "html"
    if start.startswith("<"):
        return _feed_format(head) or "text"
    if start.startswith("["):
        return "json"
    if start.startswith("{"):
        lines = [line for line in text.split("\n")[:3] if line.strip()]
        return "jsonl" if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines) else "json"
    return "text"


def _head_text(head: bytes) -> str | None:
    """The head as text if it looks like text, for guessing only (never for reading)."""
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[2:].decode(codec, errors="replace")
    if b"\x00" in head:
        return None
    try:
        return head.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # A head cut in the middle of a character is still text.
        if error.start >= len(head) - 3 and error.reason == "unexpected end of data":
            return head[: error.start].decode("utf-8-sig")
        return None


def check_size(name: str, size: int, format: str, *, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse an empty file or one over the limit for its format, before reading it."""
    if size == 0:
        raise InputError(name, "empty file")
    limit = size_limit(format, limits=limits)
    if size > limit:
        raise InputError(name, f"{_human(size)} is over the {_human(limit)} limit for {format} files")


def size_limit(format: str, *, limits: Limits = DEFAULT_LIMITS) -> int:
    if format in TEXT_FORMATS:
        return limits.max_text_bytes
    if format in CONTAINER_FORMATS:
        return limits.max_container_bytes
    return limits.max_evidence_bytes


def _human(size: int) -> str:
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def check_is_text(name: str, data: bytes, format: str) -> None:
    """A file whose name promises text must hold text: say what it looks like instead."""
    suffix = extension(name)
    if suffix not in _EXTENSION_FORMATS:
        return
    head = data[:SNIFF_BYTES]
    signature = match_signature(head)
    if signature is not None:
        raise InputError(name, f"binary data ({signature.label}) in a {suffix} file")
    if format in EVIDENCE_FORMATS or (b"\x00" in head and not head.startswith(_BOMS)):
        from tasdiq.ingest.readers.decoding import bomless_utf16

        codec = bomless_utf16(head)
        if codec is not None:
            raise InputError(name, f"{codec} text without a byte-order mark; save it as UTF-8 or UTF-16 with a BOM")
        raise InputError(name, f"binary data (NUL bytes) in a {suffix} file")
