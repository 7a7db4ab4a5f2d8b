"""Fuzz targets: every reader, given any bytes, returns reports or one InputError (issue 16).

Hypothesis mutates a valid file of each format (cuts, inserted bytes, bytes flipped) and
also tries raw bytes. Each target runs in rounds of a few dozen examples until its time is
up: TASDIQ_FUZZ_SECONDS per target (default 2, so the normal test run stays short; set
e.g. TASDIQ_FUZZ_SECONDS=300 for a long run). A failure is shrunk and printed as usual.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from test_readers import minimal_pdf, warc

from tasdiq.errors import InputError
from tasdiq.ingest.readers import EvidenceRecord, Limits, SourceRecord, read_as

FUZZ_SECONDS = float(os.environ.get("TASDIQ_FUZZ_SECONDS", "2"))
ROUND = settings(max_examples=40, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# Small caps keep each example fast and make the limits themselves part of what is fuzzed.
LIMITS = Limits(max_text_bytes=256 * 1024, max_container_bytes=1024 * 1024, max_html_elements=2_000)
PAGE = (b"<html lang='en'><head><title>Blast</title></head><body><article><p>"
        + b"A bomb killed two officers at a checkpoint in Jalalabad on Saturday. " * 6
        + b"</p></article></body></html>")


def _png() -> bytes:
    import io

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 20, 30)).save(buffer, "PNG")
    return buffer.getvalue()


SEEDS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "text": ("r.txt", lambda: b"---\ntitle: Blast\npublished: 2023-05-04\n---\nA bomb killed two in Khost.\n"),
    "markdown": ("r.md", lambda: b"# Blast\n\n*A bomb* killed <b>two</b> in [Khost](http://x).\n\n|a|b|\n|-|-|\n"),
    "html": ("r.html", lambda: PAGE),
    "jsonl": ("r.jsonl", lambda: b'{"text": "A bomb killed two.", "published": "2023-05-04"}\n{"text": "x", "n": 1}\n'),
    "json": ("r.json", lambda: json.dumps([{"text": "A bomb.", "title": "t", "kind": "news"}]).encode()),
    "csv": ("r.csv", lambda: b'text,title,published\n"A bomb killed two.",Blast,2023-05-04\n'),
    "rss": ("r.rss", lambda: b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
            b"<title>Blast</title><description>&lt;p&gt;A bomb killed two.&lt;/p&gt;</description>"
            b"<pubDate>Thu, 04 May 2023 10:00:00 GMT</pubDate></item></channel></rss>"),
    "atom": ("r.atom", lambda: b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>'
             b'<entry><title>Blast</title><content type="html">A bomb killed two.</content>'
             b"<updated>2023-05-04T10:00:00Z</updated></entry></feed>"),
    "warc": ("r.warc", lambda: warc([("http://a.example/1", "text/html", PAGE)], gzip=False)),
    "warc.gz": ("r.warc.gz", lambda: warc([("http://a.example/1", "text/html", PAGE)], gzip=True)),
    "pdf": ("r.pdf", lambda: minimal_pdf(["A bomb killed two officers in Jalalabad."])),
    "image": ("r.png", _png),
}


# Bytes that broke or nearly broke a reader before: NULs, line ends, page tags, entity
# declarations, a byte-order mark, a bad Content-Length, an escaped NUL.
TRICKS = [b"\x00", b"\r\n", b"<html>", b"<body>", b"</", b"<!ENTITY a 'b'>", b"\xff\xfe", b"12x", b"\\u0000"]


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        match draw(st.sampled_from(["cut", "insert", "flip", "truncate"])):
            case "cut":
                del data[at : at + draw(st.integers(1, 32))]
            case "insert":
                data[at:at] = draw(st.binary(min_size=1, max_size=16) | st.sampled_from(TRICKS))
            case "flip":
                if at < len(data):
                    data[at] ^= draw(st.integers(1, 255))
            case "truncate":
                del data[at:]
    return bytes(data)


def reader_holds_its_contract(format: str, name: str, data: bytes) -> None:
    """Reports with text, evidence, or one InputError naming this file on one line: nothing else."""
    try:
        result = read_as(format, name=name, data=data, limits=LIMITS)
    except InputError as error:
        assert error.name == name and error.problem and "\n" not in error.problem
        return
    if isinstance(result, EvidenceRecord):
        return
    assert result and all(isinstance(r, SourceRecord) and isinstance(r.text, str) for r in result)


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_reader_survives_fuzzed_input(key: str) -> None:
    name, make = SEEDS[key]
    seed = make()
    format = "warc" if key == "warc.gz" else key
    reader_holds_its_contract(format, name, seed)  # the seed itself is a valid file

    @ROUND
    @given(data=mutated(seed) | st.binary(max_size=512))
    def one_round(data: bytes) -> None:
        reader_holds_its_contract(format, name, data)

    deadline = time.monotonic() + FUZZ_SECONDS
    rounds = 0
    while rounds == 0 or time.monotonic() < deadline:
        one_round()
        rounds += 1
