"""`capture_url`: a page by URL into the store, as originals, a Source and Evidence.

Kept write-once: the raw HTML the server sent, a WARC of every request, a full-page
screenshot and a PDF print; the Capture row records the final URL, status, headers and
time. The rendered page's text is the Source. Versions: a capture whose text equals the
latest version of that URL adds nothing; a changed text is a new Source superseding the
previous one. A page that answers with an error, or not at all, is a Capture without a
source ("404 at T"). Images and videos in the page go through the ingest pipeline's
evidence path (hashed, fingerprinted) and are linked to the source.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.errors import InputError
from tasdiq.ingest.pipeline import Ingester, normalised_text_sha256
from tasdiq.ingest.readers import DEFAULT_LIMITS
from tasdiq.ingest.readers.htmlpage import page_record
from tasdiq.ingest.versions import text_diff
from tasdiq.model import Capture, Evidence, Original, Source
from tasdiq.model.enums import CaptureOutcome
from tasdiq.store import Store
from tasdiq.store.schema import cols

from .archive import warc_of
from .browser import CaptureLimits, LoadedPage, Unreachable, load_page


@dataclass
class CaptureResult:
    url: str
    # "new" (first capture), "changed" (a new version), "unchanged", "gone", "unreachable"
    status: str
    capture_id: int | None = None
    source_id: int | None = None
    previous_source_id: int | None = None
    http_status: int | None = None
    evidence_ids: list[int] = field(default_factory=list)
    problem: str | None = None
    media_problems: list[str] = field(default_factory=list)
    diff: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"url": self.url, "status": self.status, "capture_id": self.capture_id, "source_id": self.source_id,
                "previous_source_id": self.previous_source_id, "http_status": self.http_status,
                "evidence_ids": self.evidence_ids, "problem": self.problem, "media_problems": self.media_problems}


def check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(url, "not an http(s) URL")
    return url


def capture_url(store: Store, *, url: str, actor: str, limits: CaptureLimits | None = None) -> CaptureResult:
    """Capture one page. Raises InputError when the page cannot be captured (timeout, redirect
    loop, a download instead of a page); then nothing is stored."""
    limits = limits or CaptureLimits()
    check_url(url)
    try:
        page = load_page(url, limits=limits)
    except Unreachable as exc:
        return _record_failure(store, actor=actor, url=url, outcome=CaptureOutcome.UNREACHABLE, problem=exc.problem)
    if page.status >= 400:
        return _record_failure(store, actor=actor, url=url, outcome=CaptureOutcome.GONE, page=page,
                               problem=f"HTTP {page.status} at {page.captured_at:%Y-%m-%d %H:%M:%S} UTC")
    record = page_record(url, page.dom, limits=DEFAULT_LIMITS)
    with store.session(actor=actor) as session:
        previous = latest_version(session=session, url=url)
        if previous is not None and previous.text_sha256 == normalised_text_sha256(record.text):
            return CaptureResult(url=url, status="unchanged", source_id=previous.id, http_status=page.status)
        previous_id, previous_text = (previous.id, previous.text) if previous is not None else (None, "")
    result = _store_capture(store, actor=actor, page=page, record_text=record.text, title=record.title,
                            published=record.published, language=record.language, previous_id=previous_id)
    result.diff = text_diff(previous_text, record.text) if previous_id is not None else []
    _keep_media(store, actor=actor, page=page, result=result, limits=limits)
    return result


def latest_version(*, session: Session, url: str) -> Source | None:
    """The newest source captured from this URL (asked for, or reached after redirects)."""
    c = cols(Capture)
    query = (select(c.source_id).where((c.url == url) | (c.final_url == url), c.source_id.is_not(None))
             .order_by(c.id.desc()).limit(1))
    source_id = session.scalars(query).first()
    return session.get(Source, source_id) if source_id is not None else None


def _store_capture(store: Store, *, actor: str, page: LoadedPage, record_text: str, title: str | None,
                   published: dt.datetime | None, language: str | None, previous_id: int | None) -> CaptureResult:
    blobs = {"html": page.html, "warc": warc_of(page), "png": page.screenshot, "pdf": page.pdf}
    kept: dict[str, tuple[str, bool]] = {}
    try:
        for fmt, data in blobs.items():
            kept[fmt] = store.objects.put(data)
        with store.session(actor=actor) as session:
            for fmt, (sha, _) in kept.items():
                _add_original(session, sha=sha, size=len(blobs[fmt]), fmt=fmt, url=page.final_url, actor=actor,
                              at=page.captured_at)
            version = 1 + (_version(session, previous_id) if previous_id is not None else 0)
            source = Source(
                sha256=kept["html"][0], locator=f"capture v{version} {page.captured_at:%Y-%m-%dT%H:%M:%S}",
                kind="news", title=title, url=page.final_url, published=published, retrieved=page.captured_at,
                language=language, text=record_text, text_sha256=normalised_text_sha256(record_text),
                supersedes_id=previous_id, ingested_at=dt.datetime.now(dt.UTC),
                extra={"capture": {"url": page.url, "final_url": page.final_url, "http_status": page.status,
                                   "version": version}},
            )
            session.add(source)
            session.flush()
            capture = _capture_row(page, actor=actor, outcome=CaptureOutcome.CAPTURED, source_id=source.id,
                                   shas={fmt: sha for fmt, (sha, _) in kept.items()})
            session.add(capture)
            session.flush()
            return CaptureResult(url=page.url, status="changed" if previous_id else "new", capture_id=capture.id,
                                 source_id=source.id, previous_source_id=previous_id, http_status=page.status)
    except BaseException:
        for sha, written in kept.values():
            if written:
                store.objects.remove_new(sha)
        raise


def _version(session: Session, source_id: int) -> int:
    source = session.get(Source, source_id)
    capture = (source.extra or {}).get("capture", {}) if source is not None else {}
    return int(capture.get("version", 1)) if isinstance(capture, dict) else 1


def _add_original(session: Session, *, sha: str, size: int, fmt: str, url: str, actor: str, at: dt.datetime) -> None:
    if session.scalars(select(cols(Original).id).where(cols(Original).sha256 == sha)).first() is not None:
        return
    media_type = {"html": "text/html", "warc": "application/warc", "png": "image/png", "pdf": "application/pdf"}[fmt]
    session.add(Original(sha256=sha, size=size, media_type=media_type, name=f"{url} ({fmt})"[:1000], format=fmt,
                         received_at=at, received_by=actor))


def _capture_row(page: LoadedPage, *, actor: str, outcome: CaptureOutcome, source_id: int | None,
                 shas: dict[str, str], problem: str | None = None) -> Capture:
    return Capture(url=page.url, final_url=page.final_url, http_status=page.status, outcome=outcome,
                   problem=problem, captured_at=page.captured_at, captured_by=actor, source_id=source_id,
                   html_sha256=shas.get("html"), warc_sha256=shas.get("warc"), screenshot_sha256=shas.get("png"),
                   pdf_sha256=shas.get("pdf"), headers=dict(page.headers))


def _record_failure(store: Store, *, actor: str, url: str, outcome: CaptureOutcome, problem: str,
                    page: LoadedPage | None = None) -> CaptureResult:
    """A page that is gone or unreachable: the fact and the time, with what the server sent."""
    shas: dict[str, str] = {}
    with store.session(actor=actor) as session:
        if page is not None and page.html:
            sha, _ = store.objects.put(page.html)
            _add_original(session, sha=sha, size=len(page.html), fmt="html", url=page.final_url, actor=actor,
                          at=page.captured_at)
            shas["html"] = sha
        capture = (_capture_row(page, actor=actor, outcome=outcome, source_id=None, shas=shas, problem=problem)
                   if page is not None else
                   Capture(url=url, outcome=outcome, problem=problem, captured_at=dt.datetime.now(dt.UTC),
                           captured_by=actor))
        session.add(capture)
        session.flush()
        return CaptureResult(url=url, status=str(outcome), capture_id=capture.id, problem=problem,
                             http_status=page.status if page is not None else None)


def _keep_media(store: Store, *, actor: str, page: LoadedPage, result: CaptureResult, limits: CaptureLimits) -> None:
    """Each image and video of the page as Evidence linked to the source; a failure is noted, not fatal."""
    ingester = Ingester(store, actor=actor, workers=1)
    with tempfile.TemporaryDirectory(prefix="tasdiq-capture-") as tmp:
        for number, media_url in enumerate(page.media, start=1):
            path = Path(tmp) / f"{number}{Path(urlsplit(media_url).path).suffix[:10]}"
            try:
                _download(media_url, path, max_bytes=limits.max_body_bytes, timeout=limits.step_timeout_s)
            except InputError as exc:
                result.media_problems.append(f"{media_url}: {exc.problem}")
                continue
            outcome = ingester.ingest_file(path, display=media_url)
            if outcome.status == "failed":
                result.media_problems.append(f"{media_url}: {outcome.problem}")
                continue
            result.evidence_ids.extend(_link_evidence(store, actor=actor, sha=outcome.sha256,
                                                      source_id=result.source_id))


def _link_evidence(store: Store, *, actor: str, sha: str | None, source_id: int | None) -> list[int]:
    with store.session(actor=actor) as session:
        evidence = session.scalars(select(Evidence).where(cols(Evidence).sha256 == sha)).first()
        if evidence is None or evidence.id is None:
            return []
        if evidence.source_id is None:  # media already seen with another report keeps that link
            evidence.source_id = source_id
        return [evidence.id]


def _download(url: str, path: Path, *, max_bytes: int, timeout: float) -> None:
    """Fetch a media file to disk, refusing it past `max_bytes` without reading the rest."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response, path.open("wb") as out:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise InputError(url, f"larger than {max_bytes // 1024**2} MB")
            size = 0
            while chunk := response.read(1024 * 1024):
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(url, f"larger than {max_bytes // 1024**2} MB")
                out.write(chunk)
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise InputError(url, f"could not be fetched ({exc})") from None
