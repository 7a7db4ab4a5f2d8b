"""Format readers: each format's reports come out as plain text with their metadata."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tasdiq.errors import InputError
from tasdiq.ingest.readers import EvidenceRecord, SourceRecord, read_file, sniff


def sources(name: str, data: bytes) -> list[SourceRecord]:
    result = read_file(name=name, data=data)
    assert isinstance(result, list)
    return result


def only(name: str, data: bytes) -> SourceRecord:
    [record] = sources(name, data)
    return record


def minimal_pdf(lines: list[str], *, title: str = "Weekly security report",
                created: str = "D:20230504100000Z") -> bytes:
    """A one-page PDF in Helvetica, written by hand so the test depends on no PDF writer."""
    shown = " ".join(f"({line}) Tj T*" for line in lines)
    stream = f"BT /F1 12 Tf 72 720 Td 14 TL {shown} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        f"<< /Title ({title}) /CreationDate ({created}) >>".encode(),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def warc(pages: list[tuple[str, str, bytes]], *, gzip: bool = True) -> bytes:
    """A WARC of (url, content type, body) responses, captured on 4 May 2023."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for url, content_type, body in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": "2023-05-04T10:15:00Z"},
        )
        writer.write_record(record)
    return buffer.getvalue()


ARTICLE = """<!doctype html><html lang="en"><head>
<title>Blast at a market in Jalalabad</title>
<meta property="og:site_name" content="Demo Valley Herald">
<meta name="author" content="Sara Demo">
<meta property="article:published_time" content="2023-05-04">
<style>p { color: red }</style><script>var tracker = 1;</script>
</head><body><nav><a href="/">Home</a></nav><article><h1>Blast at a market in Jalalabad</h1>
<p>A bomb exploded at a crowded market in Jalalabad on Thursday morning, officials said.</p>
<p>Three people were killed and eleven wounded; no group has claimed responsibility so far.</p>
</article></body></html>"""


def test_text_front_matter_sets_fields_and_demo_goes_to_extra() -> None:
    data = (
        b"---\ntitle: Blast at a market\npublisher: Demo Valley Herald\npublished: 2023-05-04\n"
        b"kind: statement\nlanguage: en\ndemo: true\n---\nA blast hit the market.\r\nThree were killed.\n"
    )
    record = only("report.txt", data)
    assert record.text == "A blast hit the market.\nThree were killed."
    assert (record.title, record.publisher, record.kind, record.language) == (
        "Blast at a market",
        "Demo Valley Herald",
        "statement",
        "en",
    )
    assert record.published == datetime(2023, 5, 4, tzinfo=UTC)
    assert record.published_precision == "day"
    assert record.extra == {"demo": "true"}


def test_plain_text_without_header_is_all_body_and_nfc_normalised() -> None:
    decomposed = "Kabul: cafe\u0301 attacked\n"  # e + combining acute
    record = only("note.txt", decomposed.encode())
    assert record.text == "Kabul: caf\u00e9 attacked"
    assert record.kind == "news"


def test_text_with_utf16_bom_is_read() -> None:
    record = only("pashto.txt", "\ufeffپه کابل کې چاودنه".encode("utf-16-le"))
    assert record.text == "په کابل کې چاودنه"


def test_markdown_is_reduced_to_text_without_markup() -> None:
    data = b"---\ntitle: Claim\n---\n# Statement\n\nThe group **denied** any role in the [attack](http://x).\n"
    record = only("claim.md", data)
    assert record.title == "Claim"
    assert record.text == "Statement\nThe group denied any role in the attack."


def test_html_main_text_and_metadata_come_from_the_page() -> None:
    record = only("page.html", ARTICLE.encode())
    assert "Three people were killed and eleven wounded" in record.text
    assert "tracker" not in record.text and "color" not in record.text and "<" not in record.text
    assert record.title == "Blast at a market in Jalalabad"
    assert record.publisher == "Demo Valley Herald"
    assert record.published == datetime(2023, 5, 4, tzinfo=UTC)
    assert record.published_precision == "day"
    assert record.language == "en"


def test_html_declaring_its_charset_is_decoded_with_it() -> None:
    page = '<html><head><meta charset="windows-1256"></head><body><p>انفجار في كابل</p></body></html>'
    record = only("arabic.html", page.encode("windows-1256"))
    assert record.text == "انفجار في كابل"


def test_short_html_statement_falls_back_to_body_text() -> None:
    record = only("short.htm", b"<html><body><p>We deny any role.</p></body></html>")
    assert record.text == "We deny any role."


