"""OCR of scans with Debian's Tesseract: pages of a PDF without a text layer, images of text.

Tesseract is called as a program (`tesseract IMAGE stdout -l LANGS tsv`): its TSV output
gives each word with its confidence, so one call yields the text and how sure the engine
was. The script is found first with Tesseract's own orientation-and-script detection
(`--psm 0`), then only that script's language models run: English alone reads a Latin
page better than English mixed with four Arabic-script models, and the reverse.
The text is derived; the scan stays the original.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image

from tasdiq.errors import InputError

# A statement scanned at 300 dpi on A4 is about 9 million pixels; four times that is
# already a poster. Past this an image is refused before it is decoded (decompression bombs).
MAX_PIXELS = 40_000_000
TIMEOUT_S = 120
# Arabic-script languages in the order Tesseract should prefer them for our sources.
ARABIC_SCRIPT = ("urd", "fas", "pus", "ara")
_SCRIPT = re.compile(r"^Script: (\w+)", re.MULTILINE)


@dataclass(frozen=True)
class OcrText:
    text: str
    confidence: float  # mean word confidence, 0-100, weighted by word length
    languages: str
    words: int

    def extra(self) -> dict[str, str]:
        return {"text_from": "ocr", "ocr_engine": engine_version() or "tesseract",
                "ocr_languages": self.languages, "ocr_confidence": f"{self.confidence:.1f}"}


def tesseract() -> str | None:
    return shutil.which("tesseract")


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    program = tesseract()
    if program is None:
        return frozenset()
    listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    return frozenset(line.strip() for line in listed.stdout.splitlines()[1:] if line.strip())


@lru_cache(maxsize=1)
def engine_version() -> str | None:
    program = tesseract()
    if program is None:
        return None
    shown = subprocess.run([program, "--version"], capture_output=True, text=True, timeout=30, check=False)
    first = (shown.stdout or shown.stderr).splitlines()
    return first[0].strip() if first else None


def open_image(name: str, data: bytes) -> Image.Image:
    """Decode an image for OCR, refusing one whose declared size is a bomb before decoding it."""
    try:
        image = Image.open(io.BytesIO(data))
        width, height = image.size
    except Image.DecompressionBombError:  # Pillow's own, larger limit, checked on open
        raise InputError(name, "image is too large to read (over Pillow's limit: a decompression bomb?)") from None
    except Exception as exc:  # Pillow raises many types for a file it cannot read
        raise InputError(name, f"unreadable image ({type(exc).__name__})") from None
    if width * height > MAX_PIXELS:
        raise InputError(name, f"image of {width}×{height} pixels is too large to read (a decompression bomb?)")
    try:
        image.load()
    except Exception as exc:
        raise InputError(name, f"unreadable image ({type(exc).__name__}: {exc})") from None
    return image


def read_image(name: str, image: Image.Image, *, languages: str | None = None) -> OcrText:
    program = tesseract()
    if program is None:
        raise InputError(name, "needs OCR, and Tesseract is not installed (apt-get install tesseract-ocr)")
    with tempfile.TemporaryDirectory(prefix="tasdiq-ocr-") as tmp:
        path = Path(tmp) / "page.png"
        image.convert("L").save(path)
        readings = [_from_tsv(_run(name, [program, str(path), "stdout", "-l", chosen, "--psm", "3", "tsv"]), chosen)
                    for chosen in ([languages] if languages else _languages_for(program, path))]
    return max(readings, key=lambda r: r.confidence)


def _languages_for(program: str, path: Path) -> list[str]:
    """The installed models for the script Tesseract sees on the page; both Latin and
    Arabic-script models when it cannot tell (it often cannot on Nastaliq, Urdu's usual hand)."""
    available = installed_languages()
    arabic = "+".join(lang for lang in ARABIC_SCRIPT if lang in available)
    latin = "eng" if "eng" in available or not available else sorted(available)[0]
    detected = subprocess.run([program, str(path), "stdout", "--psm", "0"], capture_output=True, text=True,
                              timeout=TIMEOUT_S, check=False)
    script = _SCRIPT.search(detected.stdout)
    if script and script.group(1) == "Latin":
        return [latin]
    if script and script.group(1) == "Arabic" and arabic:
        return [arabic]
    return [latin, arabic] if arabic else [latin]


def _run(name: str, command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise InputError(name, f"OCR took longer than {TIMEOUT_S} s") from None
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise InputError(name, f"OCR failed: {first}")
    return done.stdout


def _from_tsv(tsv: str, languages: str) -> OcrText:
    lines: dict[tuple[int, int, int, int], list[str]] = {}
    weighted = weight = 0.0
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        confidence = float(cells[10])
        if confidence < 0:
            continue
        word = cells[11].strip()
        lines.setdefault((int(cells[1]), int(cells[2]), int(cells[3]), int(cells[4])), []).append(word)
        weighted += confidence * len(word)
        weight += len(word)
    text = _paragraphs(lines)
    return OcrText(text=text, confidence=weighted / weight if weight else 0.0, languages=languages,
                   words=sum(len(words) for words in lines.values()))


def _paragraphs(lines: dict[tuple[int, int, int, int], list[str]]) -> str:
    out: list[str] = []
    last: tuple[int, int, int] | None = None
    for key in sorted(lines):
        paragraph = key[:3]
        if last is not None and paragraph != last:
            out.append("\n\n")
        elif last is not None:
            out.append(" ")  # lines of one paragraph are one run of text
        out.append(" ".join(lines[key]))
        last = paragraph
    return "".join(out).strip()


def read_scanned_pdf(name: str, pages: list[list[bytes]]) -> OcrText:
    """OCR of a PDF's pages from the images on them (a scanner puts one image per page)."""
    if not any(pages):
        raise InputError(name, "no extractable text in PDF (no text layer and no scanned page images)")
    readings = [read_image(f"{name} page {number}", open_image(f"{name} page {number}", data))
                for number, images in enumerate(pages, start=1) for data in images]
    readings = [r for r in readings if r.text]
    if not readings:
        raise InputError(name, "no extractable text in PDF (OCR found none on its scanned pages)")
    words = sum(r.words for r in readings) or 1
    return OcrText(text="\n\n".join(r.text for r in readings),
                   confidence=sum(r.confidence * r.words for r in readings) / words,
                   languages=",".join(dict.fromkeys(r.languages for r in readings)), words=words)
