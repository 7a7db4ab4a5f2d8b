"""Bad files: each is refused with one line naming the file and what is wrong with it."""

from __future__ import annotations

import gzip
import io
import time

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tasdiq.errors import InputError
from tasdiq.ingest.readers import DEFAULT_LIMITS, Limits, check_size, read_file, sniff

PAGE = (
    b"<html><head><title>Report</title></head><body><article><p>"
    + b"Gunmen attacked a police post on the outskirts of the city before dawn. " * 20
    + b"</p></article></body></html>"
)


def problem(name: str, data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> str:
    with pytest.raises(InputError) as caught:
        read_file(name=name, data=data, limits=limits)
    assert caught.value.name == name
    assert "\n" not in caught.value.problem
    return caught.value.problem


def crawl(*, gzip: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for number in range(3):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"http://demo.example/{number}", "response", payload=io.BytesIO(PAGE), http_headers=http
        )
        writer.write_record(record)
    return buffer.getvalue()


def pdf_without_text() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_empty_file_is_refused() -> None:
    assert problem("empty.txt", b"") == "empty file"


def test_invalid_utf8_names_the_byte_and_its_offset() -> None:
    assert problem("latin1.txt", "Peshawar café".encode("latin-1")) == (
        "not valid UTF-8 (byte 0xE9 at offset 12); convert the file or declare its encoding"
    )


def test_invalid_utf8_in_csv_is_refused_too() -> None:
    assert problem("rows.csv", b"text\nna\xefve\n").startswith("not valid UTF-8 (byte 0xEF at offset 7)")


def test_html_whose_bytes_do_not_fit_its_declared_charset_is_refused() -> None:
    page = b'<html><head><meta charset="utf-8"></head><body><p>caf\xe9</p></body></html>'
    assert problem("page.html", page).startswith("not valid utf-8 as declared (byte 0xE9")


def test_png_bytes_named_txt_say_what_they_look_like() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40)
    assert problem("report.txt", png) == "binary data (PNG image) in a .txt file"


def test_nul_bytes_named_json_are_binary() -> None:
    assert problem("export.json", b'{"text": "x"}\x00\x00\x01') == "binary data (NUL bytes) in a .json file"


def test_over_limit_text_file_is_refused_from_its_size_alone() -> None:
    size = 200 * 1024**2
    with pytest.raises(InputError) as caught:
        check_size("dump.txt", size, sniff("dump.txt", b"head of the file"))
    assert caught.value.problem == "200.0 MiB is over the 20.0 MiB limit for text files"
    check_size("video.mp4", size, "video")  # evidence has its own, larger limit


def test_read_file_applies_the_size_limit_as_well() -> None:
    tiny = Limits(max_text_bytes=10)
    assert problem("long.txt", b"more than ten bytes", limits=tiny).startswith("19 bytes is over the 10 bytes limit")


def test_truncated_warc_gz_is_refused() -> None:
    data = crawl(gzip=True)
    for cut in (len(data) - 5, len(data) - 200, len(data) // 2):
        assert "truncated WARC" in problem("crawl.warc.gz", data[:cut])


def test_truncated_uncompressed_warc_is_refused() -> None:
    data = crawl(gzip=False)
    assert "truncated WARC" in problem("crawl.warc", data[:-100])


def test_gzip_that_is_not_a_warc_is_evidence_not_a_crash() -> None:
    result = read_file(name="notes.gz", data=gzip.compress(b"just some notes"))
    assert not isinstance(result, list) and result.media_type == "application/gzip"


def test_truncated_pdf_is_refused() -> None:
    data = pdf_without_text()
    assert problem("report.pdf", data[: len(data) // 2]) == "truncated PDF (no end-of-file marker)"


def test_pdf_without_text_says_so() -> None:
    assert problem("scan.pdf", pdf_without_text()).startswith("no extractable text in PDF")


def test_encrypted_pdf_needing_a_password_is_refused() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_without_text())))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert problem("locked.pdf", buffer.getvalue()) == "encrypted PDF; it needs a password"


