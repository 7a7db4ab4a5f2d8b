"""The map in Chromium (issue 14): both countries' provinces, clusters, the legend, the month
slider and zooming to the filter, on the seeded store plus `more_incidents` (conftest.py).
Screenshots: test-artifacts/screenshots/map-*.png.
"""

from __future__ import annotations

import pytest

from .conftest import BROWSER_MARKS, SHOTS

pytestmark = BROWSER_MARKS
Signed = tuple[object, str, list[str], set[str]]
# Counted in the page: lone points plus the incidents each cluster stands for.
DRAWN = """() => document.querySelectorAll('path.incident-marker').length +
    [...document.querySelectorAll('.incident-cluster span')].reduce((n, s) => n + Number(s.textContent), 0)"""


def _fill(page: object, admin1: str) -> str:
    return str(page.locator(f"path.admin1-{admin1}").get_attribute("fill"))  # type: ignore[attr-defined]


def test_the_map_draws_both_countries_clusters_a_legend_and_a_month_slider(
        more_incidents: None, signed_in: Signed) -> None:
    from playwright.sync_api import Page, expect

    page, url, _, _ = signed_in
    assert isinstance(page, Page)
    page.goto(f"{url}/map")
    expect(page.locator("#map")).to_have_attribute("data-points", "7", timeout=15_000)
    expect(page.locator("path.country-AF")).to_have_count(34)
    expect(page.locator("path.country-PK")).to_have_count(7)  # FATA inside Khyber Pakhtunkhwa
    # The four Kabul incidents overlap at country zoom: one cluster that says 4.
    expect(page.locator(".incident-cluster")).to_have_text(["4"])
    assert page.evaluate(DRAWN) == 7
    legend = page.locator(".map-legend")
    for words in ("Incidents per province", "Point size: deaths", "exact place", "province centroid"):
        expect(legend).to_contain_text(words)
    page.wait_for_timeout(400)
    page.screenshot(path=str(SHOTS / "map-01-both-countries.png"), full_page=True)

    # Months 2023-03 .. 2023-08, July empty; three steps left on "to" ends the range in May.
    expect(page.locator("#slider-label")).to_have_text("2023-03 – 2023-08")
    balochistan_before, kabul_before = _fill(page, "PK-BA"), _fill(page, "AF-KAB")
    page.focus("#slider-to")
    for _ in range(3):
        page.keyboard.press("ArrowLeft")
    expect(page.locator("#slider-label")).to_have_text("2023-03 – 2023-05")
    expect(page.locator("#map")).to_have_attribute("data-points", "3")
    expect(page.locator(".incident-cluster")).to_have_count(0)
    assert page.evaluate(DRAWN) == 3
    assert "date_to=2023-05-31" in page.url and "date_from" not in page.url
    assert _fill(page, "PK-BA") != balochistan_before  # its one incident was in August: unshaded now
    # Kabul keeps one of its four: lighter, because the scale stays that of all months (top 4).
    assert _fill(page, "AF-KAB") != kabul_before
    expect(legend).to_contain_text("none … 4 (the most in one province, all months)")
    page.screenshot(path=str(SHOTS / "map-02-slider-to-may.png"))

    page.reload()  # the address keeps the months
    expect(page.locator("#map")).to_have_attribute("data-points", "3", timeout=15_000)
    expect(page.locator("#slider-label")).to_have_text("2023-03 – 2023-05")
    expect(page.locator("#slider-to")).to_have_value("2")
    expect(page.locator("input[name=date_to]")).to_have_value("2023-05-31")


@pytest.mark.parametrize(("province", "admin1"), [("PK-BA", "PK-BA"), ("Kabul", "AF-KAB")])
def test_the_map_zooms_to_the_province_asked_for(signed_in: Signed, province: str, admin1: str) -> None:
    from playwright.sync_api import Page, expect

    page, url, _, _ = signed_in
    assert isinstance(page, Page)
    page.goto(f"{url}/map?province={province}")
    expect(page.locator("#map")).to_have_attribute("data-province", admin1)
    page.wait_for_function("() => document.getElementById('map').hasAttribute('data-points')", timeout=15_000)
    page.wait_for_timeout(500)
    shape, frame = page.locator(f"path.admin1-{admin1}").bounding_box(), page.locator("#map").bounding_box()
    assert shape and frame
    # Fitted: the province fills the frame along one side at least, and lies inside it.
    assert max(shape["width"] / frame["width"], shape["height"] / frame["height"]) > 0.6
    assert frame["x"] - 1 <= shape["x"] and shape["x"] + shape["width"] <= frame["x"] + frame["width"] + 1
    page.screenshot(path=str(SHOTS / f"map-03-zoomed-to-{admin1}.png"))


def test_a_slow_answer_for_an_earlier_slider_step_never_overwrites_the_latest(
        more_incidents: None, signed_in: Signed) -> None:
    """On a loaded server the answer for the slider's first step (months up to July) can come
    back after the answer for its last (up to May); the map must keep showing May's points.
    The page's own fetch holds the real server's July answer back by 1.5 s."""
    from playwright.sync_api import Page, expect

    page, url, _, _ = signed_in
    assert isinstance(page, Page)
    page.add_init_script("""(() => {
      const real = window.fetch;
      const late = (r) => new Promise((ok) => setTimeout(() => ok(r), 1500));
      window.fetch = (path, opts) => real(path, opts).then((r) =>
        String(path).includes("/map/points?date_to=2023-07-31") ? late(r) : r);
    })();""")
    page.goto(f"{url}/map")
    expect(page.locator("#map")).to_have_attribute("data-points", "7", timeout=15_000)
    page.focus("#slider-to")
    for _ in range(3):
        page.keyboard.press("ArrowLeft")
    expect(page.locator("#map")).to_have_attribute("data-points", "3")
    page.wait_for_timeout(2_500)  # the July answer has been drawn, or ignored, by now
    expect(page.locator("#map")).to_have_attribute("data-points", "3", timeout=100)
