"""Web pages carry chrome, and reports recall other attacks' figures (issue 11): neither is this
attack's toll, place or date. Pages and reports here are the team's own, in the shape sites use."""

from __future__ import annotations

import datetime as dt

import pytest

from tasdiq.extract.chrome import chrome_lines, mask_chrome

PAGE = """Home | World | Pakistan | Opinion | Sport
Share this article
Bomb kills nine at bus stand in Parachinar

A bomb hidden in a fruit cart exploded at a crowded bus stand in Parachinar on Saturday, killing nine
people and wounding 24, the district police chief said. No group claimed the attack.

Support independent journalism: donate today.

Related stories
Blast kills 40 at election rally in Bajaur
Twin bombings kill 57 in Quetta
Three soldiers killed in attack in North Waziristan

The Frontier Post app: download now
"""


def test_masking_keeps_every_offset_so_spans_still_point_into_the_page() -> None:
    masked = mask_chrome(PAGE)
    assert len(masked) == len(PAGE)
    start = PAGE.index("A bomb hidden")
    assert masked[start : start + 40] == PAGE[start : start + 40]


def test_other_stories_headlines_under_a_related_heading_are_chrome() -> None:
    masked = mask_chrome(PAGE)
    assert "Bajaur" not in masked and "Quetta" not in masked and "North Waziristan" not in masked
    assert "Parachinar on Saturday" in masked


def test_menus_share_lines_and_appeals_are_chrome_but_the_headline_is_not() -> None:
    masked = mask_chrome(PAGE)
    assert "Opinion" not in masked and "Share this" not in masked and "donate" not in masked
    assert "Bomb kills nine at bus stand in Parachinar" in masked


def test_a_caption_printed_twice_is_chrome_the_second_time() -> None:
    caption = "Mourners carry coffins in Kabul on Friday."
    text = f"{caption}\nA suicide bomber killed 12 in Kabul.\n{caption}\n"
    (line,) = chrome_lines(text)
    assert text[line[0] : line[1]] == "Mourners carry coffins in Kabul on Friday." and line[0] > 0


def test_a_related_headline_never_becomes_the_toll(extract) -> None:  # type: ignore[no-untyped-def]
    (event,) = extract(PAGE, published=dt.date(2024, 9, 22)).events
    assert event.killed is not None and event.killed.best == 9
    assert event.location is not None and event.location.admin1 == "PK-KP"


def test_the_dead_of_an_attack_years_earlier_are_not_this_attacks_toll(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A suicide bomber struck a Shia mosque in Kandahar during Friday prayers, killing 11 worshippers. "
        "The same mosque was attacked in 2021, when more than 60 people were killed."
    )
    events = extract(text, published=dt.date(2024, 3, 9)).events
    assert sum(e.killed.best or 0 for e in events if e.killed) == 11


def test_a_years_total_is_not_this_attacks_toll(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen shot dead four polio workers in Bajaur on Tuesday. So far this year 38 polio workers and "
        "guards have been killed across the province, officials said."
    )
    (event,) = extract(text, published=dt.date(2024, 5, 8)).events
    assert event.killed is not None and event.killed.best == 4


def test_a_bounty_is_not_a_toll(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Militants killed two policemen at a checkpoint in Lakki Marwat on Sunday. The provincial government "
        "announced a reward of 10 million rupees for information about the killers."
    )
    (event,) = extract(text, published=dt.date(2023, 8, 14)).events
    assert event.killed is not None and event.killed.best == 2



# Another attack told beside this one by its time ("Three weeks ago, ..."), or the attacks of a night
# in several districts: their dead are theirs.
RECALLED = [
    ("A car bomb exploded outside a mosque in Jalalabad as worshippers left Friday prayers, killing nine "
     "people and wounding 30, police said. Three weeks ago, a bombing at a shrine in Herat killed 21 people.",
     dt.date(2022, 9, 23), 9),
    ("A blast tore through a Shia mosque in Kunduz during the noon prayer on Thursday, killing 14 "
     "worshippers. The attack came two days after two bombs outside a school in Kabul killed six pupils.",
     dt.date(2022, 4, 22), 14),
    ("A bomb hidden in a cart exploded at a bus stand in Parachinar on Tuesday, killing five passengers. "
     "In October, bombings of two buses in the same district killed at least 12 people.",
     dt.date(2023, 11, 8), 5),
    ("A suicide bomber struck a rally in Bajaur on Sunday, killing 23 people. In 2018, a bombing at an "
     "election meeting in the same town killed 40 people.", dt.date(2023, 7, 31), 23),
    ("Armed men stopped buses near Kalat on Monday and shot dead 14 passengers, officials said. More than 40 "
     "people were killed in the attacks in several districts that night, officials said.",
     dt.date(2024, 8, 27), 14),
    # told the same way, this attack's own revised toll is still its toll
    ("Gunmen attacked a wedding party in Nangarhar on Saturday, killing nine guests. Two days later, the "
     "toll rose to 14, a hospital official said.", dt.date(2021, 9, 6), 14),
]


@pytest.mark.parametrize(("text", "published", "toll"), RECALLED,
                         ids=["weeks_ago", "came_days_after", "a_month_alone", "in_and_a_year", "several_districts",
                              "own_toll_revised_days_later"])
def test_an_attack_recalled_by_its_time_keeps_its_dead_apart(extract, text: str, published: dt.date,  # type: ignore[no-untyped-def]
                                                             toll: int) -> None:
    events = extract(text, published=published).events
    assert sum(e.killed.best or 0 for e in events if e.killed) == toll
