"""The analyst's workspace in Chromium (issue 14): search, and review at speed.

Screenshots go to test-artifacts/screenshots/ (named ws-*). The server, the signed-in page
and the skips come from conftest.py.
"""

from __future__ import annotations

import re

from .conftest import BROWSER_MARKS, SHOTS
from .seed import Seeded

pytestmark = BROWSER_MARKS

Page = object  # playwright's Page; imported lazily with playwright itself


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


def _ten_more_suggested_links(seeded: Seeded) -> None:
    """Ten more reports of the Kabul market bombing, each linked by the machine only."""
    import datetime as dt
    import hashlib

    from tasdiq.model import IncidentMention, Mention, Source

    with seeded.store.session(actor="seed") as s:
        for n in range(10):
            text = f"Follow-up {n}: the handcart bomb at the Kabul vegetable market killed seven, officials said."
            digest = hashlib.sha256(text.encode()).hexdigest()
            source = Source(sha256=digest, title=f"Kabul market follow-up {n}", publisher=f"Desk {n}", text=text,
                            text_sha256=digest, language="en", published=dt.datetime(2023, 3, 4, n, tzinfo=dt.UTC))
            s.add(source)
            s.flush()
            mention = Mention(source_id=source.id or 0, attack_type="bombing", date=dt.date(2023, 3, 3),
                              date_precision="day", country="AF", admin1="AF-KAB", killed_best=7, confidence=0.8)
            s.add(mention)
            s.flush()
            s.add(IncidentMention(incident_id=seeded.incident_ids[0], mention_id=mention.id or 0, state="suggested",
                                  score=0.7 + n / 100))


def test_ten_links_are_confirmed_with_one_click(
        signed_in: tuple[object, str, list[str], set[str]], seeded_sqlite: Seeded) -> None:
    from playwright.sync_api import Page, expect

    _ten_more_suggested_links(seeded_sqlite)
    page, url, _, _ = signed_in
    assert isinstance(page, Page)
    page.goto(f"{url}/review")
    boxes = page.locator('#bulk-links input[name="link_id"]')
    expect(boxes).to_have_count(12)  # the seed's two and ten more
    page.check("#select-all-links")
    assert boxes.evaluate_all("els => els.filter(e => e.checked).length") == 12
    page.screenshot(path=str(SHOTS / "ws-02-bulk-selected.png"), full_page=True)
    page.click("#bulk-confirm")
    expect(page.locator("#done")).to_have_text("12 links decided.")
    expect(page.locator("#suggested")).to_contain_text("Nothing to confirm.")
    page.screenshot(path=str(SHOTS / "ws-03-bulk-confirmed.png"), full_page=True)
    page.goto(f"{url}/incidents/{seeded_sqlite.incident_ids[0]}")
    expect(page.locator(".source-card .state", has_text="suggested")).to_have_count(0)


def test_an_incident_is_assigned_commented_and_its_toll_corrected_with_a_reason(
        signed_in: tuple[object, str, list[str], set[str]], seeded_sqlite: Seeded) -> None:
    from playwright.sync_api import Page, expect

    page, url, _, _ = signed_in
    assert isinstance(page, Page)
    incident = seeded_sqlite.incident_ids[1]  # Peshawar checkpoint, machine's toll 2
    page.goto(f"{url}/incidents/{incident}")
    page.select_option("#work-assignee", "reviewer")
    page.select_option("#work-status-select", "help_needed")
    page.click("#work-save")
    expect(page.locator("#work-status")).to_have_text("help needed")
    expect(page.locator("#assignee")).to_have_text("reviewer")
    page.fill("#comment-form textarea", "The second constable died in hospital on Monday; see the Frontier Post.")
    page.click("#comment-send")
    expect(page.locator("#comments .comments li")).to_contain_text("second constable died")
    page.locator("#work").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "ws-04-assigned-commented.png"), full_page=True)

    page.select_option("#correction-field", "killed_best")
    page.fill("#correction-value", "3")
    page.fill("#correction-reason", "a third constable died in hospital (Frontier Post, 11 April)")
    page.click("#correction-save")
    expect(page.locator("#killed")).to_contain_text("3")
    expect(page.locator("#killed .corrected")).to_contain_text("machine said 2")
    row = page.locator('#corrections-table tr[data-field="killed_best"]')
    expect(row.locator(".machine")).to_have_text("2")
    expect(row.locator(".analyst")).to_have_text("3")
    expect(row.locator(".reason")).to_contain_text("third constable")
    page.locator("#corrections").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "ws-05-corrected-toll.png"), full_page=True)