def test_jsonl_records_keep_unknown_fields_in_extra_and_name_their_line() -> None:
    data = (
        b'{"text": "First report.", "title": "One", "published": "2023-05-04T08:30:00+04:30", "desk": "east"}\n'
        b"\n"
        b'{"text": "Second report.", "kind": "claim bulletin", "reach": 3}\n'
    )
    first, second = sources("feed.jsonl", data)
    assert first.published == datetime(2023, 5, 4, 4, 0, tzinfo=UTC)
    assert first.published_precision is None
    assert first.extra == {"desk": "east"} and first.locator == "line 1"
    assert second.kind == "claim_bulletin" and second.extra == {"reach": "3"} and second.locator == "line 3"


def test_jsonl_record_with_a_unicode_line_separator_in_its_text_stays_one_record() -> None:
    # U+2028 is legal inside a JSON string; only a newline ends a JSON Lines record.
    data = '{"text": "KABUL (May 16)\u2028A patrol was attacked."}\n{"text": "Second."}\n'.encode()
    assert sniff("noext", data) == "jsonl"
    first, second = sources("releases.jsonl", data)
    assert first.text.startswith("KABUL") and "patrol" in first.text and second.locator == "line 2"


def test_json_array_and_single_object_are_both_records() -> None:
    array = sources("items.json", b'[{"text": "One."}, {"text": "Two.", "url": "http://x/2"}]')
    assert [(r.text, r.url, r.locator) for r in array] == [("One.", None, "item 1"), ("Two.", "http://x/2", "item 2")]
    assert only("single.json", b'{"text": "Alone.", "publisher": "Demo Wire"}').publisher == "Demo Wire"


def test_csv_rows_become_records_and_quoted_newlines_stay_in_text() -> None:
    data = b'title,text,published,source_id\r\nOne,"Line one\r\nline two",2023-05,a1\r\nTwo,Plain,,\r\n'
    first, second = sources("export.csv", data)
    assert first.text == "Line one\nline two" and first.locator == "line 2"
    assert first.published_precision == "month" and first.extra == {"source_id": "a1"}
    assert second.locator == "line 4" and second.published is None and second.extra == {}


RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Demo Frontier Wire</title><language>en</language>
<item><title>Attack on a checkpoint</title><link>http://demo.example/1</link>
<pubDate>Thu, 04 May 2023 10:00:00 +0430</pubDate>
<description>&lt;p&gt;Gunmen attacked a &lt;b&gt;checkpoint&lt;/b&gt;.&lt;/p&gt;
&lt;p&gt;Two police were hurt.&lt;/p&gt;</description>
</item>
<item><title>Headline only</title><link>http://demo.example/2</link></item>
</channel></rss>"""


def test_rss_items_become_records_with_html_cleaned_to_text() -> None:
    first, second = sources("wire.rss", RSS)
    assert first.text == "Gunmen attacked a checkpoint.\nTwo police were hurt."
    assert first.title == "Attack on a checkpoint" and first.publisher == "Demo Frontier Wire"
    assert first.published == datetime(2023, 5, 4, 5, 30, tzinfo=UTC)
    assert first.url == "http://demo.example/1" and first.language == "en" and first.locator == "item 1"
    assert second.text == "Headline only" and second.extra == {"text_from": "title"}


def test_atom_entries_become_records() -> None:
    data = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Demo Atom Desk</title><id>urn:x</id>
<updated>2023-05-04T10:00:00Z</updated>
<entry><title>Claim posted</title><id>urn:1</id><updated>2023-05-04T09:00:00Z</updated>
<author><name>Desk Editor</name></author><link href="http://demo.example/a"/>
<content type="html">&lt;p&gt;The group posted a claim.&lt;/p&gt;</content></entry></feed>"""
    assert sniff("desk.xml", data) == "atom"
    record = only("desk.xml", data)
    assert (record.text, record.author, record.url) == (
        "The group posted a claim.",
        "Desk Editor",
        "http://demo.example/a",
    )
    assert record.published == datetime(2023, 5, 4, 9, tzinfo=UTC)


def test_warc_html_responses_become_records_with_capture_time_and_url() -> None:
    data = warc(
        [
            ("http://demo.example/article", "text/html; charset=utf-8", ARTICLE.encode()),
            ("http://demo.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\nxxxx"),
        ]
    )
    assert sniff("crawl.warc.gz", data) == "warc"
    [record] = sources("crawl.warc.gz", data)
    assert "Three people were killed" in record.text
    assert record.url == "http://demo.example/article"
    assert record.retrieved == datetime(2023, 5, 4, 10, 15, tzinfo=UTC)
    assert record.locator == "record 1 (offset 0)"


def test_uncompressed_warc_is_read_too() -> None:
    data = warc([("http://demo.example/a", "text/html", ARTICLE.encode())], gzip=False)
    assert "Jalalabad" in only("crawl.warc", data).text


