"""The admin's webhooks page in Chromium: add a hook on an allowed host, send it a test, see it
delivered, delete it. The screenshot is test-artifacts/screenshots/wh-01-webhooks.png."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ARGS, BROWSER_MARKS, CHROMIUM, SHOTS
from .seed import PASSWORD, Seeded
from .test_webhooks import Receiver, receiver  # noqa: F401  (the receiver fixture)

pytestmark = BROWSER_MARKS


@pytest.fixture
def admin_page(live_url: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(f"{live_url}/login")
        page.fill("#username", "admin")
        page.fill("#password", PASSWORD)
        page.click("#login")
        page.wait_for_load_state()
        yield page
        browser.close()


def test_an_admin_adds_a_webhook_sends_it_a_test_and_deletes_it(
        admin_page: object, live_url: str, seeded_sqlite: Seeded, receiver: Receiver) -> None:  # noqa: F811
    from playwright.sync_api import Page, expect

    page = admin_page
    assert isinstance(page, Page)
    seeded_sqlite.store.settings.webhook_hosts = "127.0.0.1"  # as TASDIQ_WEBHOOK_HOSTS=127.0.0.1 would
    page.goto(f"{live_url}/admin/webhooks")
    expect(page.locator("#allowed-hosts")).to_have_text("127.0.0.1")
    page.fill("#add-webhook input[name=url]", receiver.url)
    page.click("#add-webhook button[type=submit]")
    expect(page.locator("#webhook-secret")).to_contain_text("shown this once")
    row = page.locator("#webhooks tbody tr").filter(has_text=receiver.url)
    expect(row).to_contain_text("none yet")
    row.get_by_role("button", name="Send a test").click()
    for _ in range(50):  # sent after the answer: the page shows it once reloaded
        if "delivered" in (row.locator(".delivery").text_content() or ""):
            break
        time.sleep(0.1)
        page.reload()
    expect(row.locator(".delivery")).to_contain_text("delivered (HTTP 200)")
    assert json.loads(receiver.got[0][1])["event"] == "test"
    page.screenshot(path=str(SHOTS / "wh-01-webhooks.png"), full_page=True)
    row.get_by_role("button", name="Delete").click()
    expect(page.locator("#webhooks")).not_to_contain_text(receiver.url)
    assert Path(SHOTS / "wh-01-webhooks.png").stat().st_size > 0