def test_an_incident_is_recorded_by_hand(
        signed_in: tuple[object, str, list[str], set[str]], seeded_sqlite: Seeded) -> None:
    from playwright.sync_api import Page, expect

    page, url, _, _ = signed_in
    assert isinstance(page, Page)
    page.goto(f"{url}/incidents")
    page.click("#new-incident-link")
    page.fill("#ni-title", "Grenade thrown into a wedding hall in Charsadda")
    page.select_option("#ni-type", "bombing")
    page.fill("#ni-date", "2023-04-10")
    page.fill("#ni-province", "Khyber Pakhtunkhwa")
    page.fill("#ni-place", "Charsadda")
    page.fill("#ni-killed", "4")
    page.fill("#ni-reason", "our correspondent spoke to two guests")
    page.screenshot(path=str(SHOTS / "ws-06-new-incident-form.png"), full_page=True)
    page.click("#ni-save")
    expect(page.locator("#incident-title")).to_have_text("Grenade thrown into a wedding hall in Charsadda")
    expect(page.locator("#killed")).to_contain_text("4")
    expect(page.locator("#by-hand")).to_contain_text("our correspondent spoke to two guests")
    page.fill("#attach-source-id", str(seeded_sqlite.source_ids[2]))
    page.locator("#attach-source button").click()
    expect(page.locator(".source-card")).to_have_count(1)
    expect(page.locator("#killed .corrected")).to_contain_text("machine said 2")
    expect(page.locator("#incident-title")).to_have_text("Grenade thrown into a wedding hall in Charsadda")
    expect(page.locator("#by-hand")).to_be_visible()
    page.screenshot(path=str(SHOTS / "ws-07-hand-made-incident.png"), full_page=True)


def test_the_dashboard_draws_incidents_and_deaths_on_charts_of_their_own(
        signed_in: tuple[object, str, list[str], set[str]], seeded_sqlite: Seeded) -> None:
    from playwright.sync_api import Page, expect

    page, url, _, _ = signed_in
    assert isinstance(page, Page)
    page.goto(f"{url}/")
    expect(page.locator("#chart-months")).to_be_visible()
    expect(page.locator("#chart-deaths")).to_be_visible()
    page.wait_for_function("() => window.TasdiqCharts && window.TasdiqCharts.made['chart-deaths']", timeout=10_000)
    axes = page.evaluate("""() => ['chart-months', 'chart-deaths'].map(id =>
        Object.keys(window.TasdiqCharts.made[id].scales).filter(k => k.startsWith('y')).length)""")
    assert axes == [1, 1]  # one measure, one vertical axis, per chart
    page.wait_for_timeout(300)
    page.screenshot(path=str(SHOTS / "ws-08-dashboard-charts.png"), full_page=True)


def test_an_alert_arrives_in_the_inbox_after_a_new_report_is_uploaded(
        signed_in: tuple[object, str, list[str], set[str]], seeded_sqlite: Seeded, tmp_path: object) -> None:
    from pathlib import Path

    from playwright.sync_api import Page, expect

    page, url, _, _ = signed_in
    assert isinstance(page, Page)
    page.goto(f"{url}/search?q=%22Jaffar+Express%22")
    page.fill("#save-search-name", "Jaffar Express")
    page.click("#save-search-button")
    expect(page.locator("#inbox")).to_contain_text("Nothing new.")
    report = Path(str(tmp_path)) / "quetta.txt"
    report.write_text("QUETTA, 2 June 2024 - Gunmen fired on the Jaffar Express near Mach; two guards were hurt, "
                      "railway officials said.\n", encoding="utf-8")
    page.goto(f"{url}/upload")
    page.set_input_files("input[type=file]", str(report))
    page.locator("form[action='/upload'] button[type=submit]").click()
    page.wait_for_load_state()
    page.goto(f"{url}/inbox")
    expect(page.locator("#inbox li.unread")).to_have_count(1)
    expect(page.locator("#inbox li.unread a")).to_contain_text("QUETTA, 2 June 2024 - Gunmen fired on the Jaffar")
    page.screenshot(path=str(SHOTS / "ws-12-inbox-alert.png"), full_page=True)


def test_an_actor_page_shows_its_claims_and_rolls_branches_in(
        signed_in: tuple[object, str, list[str], set[str]], seeded_sqlite: Seeded) -> None:
    from playwright.sync_api import Page, expect

    page, url, _, _ = signed_in
    assert isinstance(page, Page)
    page.goto(f"{url}/actors")
    page.locator("#actors a", has_text="Islamic State Khorasan Province").click()
    expect(page.locator("#actor-name")).to_contain_text("Islamic State Khorasan Province")
    expect(page.locator("#own-claims")).to_contain_text("via Amaq")
    expect(page.locator("#record")).to_contain_text("islamic_state_khorasan")
    page.screenshot(path=str(SHOTS / "ws-13-actor-page.png"), full_page=True)
    page.locator("#parents a").first.click()
    expect(page.locator("#own-claims h2")).to_contain_text("0")
    page.click("#rollup-toggle")
    expect(page.locator("#rolled-up")).to_be_visible()
    expect(page.locator("#own-claims h2")).to_contain_text("1")
    page.screenshot(path=str(SHOTS / "ws-14-actor-rolled-up.png"), full_page=True)
