"""Scans: a PDF without a text layer and an image of an Urdu statement, read by Tesseract.

Skipped, with the reason, where Tesseract or its language data or the fonts are missing
(`make ocr` installs them from Debian when run as root).
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from scan_images import (
    ENGLISH_REPORT,
    LATIN_FONT,
    NASKH_FONT,
    NASTALIQ_FONT,
    URDU_STATEMENT,
    as_png,
    as_scanned_pdf,
    character_accuracy,
    render,
)
from sqlalchemy import func, select

from tasdiq.errors import InputError
from tasdiq.ingest.pipeline import Ingester
from tasdiq.ingest.readers.ocr import installed_languages, tesseract
from tasdiq.ingest.scans import read_scan
from tasdiq.media.testset import encode_jpeg, render_scene
from tasdiq.model import Evidence, Mention, Source
from tasdiq.store import Store
from tasdiq.workflow import extract_and_link

pytestmark = [
    pytest.mark.skipif(tesseract() is None, reason="no tesseract (apt-get install tesseract-ocr, or make ocr)"),
    pytest.mark.skipif(not {"eng", "urd"} <= installed_languages(),
                       reason="Tesseract eng/urd data missing (apt-get install tesseract-ocr-eng tesseract-ocr-urd)"),
    pytest.mark.skipif(not (LATIN_FONT.exists() and NASKH_FONT.exists()),
                       reason="fonts to render test scans missing (apt-get install fonts-dejavu-core fonts-noto-core)"),
]


def ingest(store: Store, tmp_path: Path, name: str, data: bytes) -> Ingester:
    path = tmp_path / name
    path.write_bytes(data)
    ingester = Ingester(store, actor="scanner", workers=1)
    outcome = ingester.ingest_file(path)
    assert outcome.status == "new", outcome.problem
    return ingester


def test_a_scanned_pdf_is_read_by_ocr_into_a_source_that_extraction_reads(store: Store, tmp_path: Path) -> None:
    ingest(store, tmp_path, "scan.pdf", as_scanned_pdf([render(ENGLISH_REPORT, LATIN_FONT, size=30, blur=0.6)]))
    with store.session(actor="scanner") as session:
        source = session.scalars(select(Source)).one()
        assert source.extra["text_from"] == "ocr" and float(source.extra["ocr_confidence"]) > 80
        assert source.extra["ocr_languages"] == "eng"
        assert source.published is None and "scanned_at" in source.extra  # the scanner's date is not the report's
        assert character_accuracy(ENGLISH_REPORT, source.text) >= 0.97
        result = extract_and_link(session=session, source_ids=[source.id or 0])
        mention = session.scalars(select(Mention)).one()
    assert result.incident_ids and mention.attack_type == "suicide_bombing" and mention.admin1 is not None
    assert mention.killed_low is not None and mention.killed_low >= 173


def test_an_image_of_an_urdu_statement_becomes_a_source_beside_its_evidence(sqlite_store: Store,
                                                                           tmp_path: Path) -> None:
    ingest(sqlite_store, tmp_path, "statement.png", as_png(render(URDU_STATEMENT, NASKH_FONT, rtl=True)))
    with sqlite_store.session() as session:
        evidence = session.scalars(select(Evidence)).one()
    source_id = read_scan(sqlite_store, evidence_id=evidence.id or 0, actor="scanner")
    with sqlite_store.session(actor="scanner") as session:
        source = session.get(Source, source_id)
        assert source is not None and source.sha256 == evidence.sha256
        assert "urd" in source.extra["ocr_languages"]
        assert character_accuracy(URDU_STATEMENT, source.text) >= 0.95
        assert session.get(Evidence, evidence.id).source_id == source.id  # type: ignore[union-attr]
        # Extraction reads it (and, having no Urdu model, finds no English attack words in it).
        extract_and_link(session=session, source_ids=[source.id or 0])
        assert session.get(Source, source.id).extracted_at is not None  # type: ignore[union-attr]


@pytest.mark.skipif(not NASTALIQ_FONT.exists(), reason="Noto Nastaliq Urdu not installed (fonts-noto-core)")
def test_nastaliq_is_read_less_well_but_read(sqlite_store: Store, tmp_path: Path) -> None:
    ingest(sqlite_store, tmp_path, "nastaliq.png", as_png(render(URDU_STATEMENT, NASTALIQ_FONT, rtl=True)))
    with sqlite_store.session() as session:
        evidence = session.scalars(select(Evidence)).one()
    source_id = read_scan(sqlite_store, evidence_id=evidence.id or 0, actor="scanner")
    with sqlite_store.session() as session:
        source = session.get(Source, source_id)
        assert source is not None and character_accuracy(URDU_STATEMENT, source.text) >= 0.65  # 0.71 measured


def test_a_photo_without_text_stays_evidence_only(sqlite_store: Store, tmp_path: Path) -> None:
    ingest(sqlite_store, tmp_path, "street.jpg", encode_jpeg(render_scene(5, (640, 480))))
    with sqlite_store.session() as session:
        evidence = session.scalars(select(Evidence)).one()
    assert read_scan(sqlite_store, evidence_id=evidence.id or 0, actor="scanner") is None
    with sqlite_store.session() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == 0


def png_bomb(width: int, height: int) -> bytes:
    """A PNG header declaring a huge image, with a few compressed bytes of it: decoding would take gigabytes."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(width + 1) * 4)) \
        + chunk(b"IEND", b"")


@pytest.mark.parametrize("size", [(60_000, 60_000), (8_000, 6_000)], ids=["over-pillow-limit", "over-ocr-limit"])
def test_an_image_bomb_is_refused_by_ocr_in_one_line_and_no_source_is_made(sqlite_store: Store,
                                                                            tmp_path: Path,
                                                                            size: tuple[int, int]) -> None:
    Ingester(sqlite_store, actor="scanner", workers=1).ingest_file(_write(tmp_path / "bomb.png", png_bomb(*size)))
    with sqlite_store.session() as session:
        evidence = session.scalars(select(Evidence)).one()
    with pytest.raises(InputError) as caught:
        read_scan(sqlite_store, evidence_id=evidence.id or 0, actor="scanner")
    assert "too large to read" in caught.value.problem and "\n" not in caught.value.problem
    with sqlite_store.session() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == 0


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
