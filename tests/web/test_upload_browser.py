"""An analyst uploads a report in the browser and follows it to the incident it made: no CLI.

uvicorn serves the app on loopback with its job worker running (as `tasdiq serve` does);
Debian's Chromium is driven by Playwright. Skipped, with the reason, where /usr/bin/chromium
is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tasdiq.web.app import create_app
from tasdiq.web.config import WebConfig

from .conftest import ARGS, CHROMIUM, CHROMIUM_MARKS, SHOTS, serve
from .seed import PASSWORD, Seeded

# The team's own words about a real attack the seeded store does not hold.
REPORT = """Quetta hospital bombing

QUETTA, 9 August 2016 - A suicide bomber blew himself up among lawyers and journalists who had gathered
at the emergency ward of the Civil Hospital in Quetta, Balochistan, on Monday, 8 August 2016, killing at
least 70 people. The lawyers had come to the hospital after the president of the provincial bar
association was shot dead earlier that morning.
"""

pytestmark = CHROMIUM_MARKS  # the upload pages draw no map or chart: no vendored libraries needed


@pytest.fixture
def live_url(seeded_sqlite: Seeded) -> Iterator[str]:
    """With the job worker running, as `tasdiq serve` has it."""
    app = create_app(store=seeded_sqlite.store, config=WebConfig(secret_key="browser-test", jobs=True))
    with serve(app, stop_within=30) as url:
        yield url


def test_an_uploaded_report_is_extracted_and_linked_in_the_background_and_its_incident_opens(
        live_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    report = tmp_path / "quetta-hospital.txt"
    report.write_text(REPORT, encoding="utf-8")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{live_url}/upload")
        page.fill("#username", "analyst")
        page.fill("#password", PASSWORD)
        page.click("#login")
        expect(page.locator("input[name=files]")).to_be_visible()
        page.set_input_files("input[name=files]", str(report))
        page.click("#upload")
        expect(page.locator("#upload-results")).to_contain_text("quetta-hospital.txt")
        page.locator("#upload-job a").click()

        # The job page reloads itself until the worker is done (spaCy loads on the first job).
        expect(page.locator("#job-status")).to_have_text("done", timeout=120_000)
        page.screenshot(path=str(SHOTS / "10-upload-job-done.png"), full_page=True)
        page.locator("#job-incidents a.incident-link").first.click()
        expect(page.locator("#incident-title")).to_be_visible()
        expect(page.locator("body")).to_contain_text("Quetta")
        page.screenshot(path=str(SHOTS / "11-upload-incident.png"), full_page=True)
        browser.close()
