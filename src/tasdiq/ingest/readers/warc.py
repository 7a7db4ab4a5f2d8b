"""WARC web archives: each captured HTML page a report, with its capture time and URL.

warcio reads a cut-short archive without complaint, stopping early or returning a short
last record, so the archive's completeness is checked first (`check_complete`); before
that, a gzip archive's inflated size is checked against the archive limit in constant
memory (`check_inflated_size`), because warcio inflates whatever it is asked to read.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from tasdiq.errors import InputError

from .dates import parse_date
from .decoding import decode, header_charset, html_charset
from .htmlpage import page_record
from .records import Limits, SourceRecord

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_STEP = 1024 * 1024


def read_warc(name: str, data: bytes, limits: Limits) -> list[SourceRecord]:
    check_inflated_size(name, data, limit=limits.max_container_bytes)
    check_complete(name, data)
    records = [record for record in _pages(name, data, limits) if record is not None]
    if not records:
        raise InputError(name, "no HTML responses with readable text in WARC")
    return records


def check_inflated_size(name: str, data: bytes, *, limit: int) -> None:
    """A gzip WARC inflates to at most `limit` bytes: a 3 MB member can hold 3 GiB of zeros.

    Inflated in 1 MiB steps and thrown away, so memory stays flat whatever the archive holds;
    warcio would otherwise inflate a whole record into memory when asked for its block.
    """
    if data[:2] != b"\x1f\x8b":
        return
    inflated, rest = 0, data
    inflater = zlib.decompressobj(wbits=31)
    try:
        while rest:
            inflated += len(inflater.decompress(rest, _STEP))
            rest = inflater.unconsumed_tail
            if inflater.eof:  # the next gzip member, if any, starts in unused_data
                rest, inflater = inflater.unused_data, zlib.decompressobj(wbits=31)
            if inflated > limit:
                raise InputError(name, f"WARC inflates to over {limit} bytes, the limit for archives; refused")
    except zlib.error:
        raise InputError(name, "corrupt gzip data in WARC") from None


def check_complete(name: str, data: bytes) -> None:
    """Every record holds its declared length, and a gzip archive ends with a whole member."""
    last_offset = 0
    for number, record, iterator in _records(name, data, parse_http=False):
        declared = _declared_length(name, number, record)
        block = _drain(record.raw_stream)
        offset = iterator.get_record_offset()  # only after reading: it reads to the record's end
        if block < declared:
            raise InputError(name, f"record {number} (offset {offset}) is cut short; truncated WARC?")
        last_offset = offset
    if data[:2] == b"\x1f\x8b":
        _check_last_member(name, data[last_offset:])


def _declared_length(name: str, number: int, record: Any) -> int:
    value = record.rec_headers.get_header("Content-Length") or "0"
    if not value.strip().isdigit():
        raise InputError(name, f"record {number}: Content-Length {value[:40]!r} is not a number")
    return int(value)


def _drain(stream: Any) -> int:
    """Bytes left in a record's block, read in steps (never the whole block at once)."""
    total = 0
    while chunk := stream.read(_STEP):
        total += len(chunk)
    return total


def _check_last_member(name: str, tail: bytes) -> None:
    inflater = zlib.decompressobj(wbits=31)
    try:
        while tail and not inflater.eof:
            inflater.decompress(tail, _STEP)
            tail = inflater.unconsumed_tail
    except zlib.error:
        raise InputError(name, "corrupt gzip data in WARC") from None
    if not inflater.eof:
        raise InputError(name, "gzip stream ends early; truncated WARC?")


def _records(name: str, data: bytes, *, parse_http: bool) -> Iterator[tuple[int, Any, Any]]:
    iterator = ArchiveIterator(io.BytesIO(data), no_record_parse=not parse_http, check_digests=False)
    try:
        for number, record in enumerate(iterator, start=1):
            yield number, record, iterator
    except ArchiveLoadFailed as error:
        raise InputError(name, f"not a readable WARC ({_first_line(error)})") from None
    except (zlib.error, EOFError, ValueError) as error:
        raise InputError(name, f"corrupt WARC ({_first_line(error)})") from None


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def _pages(name: str, data: bytes, limits: Limits) -> Iterator[SourceRecord | None]:
    for number, record, iterator in _records(name, data, parse_http=True):
        if _is_html_page(record):
            payload = record.content_stream().read(limits.max_text_bytes + 1)
            locator = f"record {number} (offset {iterator.get_record_offset()})"
            yield _page(name, record, payload, locator=locator, limits=limits)


def _is_html_page(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.startswith(_HTML_TYPES)


def _page(name: str, record: Any, payload: bytes, *, locator: str, limits: Limits) -> SourceRecord | None:
    if len(payload) > limits.max_text_bytes:
        raise InputError(name, f"{locator}: page over the {limits.max_text_bytes}-byte limit for HTML")
    declared = header_charset(record.http_headers.get_header("Content-Type")) or html_charset(payload)
    try:
        page = page_record(name, decode(name, payload, declared=declared), limits=limits)
    except InputError as error:
        if error.problem == "no readable text in HTML":
            return None  # redirects and empty shells are common in crawls; not reports
        raise InputError(name, f"{locator}: {error.problem}") from None
    headers = record.rec_headers
    return replace(
        page,
        url=headers.get_header("WARC-Target-URI") or page.url,
        retrieved=_capture_time(headers.get_header("WARC-Date")),
        locator=locator,
        extra={"warc_record_id": headers.get_header("WARC-Record-ID") or ""},
    )


def _capture_time(value: str | None) -> Any:
    if not value:
        return None
    try:
        return parse_date(value)[0]
    except ValueError:
        return None