def test_pdf_text_and_title_are_extracted() -> None:
    record = only("report.pdf", minimal_pdf(["Monthly incident summary", "Two attacks in Kunar"]))
    assert record.text == "Monthly incident summary\nTwo attacks in Kunar"
    assert record.title == "Weekly security report"
    assert record.published == datetime(2023, 5, 4, 10, tzinfo=UTC)


def test_a_pdf_saved_from_a_web_page_takes_its_title_and_date_from_the_text_not_the_file() -> None:
    # Saved as PDF on 4 December 2026: the file says "report.html" and the day it was saved.
    data = minimal_pdf(["Suicide attack at Quetta railway station", "QUETTA, 9 November 2024 - A suicide bomber",
                        "blew himself up on the platform."], title="report.html", created="D:20261204093000Z")
    record = only("saved.pdf", data)
    assert record.title == "Suicide attack at Quetta railway station"
    assert (record.published, record.published_precision) == (datetime(2024, 11, 9, tzinfo=UTC), "day")
    assert record.extra["published_from"] == "date in the opening lines"
    assert record.extra["pdf_created"].startswith("2026-12-04")


@pytest.mark.parametrize("title", ["Microsoft Word - brief.docx", "C:\\Users\\ana\\brief.pdf", "Untitled"])
def test_a_pdf_title_that_names_a_file_gives_way_to_the_first_line(title: str) -> None:
    record = only("brief.pdf", minimal_pdf(["Weekly brief: Kunar and Nangarhar", "Two attacks."], title=title))
    assert record.title == "Weekly brief: Kunar and Nangarhar"


def test_a_pdf_dated_in_its_text_on_its_creation_day_keeps_the_creation_time() -> None:
    record = only("r.pdf", minimal_pdf(["Daily note", "KABUL, 4 May 2023 - Two rockets hit the airport road."]))
    assert record.published == datetime(2023, 5, 4, 10, tzinfo=UTC) and record.title == "Weekly security report"


@pytest.mark.parametrize(
    ("name", "data", "media_type", "kind"),
    [
        ("photo.jpg", b"\x89PNG\r\n\x1a\n" + bytes(32), "image/png", "image"),
        ("clip", b"\x00\x00\x00\x18ftypisom" + bytes(16), "video/mp4", "video"),
        ("voice.bin", b"ID3\x04\x00" + bytes(32), "audio/mpeg", "audio"),
        ("blob.dat", bytes(range(256)), "application/octet-stream", "other"),
    ],
)
def test_binaries_become_evidence_typed_by_their_bytes(name: str, data: bytes, media_type: str, kind: str) -> None:
    assert read_file(name=name, data=data) == EvidenceRecord(media_type=media_type, kind=kind)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("a.txt", b"hello", "text"),
        ("a.md", b"# hi", "markdown"),
        ("a.htm", b"<p>x</p>", "html"),
        ("a.ndjson", b'{"text": "x"}', "jsonl"),
        ("noext", b'{"text": "x"}\n{"text": "y"}\n', "jsonl"),
        ("noext", b"<!DOCTYPE html><html></html>", "html"),
        ("a.csv", b"text\nx", "csv"),
        ("a.xml", RSS, "rss"),
        ("a.pdf", b"%PDF-1.7", "pdf"),
        ("a.gz", b"\x1f\x8b\x08\x00" + bytes(10), "binary"),
    ],
)
def test_sniff_picks_format_from_bytes_then_name(name: str, data: bytes, expected: str) -> None:
    assert sniff(name, data) == expected


def test_a_json_array_is_read_item_by_item_and_a_bad_item_is_named() -> None:
    import tracemalloc

    from tasdiq.ingest.readers.records import Limits
    from tasdiq.ingest.readers.tabular import iter_json

    items = b"[" + b",".join(b'{"text": "Report %d.", "title": "t%d"}' % (i, i) for i in range(20_000)) + b"]"
    tracemalloc.start()
    records = iter_json("big.json", items, Limits())
    first = next(records)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert first.text == "Report 0." and first.locator == "item 1"
    assert peak < len(items) * 3  # decoding the text, not 20,000 dicts at once
    assert sum(1 for _ in records) == 19_999
    with pytest.raises(InputError, match=r"item 2: expected a JSON object, found a string"):
        list(iter_json("mixed.json", b'[{"text": "a"}, "b"]', Limits()))
    with pytest.raises(InputError, match=r"expected ',' or '\]' at line 2"):
        list(iter_json("gap.json", b'[{"text": "a"}\n {"text": "b"}]', Limits()))
