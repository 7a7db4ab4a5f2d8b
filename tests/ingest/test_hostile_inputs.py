"""Issue 16: hostile and broken files each fail alone, on one line, within bounded memory.

Each input is built here, small where a low `Limits` shows the bound (a gzip WARC that
inflates to 64 MiB against a 1 MiB limit), so the tests stay fast; bench/hostile_inputs.py
runs the full-size set under /usr/bin/time.
"""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
import zlib
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tasdiq.errors import InputError
from tasdiq.ingest.pipeline import Ingester
from tasdiq.ingest.readers import DEFAULT_LIMITS, Limits, read_file
from tasdiq.model import Evidence, Original, Source
from tasdiq.store import Store
from tasdiq.store.schema import cols

REPORT = "A roadside bomb struck a police vehicle near a checkpoint in Jalalabad, killing two officers.\n"
# A WARC record whose Content-Length is not a number (issue 16, readers/warc.py:40).
WARC_BAD_LENGTH = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12x\r\n\r\nhello world!\r\n\r\n"
# 67 bytes: an HTTP status line warcio cannot split makes its iterator raise AttributeError.
WARC_BREAKS_ITERATOR = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12\r\n\r\nHTTP/1.00 OK\r\n\r\n"
# Markdown that renders to a "page" with no <body>: lxml asserts "too many bodies".
MARKDOWN_NO_BODY = b"<html>\n<frameset></frameset>\n"


