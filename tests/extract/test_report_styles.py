"""The report styles beyond encyclopaedia prose: military press releases, aid-security incident
notes and wire briefs (team-written texts in those styles; bench/styles measures a larger set)."""

from __future__ import annotations

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
