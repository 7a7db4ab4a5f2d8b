"""The analyst's workspace in Chromium (issue 14): search, and review at speed.

Screenshots go to test-artifacts/screenshots/ (named ws-*). Same server and skips as
test_browser.py, whose fixtures these tests share.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlparse

import pytest

from .seed import PASSWORD, Seeded
from .test_browser import ARGS, CHROMIUM, SHOTS, live_url, pytestmark  # noqa: F401  (the fixture and skips)

Page = object  # playwright's Page; imported lazily with playwright itself


@pytest.fixture
def signed_in(live_url: str) -> Iterator[tuple[object, str, list[str], set[str]]]:  # noqa: F811
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    hosts: set[str] = set()
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("request", lambda r: hosts.add(urlparse(r.url).netloc))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{live_url}/login")
        page.fill("#username", "analyst")
        page.fill("#password", PASSWORD)
        page.click("#login")
        page.wait_for_load_state()
        yield page, live_url, errors, hosts
        browser.close()
    assert hosts == {urlparse(live_url).netloc}, f"requests left the machine: {hosts}"
    assert not errors, f"JavaScript errors: {errors}"


def test_a_search_shows_the_report_with_the_words_highlighted(
        signed_in: tuple[object, str, list[str], set[str]], seeded_sqlite: Seeded) -> None:
    from playwright.sync_api import Page, expect

    page, url, _, _ = signed_in
    assert isinstance(page, Page)
    page.goto(f"{url}/search")
    page.fill("input[name=q]", '"vegetable market"')
    page.click("#search-form button[type=submit]")
    first = page.locator("#hits li").first
    expect(first.locator("mark").first).to_have_text(re.compile(r"^vegetable( market)?$", re.I))
    expect(page.locator("#search-counts")).to_contain_text("sources: 2")
    mark = first.locator("mark").first
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.screenshot(path=str(SHOTS / "ws-01-search.png"), full_page=True)
    first.locator("a").click()
    expect(page.locator("body")).to_contain_text("vegetable market")
