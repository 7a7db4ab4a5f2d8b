"""`capture_url`: a page served on 127.0.0.1 captured with Debian's Chromium, and its bad cases.

Skipped, with the reason, where /usr/bin/chromium is missing. Pages are the team's own words.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from localweb import Route, Site, serving
from sqlalchemy import func, select
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from tasdiq.cli.main import app
from tasdiq.errors import InputError
from tasdiq.ingest.capture import CaptureLimits, capture_url, chromium_path
from tasdiq.media.testset import encode_jpeg, render_clip, render_scene
from tasdiq.model import Capture, Evidence, Incident, Original, Source
from tasdiq.store import Store
from tasdiq.web.views import source_view
from tasdiq.workflow import extract_and_link

pytestmark = pytest.mark.skipif(chromium_path() is None, reason="no Chromium (apt-get install -y chromium)")

STORY = """
<p>PESHAWAR - A suicide bomber blew himself up inside a crowded Shia mosque in the old city of
Peshawar, Pakistan, during Friday prayers on 4 March 2022, killing at least 56 worshippers and
wounding more than 190, police officials said.</p>
<p>The Islamic State's Khorasan branch said in a statement that one of its fighters carried out
the attack.</p>
"""
FAST = CaptureLimits(load_timeout_s=8, step_timeout_s=8)


def news_page(story: str = STORY) -> bytes:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Bomber kills worshippers at Peshawar mosque</title>
<meta property="article:published_time" content="2022-03-04T14:00:00Z"></head>
<body><article><h1>Bomber kills worshippers at Peshawar mosque</h1>
<img src="/photo.jpg" alt="the mosque after the blast" width="320">
{story}
<video src="/clip.mp4" controls width="320"></video>
</article></body></html>""".encode()


@pytest.fixture
def site() -> Iterator[Site]:
    with serving() as running:
        running.set("/story", Route(body=news_page()))
        running.set("/photo.jpg", Route(body=encode_jpeg(render_scene(11)), content_type="image/jpeg"))
        running.set("/clip.mp4", Route(body=render_clip(12, seconds=2, size=(160, 120)), content_type="video/mp4"))
        yield running


def count(store: Store, entity: type) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(entity)) or 0)


def test_captured_news_page_keeps_screenshot_warc_text_and_media_and_yields_an_incident(
        store: Store, site: Site) -> None:
    result = capture_url(store, url=f"{site.url}/story", actor="tester", limits=FAST)
    assert result.status == "new", result
    with store.session() as session:
        capture = session.scalars(select(Capture)).one()
        source = session.get(Source, result.source_id)
        assert source is not None and "Peshawar" in source.text and source.url == f"{site.url}/story"
        evidence = list(session.scalars(select(Evidence).where(Evidence.source_id == source.id)))  # type: ignore[arg-type]
        assert sorted(e.kind for e in evidence) == ["image", "video"]
        assert capture.http_status == 200 and capture.screenshot_sha256 and capture.pdf_sha256
    assert store.objects.read(capture.screenshot_sha256 or "").startswith(b"\x89PNG")
    assert store.objects.read(capture.pdf_sha256 or "").startswith(b"%PDF")
    urls = [r.rec_headers.get_header("WARC-Target-URI")
            for r in ArchiveIterator(io.BytesIO(store.objects.read(capture.warc_sha256 or "")))
            if r.rec_type == "response"]
    assert {f"{site.url}/story", f"{site.url}/photo.jpg"} <= set(urls)
    with store.session(actor="tester") as session:
        piped = extract_and_link(session=session, source_ids=[source.id or 0])
    assert piped.incident_ids and count(store, Incident) == 1


