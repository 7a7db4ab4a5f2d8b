"""Press-release dates (issue 11, part 4): the dateline, a header's date and the release number
anchor the operation's day; header dates and names are never the day itself. Texts are the team's
own, in the layout of ISAF/IJC releases."""

from __future__ import annotations

import datetime as dt

import pytest

from tasdiq.extract.dates import dateline, find_dates, release_month
from tasdiq.model.enums import AttackType

UPDATE = (
    "ISAF Joint Command Morning Operational Update March 3, 2011\n"
    "ISAF Joint Command - Afghanistan 2011-03-S-012 For Immediate Release\n"
    "KABUL, Afghanistan (March 3, 2011) - An Afghan and coalition security force detained a Taliban "
    "leader and two suspected insurgents in Khan Abad district, Kunduz province, yesterday. The leader "
    "supplied weapons to Taliban fighters in the district and moved fighters from Pakistan."
)


def test_yesterday_in_a_release_is_the_day_before_its_dateline(extract) -> None:  # type: ignore[no-untyped-def]
    (event, *_) = extract(UPDATE).events
    assert event.date == dt.date(2011, 3, 2)


def test_the_header_date_of_an_operational_update_is_not_the_operations_day(extract) -> None:  # type: ignore[no-untyped-def]
    text = UPDATE.replace(", yesterday.", ".")
    (event, *_) = extract(text).events
    assert event.date_resolution != "absolute"
    assert event.spans["date"] != (text.index("March 3, 2011"), text.index("March 3, 2011") + 13)


@pytest.mark.parametrize(("head", "day"), [
    # the chrome step joins hard wraps: the dateline follows "For Immediate Release" on one line
    ("2011-04-S-086 For Immediate Release KABUL, Afghanistan (April 28, 2011) - A force", dt.date(2011, 4, 28)),
    # the release number gives year and month only: "Dec. 30" under 2010-12 is 2010, not 2009
    ("2010-12-S-336\nFor Immediate Release\nKABUL, Afghanistan (Dec. 30) - Forces detained", dt.date(2010, 12, 30)),
    ("2012-05-S-002\nKABUL, Afghanistan (May 2)\nAn Afghan and coalition security force", dt.date(2012, 5, 2)),
    ("2009-12-CA-063\nFor Immediate Release\nKabul, Afghanistan (Dec. 9) - An air strike", dt.date(2009, 12, 9)),
], ids=["after-release-line", "late-in-month", "five-letter-date", "title-case-city"])
def test_a_release_dateline_is_found_and_dated(head: str, day: dt.date) -> None:
    found = dateline(head + " ...")
    assert found is not None and found.date == day


def test_a_title_that_opens_with_its_day_anchors_last_night() -> None:
    text = ("July 6: Afghan-ISAF Operations in Ghazni, Helmand, Logar\nISAF Joint Command - Afghanistan "
            "2010-07-CA-028 For Immediate Release\nA combined force detained two suspects in Helmand last night.")
    anchor = dateline(text)
    assert anchor is not None and anchor.date == dt.date(2010, 7, 6)
    assert [d.date for d in find_dates(text, anchor.date) if d.how.startswith("relative")] == [dt.date(2010, 7, 5)]


def test_an_abbreviated_month_after_a_name_is_part_of_the_name() -> None:
    assert find_dates("Coalition officials said Rasul Jan was a Taliban commander.", dt.date(2012, 10, 4)) == []


def test_a_month_abbreviation_with_a_full_stop_is_still_a_month() -> None:
    (found,) = find_dates("The post was attacked in early Jan. by insurgents.", dt.date(2012, 10, 4))
    assert found.date == dt.date(2012, 1, 1)


