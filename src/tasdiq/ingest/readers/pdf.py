"""PDF reports: the text of every page, with title and author from the document info.

The document info is often about the file, not the report: a page saved as PDF is titled
"report.html" and dated the day it was saved. Such a title gives way to the text's first line,
and a CreationDate later than a date written in the opening lines gives way to that date.
"""

from __future__ import annotations

import calendar
import io
import re
from datetime import UTC, datetime
from typing import Any

from pypdf import PasswordType, PdfReader

from tasdiq.errors import InputError

from .decoding import normalise
from .ocr import read_scanned_pdf
from .records import Limits, SourceRecord

# A PDF ends with %%EOF, possibly followed by a little trailing junk from some writers.
_TAIL = 1024


def read_pdf(name: str, data: bytes, limits: Limits) -> list[SourceRecord]:
    if b"%%EOF" not in data[-_TAIL:]:
        # pypdf's non-strict mode would rebuild a cut-short file and hand back part of it.
        raise InputError(name, "truncated PDF (no end-of-file marker)")
    reader = _open(name, data)
    text = normalise("\n\n".join(_page_texts(name, reader)))
    scanned: dict[str, str] = {}
    if not text:
        # No text layer: a scan. Its text is read by OCR and marked as derived, with the confidence.
        ocr = read_scanned_pdf(name, _page_images(name, reader))
        text, scanned = normalise(ocr.text), ocr.extra()
    info = _info(reader)
    created = _created(info)
    if scanned and created is not None:
        # A scan's PDF was made by the scanner: its date is when the paper was scanned, not published.
        scanned["scanned_at"], created = created.isoformat(), None
    published, precision, dated = _publication(text, created)
    return [
        SourceRecord(
            text=text,
            title=_title(_field(info, "/Title"), text),
            author=_field(info, "/Author"),
            published=published,
            published_precision=precision,
            language=_language(reader),
            extra={"pages": str(len(reader.pages)), **dated, **scanned},
        )
    ]


# A metadata title that names the file or the program, not the report: a page saved as PDF
# ("report.html", "Microsoft Word - brief.docx", a URL) or a placeholder ("Untitled").
_FILE_TITLE = re.compile(r"(?i)^(microsoft word - .*|.*\.(html?|pdf|docx?|odt|rtf|txt|aspx|php)|https?://\S+|.*[/\\].*"
                         r"|untitled|document\d*|print|title|page \d+)$")
_OPENING_LINES = 5
_MONTH = "|".join(m for m in (*calendar.month_name[1:], *calendar.month_abbr[1:]))
# A date written out in the report's opening lines (a dateline, a "Published 3 March 2023").
_TEXT_DATE = re.compile(rf"\b(?:(?P<d1>\d{{1,2}}) (?P<m1>{_MONTH})\.?,? (?P<y1>\d{{4}})"
                        rf"|(?P<m2>{_MONTH})\.? (?P<d2>\d{{1,2}}),? (?P<y2>\d{{4}})"
                        rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))\b")


def _title(meta: str | None, text: str) -> str | None:
    """The metadata title unless it only names a file or a program; then the text's first line."""
    if meta and not _FILE_TITLE.match(meta.strip()):
        return meta
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if 3 <= len(first) <= 200 else meta


def _publication(text: str, created: datetime | None) -> tuple[datetime | None, str | None, dict[str, str]]:
    """(published, precision, where it came from). A PDF saved from a web page or printed from a
    word processor carries the day it was converted as its CreationDate; a date written in the
    report's opening lines that is earlier than that day is the publication date. Without a
    CreationDate (or for a scan) nothing is dated here: a date is not read from free text
    unless it corrects one the file states wrongly."""
    if created is None:
        return None, None, {}  # no date to correct; the extractor reads a dateline itself
    written = _opening_date(text)
    if written is not None and written.date() < created.date():
        return written, "day", {"published_from": "date in the opening lines", "pdf_created": created.isoformat()}
    return created, None, {"published_from": "PDF CreationDate"}


def _opening_date(text: str) -> datetime | None:
    opening = " ".join(text.splitlines()[:_OPENING_LINES])
    for found in _TEXT_DATE.finditer(opening):
        try:
            if found["iso"]:
                return datetime.strptime(found["iso"], "%Y-%m-%d").replace(tzinfo=UTC)
            day, month, year = (found["d1"], found["m1"], found["y1"]) if found["d1"] else \
                (found["d2"], found["m2"], found["y2"])
            return datetime.strptime(f"{day} {month[:3]} {year}", "%d %b %Y").replace(tzinfo=UTC)
        except ValueError:  # "31 February 2023": not a date
            continue
    return None


def _open(name: str, data: bytes) -> PdfReader:
    # pypdf raises many exception types on malformed input (its own, ValueError,
    # KeyError, zlib.error...); every one of them means "cannot read this PDF".
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
    except Exception as error:
        raise InputError(name, f"unreadable PDF ({type(error).__name__}: {error})") from None
    if reader.is_encrypted and not _decrypts_without_password(reader):
        raise InputError(name, "encrypted PDF; it needs a password")
    return reader


def _decrypts_without_password(reader: PdfReader) -> bool:
    """Many PDFs are encrypted only to restrict printing, with an empty user password."""
    try:
        return bool(reader.decrypt("") != PasswordType.NOT_DECRYPTED)
    except Exception:  # e.g. AES without the optional cryptography package
        return False


def _page_texts(name: str, reader: PdfReader) -> list[str]:
    try:
        return [page.extract_text() or "" for page in reader.pages]
    except Exception as error:  # see _open
        raise InputError(name, f"unreadable PDF page ({type(error).__name__}: {error})") from None


def _page_images(name: str, reader: PdfReader) -> list[list[bytes]]:
    try:
        return [[image.data for image in page.images] for page in reader.pages]
    except Exception as error:  # see _open
        raise InputError(name, f"unreadable PDF page image ({type(error).__name__}: {error})") from None


def _info(reader: PdfReader) -> Any:
    try:
        return reader.metadata or {}
    except Exception:  # a broken info dictionary costs us metadata, not the report
        return {}


def _field(info: Any, key: str) -> str | None:
    value = info.get(key)
    return normalise(str(value)) or None if value else None


def _created(info: Any) -> datetime | None:
    try:
        created = info.creation_date
    except Exception:
        return None
    if not isinstance(created, datetime):
        return None
    return created.replace(tzinfo=UTC) if created.tzinfo is None else created.astimezone(UTC)


def _language(reader: PdfReader) -> str | None:
    try:
        root: Any = reader.trailer["/Root"]
        language = root.get("/Lang")
    except Exception:
        return None
    return str(language) if language else None