def test_recapturing_an_unchanged_page_adds_nothing_and_a_changed_one_is_a_new_version(
        store: Store, site: Site) -> None:
    first = capture_url(store, url=f"{site.url}/story", actor="tester", limits=FAST)
    before = (count(store, Source), count(store, Capture), count(store, Original), len(list(store.objects)))
    again = capture_url(store, url=f"{site.url}/story", actor="tester", limits=FAST)
    assert again.status == "unchanged" and again.source_id == first.source_id
    assert (count(store, Source), count(store, Capture), count(store, Original), len(list(store.objects))) == before

    site.set("/story", Route(body=news_page(STORY.replace("at least 56", "at least 63"))))
    changed = capture_url(store, url=f"{site.url}/story", actor="tester", limits=FAST)
    assert changed.status == "changed" and changed.previous_source_id == first.source_id
    assert any(line.startswith("-") and "56" in line for line in changed.diff)
    assert any(line.startswith("+") and "63" in line for line in changed.diff)
    with store.session() as session:
        newer = session.get(Source, changed.source_id)
        assert newer is not None and newer.supersedes_id == first.source_id
        shown = source_view(session, changed.source_id or 0)  # the source page computes the diff on show
        assert shown.previous is not None and shown.diff == changed.diff
        assert source_view(session, first.source_id or 0).newer == [changed.source_id]


def test_a_missing_page_is_recorded_as_gone_with_its_status_and_no_source(sqlite_store: Store, site: Site) -> None:
    result = capture_url(sqlite_store, url=f"{site.url}/deleted", actor="tester", limits=FAST)
    assert result.status == "gone" and result.http_status == 404 and result.problem
    assert "HTTP 404 at" in result.problem
    assert count(sqlite_store, Source) == 0 and count(sqlite_store, Capture) == 1


def test_an_unreachable_host_is_recorded_as_unreachable(sqlite_store: Store) -> None:
    with serving() as closed:
        url = f"{closed.url}/story"
    result = capture_url(sqlite_store, url=url, actor="tester", limits=FAST)
    assert result.status == "unreachable" and "refused" in (result.problem or "")
    assert count(sqlite_store, Source) == 0


@pytest.mark.parametrize(("route", "problem"), [
    (Route(body=b"<html><body><p>slow</p></body></html>", delay_s=6), "did not load within 3 s"),
    (Route(status=302, headers={"Location": "/bad"}), "redirect loop"),
    (Route(stream_bytes=5 * 1024**3, content_type="application/octet-stream"), "file to download"),
    (Route(body=b"<html><body><p>Statement</p><script>while (true) {}</script></body></html>"),
     "did not load within 3 s"),
], ids=["never-loads", "redirect-loop", "5GB-download", "script-forever"])
def test_a_page_that_cannot_be_captured_is_refused_in_one_line_and_nothing_is_stored(
        sqlite_store: Store, site: Site, route: Route, problem: str) -> None:
    site.set("/bad", route)
    with pytest.raises(InputError) as caught:
        capture_url(sqlite_store, url=f"{site.url}/bad", actor="tester",
                    limits=CaptureLimits(load_timeout_s=3, step_timeout_s=3))
    assert problem in caught.value.problem and "\n" not in str(caught.value)
    assert count(sqlite_store, Capture) == 0 and count(sqlite_store, Original) == 0
    assert list(sqlite_store.objects) == []


def test_ingest_given_a_url_says_use_capture(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["--data-dir", str(tmp_path), "init"]).exit_code == 0
    result = runner.invoke(app, ["--data-dir", str(tmp_path), "ingest", "https://example.org/news/1"])
    assert result.exit_code == 1
    assert "use `tasdiq capture https://example.org/news/1`" in result.output


def test_capture_command_prints_one_line_per_url_and_fails_on_a_bad_one(tmp_path: Path, site: Site) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["--data-dir", str(tmp_path), "init"]).exit_code == 0
    result = runner.invoke(app, ["--data-dir", str(tmp_path), "capture", "--timeout", "8",
                                 f"{site.url}/story", "ftp://example.org/x"])
    assert result.exit_code == 1
    assert "new: " in result.output and "ftp://example.org/x: not an http(s) URL" in result.output


def test_a_capture_queued_from_the_web_runs_as_a_job_through_to_an_incident(sqlite_store: Store, site: Site) -> None:
    from tasdiq.jobs import enqueue, run_pending
    from tasdiq.model import Job

    with sqlite_store.session(actor="analyst") as session:
        job_id = enqueue(session=session, kind="capture", payload={"url": f"{site.url}/story"},
                         created_by="analyst").id
    assert run_pending(sqlite_store) == 1
    with sqlite_store.session() as session:
        job = session.get(Job, job_id)
        assert job is not None and job.status == "done", job.error
        assert job.result["capture"]["status"] == "new" and len(job.result["incident_ids"]) == 1
