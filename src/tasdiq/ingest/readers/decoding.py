"""Bytes to text under one policy, with no guessing.

Text is UTF-8 (a BOM is fine), UTF-16/32 with a BOM, or carries a declared charset
(HTML meta, XML declaration, HTTP header) that decodes it cleanly. Anything else is an
error that says where the first bad byte is: a guessed encoding silently corrupts names
of people and places, and a report we will defend later must read as it was written.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

from tasdiq.errors import InputError

_BOM_CODECS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"^\s*<\?xml\b[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)[\"']")
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def decode(name: str, data: bytes, *, declared: str | None = None) -> str:
    """Decode by BOM, else by the declared charset, else as strict UTF-8."""
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            return _strict(name, data, codec, declared=True)
    codec = _codec(name, declared) if declared else "utf-8"
    return _strict(name, data, codec, declared=declared is not None)


def _codec(name: str, label: str) -> str:
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        raise InputError(name, f"declares an unknown encoding {label!r}") from None
    # A UTF-16 declaration read from ASCII-compatible bytes is false by construction;
    # browsers read such a page as UTF-8 (WHATWG encoding standard), and so do we.
    return "utf-8" if codec.startswith(("utf-16", "utf-32")) else codec


def _strict(name: str, data: bytes, codec: str, *, declared: bool) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        where = f"byte 0x{data[error.start]:02X} at offset {error.start}"
        if codec == "utf-8" and not declared:
            problem = f"not valid UTF-8 ({where}); convert the file or declare its encoding"
            if _reads_as_arabic_script(data):
                # Afghan and Pakistani sites still serve Windows-1256; say so rather than guess
                problem += " (it reads as Windows-1256, Arabic script)"
        else:
            problem = f"not valid {codec} as declared ({where}); convert the file or fix its declaration"
        raise InputError(name, problem) from None


def _reads_as_arabic_script(data: bytes) -> bool:
    """True when the bytes decode as Windows-1256 into mostly Arabic-script letters."""
    try:
        text = data[:4096].decode("cp1256")
    except UnicodeDecodeError:
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters) > 0.6


def bomless_utf16(head: bytes) -> str | None:
    """"UTF-16LE"/"UTF-16BE" when the bytes look like UTF-16 text without a BOM: in text of one
    alphabet, every second byte (the high byte) takes only a few values (0x00 for Latin, 0x06
    for Arabic script), which random or structured binary data does not."""
    if len(head) < 16:
        return None
    for codec, label, high in (("utf-16-le", "UTF-16LE", head[1::2]), ("utf-16-be", "UTF-16BE", head[0::2])):
        common = sum(n for _, n in Counter(high).most_common(3))
        if common / len(high) < 0.95:
            continue
        try:
            text = head[: len(head) // 2 * 2].decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and sum(c.isalpha() for c in text) / len(text) > 0.5:
            return label
    return None


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (meta tag or XML declaration)."""
    head = data[:4096]
    found = _XML_ENCODING.search(head) or _HTML_CHARSET.search(head)
    return found.group(1).decode("ascii") if found else None


def xml_encoding(data: bytes) -> str | None:
    found = _XML_ENCODING.search(data[:1024])
    return found.group(1).decode("ascii") if found else None


def header_charset(content_type: str | None) -> str | None:
    found = _HEADER_CHARSET.search(content_type or "")
    return found.group(1) if found else None


def normalise(text: str) -> str:
    """NFC, Unix line ends, no surrounding blank space: the form every stored text takes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).strip()