def test_hostile_html_loses_scripts_and_handlers_and_keeps_its_text() -> None:
    page = (
        b"<html><body><script>alert(1)</script><p>Police said two men were arrested.</p>"
        b'<img src="x" onerror="alert(2)"><iframe src="javascript:alert(3)">framed</iframe>'
        b"<style>body{display:none}</style></body></html>"
    )
    result = read_file(name="hostile.html", data=page)
    assert isinstance(result, list)
    assert [record.text for record in result] == ["Police said two men were arrested."]


def test_html_with_only_script_has_no_readable_text() -> None:
    assert problem("empty.html", b"<html><body><script>alert(1)</script></body></html>") == ("no readable text in HTML")


def test_deeply_nested_html_is_refused_quickly() -> None:
    page = b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>"
    started = time.monotonic()
    assert problem("deep.html", page) == "HTML nested more than 256 levels deep; refused"
    assert time.monotonic() - started < 10


def test_html_with_a_giant_text_run_is_refused_not_emptied() -> None:
    page = b"<html><body><p>" + b"word " * 2_200_000 + b"</p></body></html>"
    assert problem("giant.html", page) == "HTML has a text run over 10 MB; refused"


def test_html_with_too_many_elements_is_refused() -> None:
    page = b"<html><body>" + b"<p>x</p>" * 2_000 + b"</body></html>"
    assert "over the limit of 1000" in problem("huge.html", page, limits=Limits(max_html_elements=1_000))


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>x</title><item><title>&lol9;</title><description>d</description></item>
</channel></rss>"""


def test_billion_laughs_feed_is_refused_not_expanded() -> None:
    assert "declares XML entities" in problem("laughs.rss", BILLION_LAUGHS)


def test_truncated_feed_is_refused() -> None:
    feed = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>One</title>'
    assert "truncated" in problem("cut.xml", feed)


def test_csv_without_text_column_names_its_columns() -> None:
    assert problem("rows.csv", b"title,url\nOne,http://x\n") == "no 'text' column (columns: title, url)"


def test_csv_row_with_wrong_field_count_names_its_line() -> None:
    assert problem("rows.csv", b"text,title\nOne,A\nTwo,B,extra\n") == "line 3: 3 fields, but the header has 2"


def test_csv_row_without_text_names_its_line() -> None:
    assert problem("rows.csv", b"text,title\nOne,A\n,B\n") == "line 3: record has no text"


def test_jsonl_with_a_broken_line_names_it() -> None:
    data = b'{"text": "fine"}\n{"text": "broken\n{"text": "fine again"}\n'
    assert problem("items.jsonl", data) == "line 2: invalid JSON: the line ends early at column 10"


def test_jsonl_record_without_text_names_its_line() -> None:
    assert problem("items.jsonl", b'{"text": "ok"}\n{"title": "no body"}\n') == "line 2: record has no text"


def test_truncated_json_is_refused() -> None:
    assert problem("items.json", b'[{"text": "one"}, {"text": "tw').startswith("JSON ends early (truncated?)")


def test_deeply_nested_json_is_refused() -> None:
    assert problem("deep.json", b"[" * 100_000 + b"]" * 100_000) == "JSON nested too deeply"


def test_unknown_kind_and_free_text_date_are_refused_with_their_record() -> None:
    assert problem("a.jsonl", b'{"text": "x", "kind": "blog"}').startswith("line 1: kind 'blog' is not one of")
    assert problem("b.jsonl", b'{"text": "x", "published": "last Friday"}') == (
        "line 1: published 'last Friday' is not an ISO 8601 or RFC 2822 date"
    )


def test_front_matter_with_a_bad_line_names_it() -> None:
    data = b"---\ntitle: ok\nthis is not a field\n---\nBody.\n"
    assert problem("note.md", data) == "front matter line 3 is not 'key: value'"
