"""Page chrome is found by a page's structure, not by the headings one site uses (issue 11 item 4).

A report's body is its run of prose paragraphs; above it only the title and the dated byline are the
report's, below it nothing that is not prose is. The pages here are the team's own, in layouts
invented for these tests (none is one of bench/styles/web's six sites)."""

from __future__ import annotations

import datetime as dt

from tasdiq.extract.chrome import chrome_lines, is_headline, is_prose, mask_chrome

BODY = """KANDAHAR - A bomb hidden in a handcart exploded beside a bus station in Kandahar city on Tuesday
morning, killing five civilians and wounding 14, a police spokesman said.
The spokesman said the bomb had been set off by remote control as passengers boarded a bus.
No group claimed the attack."""

PLACE_MASTHEAD = f"""ZABUL VOICE
News  Provinces  Economy  Culture  Live TV
Bus station bombing kills five in Kandahar
Zabul Voice | 14 May 2024
{BODY}
Elsewhere on Zabul Voice
Earthquake of magnitude 6.3 kills more than 1,000 in Herat
Militants storm checkpoint in Zhob, 11 soldiers martyred
ZABUL VOICE 2025
"""

STAMPED = f"""The Indus Courier
Bus station bombing kills five in Kandahar
Published 14 May 2024
{BODY}
Popular this week
Seven killed as bus plunges into ravine in Swat  3 hours ago
Drone strike kills commander in Paktika  2 days ago
Police constable gunned down in Dera Ismail Khan
4 min read
"""

TICKER_ABOVE = f"""Earthquake of magnitude 6.3 kills more than 1,000 in Herat
Eighteen dead in clash on Kurram highway
Khyber Wire
Bus station bombing kills five in Kandahar
Khyber Wire | 14 May 2024
{BODY}
Tags: security, attacks
"""

TEASER_INSIDE = """Registan Times
Bus station bombing kills five in Kandahar
Registan Times | 14 May 2024
KANDAHAR - A bomb hidden in a handcart exploded beside a bus station in Kandahar city on Tuesday
morning, killing five civilians and wounding 14, a police spokesman said.
MORE FROM THE REGION
Eighteen dead in clash on Kurram highway
The spokesman said the bomb had been set off by remote control as passengers boarded a bus.
No group claimed the attack.
1,204 views
"""

RELEASE = """2013-02-S-011
For Immediate Release
KABUL, Afghanistan (Feb. 3, 2013)
An Afghan and coalition force detained two suspected insurgents in Nawa district, Helmand province,
today. The force seized a rifle.
2013-02-S-012
For Immediate Release
KABUL, Afghanistan (Feb. 3, 2013)
In Ghazni province, a combined force killed an insurgent who fired on it.
"""

# No share bar, no menu, no byline bar: only its shape says this is a page.
BARE = """NANGARHAR NOW
Blast at Kabul wedding hall kills seven
12 June 2024
KABUL - A bomb exploded at a wedding hall in the west of Kabul on Tuesday night, killing seven guests
and wounding 30, a Taliban police spokesman said. No group claimed the attack.
Earthquake of magnitude 6.3 kills more than 1,000 in Herat
Seven killed as bus plunges into ravine in Swat
"""

URDU_TITLE = "کوئٹہ کے بازار میں دھماکہ، پانچ افراد ہلاک"
URDU_PAGE = f"""Home | Pakistan | World | Sports
{URDU_TITLE}
Staff Reporter | 14 May 2024
کوئٹہ میں منگل کے روز ایک بازار میں بم دھماکے سے پانچ افراد ہلاک اور بارہ زخمی ہو گئے، پولیس نے بتایا۔
Related stories
Seven killed as bus plunges into ravine in Swat
"""

NEXT_STORY_BOX = f"""Registan Times
Bus station bombing kills five in Kandahar
Registan Times | 14 May 2024
{BODY}
UP NEXT
Eighteen dead in clash on Kurram highway
Eighteen people were killed when two tribes fought over land on the Kurram highway on Sunday.
"""


def _kept(page: str, line: str) -> bool:
    return line in mask_chrome(page)


def test_a_masthead_and_the_byline_site_name_are_chrome_but_the_byline_date_stays() -> None:
    masked = mask_chrome(PLACE_MASTHEAD)
    assert "ZABUL" not in masked and "Zabul" not in masked
    assert "| 14 May 2024" in masked
    assert _kept(PLACE_MASTHEAD, "Bus station bombing kills five in Kandahar")


def test_headlines_under_a_heading_no_rule_knows_are_chrome_after_the_report() -> None:
    masked = mask_chrome(PLACE_MASTHEAD)
    assert "Earthquake" not in masked and "Zhob" not in masked and "Elsewhere" not in masked


def test_list_items_with_time_ago_and_reading_time_stamps_are_chrome() -> None:
    masked = mask_chrome(STAMPED)
    assert "Swat" not in masked and "Paktika" not in masked and "Dera Ismail Khan" not in masked
    assert "min read" not in masked and "Indus Courier" not in masked


def test_an_unlabelled_ticker_above_the_title_is_chrome_and_the_title_stays() -> None:
    masked = mask_chrome(TICKER_ABOVE)
    assert "Earthquake" not in masked and "Kurram" not in masked
    assert _kept(TICKER_ABOVE, "Bus station bombing kills five in Kandahar")


