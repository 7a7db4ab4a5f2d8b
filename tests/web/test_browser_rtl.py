"""An Urdu report on an incident page in a real browser: the text in its own script, right to
left, with the extracted words highlighted where they stand, and the language named.

The store is built by the real commands (ingest, extract, link) from an English and an Urdu
report of the Bajaur rally bombing; the page is served by uvicorn on loopback and read by
Debian's Chromium. Screenshot: test-artifacts/screenshots/20-urdu-incident.png.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tasdiq.cli.main import app as cli
from tasdiq.model.enums import Role
from tasdiq.settings import Settings
from tasdiq.store import Store
from tasdiq.web.accounts import create_user
from tasdiq.web.app import create_app
from tasdiq.web.config import WebConfig

from .conftest import ARGS, BROWSER_MARKS, CHROMIUM, SHOTS, serve

pytestmark = BROWSER_MARKS

PASSWORD = "correct horse battery"
ENGLISH = """---
title: Suicide blast at JUI-F rally in Bajaur
publisher: Frontier Desk (test)
published: 2023-07-31
---
A suicide bomber blew himself up at a convention of the Jamiat Ulema-e-Islam-Fazl party in Khar,
the main town of Bajaur district, on Sunday, killing at least 54 people, police said.
"""
URDU = """---
title: باجوڑ میں خودکش دھماکا
publisher: اردو ڈیسک (test)
published: 2023-07-31
---
باجوڑ کی تحصیل خار میں اتوار کے روز جمعیت علمائے اسلام (ف) کے ورکرز کنونشن کے دوران خودکش دھماکے میں
کم از کم 54 افراد جاں بحق اور 200 سے زائد زخمی ہو گئے۔ کالعدم داعش خراسان نے حملے کی ذمہ داری قبول کر لی ہے۔
"""


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder, home = tmp_path / "in", tmp_path / "home"
    folder.mkdir()
    (folder / "en.md").write_text(ENGLISH, encoding="utf-8")
    (folder / "ur.md").write_text(URDU, encoding="utf-8")
    runner = CliRunner()
    for args in (["init"], ["ingest", str(folder)], ["extract"], ["link"]):
        result = runner.invoke(cli, ["--data-dir", str(home), *args])
        assert result.exit_code == 0, result.output
    return home


@pytest.fixture
def live(home: Path) -> Iterator[tuple[str, int]]:
    store = Store(Settings(home=home))
    with store.session(actor="test") as s:
        create_user(session=s, username="viewer", password=PASSWORD, role=Role.VIEWER)
    con = sqlite3.connect(home / "tasdiq.sqlite")
    (incident_id,), = con.execute("select distinct incident_id from incident_mentions")
    con.close()
    with serve(create_app(store=store, config=WebConfig(secret_key="rtl-test"))) as url:
        yield url, int(incident_id)
    store.dispose()


def test_an_urdu_reports_incident_page_shows_its_highlighted_words_right_to_left(live: tuple[str, int]) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, incident_id = live
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        page.goto(f"{url}/login")
        page.fill("#username", "viewer")
        page.fill("#password", PASSWORD)
        page.click("#login")
        page.goto(f"{url}/incidents/{incident_id}")
        urdu = page.locator('.source-card .text[lang="ur"]')
        expect(urdu).to_be_visible()
        assert urdu.evaluate("el => getComputedStyle(el).direction") == "rtl"
        english = page.locator('.source-card .text[lang="en"]')
        assert english.evaluate("el => getComputedStyle(el).direction") == "ltr"
        marks = urdu.locator("mark")
        words = {marks.nth(i).inner_text() for i in range(marks.count())}
        assert {"باجوڑ", "54"} <= words and any("خودکش" in w for w in words), words
        # right to left on screen: the place, first in the sentence, stands right of the toll
        place, toll = (urdu.locator("mark", has_text=w).first.bounding_box() for w in ("باجوڑ", "54"))
        assert place is not None and toll is not None
        assert place["x"] > toll["x"] if place["y"] == toll["y"] else place["y"] < toll["y"]
        expect(page.locator(".source-card .meta", has_text="Urdu (ur)")).to_be_visible()
        urdu.scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "20-urdu-incident.png"), full_page=True)
        page.locator(".source-card a", has_text="باجوڑ میں خودکش دھماکا").click()
        expect(page.locator("#source-language")).to_have_text("Urdu (ur)")
        page.screenshot(path=str(SHOTS / "21-urdu-source.png"), full_page=True)
        browser.close()
