"""The WARC of a capture: every request the page made and what came back (warcio).

The browser hands over bodies already decoded (gzip, brotli undone), so the stored headers
drop Content-Encoding and Transfer-Encoding and give the real Content-Length; otherwise a
replay tool would try to decompress plain bytes. A response too large to keep is written
as headers only, with a `WARC-Truncated: length` field, as the WARC standard provides.
"""

from __future__ import annotations

import io
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .browser import Exchange, LoadedPage

_DROPPED = frozenset({"content-encoding", "transfer-encoding", "content-length"})


def warc_of(page: LoadedPage) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    info = writer.create_warcinfo_record("capture.warc.gz", {"software": "tasdiq capture (Playwright, Chromium)",
                                                              "format": "WARC File Format 1.1"})
    writer.write_record(info)
    date = page.captured_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    for exchange in page.exchanges:
        writer.write_record(_request(writer, exchange, date))
        writer.write_record(_response(writer, exchange, date))
    return buffer.getvalue()


def _request(writer: WARCWriter, exchange: Exchange, date: str) -> object:
    parts = urlsplit(exchange.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = StatusAndHeaders(f"{exchange.method} {target} HTTP/1.1", list(exchange.request_headers.items()),
                               is_http_request=True)
    return writer.create_warc_record(exchange.url, "request", http_headers=headers,
                                     warc_headers_dict={"WARC-Date": date})


def _response(writer: WARCWriter, exchange: Exchange, date: str) -> object:
    body = exchange.body or b""
    kept = [(k, v) for k, v in exchange.headers if k.lower() not in _DROPPED]
    kept.append(("Content-Length", str(len(body))))
    headers = StatusAndHeaders(f"{exchange.status} {exchange.status_text}".strip(), kept, protocol="HTTP/1.1")
    warc_headers = {"WARC-Date": date}
    if exchange.body is None:
        warc_headers["WARC-Truncated"] = "length"
    return writer.create_warc_record(exchange.url, "response", payload=io.BytesIO(body), length=len(body),
                                     http_headers=headers, warc_headers_dict=warc_headers)