def test_another_storys_headline_inside_the_body_is_chrome_with_its_label() -> None:
    masked = mask_chrome(TEASER_INSIDE)
    assert "Kurram" not in masked and "MORE FROM" not in masked and "views" not in masked
    assert "passengers boarded a bus." in masked


def test_a_reports_short_closing_paragraph_is_never_chrome() -> None:
    for page in (PLACE_MASTHEAD, STAMPED, TICKER_ABOVE, TEASER_INSIDE):
        assert _kept(page, "No group claimed the attack.")
        assert _kept(page, "killing five civilians and wounding 14, a police spokesman said.")


def test_a_press_release_header_is_not_read_as_a_web_pages_head() -> None:
    blanked = {RELEASE[start:end] for start, end in chrome_lines(RELEASE)}
    assert blanked <= {"For Immediate Release"}  # printed twice: the declared pass's repeat rule
    assert "2013-02-S-012" in mask_chrome(RELEASE) and "KABUL, Afghanistan (Feb. 3, 2013)" in mask_chrome(RELEASE)


def test_a_sentence_is_prose_and_a_caption_with_its_credit_is_no_headline() -> None:
    assert is_prose("No group claimed the attack.")
    assert not is_prose("Bus station bombing kills five in Kandahar")
    assert is_headline("Bus station bombing kills five in Kandahar")
    assert not is_headline("Police cordon off the road. Photo: File")
    assert not is_headline("Menu")


def test_masking_by_structure_keeps_every_offset() -> None:
    for page in (PLACE_MASTHEAD, STAMPED, TICKER_ABOVE, TEASER_INSIDE):
        masked = mask_chrome(page)
        assert len(masked) == len(page)
        start = page.index("KANDAHAR - ")
        assert masked[start:].startswith(page[start : start + 60])


def test_a_masthead_that_is_a_place_does_not_place_the_report(extract) -> None:  # type: ignore[no-untyped-def]
    (event,) = extract(PLACE_MASTHEAD).events
    assert event.location is not None and event.location.admin1 == "AF-KAN"
    assert event.killed is not None and event.killed.best == 5


def test_an_earthquake_headline_in_a_ticker_is_not_an_event_of_the_report(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(TICKER_ABOVE, published=dt.date(2024, 5, 14)).events
    assert len(events) == 1
    assert events[0].location is not None and events[0].location.admin1 == "AF-KAN"


def test_a_page_with_no_declared_chrome_is_read_by_its_shape() -> None:
    masked = mask_chrome(BARE)
    assert "NANGARHAR" not in masked and "Earthquake" not in masked and "Swat" not in masked
    assert _kept(BARE, "Blast at Kabul wedding hall kills seven") and _kept(BARE, "12 June 2024")


def test_a_title_in_a_script_without_case_is_kept() -> None:
    assert _kept(URDU_PAGE, URDU_TITLE)
    assert "Swat" not in mask_chrome(URDU_PAGE)


def test_a_masthead_province_does_not_place_a_page_read_by_its_shape(extract) -> None:  # type: ignore[no-untyped-def]
    (event,) = extract(BARE).events
    assert event.location is not None and event.location.admin1 == "AF-KAB"


def test_the_first_sentence_of_a_labelled_next_story_box_is_not_the_report() -> None:
    masked = mask_chrome(NEXT_STORY_BOX)
    assert "Kurram" not in masked and "Eighteen" not in masked and "UP NEXT" not in masked
    assert _kept(NEXT_STORY_BOX, "No group claimed the attack.")


def test_a_subheading_without_a_label_keeps_the_paragraph_after_it() -> None:
    page = NEXT_STORY_BOX.replace("UP NEXT\n", "")
    assert "Eighteen people were killed" in mask_chrome(page)


def test_a_numbered_most_read_list_inside_the_body_is_chrome() -> None:
    page = TEASER_INSIDE.replace("MORE FROM THE REGION\nEighteen dead in clash on Kurram highway\n",
                                 "Most viewed today\n1. Eighteen dead in clash on Kurram highway\n"
                                 "2. Floods sweep away 40 houses in Nuristan\n")
    masked = mask_chrome(page)
    assert "Kurram" not in masked and "Nuristan" not in masked and "Most viewed" not in masked
    assert "passengers boarded a bus." in masked


def test_a_site_name_before_a_dash_and_a_date_is_chrome_and_the_date_stays() -> None:
    page = PLACE_MASTHEAD.replace("Zabul Voice | 14 May 2024", "Zabul Voice \u2014 Tuesday, 14 May 2024")
    masked = mask_chrome(page)
    assert "Zabul" not in masked and "ZABUL" not in masked and "14 May 2024" in masked


DESK_UNDER_TITLE = f"""Spinghar Post
Home  Provinces  Opinion  Donate
Bus station bombing kills five in Kandahar
Spinghar news desk
Share: Facebook  X  WhatsApp
{BODY}
Related stories
Floods kill 30 in Nuristan
"""


def test_a_desk_credit_under_the_title_is_not_taken_for_the_title() -> None:
    masked = mask_chrome(DESK_UNDER_TITLE)
    assert _kept(DESK_UNDER_TITLE, "Bus station bombing kills five in Kandahar")
    assert "Spinghar news desk" not in masked and "Nuristan" not in masked
