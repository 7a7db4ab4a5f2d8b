"""Long texts (features, columns): what binds to an attack, and what is only background."""

from __future__ import annotations

import datetime as dt

from tasdiq.model.enums import AttackType, ClaimKind


def test_hard_wrapped_lines_are_read_as_running_prose(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "When a bomb killed nine people at a bus station in Kabul last spring, officials blamed ISIS-K, and\n"
        "the Haqqanis said they had nothing\nto do with it."
    )
    claims = {(c.kind, c.subject) for c in extract(text).events[0].claims}
    assert (ClaimKind.DENIAL, "HAQQANI") in claims


def test_this_bombing_refers_back_to_the_attack_already_told(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A suicide bomber killed 30 people at a mosque in Peshawar on Friday. The old guard in Kabul, "
        "in my view, stands behind this bombing."
    )
    doc = extract(text, dt.date(2022, 3, 7))
    assert len([e for e in doc.events if e.part_of is None]) == 1
    assert doc.events[0].location is not None and doc.events[0].location.admin1 == "PK-KP"


def test_what_a_group_usually_does_names_no_perpetrator(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A suicide bomber killed 40 worshippers at a mosque in Quetta on Friday. "
        "Analysts note that ISIS-K usually claims responsibility to show its reach."
    )
    event = extract(text, dt.date(2022, 3, 7)).events[0]
    assert event.perpetrator is None and event.claims == []


def test_raids_carried_out_by_a_force_do_not_make_it_the_bombs_perpetrator(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A suicide bomber killed 60 people at the gate of Kabul airport.\n\n"
        "Rights groups documented a number of raids carried out by the Taliban in Kunar."
    )
    event = extract(text).events[0]
    assert event.perpetrator is None and event.claims == []


def test_many_attacks_claimed_by_a_group_is_not_a_claim_of_this_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A bomb killed 12 people at a market in Kabul. A monitoring report found that most attacks "
        "claimed by ISIS-K showed help from other networks."
    )
    event = extract(text).events[0]
    assert [c for c in event.claims if c.kind is ClaimKind.RESPONSIBILITY] == []


def test_a_claim_naming_the_attack_still_binds(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A bomb killed 12 people at a market in Kabul. ISIS-K claims responsibility for the attack."
    assert extract(text).events[0].perpetrator == "ISKP"


def test_drones_mentioned_in_passing_make_no_air_strike(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen killed five guards at a checkpoint in Kunar on Monday. Officials say drones must now fly "
        "long distances to watch the region."
    )
    doc = extract(text, dt.date(2023, 5, 10))
    assert [e.attack_type for e in doc.events] == [AttackType.ARMED_ASSAULT]


def test_an_air_force_compound_is_a_place_not_an_air_strike(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("An explosion hit an Air Force compound where foreign businessmen were staying.")
    assert [e.attack_type for e in doc.events] == [AttackType.BOMBING]


def test_drones_that_strike_are_an_air_strike(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("Drones struck a compound in North Waziristan on Sunday, killing four militants.",
                  dt.date(2023, 5, 10))
    assert doc.events[0].attack_type is AttackType.AIRSTRIKE


def test_a_place_paragraphs_away_about_other_attacks_does_not_place_this_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "An explosion was set off at a compound where foreign businessmen were staying.\n\n"
        "The group has grown. Its attacks moved from small assaults on checkpoints in rural areas "
        "such as Nangarhar to the cities."
    )
    location = extract(text).events[0].location
    assert location is None or location.admin1 is None


def test_a_dateline_does_not_date_the_earlier_attacks_a_column_recalls(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "date 2022-03-07 A suicide bomber killed 30 people at a mosque in Peshawar.\n\n"
        "Last year a bomb killed 13 American troops at the gate of Kabul airport."
    )
    events = [e for e in extract(text).events if e.part_of is None]
    assert [e.date for e in events] == [dt.date(2022, 3, 7), None]


def test_the_spot_named_inside_a_city_places_the_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = "At least 25 students were killed in Kabul's Dasht-e-Barchi district by a gunman."
    location = extract(text).events[0].location
    assert location is not None and location.name == "Dasht-e-Barchi"


def test_a_country_named_as_a_likely_target_is_not_a_suspect(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen killed 25 students at a school in Kabul. Asked about likely targets of future plots, a general "
        "said Europe would be more likely than the United States."
    )
    assert extract(text).events[0].claims == []


def test_likely_carried_out_by_a_group_is_a_suspicion(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("Gunmen killed 25 students at a school in Kabul, likely carried out by ISIS-K.").events[0]
    assert any(c.subject == "ISKP" and "suspected" in c.flags for c in event.claims)
