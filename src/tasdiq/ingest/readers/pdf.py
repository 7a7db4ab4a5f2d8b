"""PDF reports: the text of every page, with title and author from the document info."""

from __future__ import annotations

import io
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
    return [
        SourceRecord(
            text=text,
            title=_field(info, "/Title"),
            author=_field(info, "/Author"),
            published=created,
            language=_language(reader),
            # The creation date is the best date a PDF offers; say where it came from.
            extra={"pages": str(len(reader.pages)), **({"published_from": "PDF CreationDate"} if created else {}),
                   **scanned},
        )
    ]


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
