"""Web pages carry chrome, and reports recall other attacks' figures (issue 11): neither is this
attack's toll, place or date. Pages and reports here are the team's own, in the shape sites use."""

from __future__ import annotations

import datetime as dt

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