def refusal(name: str, data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(InputError) as caught:
        read_file(name=name, data=data, limits=limits)
    assert caught.value.name == name
    assert "\n" not in caught.value.problem
    return caught.value.problem


def gzip_warc_bomb(inflated: int) -> bytes:
    """One gzip member: a WARC resource record of `inflated` zero bytes (about 1/1000 the size)."""
    head = b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: %d\r\n\r\n" % inflated
    out = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [out.compress(head)]
    zeros = bytes(1024 * 1024)
    for _ in range(inflated // len(zeros)):
        parts.append(out.compress(zeros))
    parts.append(out.compress(b"\r\n\r\n") + out.flush())
    return b"".join(parts)


def png(seed: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (seed % 256, 40, 90)).save(buffer, "PNG")
    return buffer.getvalue()


def test_warc_with_a_non_numeric_content_length_is_one_line_error() -> None:
    assert refusal("bad.warc", WARC_BAD_LENGTH) == "record 1: Content-Length '12x' is not a number"


def test_warc_that_breaks_warcios_iterator_is_one_line_error() -> None:
    assert refusal("short.warc", WARC_BREAKS_ITERATOR).startswith("unreadable warc file (AttributeError")


def test_markdown_that_lxml_finds_too_many_bodies_in_is_refused_not_a_crash() -> None:
    assert refusal("page.md", MARKDOWN_NO_BODY) == "no text"


def test_gzip_warc_bomb_is_refused_by_the_archive_limit_in_constant_memory() -> None:
    bomb = gzip_warc_bomb(64 * 1024 * 1024)
    assert len(bomb) < 200_000
    tracemalloc.start()
    try:
        problem = refusal("bomb.warc.gz", bomb, limits=Limits(max_container_bytes=1024 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "inflates to over 1048576 bytes" in problem
    assert peak < 16 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB while refusing a 64 MiB bomb"


def test_gzip_warc_within_the_limit_is_still_read_in_full() -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    page = f"<html><body><article><p>{REPORT * 10}</p></article></body></html>".encode()
    writer.write_record(writer.create_warc_record("http://a.example/1", "response", payload=io.BytesIO(page),
                                                  http_headers=http))
    records = read_file(name="crawl.warc.gz", data=buffer.getvalue(), limits=Limits(max_container_bytes=64 * 1024))
    assert isinstance(records, list) and "Jalalabad" in records[0].text


def test_one_bad_file_never_sinks_the_run_on_either_backend(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    files = {
        "a-good.md": REPORT.encode(),
        "b-bad-length.warc": WARC_BAD_LENGTH,
        "c-good.txt": (b"Gunmen killed three guards at a bank in Quetta.\n"),
        "d-breaks-iterator.warc": WARC_BREAKS_ITERATOR,
        "e-no-body.md": MARKDOWN_NO_BODY,
        "f-good.jsonl": json.dumps({"text": "A grenade attack wounded four in Peshawar."}).encode() + b"\n",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    summary = Ingester(store, actor="test", workers=1).ingest_paths([folder])
    status = {Path(o.path).name: o.status for o in summary.outcomes}
    assert status == {"a-good.md": "new", "b-bad-length.warc": "failed", "c-good.txt": "new",
                      "d-breaks-iterator.warc": "failed", "e-no-body.md": "failed", "f-good.jsonl": "new"}
    assert all("\n" not in (o.problem or "") for o in summary.failed)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == 3
        assert session.scalar(select(func.count()).select_from(Original)) == 3
    assert len(list(store.objects)) == 3  # no orphan object of a failed file


def test_nul_and_lone_surrogate_in_record_text_store_on_both_backends(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "nul.jsonl"
    # JSON escapes give a NUL and a lone surrogate without a raw NUL byte in the file.
    path.write_text('{"text": "Blast in Kabul\\u0000 killed 3 \\ud800", "publisher": "' + "P" * 400 + '"}\n')
    outcome = Ingester(store, actor="test").ingest_file(path)
    assert outcome.status == "new", outcome.problem
    with store.session() as session:
        source = session.scalars(select(Source)).one()
    assert source.text == "Blast in Kabul\ufffd killed 3 \ufffd"
    assert source.publisher is not None and len(source.publisher) == 300 and source.publisher.endswith("\u2026")


def test_evidence_path_over_a_thousand_characters_stores_on_both_backends(store: Store, tmp_path: Path) -> None:
    folder = tmp_path
    for part in range(6):  # each directory name under the 255-byte limit of a path component
        folder = folder / (f"{part}" * 200)
    folder.mkdir(parents=True)
    image = folder / "photo.png"
    image.write_bytes(png(1))
    outcome = Ingester(store, actor="test").ingest_file(image)
    assert len(str(image)) > 1000
    assert outcome.status == "new", outcome.problem
    with store.session() as session:
        original = session.scalars(select(Original)).one()
    assert len(original.name) == 1000 and original.name.endswith("\u2026")


def test_exif_text_holding_a_nul_stores_on_both_backends(store: Store, tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Cam\x00era"  # Make
    exif[0x010E] = "desc\x00ription"  # ImageDescription
    path = tmp_path / "nul-exif.jpg"
    Image.new("RGB", (64, 64), (120, 30, 30)).save(path, "JPEG", exif=exif)
    outcome = Ingester(store, actor="test").ingest_file(path)
    assert outcome.status == "new", outcome.problem
    with store.session() as session:
        evidence = session.scalars(select(Evidence)).one()
        assert evidence.analysed_at is not None and evidence.analysis_error is None
        stored = json.dumps(evidence.metadata_json, ensure_ascii=False) + (evidence.device or "")
    assert "desc\ufffdription" in stored and "\x00" not in stored


def test_evidence_file_name_that_is_not_utf8_is_ingested_under_a_printable_name(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = Path(folder.as_posix().encode().decode() + "/" + b"photo-\xff\xfe.png".decode("utf-8", "surrogateescape"))
    path.write_bytes(png(2))
    (folder / "report.md").write_text(REPORT, encoding="utf-8")
    summary = Ingester(store, actor="test", workers=1).ingest_paths([folder])
    assert [o.status for o in summary.outcomes] == ["new", "new"], [o.problem for o in summary.outcomes]
    with store.session() as session:
        names = sorted(session.scalars(select(cols(Original).name)))
    assert any(name.endswith("photo-\ufffd\ufffd.png") for name in names)


def test_gzip_member_of_a_text_name_is_refused_not_inflated() -> None:
    # A .txt holding a gzip bomb is binary in a text file: refused from its magic bytes.
    assert "binary data" in refusal("notes.txt", gzip.compress(bytes(1024 * 1024)))


def pdf_bomb(inflated: int) -> bytes:
    """A one-page PDF whose content stream inflates to `inflated` zero bytes."""
    stream = zlib.compress(bytes(inflated), 1)  # level 1: zeros shrink a thousandfold anyway
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_pdf_bomb_is_one_line_error_within_pypdfs_stream_cap() -> None:
    bomb = pdf_bomb(96 * 1024 * 1024)  # over pypdf's 75 MB cap
    assert len(bomb) < 1024 * 1024
    tracemalloc.start()
    try:
        problem = refusal("bomb.pdf", bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # A page without a text layer goes to OCR, which refuses the inflated image at pypdf's cap.
    assert "\n" not in problem and "LimitReachedError" in problem and problem.startswith("unreadable PDF")
    # pypdf stops inflating a stream at 75 MB; nothing of ours may hold more copies of it.
    assert peak < 160 * 1024 * 1024, f"peak {peak / 2**20:.0f} MiB for a PDF inflating to 96 MiB"