def test_today_confirmed_is_the_day_of_the_statement_not_of_the_operation(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("2012-10-S-040\nKABUL, Afghanistan (Oct. 16, 2012)\nCoalition forces today confirmed that a Taliban "
            "leader was killed in a precision air strike in Chak district, Wardak province, Oct. 4.")
    (event, *_) = extract(text).events
    assert event.date == dt.date(2012, 10, 4)


def test_the_date_of_the_attack_an_operation_avenged_is_not_the_operations(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("2011-08-CA-012\nKABUL, Afghanistan (Aug. 10, 2011)\nCoalition forces killed the Taliban insurgents "
            "responsible for the Aug. 6 downing of a CH-47 helicopter in Wardak province. An F-16 struck them in "
            "Chak district, Wardak province, on Monday night.")
    (event, *_) = extract(text).events
    assert event.date == dt.date(2011, 8, 8)


def test_a_named_weekday_dates_an_overnight_operation_not_the_night_before_the_release(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("2010-10-CA-140\nFor Immediate Release\nKABUL, Afghanistan (Oct. 14) - Afghan and coalition forces "
            "detained a Haqqani facilitator during an overnight operation in Paktiya province Monday. The "
            "facilitator moved rockets for the network.")
    (event, *_) = extract(text).events
    assert event.date == dt.date(2010, 10, 11)


def test_a_day_told_with_an_operation_outranks_a_month_in_the_same_sentence(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("2010-12-S-340\nFor Immediate Release\nKABUL, Afghanistan (Dec. 29) - An Afghan and coalition security "
            "force detained a Taliban facilitator linked to the shooting of a shopkeeper in June in Zabul province "
            "yesterday.")
    (event, *_) = extract(text).events
    assert event.date == dt.date(2010, 12, 28)


def test_forces_confirming_an_arrest_lead_with_the_operation_on_the_day_they_name(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("2012-10-S-021\n\nFor Immediate Release\n\nKABUL, Afghanistan (Oct. 12)\nAfghan and coalition forces "
            "today confirmed the arrest of a Taliban weapons supplier during an operation in Nad Ali district, "
            "Helmand province, Oct. 9. The supplier bought rifles and roadside bomb parts in Pakistan.")
    (event, *_) = extract(text).events
    assert event.attack_type is AttackType.SECURITY_OPERATION
    assert event.date == dt.date(2012, 10, 9)


def test_a_release_number_gives_the_year_of_a_day_and_month_when_no_dateline_does() -> None:
    text = ("ISAF Joint Command - Afghanistan\n2010-07-CA-131\nFor Immediate Release\nA combined force detained "
            "a Taliban commander in Kandahar City July 14. Two more suspects were detained yesterday.")
    found = find_dates(text, None, release_month(text))
    assert [(d.date, d.how) for d in found] == [(dt.date(2010, 7, 14), "day-month+anchor")]


def test_a_dateline_without_year_and_no_release_number_leaves_the_day_unknown(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("KABUL, Afghanistan (Jan. 11)\nAn Afghan and coalition security force detained a Taliban facilitator "
            "during an operation in Ghorak district, Kandahar province, today.")
    (event, *_) = extract(text).events
    assert event.date is None


def test_a_release_that_names_its_own_day_anchors_yesterday(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Ministry of Interior, Islamic Emirate of Afghanistan. Press release, 9 March 2023. Special units "
            "of the ministry raided a hideout of kidnappers in Kunduz province yesterday and arrested three men.")
    found = dateline(text)
    assert found is not None and found.date == dt.date(2023, 3, 9)
    (event, *_) = extract(text).events
    assert event.date == dt.date(2023, 3, 8)


def test_last_evening_is_the_day_before_the_dateline() -> None:
    text = "The siege of the police station that began last evening ended at dawn."
    (found,) = find_dates(text, dt.date(2023, 2, 18))
    assert found.date == dt.date(2023, 2, 17)


def test_an_operational_update_header_anchors_yesterday_when_no_dateline_follows(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("ISAF Joint Command Evening Operational Update, April 9, 2011\nISAF Joint Command - Afghanistan\n"
            "2011-04-S-033\nFor Immediate Release\nIn Andar district, Ghazni province, an Afghan and coalition "
            "security force detained a Taliban facilitator yesterday.")
    (event, *_) = extract(text).events
    assert event.date == dt.date(2011, 4, 8)
