"""HTML pages: main text by trafilatura, metadata from the page itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import lxml.html  # see markup.py
import trafilatura
from trafilatura.settings import Document

from tasdiq.errors import InputError

from .dates import parse_date
from .decoding import decode, html_charset, normalise
from .markup import element_text, parse_page
from .records import Limits, SourceRecord


def read_html(name: str, data: bytes, limits: Limits) -> list[SourceRecord]:
    text = decode(name, data, declared=html_charset(data))
    return [page_record(name, text, limits=limits)]


def page_record(name: str, text: str, *, limits: Limits) -> SourceRecord:
    """One page as a record; the WARC reader uses this for each captured page."""
    tree = parse_page(name, text, max_elements=limits.max_html_elements)
    language = tree.get("lang") or None
    fallback = _body_text(tree)
    extracted = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=True)
    document = extracted if isinstance(extracted, Document) else None
    main = normalise(document.text or "") if document is not None else ""
    # trafilatura skips pages it judges too short to be an article; a two-line statement
    # is still a report, so we fall back to the whole body's text.
    body = main or fallback
    if not body:
        raise InputError(name, "no readable text in HTML")
    record = SourceRecord(text=body, language=language.strip() if language else None)
    return _with_metadata(record, document) if document is not None else record


def _body_text(tree: lxml.html.HtmlElement) -> str:
    body = tree.find("body")
    return element_text(body) if body is not None else ""


def _with_metadata(record: SourceRecord, document: Document) -> SourceRecord:
    published, precision = _date(document.date)
    return replace(
        record,
        title=_clean(document.title),
        author=_clean(document.author),
        publisher=_clean(document.sitename),
        url=_clean(document.url),
        published=published,
        published_precision=precision,
    )


def _date(value: str | None) -> tuple[datetime | None, str | None]:
    if not value:
        return None, None
    try:
        return parse_date(value)
    except ValueError:
        return None, None


def _clean(value: str | None) -> str | None:
    return normalise(value) or None if value else None
