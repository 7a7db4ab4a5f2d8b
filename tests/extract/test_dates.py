"""Dates: relative expressions against the publication date or dateline; unknown stays unknown."""

from __future__ import annotations

import datetime as dt

from tasdiq.extract.dates import dateline, find_dates
from tasdiq.model.enums import DatePrecision

MONDAY = dt.date(2023, 5, 15)


def test_last_friday_resolves_against_publication_date() -> None:
    (found,) = find_dates("Last Friday a bomb went off outside a shrine.", MONDAY)
    assert found.date == dt.date(2023, 5, 12)
    assert found.precision is DatePrecision.DAY


def test_on_tuesday_night_is_the_latest_tuesday_before_publication() -> None:
    (found,) = find_dates("Gunmen attacked the post on Tuesday night.", MONDAY)
    assert found.date == dt.date(2023, 5, 9)


def test_last_friday_on_a_friday_is_a_week_back() -> None:
    (found,) = find_dates("Last Friday the market was hit.", dt.date(2023, 5, 12))
    assert found.date == dt.date(2023, 5, 5)


def test_yesterday_is_the_day_before() -> None:
    (found,) = find_dates("A rocket landed yesterday.", MONDAY)
    assert found.date == dt.date(2023, 5, 14)


def test_relative_date_without_anchor_stays_unknown() -> None:
    assert find_dates("A rocket landed yesterday near the airport.", None) == []


def test_month_only_has_month_precision() -> None:
    (found,) = find_dates("The convoy was ambushed in October 2021.", None)
    assert (found.date, found.precision) == (dt.date(2021, 10, 1), DatePrecision.MONTH)


def test_month_without_year_takes_the_latest_before_publication() -> None:
    (found,) = find_dates("The office was attacked in late November.", MONDAY)
    assert found.date == dt.date(2022, 11, 1)


def test_short_range_has_week_precision() -> None:
    (found,) = find_dates("Fighting raged between 3 and 5 May 2020.", None)
    assert (found.date, found.precision) == (dt.date(2020, 5, 3), DatePrecision.WEEK)


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("The toll may rise.", MONDAY) == []


def test_friday_prayers_are_not_a_date() -> None:
    assert find_dates("The blast hit worshippers during Friday prayers.", MONDAY) == []


def test_dateline_gives_the_anchor() -> None:
    line = dateline("KANDAHAR, June 4, 2019 - Security forces said ...")
    assert line is not None and line.date == dt.date(2019, 6, 4)


def test_yesterday_resolves_against_dateline_without_publication_date(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("JALALABAD, 2 March 2020 - A roadside bomb killed two farmers yesterday in Nangarhar.")
    assert result.events[0].date == dt.date(2020, 3, 1)
    assert result.events[0].date_resolution == "relative:yesterday"


def test_undated_attack_stays_undated(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("A suicide bomber struck a crowded market in Kabul, killing 9 people.")
    assert result.events[0].date is None
    assert result.events[0].date_precision is DatePrecision.UNKNOWN


def test_today_inside_a_quotation_is_not_the_publication_day(extract) -> None:  # type: ignore[no-untyped-def]
    text = 'A former minister said of the Kabul airport bombing: "The Taliban is behind today\'s bombing."'
    event = extract(text, dt.date(2022, 3, 7)).events[0]
    assert event.date is None


def test_day_a_statement_was_made_does_not_split_the_attack_it_reports(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract(
        "A suicide bomber struck a crowd at the gate of Kabul airport on Thursday. At least 40 people "
        "were killed, officials said on Friday.",
        dt.date(2021, 8, 27),
    )
    assert len([e for e in doc.events if e.part_of is None]) == 1
    assert doc.events[0].date == dt.date(2021, 8, 26)


def test_a_date_that_ends_a_period_is_not_the_attack_date(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract(
        "The blast went off in what was called the diplomatic quarter until August 2021, "
        "killing a guard near the ministry in Kabul."
    )
    assert doc.events[0].date is None
