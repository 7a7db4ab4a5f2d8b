"""The app in a real browser: Debian's Chromium driven by Playwright, against uvicorn on loopback.

Screenshots go to test-artifacts/screenshots/. Skipped, with the reason shown, where
/usr/bin/chromium or the vendored front-end libraries (make setup) are missing.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from .conftest import ARGS, BROWSER_MARKS, CHROMIUM, SHOTS
from .seed import PASSWORD, Seeded

pytestmark = BROWSER_MARKS


def test_analyst_logs_in_sees_the_map_confirms_a_link_and_logs_out(live_url: str, seeded_sqlite: Seeded) -> None:
    seeded = seeded_sqlite
    from playwright.sync_api import expect, sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    hosts: set[str] = set()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        page.on("request", lambda r: hosts.add(urlparse(r.url).netloc))
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))

        page.goto(f"{live_url}/map")
        expect(page).to_have_url(f"{live_url}/login?next=%2Fmap")
        page.fill("#username", "analyst")
        page.fill("#password", PASSWORD)
        page.screenshot(path=str(SHOTS / "01-login.png"))
        page.click("#login")

        expect(page.locator("#map")).to_have_attribute("data-points", "3", timeout=15_000)
        assert page.locator("path.incident-marker").count() == 3
        page.screenshot(path=str(SHOTS / "02-map.png"))

        page.locator("path.incident-marker").first.click(force=True)
        popup_link = page.locator(".leaflet-popup-content a")
        expect(popup_link).to_be_visible()
        expect(popup_link).not_to_have_text(re.compile(r"^Incident \d+$"))  # the title came on click
        page.wait_for_timeout(400)  # Leaflet fades the popup in
        page.screenshot(path=str(SHOTS / "02-map-popup.png"))
        popup_link.click()
        expect(page.locator("#incident-title")).to_be_visible()

        page.goto(f"{live_url}/incidents/{seeded.incident_ids[0]}")
        card = page.locator(f'[data-link-id="{seeded.suggested_link_id}"]')
        expect(card.locator(".state")).to_have_text("suggested")
        page.screenshot(path=str(SHOTS / "03-incident.png"), full_page=True)
        card.locator("button.confirm").click()

        confirmed = page.locator(f'[data-link-id="{seeded.suggested_link_id}"] .state')
        expect(confirmed).to_have_text("confirmed", timeout=20_000)
        history = page.locator("#history")
        expect(history).to_contain_text("suggested → confirmed")
        history.scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "04-confirmed-history.png"), full_page=True)

        # The hypothesis matrix: "Another group did it" against the Amaq claim goes from
        # inconsistent to consistent; choosing the rating sends it (app.js), the page comes back.
        other, item = seeded.hypothesis_ids[1], seeded.ach_item_id
        cell = page.locator(f'td[data-cell="{other}-{item}"]')
        expect(cell).to_have_class(re.compile(r"\binconsistent\b"))
        cell.locator("select").select_option("consistent")
        expect(page.locator(f'td[data-cell="{other}-{item}"]')).to_have_class(re.compile(r"\bconsistent\b"),
                                                                             timeout=20_000)
        expect(page.locator("#ach tfoot")).to_contain_text("least rejected")
        page.locator("#ach").scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "05-ach-rated.png"))

        # Graphic evidence is blurred until clicked.
        graphic = page.locator("#evidence [data-graphic]").first
        graphic.scroll_into_view_if_needed()
        assert "blur" in graphic.locator("img").evaluate("img => getComputedStyle(img).filter")
        page.screenshot(path=str(SHOTS / "06-evidence-blurred.png"))
        graphic.click()
        expect(graphic).to_have_class(re.compile(r"\brevealed\b"))
        assert graphic.locator("img").evaluate("img => getComputedStyle(img).filter") == "none"
        page.screenshot(path=str(SHOTS / "07-evidence-revealed.png"))

        page.goto(f"{live_url}/")
        expect(page.locator("#chart-months")).to_be_visible()
        page.wait_for_timeout(300)
        page.screenshot(path=str(SHOTS / "08-dashboard.png"), full_page=True)

        page.click("#logout")
        expect(page).to_have_url(f"{live_url}/login")
        page.goto(f"{live_url}/incidents")
        expect(page).to_have_url(f"{live_url}/login?next=%2Fincidents")
        page.screenshot(path=str(SHOTS / "09-logged-out.png"))
        browser.close()

    assert hosts == {urlparse(live_url).netloc}, f"requests left the machine: {hosts}"
    assert not errors, f"JavaScript errors: {errors}"
