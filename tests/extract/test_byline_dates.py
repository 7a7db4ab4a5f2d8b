"""A web page that came without a publication date still prints one in its byline (issue 11,
part 4): it anchors "on Friday" and "Sunday's bombing" and is never the attack's own date. The
pages are the team's own, laid out as news sites serve them."""

from __future__ import annotations

import datetime as dt

from tasdiq.extract import Extractor

PAGE = (
    "Skip to content\nThe Frontier Courier\nHome  Pakistan  World  Sport\n"
    "Peshawar police post attack: toll rises to seven\n"
    "Staff Reporter | Published March 12, 2024 | Updated 9:10pm\n"
    "Share this: Facebook | X | WhatsApp\n"
    "PESHAWAR: Seven policemen were killed when militants stormed a police post on the city's outskirts "
    "in Sunday's attack, officials said on Tuesday, as two of the wounded died in hospital.\n"
)
AGENCY = (
    "World Desk\nAsia  Europe  Business\n"
    "Gunmen kill four at Quetta market\n"
    "By Agency staff | 14 August 2023 5:02 PM UTC\n"
    "Gunmen on a motorcycle opened fire at a market in Quetta on Friday, killing four people, police said.\n"
)


def test_sundays_attack_on_a_page_published_on_tuesday_is_the_sunday_before(extractor: Extractor) -> None:
    event = extractor.extract(text=PAGE).events[0]
    assert event.date == dt.date(2024, 3, 10)


def test_on_friday_under_an_agency_byline_is_the_friday_before_it(extractor: Extractor) -> None:
    event = extractor.extract(text=AGENCY).events[0]
    assert event.date == dt.date(2023, 8, 11)


def test_a_given_publication_date_wins_over_the_byline(extractor: Extractor) -> None:
    event = extractor.extract(text=AGENCY, published=dt.date(2023, 8, 20)).events[0]
    assert event.date == dt.date(2023, 8, 18)


def test_a_byline_below_a_latest_news_list_still_anchors_the_weekday(extractor: Extractor) -> None:
    page = (
        "Valley Times\nHome | Pakistan | World | Sport\nLatest News\n"
        "Trending: Flood relief reaches Swat\n"
        "Valley Times | Wednesday, May 8, 2024\n"
        "Share: Facebook Twitter\n"
        "BANNU - Gunmen attacked a police checkpoint on the Bannu-Miranshah road on Monday night, killing two "
        "constables, police said.\n"
    )
    event = extractor.extract(text=page).events[0]
    assert event.date == dt.date(2024, 5, 6)


def test_a_wire_dateline_below_the_byline_is_the_storys_day_not_the_attacks(extractor: Extractor) -> None:
    page = AGENCY.replace("Gunmen on a motorcycle", "QUETTA, Aug 14 - Police said gunmen on a motorcycle")
    page = page.replace("people, police said.", "people.")
    event = extractor.extract(text=page).events[0]
    assert event.date == dt.date(2023, 8, 11)
