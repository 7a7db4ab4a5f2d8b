"""Attack type, suicide flag and targets."""

from __future__ import annotations

from tasdiq.model.enums import AttackType


def _types(result) -> list[AttackType]:  # type: ignore[no-untyped-def]
    return [e.attack_type for e in result.events]


def test_suicide_bomber_detonating_explosives_is_one_suicide_bombing(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("A suicide bomber detonated his explosives at a bus stop in Quetta, killing 6.")
    assert _types(result) == [AttackType.SUICIDE_BOMBING]
    assert result.events[0].suicide
    assert result.events[0].acled_sub_event_type == "Suicide bomb"


def test_roadside_bomb_is_a_remote_explosive(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("A roadside bomb hit a van in Helmand province, killing four passengers.").events[0]
    assert event.attack_type is AttackType.BOMBING
    assert event.acled_sub_event_type == "Remote explosive/landmine/IED"


def test_bombing_then_gunfire_is_one_attack_with_a_part(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("A car bomb exploded at the gate and gunmen then stormed the compound in Kabul.")
    assert {e.attack_type for e in result.events} == {AttackType.BOMBING, AttackType.ARMED_ASSAULT}
    assert [e.part_of for e in result.events] == [None, 0]


def test_drone_missiles_are_an_air_strike_not_shelling(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("A drone fired two missiles at a compound in North Waziristan, killing 5 militants.")
    assert _types(result) == [AttackType.AIRSTRIKE]
    assert result.events[0].killed is not None and result.events[0].killed.best == 5


def test_shia_mosque_is_a_religious_and_shia_target(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("A bomb tore through a Shia mosque in Peshawar during prayers.").events[0]
    assert {"religious", "shia"} <= set(event.targets)


def test_unnamed_means_of_killing_is_an_armed_assault(extract) -> None:  # type: ignore[no-untyped-def]
    assert _types(extract("Three aid workers were killed in Badakhshan.")) == [AttackType.ARMED_ASSAULT]


def test_two_attacks_in_two_provinces_are_two_events(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A roadside bomb killed three soldiers in Helmand province on Monday. "
        "Separately, gunmen shot dead two teachers in Kunar province on Tuesday."
    )
    mains = [e for e in extract(text).events if e.part_of is None]
    assert [e.location.admin1 for e in mains if e.location] == ["AF-HEL", "AF-KNR"]
    assert [e.killed.best for e in mains if e.killed] == [3, 2]


def test_one_attack_told_twice_is_one_event(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A car bomb exploded outside a bank in Lashkar Gah, killing 12. "
        "In Kandahar, officials said security was tightened. "
        "The bomb in Lashkar Gah was hidden in a parked car, police said."
    )
    mains = [e for e in extract(text).events if e.part_of is None]
    assert len(mains) == 1 and mains[0].killed is not None and mains[0].killed.best == 12


def test_attackers_detonating_explosive_vests_are_a_suicide_bombing(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("Two fighters shot the guards of a mosque in Kandahar and then detonated explosive vests.")
    assert AttackType.SUICIDE_BOMBING in {e.attack_type for e in doc.events}


def test_each_attack_in_a_long_text_keeps_its_own_targets(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 2 March a bomb killed 4 students at a school in Herat.\n\n"
        "On 9 April gunmen killed 6 pilgrims at a Shia shrine in Balkh, and students there ran."
    )
    herat, balkh = extract(text).events
    assert "education" in herat.targets and "education" in balkh.targets
    assert {"religious", "shia"} <= set(balkh.targets)


def test_the_foreign_ministry_is_not_a_foreign_target(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("A suicide bomber killed 6 near the Ministry of Foreign Affairs in Kabul.").events[0]
    assert "foreigners" not in event.targets and "government" in event.targets
    assert event.location is not None and event.location.name == "Ministry of Foreign Affairs (Kabul)"


def test_a_capitalised_landmark_is_found_like_its_lower_case_name(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("Rockets were fired at the Kabul Airport on Monday, killing 2.").events[0]
    assert event.location is not None and event.location.name == "Hamid Karzai International Airport"


def test_a_counted_group_of_foreigners_is_kept_among_the_victims(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("The blast killed 13 US service members and dozens of Afghans at the Abbey Gate.").events[0]
    assert "13 US troops" in event.victims


def test_members_of_a_foreign_armed_force_are_a_counted_group_of_troops(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The number of people killed in the airport bombing in Kabul has risen to more than 90 Afghans, "
        "in addition to 13 members of the US armed forces."
    )
    event = extract(text).events[0]
    assert "13 US troops" in event.victims
    assert event.killed is not None and event.killed.low == 103


def test_staff_kidnapped_by_armed_men_is_one_kidnapping_not_also_a_shooting(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("Three engineers of a road company were kidnapped by unknown armed men near Ghazni city.")
    assert _types(result) == [AttackType.KIDNAPPING]


def test_gunmen_who_opened_fire_and_abducted_keep_the_shooting(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("Gunmen opened fire on a wedding party in Kunduz, wounding four, and abducted two guests.")
    assert set(_types(result)) == {AttackType.ARMED_ASSAULT, AttackType.KIDNAPPING}


def test_armed_men_who_abducted_a_doctor_are_the_kidnappers_not_a_shooting(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("Armed men abducted a surgeon outside his clinic in Zabul and drove him away.")
    assert _types(result) == [AttackType.KIDNAPPING]
