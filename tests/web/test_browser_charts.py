"""Charts that do not mislead (issue 14, part 7), read from what Chart.js drew in Chromium: empty
months kept on the time axis, one measure per chart, deaths drawn as the range they are.
Seeded store plus `more_incidents` (conftest.py): March to June and August 2023, July empty.
"""

from __future__ import annotations

from .conftest import BROWSER_MARKS, SHOTS

pytestmark = BROWSER_MARKS
Signed = tuple[object, str, list[str], set[str]]
DRAWN = """id => { const c = window.TasdiqCharts.made[id]; return {
    labels: c.data.labels, sets: c.data.datasets.map(d => d.data),
    y_axes: Object.keys(c.scales).filter(k => k.startsWith('y')).length }; }"""
MONTHS = ["March 2023", "April 2023", "May 2023", "June 2023", "July 2023", "August 2023"]


def _drawn(page: object, chart: str) -> dict[str, list[object] | int]:
    page.wait_for_function(  # type: ignore[attr-defined]
        f"() => window.TasdiqCharts && window.TasdiqCharts.made['{chart}']", timeout=10_000)
    return dict(page.evaluate(DRAWN, chart))  # type: ignore[attr-defined]


def test_dashboard_months_keep_the_empty_one_and_deaths_are_ranges(more_incidents: None, signed_in: Signed) -> None:
    page, url, _, _ = signed_in
    page.goto(f"{url}/")  # type: ignore[attr-defined]
    incidents, deaths = _drawn(page, "chart-months"), _drawn(page, "chart-deaths")
    assert incidents["labels"] == deaths["labels"] == MONTHS
    assert incidents["sets"] == [[1, 1, 1, 3, 0, 1]]
    # March's bombing was 7 killed at best, 7 to 20 by the sources; April's one toll is a point;
    # May's one incident has no known toll: a gap in the line, not a guessed zero; July had none: zero.
    ranges, best = deaths["sets"]  # type: ignore[misc]
    assert ranges == [[7, 20], [2, 2], None, [3, 3], [0, 0], [12, 12]]
    assert best == [7, 2, None, 3, 0, 12]
    assert incidents["y_axes"] == deaths["y_axes"] == 1
    page.screenshot(path=str(SHOTS / "charts-01-dashboard.png"), full_page=True)  # type: ignore[attr-defined]


def test_timeline_keeps_the_empty_month(more_incidents: None, signed_in: Signed) -> None:
    page, url, _, _ = signed_in
    page.goto(f"{url}/timeline")  # type: ignore[attr-defined]
    drawn = _drawn(page, "chart-timeline")
    assert drawn["labels"] == ["2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08"]
    per_month = [sum(column) for column in zip(*drawn["sets"], strict=True)]  # type: ignore[misc]
    assert per_month == [1, 1, 1, 3, 0, 1]
    assert drawn["y_axes"] == 1  # incidents only, stacked by attack type
    page.screenshot(path=str(SHOTS / "charts-02-timeline.png"), full_page=True)  # type: ignore[attr-defined]
