"""What an analyst carries from one sentence to the next: the group a pronoun points at,
the speaker of a quote, the scene an attack is set in, and a writer's argued attribution.
The texts are the team's own, written to the situations of the seed reports."""

from __future__ import annotations

import datetime as dt

from tasdiq.model.enums import ClaimKind


def test_hallmarks_of_this_group_is_a_suspicion_of_the_group_named_before(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen killed at least 12 students at a tuition centre in Kabul's Dasht-e-Barchi. "
        "The footage did not show TTP fighters or anyone else as the attackers. "
        "Experts said the killing bore the hallmarks of this group."
    )
    event = extract(text).events[0]
    (claim,) = [c for c in event.claims if c.kind is ClaimKind.ATTRIBUTION]
    assert (claim.claimant, claim.subject, claim.flags) == ("analysts", "TTP", ("suspected",))


def test_they_claimed_is_a_claim_by_the_group_named_before(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "BLA fighters stormed a checkpoint in Turbat during the night and shot four guards. "
        "They claimed to have killed twenty soldiers. Officials said four guards died."
    )
    event = extract(text).events[0]
    assert [(c.kind, c.claimant) for c in event.claims] == [(ClaimKind.RESPONSIBILITY, "BLA")]


def test_the_group_never_points_at_a_state_force(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Pakistan Army said a roadside bomb killed three soldiers in North Waziristan. "
        "The group claimed the attack hours later."
    )
    event = extract(text).events[0]
    assert all(c.claimant != "PAK_MIL" for c in event.claims)
    assert event.perpetrator != "PAK_MIL"


def test_attribution_inside_a_quote_is_made_by_the_speaker_of_the_paragraph(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lutfullah Kamran, a former governor, spoke after the bombing of a bus in Jalalabad that killed 9. "
        "Kamran also said in an interview: \u201cWe were warned. The Taliban is behind this bombing.\u201d"
    )
    event = extract(text).events[0]
    claims = [(c.claimant, c.subject) for c in event.claims if c.kind is ClaimKind.ATTRIBUTION]
    assert ("Lutfullah Kamran", "TALIBAN") in claims


def test_group_hiding_behind_a_claim_is_the_writers_unverifiable_attribution(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Friday a suicide bomber killed 40 worshippers at a Shia mosque in Quetta. "
        "ISIS-K claimed the attack on its Amaq channel.\n\n"
        "Nobody should be fooled. For years the Haqqani Network has been staging attacks across the border "
        "and hiding behind the ISIS-K brand."
    )
    event = extract(text, published="2024-05-06").events[0]
    kinds = {(c.kind, c.claimant, c.subject, c.flags) for c in event.claims}
    assert (ClaimKind.RESPONSIBILITY, "ISKP", "ISKP", ()) in kinds
    assert (ClaimKind.ATTRIBUTION, "columnist", "HAQQANI", ("unverifiable",)) in kinds


def test_cover_attribution_goes_only_to_attacks_the_covering_group_claimed(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 3 May a bomb killed 5 people in a bazaar in Quetta. Nobody claimed it.\n\n"
        "Some say the Haqqani Network keeps hiding behind the ISIS-K name."
    )
    event = extract(text).events[0]
    assert all(c.subject != "HAQQANI" for c in event.claims)


def test_date_in_the_scene_setting_sentence_dates_the_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fighters in November 2022, a month after the ban on girls' schooling, reached a madrassa in Aybak "
        "at midday. They detonated explosives among the pupils, killing 15."
    )
    event = extract(text).events[0]
    assert (event.date, event.date_precision.value) == (dt.date(2022, 11, 1), "month")


def test_during_friday_prayers_on_a_friday_is_that_day(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract(
        "Blasts killed 16 at a Shia mosque in Kandahar during Friday prayers.", published="2021-10-15"
    ).events[0]
    assert (event.date, event.date_precision.value) == (dt.date(2021, 10, 15), "day")


def test_a_day_of_the_aftermath_neither_dates_the_attack_nor_splits_the_story(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Shops near the mosque in Kandahar stayed shut on Monday, three days after the attack that left at least "
        "47 worshippers dead. Last Friday, attackers with explosive vests struck at the gate."
    )
    (event,) = extract(text, published="2021-10-19").events
    assert event.date == dt.date(2021, 10, 15) and event.location is not None and event.location.admin1 == "AF-KAN"


def test_an_outlet_or_a_train_named_after_a_place_is_not_that_place(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Khyber Ledger reports that militants seized the Jaffar Express in the Bolan Pass, killing 21 passengers."
    event = extract(text).events[0]
    assert event.location is not None and (event.location.name, event.location.admin1) == ("Bolan Pass", "PK-BA")


def test_a_capital_spoken_to_is_its_government_not_the_place(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen killed 7 labourers in Turbat on Sunday. The Taliban foreign ministry's spokesman "
        "told Islamabad to look to its own security."
    )
    event = extract(text, published="2024-05-06").events[0]
    assert event.location is not None and event.location.admin1 == "PK-BA"


def test_the_taliban_government_in_a_pakistani_story_is_not_the_ttp(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Militants stormed a train in the Bolan Pass and killed 25. The Taliban foreign ministry's spokesman "
        "rejected the allegation that the attackers came from Afghanistan."
    )
    event = extract(text).events[0]
    assert [(c.kind, c.claimant) for c in event.claims if c.kind is ClaimKind.DENIAL] == [(ClaimKind.DENIAL, "TALIBAN")]


def test_a_figure_the_group_asserts_is_its_claim_and_not_the_toll(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The army says its latest figure for those killed by the militants is 31. The Balochistan Liberation "
        "Army, which claimed the hijacking in the Bolan Pass, has asserted that it killed 214 hostages."
    )
    event = extract(text).events[0]
    assert event.killed is not None and event.killed.best == 31
    assert (event.perpetrator, [c.kind for c in event.claims]) == ("BLA", [ClaimKind.RESPONSIBILITY])
