"""A real HTTP server on 127.0.0.1 for capture and watch tests; routes can change between requests.

Answers conditional requests the way a feed server does: a route with an ETag (derived from
its body) and a Last-Modified time answers 304 when the client sends them back.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    # Conditional answers (ETag from the body, Last-Modified from `modified`).
    conditional: bool = False
    modified: float = 0.0
    delay_s: float = 0.0
    # Announce this many bytes and stream zeros until the client hangs up (a huge download).
    stream_bytes: int = 0


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[tuple[str, int]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def set(self, path: str, route: Route) -> None:
        self.routes[path] = route


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            route = site.routes.get(self.path.split("?")[0])
            if route is None:
                self._send(404, b"<html><body><h1>Not found</h1></body></html>", "text/html")
                return
            if route.delay_s:
                time.sleep(route.delay_s)
            if route.stream_bytes:
                self._stream(route)
                return
            etag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
            modified = formatdate(route.modified or 0, usegmt=True)
            if route.conditional and (self.headers.get("If-None-Match") == etag
                                      or self.headers.get("If-Modified-Since") == modified):
                site.hits.append((self.path, 304))
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            extra = dict(route.headers)
            if route.conditional:
                extra |= {"ETag": etag, "Last-Modified": modified}
            self._send(route.status, route.body, route.content_type, extra)

        def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
            site.hits.append((self.path, status))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def _stream(self, route: Route) -> None:
            site.hits.append((self.path, 200))
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(route.stream_bytes))
            self.end_headers()
            chunk = bytes(1024 * 1024)
            sent = 0
            try:
                while sent < route.stream_bytes:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except OSError:  # the client hung up, as it should
                pass

    return Handler


@contextmanager
def serving() -> Iterator[Site]:
    site = Site()
    thread = threading.Thread(target=site.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.server.shutdown()
        site.server.server_close()
