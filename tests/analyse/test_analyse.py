"""What the incidents add up to: tolls, periods, perpetrators kept apart, quality, reports.

Incidents are built directly with the shared casebook (tests/claims/casebook.py); the texts
are the team's own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from claims.casebook import T0, add_incident, add_mention, add_source, peshawar_mosque
from tasdiq.analyse import (
    Period,
    build_report,
    by_month,
    by_perpetrator,
    by_province,
    by_target,
    claimed_versus_verified,
    data_quality,
    independent_sources,
    select_incidents,
    status_counts,
    total,
)
from tasdiq.analyse.render import html, markdown
from tasdiq.claims import record_assessment
from tasdiq.claims.bulletin import import_bulletin
from tasdiq.cli.main import app
from tasdiq.store import Store
from tasdiq.verify.service import counted_sources


def three_months(s: Session) -> None:
    add_incident(s, date=dt.date(2023, 1, 5), admin1="AF-KAB", killed_low=2, killed_best=3, killed_high=5,
                 targets=["police", "civilians"], geo_precision=1, injured_best=4)
    add_incident(s, date=dt.date(2023, 1, 20), admin1="AF-KAB", killed_best=4, targets=["police"], geo_precision=4)
    add_incident(s, date=dt.date(2023, 3, 2), admin1="AF-NAN", killed_best=None, date_precision="year")
    add_incident(s, date=dt.date(2023, 1, 10), admin1="AF-KAB", killed_best=100, status="debunked")
    add_incident(s, date=None, date_precision="unknown", killed_best=7)


def test_tolls_sum_best_where_known_and_bounds_fall_back_to_best(store: Store) -> None:
    with store.session() as s:
        three_months(s)
        months = by_month(select_incidents(session=s, period=Period(dt.date(2023, 1, 1), dt.date(2023, 12, 31))))
    january, february, march = months
    assert (january.key, january.incidents, january.killed_best) == ("2023-01", 2, 7)  # the debunked one is out
    assert (january.killed_low, january.killed_high, january.killed_unknown) == (6, 9, 0)
    assert (february.label, february.incidents, february.killed_best) == ("February 2023", 0, 0)
    assert (march.incidents, march.killed_best, march.killed_unknown) == (1, 0, 1)  # unknown, never zero


def test_a_period_leaves_out_undated_incidents_and_says_how_many(store: Store) -> None:
    with store.session() as s:
        three_months(s)
        bounded = select_incidents(session=s, period=Period(dt.date(2023, 1, 1), dt.date(2023, 1, 31)))
        everything = select_incidents(session=s)
        quality = data_quality(session=s, selection=bounded)
    assert total(bounded).incidents == 2 and bounded.undated_left_out == 1 and quality.undated_left_out == 1
    assert [t.key for t in by_month(everything)][-1] == "(undated)" and total(everything).incidents == 4
    assert status_counts(everything) == {"reported": 4, "corroborated": 0, "verified": 0, "disputed": 0,
                                         "debunked": 1}


def test_an_incident_with_two_targets_is_in_both_rows(store: Store) -> None:
    with store.session() as s:
        three_months(s)
        selection = select_incidents(session=s)
        targets = {t.key: t.incidents for t in by_target(selection)}
        provinces = {t.key: (t.label, t.incidents) for t in by_province(selection)}
    assert targets == {"police": 2, "civilians": 1, "(none)": 2}
    assert provinces["AF-KAB"] == ("Kabul", 2) and provinces["(unknown)"] == ("(unknown)", 1)


def test_claimed_and_attributed_perpetrators_are_never_merged(store: Store) -> None:
    with store.session() as s:
        mosque = peshawar_mosque(s)  # ISKP claims it; an official names the Haqqani Network
        tables = by_perpetrator(session=s, selection=select_incidents(session=s))
        assert [(t.label, t.incidents) for t in tables.claimed] == [("Islamic State Khorasan Province", 1)]
        assert [(t.label, t.incidents) for t in tables.attributed] == [("Haqqani Network", 1)]
        record_assessment(session=s, incident_id=mosque.id or 0, perpetrator="IS-K", confidence="moderate",
                          rationale="device and claim agree", analyst="analyst-a", at=T0)
        tables = by_perpetrator(session=s, selection=select_incidents(session=s))
    # The assessment replaces the attributions, and the claim still stands apart from it.
    assert [t.label for t in tables.attributed] == ["Islamic State Khorasan Province"]
    assert [t.label for t in tables.claimed] == ["Islamic State Khorasan Province"]


def test_an_imported_rows_perpetrator_counts_by_its_certainty_and_rejected_links_not_at_all(store: Store) -> None:
    with store.session() as s:
        bombing = add_incident(s, date=dt.date(2022, 4, 21), admin1="AF-KAB")
        row = add_source(s, publisher="UCDP GED", text="UCDP GED record 1\nside_a: IS", kind="official_report")
        add_mention(s, incident=bombing, source=row, perpetrator="ISKP", perpetrator_certainty="attributed")
        guess = add_source(s, publisher="Wire (test)", text="Police suspect the Pakistani Taliban.")
        add_mention(s, incident=bombing, source=guess, perpetrator="TTP", perpetrator_certainty="suspected")
        boast = add_source(s, publisher="Channel (test)", text="The front said its fighters did it.", kind="statement")
        add_mention(s, incident=bombing, source=boast, perpetrator="BLA", perpetrator_certainty="claimed",
                    state="rejected")
        tables = by_perpetrator(session=s, selection=select_incidents(session=s))
    assert [t.label for t in tables.attributed] == ["Islamic State Khorasan Province"]
    assert [t.key for t in tables.claimed] == ["(none)"]


def test_single_source_counts_sources_as_verification_does(store: Store) -> None:
    with store.session() as s:
        mosque = peshawar_mosque(s)
        lone = add_incident(s, date=dt.date(2023, 2, 1), admin1="PK-BA")
        add_mention(s, incident=lone, source=add_source(s, publisher="Quetta Test Wire", text="A blast in Quetta."))
        add_incident(s, date=dt.date(2023, 2, 2), admin1="PK-BA")  # entered by an analyst, no source
        selection = select_incidents(session=s)
        counts = independent_sources(session=s, selection=selection)
        assert counts[mosque.id or 0] == counted_sources(s, mosque.id or 0) == 3
        quality = data_quality(session=s, selection=selection)
    assert (quality.incidents, quality.single_source, quality.no_source) == (3, 1, 1)
    assert quality.share(quality.single_source) == pytest.approx(0.333)


def test_claimed_versus_verified_per_claimant(store: Store) -> None:
    with store.session() as s:
        mosque = peshawar_mosque(s)
        mosque.status = "corroborated"
        import_bulletin(session=s, rows=[
            {"claimant": "ISKP", "date": "2023-01-30", "admin1": "PK-KP", "target": "police", "claimed_killed": "60"},
            {"claimant": "ISKP", "date": "2023-01-02", "admin1": "AF-KAB", "claimed_killed": "12"},
            {"claimant": "TTP", "date": "2023-01-29", "admin1": "PK-KP", "target": "police"},
        ])
        found = {c.claimant: c for c in claimed_versus_verified(session=s)}
        later = claimed_versus_verified(session=s, period=Period(dt.date(2023, 1, 15), None))
    iskp = found["ISKP"]
    assert (iskp.claimed, iskp.matched_verified, iskp.unmatched) == (2, 1, 1)
    assert (iskp.claimed_killed, iskp.verified_killed, iskp.ratio) == (60, 41, 1.46)
    assert (found["TTP"].matched_verified, found["TTP"].claimed_killed, found["TTP"].ratio) == (1, 0, None)
    assert {c.claimant: c.claimed for c in later} == {"ISKP": 1, "TTP": 1}


def test_report_has_headlines_tables_charts_and_methods_and_no_outside_asset(sqlite_store: Store) -> None:
    with sqlite_store.session() as s:
        peshawar_mosque(s)
        three_months(s)
        report = build_report(session=s, period=Period(dt.date(2023, 1, 1), None), now=T0)
    md, page = markdown(report), html(report)
    assert md.startswith("# Attacks: summary report, 2023-01-01 to now")
    for heading in ("## By month", "## Claimed by", "## Attributed to", "## Claimed versus verified",
                    "## Data quality", "## Methods"):
        assert heading in md
    # The Peshawar mosque toll is "at least 41" (no high): the sum has no upper bound, not 50.
    assert "- **Killed:** 48 best estimate (at least 47); toll unknown for 1 incident(s)" in md
    assert page.count("<svg") >= 5 and "<script" not in page and "<link" not in page and " src=" not in page
    assert "never as zero" in page  # the methods paragraph


def test_cli_report_writes_html_and_refuses_a_backwards_period(tmp_path: Path) -> None:
    home = ["--data-dir", str(tmp_path / "home")]
    runner = CliRunner()
    assert runner.invoke(app, [*home, "init"]).exit_code == 0
    target = tmp_path / "r.html"
    result = runner.invoke(app, [*home, "report", "--format", "html", "--out", str(target)])
    assert result.exit_code == 0 and target.read_text(encoding="utf-8").startswith("<!doctype html>")
    result = runner.invoke(app, [*home, "report", "--from", "2023-02-01", "--to", "2023-01-01"])
    assert result.exit_code == 1 and "after --to" in result.output


def test_the_report_says_unknown_not_zero_and_at_least_not_a_range_of_one_figure(store: Store) -> None:
    with store.session() as s:
        add_incident(s, date=dt.date(2024, 3, 11), admin1="PK-BA", killed_low=300, killed_best=300, killed_high=None)
        add_incident(s, date=dt.date(2024, 3, 12), admin1="PK-BA", killed_best=None)
        report = build_report(session=s, period=Period(dt.date(2024, 1, 1), None), now=T0)
    md = markdown(report)
    assert "300–300" not in md and "300 best estimate (at least 300); toll unknown for 1 incident(s)" in md
    assert "Injured: 0" not in md and "unknown: no figure for any of the 2 incident(s)" in md
    march = next(line for line in md.splitlines() if line.startswith("| March 2024"))
    assert "at least 300" in march and "| unknown |" in march  # injured: no figure, so no zero
