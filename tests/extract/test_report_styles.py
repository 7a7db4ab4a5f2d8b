"""The report styles beyond encyclopaedia prose: military press releases, aid-security incident
notes and wire briefs (team-written texts in those styles; bench/styles measures a larger set)."""

from __future__ import annotations

import datetime as dt

from tasdiq.extract import refs
from tasdiq.model.enums import AttackType, ClaimKind


def test_a_bare_claimed_at_the_end_of_a_note_is_a_claim(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "AFG-C | Daykundi - On 12 Sep 2024, in Daykundi province, armed men opened fire on residents, "
        "killing 14 civilians. ISKP claimed via Amaq."
    )
    event = extract(text).events[0]
    assert (event.perpetrator, [c.channel for c in event.claims]) == ("ISKP", ["Amaq"])


def test_the_taliban_spokesman_after_the_takeover_reports_the_attack_and_does_not_claim_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "An explosion ripped through a Shi'ite mosque in Mazar-i-Sharif on Thursday, killing at least 31 "
        "worshippers, a Taliban spokesman said. Islamic State claimed responsibility on Telegram."
    )
    event = extract(text, published="2022-04-21").events[0]
    assert event.perpetrator in ("IS", "ISKP")
    assert all(c.claimant != "TALIBAN" for c in event.claims)


