"""RSS and Atom feeds: each item a report.

XML entity declarations are refused before feedparser sees the file: a feed has no use
for them, and nested ones ("billion laughs") expand a few KB into gigabytes. The check is
the one defusedxml makes, done with the standard library's expat.
"""

from __future__ import annotations

import re
import time
import xml.parsers.expat
from calendar import timegm
from datetime import UTC, datetime
from typing import Any

import feedparser

from tasdiq.errors import InputError

from .decoding import decode, normalise, xml_encoding
from .markup import fragment_to_text
from .records import Limits, SourceRecord

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CLOSING_ROOT = re.compile(r"</(rss|feed|rdf:RDF)\s*>\s*$")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


class _EntityDeclared(Exception):
    pass


class _RootReached(Exception):
    pass


def read_feed(name: str, data: bytes, limits: Limits) -> list[SourceRecord]:
    text = decode(name, data, declared=xml_encoding(data))
    utf8 = _XML_DECLARATION.sub("", text, count=1).encode("utf-8")
    refuse_entities(name, utf8)
    if not _CLOSING_ROOT.search(text[-200:]):
        raise InputError(name, "feed ends early (no closing </rss> or </feed>); truncated?")
    # Bytes, never str: feedparser.parse takes a str as a URL or a path to open.
    parsed = feedparser.parse(utf8, response_headers={"content-type": "application/xml; charset=utf-8"})
    if not parsed.entries:
        raise InputError(name, f"no items in feed{_why(parsed)}")
    return [_item(name, parsed.feed, entry, number) for number, entry in enumerate(parsed.entries, start=1)]


def refuse_entities(name: str, utf8: bytes) -> None:
    """Reject a document whose prolog declares entities; stop reading at the root element."""
    parser = xml.parsers.expat.ParserCreate()

    def declared(*_: object) -> None:
        raise _EntityDeclared

    def reached_root(*_: object) -> None:
        raise _RootReached

    parser.EntityDeclHandler = declared
    parser.StartElementHandler = reached_root
    try:
        parser.Parse(utf8, True)
    except _EntityDeclared:
        raise InputError(name, "feed declares XML entities (possible entity-expansion attack); refused") from None
    except (_RootReached, xml.parsers.expat.ExpatError):
        # Malformed XML is left to feedparser's forgiving parser, which expands no
        # declared entities; only declarations need refusing here.
        return


def _why(parsed: Any) -> str:
    error = parsed.get("bozo_exception")
    return f" (not a well-formed feed: {error})" if error else ""


def _item(name: str, feed: Any, entry: Any, number: int) -> SourceRecord:
    title = _plain(entry.get("title_detail") or {}, entry.get("title")) or None
    text = _entry_text(entry)
    extra = {} if text else {"text_from": "title"}
    if not (text or title):
        raise InputError(name, f"item {number}: no text and no title")
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    return SourceRecord(
        text=text or title or "",
        title=title,
        author=_author(entry),
        publisher=normalise(feed.get("title") or "") or None,
        url=entry.get("link"),
        published=_utc(published),
        language=entry.get("language") or feed.get("language"),
        locator=f"item {number}",
        extra=extra,
    )


def _entry_text(entry: Any) -> str:
    """The fullest body the item has: content beats summary."""
    for detail in [*entry.get("content", []), entry.get("summary_detail")]:
        if detail and detail.get("value", "").strip():
            return _plain(detail, detail.get("value"))
    return ""


def _plain(detail: Any, value: str | None) -> str:
    if not value:
        return ""
    is_html = detail.get("type", "text/html") in _HTML_TYPES
    return fragment_to_text(value) if is_html else normalise(value)


def _author(entry: Any) -> str | None:
    detail = entry.get("author_detail") or {}
    author = detail.get("name") or entry.get("author")
    return normalise(author) or None if author else None


def _utc(moment: time.struct_time | None) -> datetime | None:
    # feedparser gives every date as a UTC struct_time.
    return datetime.fromtimestamp(timegm(moment), tz=UTC) if moment else None
