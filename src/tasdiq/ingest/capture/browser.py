"""Load a page in headless Chromium (Playwright) and keep everything it fetched.

Debian's /usr/bin/chromium is driven, not a browser Playwright downloads: nothing is fetched
at run time. Every step has a time limit, because a page can hold the browser forever (a
script that never returns, a stream that never ends); past the limit the browser is closed
and the capture refused.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tasdiq.errors import InputError

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Response

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Media selectors whose files become evidence: what a reader of the page sees or plays.
MEDIA_JS = """() => Array.from(document.querySelectorAll('img[src], video[src], video source[src], audio[src]'))
  .map(e => e.src).filter(s => s.startsWith('http'))"""


@dataclass(frozen=True, kw_only=True)
class CaptureLimits:
    load_timeout_s: float = 30.0
    # Each later step (screenshot, PDF, reading the DOM) gets this long.
    step_timeout_s: float = 20.0
    # The bodies kept in the WARC and as evidence; above this a response is kept as headers only.
    max_body_bytes: int = 200 * 1024**2
    # All bodies of one capture together: past this, later responses are kept as headers only,
    # so a page of a thousand large images cannot exhaust memory.
    max_total_bytes: int = 1024**3
    max_media: int = 50


@dataclass(frozen=True, kw_only=True)
class Exchange:
    """One request the page made and what came back, for the WARC."""

    url: str
    method: str
    request_headers: dict[str, str]
    status: int
    status_text: str
    headers: list[tuple[str, str]]
    body: bytes | None


@dataclass(kw_only=True)
class LoadedPage:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    html: bytes
    dom: str
    screenshot: bytes
    pdf: bytes
    captured_at: dt.datetime
    exchanges: list[Exchange] = field(default_factory=list)
    media: list[str] = field(default_factory=list)


class Unreachable(InputError):
    """No answer at all (refused, no such host): recorded as such, not refused silently."""


def chromium_path() -> Path | None:
    """Debian's Chromium, or TASDIQ_CHROMIUM; None when there is none."""
    given = os.environ.get("TASDIQ_CHROMIUM")
    found = given or shutil.which("chromium") or "/usr/bin/chromium"
    return Path(found) if Path(found).exists() else None


def load_page(url: str, *, limits: CaptureLimits) -> LoadedPage:
    from playwright.sync_api import Error as PlaywrightError

    with _browser(url) as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=False)
        responses: list[Response] = []
        page.on("response", lambda r: responses.append(r))
        captured_at = dt.datetime.now(dt.UTC)
        try:
            response = page.goto(url, wait_until="load", timeout=limits.load_timeout_s * 1000)
        except PlaywrightError as exc:
            raise _load_error(url, exc, limits) from None
        if response is None:
            raise InputError(url, "the browser gave no response for the page")
        try:
            return _read_page(url, page, response, responses, captured_at, limits)
        except PlaywrightError as exc:
            raise InputError(url, f"page did not finish rendering within {limits.step_timeout_s:g} s "
                                  f"(a script that never ends?): {_first_line(exc)}") from None


@contextmanager
def _browser(url: str) -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise InputError(url, "no Chromium to capture with (apt-get install chromium, or set TASDIQ_CHROMIUM)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(executable), args=ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def _read_page(url: str, page: Page, response: Response, responses: list[Response], captured_at: dt.datetime,
               limits: CaptureLimits) -> LoadedPage:
    step = limits.step_timeout_s * 1000
    page.set_default_timeout(step)
    dom = str(page.evaluate("() => document.documentElement.outerHTML"))
    media = [str(m) for m in page.evaluate(MEDIA_JS)]
    screenshot = page.screenshot(full_page=True, timeout=step)
    pdf = page.pdf(print_background=True)
    return LoadedPage(
        url=url,
        final_url=page.url,
        status=response.status,
        headers=dict(response.headers),
        html=_body(response, limits) or dom.encode("utf-8"),
        dom=dom,
        screenshot=screenshot,
        pdf=pdf,
        captured_at=captured_at,
        exchanges=_exchanges(responses, limits),
        media=list(dict.fromkeys(media))[: limits.max_media],
    )


def _exchanges(responses: list[Response], limits: CaptureLimits) -> list[Exchange]:
    kept, total = [], 0
    for response in responses:
        body = _body(response, limits) if total < limits.max_total_bytes else None
        total += len(body or b"")
        request = response.request
        kept.append(Exchange(url=response.url, method=request.method, request_headers=dict(request.headers),
                             status=response.status, status_text=response.status_text,
                             headers=[(h["name"], h["value"]) for h in response.headers_array()], body=body))
    return kept


def _body(response: Response, limits: CaptureLimits) -> bytes | None:
    """The body the browser received, unless it is too large to keep or the browser kept none."""
    from playwright.sync_api import Error as PlaywrightError

    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > limits.max_body_bytes:
        return None
    if 300 <= response.status < 400:
        return None  # a redirect has no body worth keeping, and Chromium holds none
    try:
        return response.body()
    except PlaywrightError:  # evicted from the browser's buffer, or a stream cut short
        return None


def _load_error(url: str, exc: Exception, limits: CaptureLimits) -> InputError:
    message = _first_line(exc)
    if "Timeout" in type(exc).__name__ or "Timeout" in message:
        return InputError(url, f"page did not load within {limits.load_timeout_s:g} s")
    if "ERR_TOO_MANY_REDIRECTS" in message:
        return InputError(url, "redirect loop (too many redirects)")
    if "Download is starting" in message or "ERR_ABORTED" in message:
        return InputError(url, "not a web page: the server sent a file to download")
    for code in ("ERR_CONNECTION_REFUSED", "ERR_NAME_NOT_RESOLVED", "ERR_ADDRESS_UNREACHABLE",
                 "ERR_CONNECTION_RESET", "ERR_INTERNET_DISCONNECTED", "ERR_CONNECTION_TIMED_OUT"):
        if code in message:
            return Unreachable(url, f"unreachable ({code.removeprefix('ERR_').lower().replace('_', ' ')})")
    return InputError(url, f"page could not be loaded: {message}")


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