def test_a_spokesman_for_the_province_speaks_for_the_authorities(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A bomb killed 6 in Lashkar Gah in 2019, a Taliban spokesman for the province said."
    assert extract(text).events[0].perpetrator is None


def test_a_claim_told_after_the_attack_is_part_of_its_report(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "KABUL, Aug 26 (Reuters) - Two suicide bombers attacked crowds outside Kabul airport on Thursday, "
        "killing at least 72 people. Islamic State claimed responsibility through its Amaq news agency."
    )
    assert extract(text, published="2021-08-26").category == "Suicide bomb"


def test_a_claim_that_leads_the_story_is_the_story(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Islamic State takes credit for suicide bomb that killed dozens in Kunduz, expanding its reach."
    assert extract(text).category == "Attribution of responsibility"


def test_militants_sent_to_hell_in_an_operation_are_a_clash_not_disrupted_weapons(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "RAWALPINDI, 3 May 2024: Security forces foiled an infiltration bid in North Waziristan District. "
        "All nine khwarij were sent to hell and a cache of weapons was recovered."
    )
    result = extract(text)
    assert result.is_attack and result.category == "Armed clash"


def test_ramming_an_explosive_laden_vehicle_is_a_suicide_bombing(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "RAWALPINDI, 20 November 2024: Khwarij rammed an explosive-laden vehicle into the wall of a check post "
        "in Bannu District. Twelve soldiers embraced shahadat."
    )
    event = extract(text).events[0]
    assert event.attack_type is AttackType.SUICIDE_BOMBING and event.suicide


def test_an_rcied_is_a_remote_bombing(extract) -> None:  # type: ignore[no-untyped-def]
    text = "On 4 June, an RCIED struck a police vehicle in Jalalabad city, Nangarhar province, killing 2 police."
    event = extract(text).events[0]
    assert event.attack_type is AttackType.BOMBING and event.acled_sub_event_type == "Remote explosive/landmine/IED"
    assert not [c for c in event.claims if c.kind is ClaimKind.RESPONSIBILITY]


def test_a_wire_dateline_lends_its_year_and_is_not_the_attack_day(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "KABUL, Dec 25 (Reuters) - Pakistani air strikes on Tuesday night killed at least 46 people in the "
        "Barmal district of Afghanistan's Paktika province, a Taliban spokesman said."
    )
    assert extract(text, published="2024-12-25").events[0].date == dt.date(2024, 12, 24)


def test_a_wire_dateline_city_is_where_the_report_was_filed(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "ISLAMABAD, July 31 (Reuters) - Islamic State claimed responsibility for Sunday's suicide bombing at a "
        "political rally in Pakistan's Bajaur district, which killed at least 54 people."
    )
    event = extract(text, published="2023-07-31").events[0]
    assert event.location is not None and (event.location.admin1, event.date) == ("PK-KP", dt.date(2023, 7, 30))


def test_where_the_attackers_gathered_is_not_where_they_struck(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "RAWALPINDI, 6 September 2023: Early this morning, terrorists attacked two military posts in Chitral "
        "District from across the border, where they had gathered in Afghanistan's Nuristan province. "
        "Four soldiers embraced shahadat."
    )
    event = extract(text, published="2023-09-06").events[0]
    assert event.location is not None and event.location.admin1 == "PK-KP"
    assert event.date == dt.date(2023, 9, 6)


def test_last_night_in_a_release_dated_by_its_dateline(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "RAWALPINDI, 26 August 2024: Last night, terrorists targeted civilians in Musakhel District. Security "
        "forces sent 21 terrorists to hell. 14 soldiers and policemen embraced shahadat."
    )
    event = extract(text).events[0]
    assert event.date == dt.date(2024, 8, 25)
    assert event.perpetrators_killed is not None and event.perpetrators_killed.best == 21


def test_the_night_of_two_days_is_its_first_day(extract) -> None:  # type: ignore[no-untyped-def]
    text = "RAWALPINDI, 12 October 2025: On the night of 11/12 October, militants attacked posts along the border."
    assert extract(text).events[0].date == dt.date(2025, 10, 11)


def test_abbreviations_in_an_incident_note_do_not_break_it_apart(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "PAK-BA | Quetta - On 9 Nov 2024, approx. 0900 hrs, a suicide bomber detonated on a platform at Quetta "
        "railway station as passengers, incl. army personnel, waited for the Peshawar-bound Jaffar Express. "
        "At least 26 killed (incl. soldiers) and 62 injured. BLA claimed."
    )
    (event,) = extract(text).events
    assert (event.killed.best, event.injured.best, event.perpetrator) == (26, 62, "BLA")  # type: ignore[union-attr]
    assert event.location is not None and event.location.admin1 == "PK-BA"


def test_a_named_victim_and_at_least_n_others_are_n_plus_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "AFG-C | Kabul - On 11 Dec 2024, inside the ministry compound in Kabul city, a suicide bomber killed the "
        "Minister of Refugees, Khalil Rahman Haqqani, and at least 4 others. ISKP claimed."
    )
    event = extract(text).events[0]
    assert event.killed is not None and (event.killed.low, event.killed.best) == (5, 5)


def test_everyone_a_state_operation_killed_is_its_toll_militants_and_soldiers_alike(extract) -> None:  # type: ignore[no-untyped-def]
    # Issue 11: the targeted group is the operation's target, not its perpetrator, so the
    # militants it killed are among its dead (as ISAF's coders and ACLED count them).
    text = (
        "RAWALPINDI, 4 May 2024: Security forces conducted an intelligence based operation in North Waziristan "
        "District. Six terrorists were killed. Two soldiers embraced shahadat."
    )
    event = extract(text).events[0]
    assert event.killed is not None and event.killed.best == 8
    assert event.perpetrators_killed is None


def test_a_total_followed_by_its_parts_is_the_total(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Militants stormed the cantonment in Bannu, killing 18 people, five soldiers and 13 civilians."
    event = extract(text).events[0]
    assert event.killed is not None and event.killed.best == 18


def test_claimed_both_attacks_is_a_claim_of_each(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Two bombs killed 9 in Faizabad, Badakhshan province, on Tuesday. ISKP claimed both incidents."
    assert extract(text, published="2024-06-05").events[0].perpetrator == "ISKP"


def test_attributed_them_to_is_an_attribution(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Shells killed 4 civilians in Khost province on Sunday; local officials attributed them to the Pakistani army."
    )
    event = extract(text, published="2024-03-18").events[0]
    army = refs.actor_key("Pakistani army")
    assert army is not None and [(c.kind, c.subject) for c in event.claims] == [(ClaimKind.ATTRIBUTION, army)]


def test_a_group_outside_the_registry_that_claimed_the_attack_is_named_as_written(extract) -> None:  # type: ignore[no-untyped-def]
    # (Jaish al-Fursan, this test's first group, is in the registry now as HGB's branch)
    text = "A bomb killed 3 near a police station in Sarbaz. Jaish al-Adl claimed the attack in a statement."
    event = extract(text).events[0]
    assert event.perpetrator is not None and "al-Adl" in event.perpetrator


def test_weapons_the_attackers_carried_are_not_more_attacks(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Gunmen armed with rockets and grenades stormed a hotel in Kabul, killing 4.").events
    assert [e.attack_type for e in events] == [AttackType.ARMED_ASSAULT]


def test_taking_officers_captive_is_a_kidnapping(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("Militants took a police DSP and an army officer captive near Tank on Monday.").events[0]
    assert event.attack_type is AttackType.KIDNAPPING


def test_wounded_who_later_died_are_counted_dead(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A bomb wounded 9 in Quetta on Sunday; two of the wounded later succumbed to their injuries."
    event = extract(text, published="2024-05-06").events[0]
    assert event.killed is not None and event.killed.best == 2


def test_a_claim_after_a_weakly_worded_attack_still_leaves_the_attack_category(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "MAZAR-I-SHARIF: At least 31 people were killed when a bomb went off inside a Shia mosque in "
        "Mazar-i-Sharif on Thursday. Islamic State claimed responsibility through its Amaq agency."
    )
    assert extract(text, published="2022-04-21").category != "Attribution of responsibility"


def test_an_explosives_laden_vehicle_rammed_into_a_post_is_a_suicide_bombing(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Militants rammed an explosives-laden vehicle into a security post in Daraban, killing 23 soldiers."
    result = extract(text)
    assert result.category == "Suicide bomb" and result.events[0].attack_type is AttackType.SUICIDE_BOMBING


def test_a_dateline_city_places_the_attack_when_the_text_names_nothing_finer(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "PESHAWAR, May 3 (Reuters) - A bomb tore through a crowded market, killing 9 people, police in Pakistan said."
    )
    event = extract(text, published="2024-05-03").events[0]
    assert event.location is not None and event.location.admin1 == "PK-KP"


def test_where_attackers_gathered_in_a_list_of_provinces_is_not_the_attack_place(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Terrorists attacked two posts in Chitral District from across the border, where they had gathered in "
        "Afghanistan's Nuristan and Kunar provinces. Four soldiers embraced shahadat."
    )
    event = extract(text, published="2023-09-06").events[0]
    assert event.location is not None and event.location.admin1 == "PK-KP"
