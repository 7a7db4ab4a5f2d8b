"""Counts: low/best/high by role, never 0 for unknown, combined figures kept apart."""

from __future__ import annotations

import datetime as dt

from tasdiq.extract.counts import find_counts


def _by_role(text: str) -> dict[str, tuple[int | None, int | None, int | None]]:
    return {c.role: (c.low, c.best, c.high) for c in find_counts(text)}


def test_at_least_62_is_low_62_high_unknown() -> None:
    assert _by_role("The blast killed at least 62 worshippers.") == {"killed": (62, 62, None)}


def test_killed_or_wounded_over_100_is_combined_not_killed() -> None:
    roles = _by_role("The group said it had killed or wounded over 100 people.")
    assert "killed" not in roles
    assert roles["combined"] == (100, 100, None)


def test_group_own_casualty_claim_is_marked_claimed() -> None:
    (count,) = find_counts("The militants claimed to have killed or wounded over 100 soldiers.")
    assert count.claimed


def test_killed_and_wounded_figures_are_kept_apart() -> None:
    roles = _by_role("Four guards were killed and 11 others were wounded.")
    assert roles == {"killed": (4, 4, 4), "injured": (11, 11, 11)}


def test_killing_and_injuring_verbs_before_numbers() -> None:
    roles = _by_role("A car bomb exploded, killing seven and injuring twenty-three.")
    assert roles == {"killed": (7, 7, 7), "injured": (23, 23, 23)}


def test_attackers_killed_are_counted_apart_from_victims() -> None:
    roles = _by_role("Five guards died. Three attackers were also killed.")
    assert roles["killed"] == (5, 5, 5)
    assert roles["perpetrators_killed"] == (3, 3, 3)


def test_figures_joined_by_as_well_as_are_summed() -> None:
    roles = _by_role("The blast killed 13 soldiers as well as more than 170 civilians.")
    assert roles["killed"] == (183, 183, None)


def test_dozens_is_a_floor_of_24() -> None:
    assert _by_role("Dozens were wounded in the attack.") == {"injured": (24, 24, None)}


def test_up_to_sets_the_high_bound_only() -> None:
    assert _by_role("Up to 17 people were killed.") == {"killed": (None, 17, 17)}


def test_revised_toll_is_marked_revised() -> None:
    (count,) = find_counts("The death toll rose to 45 on Sunday.")
    assert (count.role, count.best, count.revised) == ("killed", 45, True)


def test_part_of_a_total_is_not_counted_again() -> None:
    assert _by_role("Twelve people were killed, including 3 children.") == {"killed": (12, 12, 12)}


def test_ages_and_years_are_not_counts() -> None:
    assert _by_role("The 18-year-old student was hurt in 2021.") == {}


def test_unknown_toll_is_none_not_zero(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("Gunmen killed several villagers in Kunar province.").events[0]
    assert event.killed is None


def test_between_2_and_11_is_a_range_not_a_sum() -> None:
    assert _by_role("Between 2 and 11 guards were killed.") == {"killed": (2, 2, 11)}


def test_victims_and_attackers_in_one_phrase_are_split() -> None:
    roles = _by_role("Four police officers and three attackers were killed.")
    assert roles == {"killed": (4, 4, 4), "perpetrators_killed": (3, 3, 3)}


def test_another_counts_one_more_person() -> None:
    roles = _by_role("One guard was killed and another was wounded.")
    assert roles == {"killed": (1, 1, 1), "injured": (1, 1, 1)}


def test_an_aside_with_including_does_not_hide_the_verb() -> None:
    roles = _by_role("At least 20 people, including a district chief, were killed.")
    assert roles == {"killed": (20, 20, None)}


def test_figures_joined_with_around_are_summed(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("The blast killed 13 US service members and around 170 Afghans at the gate in Kabul.").events[0]
    assert event.killed is not None and event.killed.best == 183
    assert "military" in event.targets


def test_foreign_nationals_among_the_dead_are_a_floor_not_the_toll(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("When 13 U.S. servicemen were killed in the bombing at Kabul airport, the war ended.").events[0]
    assert (event.killed.low, event.killed.best, event.killed.high) == (13, None, None)


def test_vague_figure_in_a_sentence_about_a_trend_is_not_a_toll(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bombings in the cities have increased, resulting in hundreds of injuries. "
        "A blast hit a guest house in Kabul where Chinese engineers were staying."
    )
    event = extract(text).events[0]
    assert event.injured is None and "foreigners" in event.targets


def test_deaths_told_as_more_of_the_same_are_added(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A suicide bomber blew himself up at the Russian embassy in Kabul. Two members of the embassy staff "
        "were killed; police said four Afghans also died."
    )
    event = extract(text).events[0]
    assert event.killed is not None and event.killed.best == 6


def test_foreign_troops_in_addition_to_an_about_figure_make_its_sum(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials put the number of Afghan dead from the airport bombing in Kabul at about 170. "
        "Thirteen US service members were also killed."
    )
    event = extract(text).events[0]
    assert event.killed is not None and (event.killed.low, event.killed.best) == (None, 183)


def test_others_who_died_with_a_named_victim_count_him_too(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A minister was killed on Wednesday when a suicide bomber struck his ministry in Kabul. "
        "Officials said two other people died with him."
    )
    event = extract(text, published="2024-12-11").events[0]
    assert event.killed is not None and event.killed.best == 3


def test_a_toll_with_its_wounded_after_it_keeps_each_in_its_role(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A suicide bomber struck a mosque in Kunduz. Officials put the toll at 46 dead and 143 wounded."
    event = extract(text).events[0]
    assert (event.killed.best, event.injured.best) == (46, 143)  # type: ignore[union-attr]


def test_the_number_of_dead_rising_to_a_figure_is_the_toll(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The number of dead from yesterday's bombing at the Police Lines mosque in Peshawar rose to 100."
    event = extract(text, published="2023-01-31").events[0]
    assert (event.date, event.killed.best) == (dt.date(2023, 1, 30), 100)  # type: ignore[union-attr]


def test_the_day_in_a_sentence_counting_the_dead_dates_the_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two days after the bombing at Kabul airport, officials put the Afghan dead at about 170. "
        "Thirteen US service members were also killed on 26 August."
    )
    event = extract(text, published="2021-08-28").events[0]
    assert event.date == dt.date(2021, 8, 26)


def test_one_persons_death_told_without_a_number_is_a_floor_of_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Haqqani was killed in a suicide bombing inside the ministry compound in Kabul."
    event = extract(text).events[0]
    assert event.killed is not None and (event.killed.low, event.killed.best) == (1, None)


def test_a_relatives_death_in_a_victims_story_is_a_floor_of_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Qasim heard that a ministry employee had been hurt in a suicide attack in Kabul. At the hospital he "
        "learned that his brother had already died."
    )
    event = extract(text).events[0]
    assert event.killed is not None and event.killed.low == 1


def test_a_toll_beside_a_named_death_is_the_toll(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A district chief was killed in Kunar when a bomb hit his car; 5 people were killed in all."
    event = extract(text).events[0]
    assert event.killed is not None and event.killed.best == 5


def test_a_death_recalled_in_passing_does_not_replace_the_toll(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A US drone strike destroyed a vehicle in North Waziristan on Tuesday, killing four militants in the "
        "second drone attack since the killing of Osama bin Laden."
    )
    event = extract(text, published="2011-05-10").events[0]
    assert event.killed is not None and event.killed.best == 4


def test_drones_counted_are_not_the_dead(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Missile strikes from two US drones killed at least 21 suspected militants in South Waziristan on Monday."
    event = extract(text, published="2011-05-16").events[0]
    assert event.killed is not None and event.killed.best == 21


def test_fatally_shot_is_killed(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("Unknown militants fatally shot two policemen in Quetta and fled.").events[0]
    assert event.killed is not None and event.killed.best == 2


def test_attacks_that_claimed_the_lives_of_soldiers_give_a_toll_not_a_claim(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Three separate attacks in North Waziristan claimed the lives of seven soldiers and injured nine others."
    event = extract(text).events[0]
    assert event.killed is not None and event.killed.best == 7


def test_a_bombing_claimed_by_a_group_keeps_the_reports_toll(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In Kabul, a suicide bombing near the Ministry of Defense was claimed by the Taliban killed more than "
        "nine people and injured 13 others."
    )
    event = extract(text).events[0]
    assert event.killed is not None and event.killed.low == 9


def test_figures_in_different_sentences_are_not_one_sum(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Suicide car bombers stormed a compound in Andar district and killed 25 police officers and 5 civilians. "
            "Also, 15 people were wounded in the attack.")
    event = extract(text).events[0]
    assert (event.killed.best, event.injured.best) == (30, 15)  # type: ignore[union-attr]


def test_a_part_named_with_including_does_not_hide_the_next_figure(extract) -> None:  # type: ignore[no-untyped-def]
    text = "At least 13 people were killed in the blast in Helmand, including 3 police officers, and 22 were injured."
    event = extract(text).events[0]
    assert (event.killed.best, event.injured.best) == (13, 22)  # type: ignore[union-attr]


def test_others_wounded_after_the_fighters_dead_are_the_fighters_not_the_victims(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Seven guards were killed and three others were wounded when insurgents stormed a post in "
            "Ghazni province. Eleven Taliban were killed and fifteen others were wounded in the fighting.")
    event = extract(text).events[0]
    assert (event.killed.best, event.injured.best) == (7, 3)


def test_wounded_after_attackers_killed_with_a_comma_are_attackers() -> None:
    counts = find_counts("Four attackers were killed, 5 were injured, and 9 of the guards were also hurt.")
    assert [(c.role, c.best) for c in counts] == [
        ("perpetrators_killed", 4), ("perpetrators_injured", 5), ("injured", 9)]


def test_others_wounded_after_victims_and_fighters_killed_together_are_everyone() -> None:
    roles = _by_role("Three farmers and two insurgents were killed and nine others wounded in a clash.")
    assert roles["injured"] == (9, 9, 9)


def test_one_and_two_in_words_are_two_figures_not_three() -> None:
    roles = _by_role("A gunman shot dead one and two others were wounded at a market in Quetta.")
    assert roles == {"killed": (1, 1, 1), "injured": (2, 2, 2)}


def test_two_hundred_and_five_in_words_is_one_figure() -> None:
    assert _by_role("The flood of fire killed two hundred and five villagers.")["killed"] == (205, 205, 205)


def test_later_figure_with_its_own_wounded_verb_is_not_part_of_the_dead() -> None:
    roles = _by_role("Militants overran the base, killed at least twenty soldiers, six were wounded.")
    assert roles == {"killed": (20, 20, None), "injured": (6, 6, 6)}


def test_figure_after_an_additional_takes_its_own_wounded_word() -> None:
    roles = _by_role("At least 3 people were killed an additional 11 wounded near the gate.")
    assert roles == {"killed": (3, 3, None), "injured": (11, 11, 11)}


def test_named_officer_killed_along_with_others_adds_one_and_the_wounded_stay_apart() -> None:
    roles = _by_role("Commander Rahim Gul was killed along with two other guards and five other "
                     "policemen were wounded in the ambush.")
    assert roles == {"killed": (3, 3, 3), "injured": (5, 5, 5)}


def test_wounding_the_other_is_one_injured() -> None:
    roles = _by_role("Gunmen fired on two engineers in Gwadar, killing one and wounding the other.")
    assert roles == {"killed": (1, 1, 1), "injured": (1, 1, 1)}


def test_blast_that_claimed_soldiers_lives_is_a_toll_not_a_claim() -> None:
    (dead, hurt) = find_counts("The bomb claimed four soldiers' lives and another nine were injured.")
    assert (dead.role, dead.best, dead.claimed) == ("killed", 4, False)
    assert (hurt.role, hurt.best) == ("injured", 9)


def test_people_taken_to_hospital_are_injured() -> None:
    assert _by_role("Twelve other people were taken to hospital in Khost.") == {"injured": (12, 12, 12)}


def test_wounded_with_a_noun_of_their_own_after_attackers_killed_are_victims() -> None:
    roles = _by_role("Police said all four attackers were killed and two hotel guests were injured.")
    assert roles == {"perpetrators_killed": (4, 4, 4), "injured": (2, 2, 2)}


def test_six_to_nine_soldiers_killed_is_one_ranged_figure() -> None:
    assert _by_role("Six to nine soldiers were killed in the ambush.") == {"killed": (6, 6, 9)}


def test_killing_a_soldier_and_two_civilians_is_three_dead() -> None:
    roles = _by_role("A car bomb hit a convoy in Helmand, killing a British soldier and 2 Afghan civilians.")
    assert roles == {"killed": (3, 3, 3)}


def test_several_killed_along_with_two_guards_is_their_sum_not_one_more(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen stormed a guesthouse in Kabul. Four aid workers were killed along with two Afghan "
            "guards, and several others were injured.")
    assert extract(text).events[0].killed.best == 6


def test_insurgents_wounded_in_a_security_operation_are_its_wounded(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("KUNAR, Afghanistan (March 3, 2012) - Afghan commandos killed 9 insurgents during a clearing "
            "operation in Chawkay district, Kunar province. The operation resulted in 9 insurgents killed, "
            "two wounded and one detained.")
    event = extract(text).events[0]
    assert (event.killed.best, event.injured.best) == (9, 2)


def test_a_toll_whose_noun_opens_a_long_clause_is_the_revised_toll() -> None:
    (count,) = find_counts(
        "The number of people killed in Friday's suicide attack on a crowded Shia mosque in the Qissa Khwani "
        "area of the old city of Peshawar has risen to 57, hospital officials said."
    )
    assert (count.role, count.best, count.revised) == ("killed", 57, True)


def test_miners_abducted_and_then_shot_dead_are_both_kidnapped_and_killed() -> None:
    roles = _by_role("Gunmen abducted 9 labourers from a road camp near Turbat before dawn, drove them into the "
                     "hills and shot them dead, officials said.")
    assert roles["kidnapped"] == (9, 9, 9) and roles["killed"] == (9, 9, 9)


def test_kidnapped_of_whom_two_were_killed_are_not_all_dead() -> None:
    roles = _by_role("Gunmen abducted 9 labourers from a road camp near Turbat and killed two of them.")
    assert roles.get("killed") != (9, 9, 9)


def test_soldiers_told_with_an_aside_and_a_relative_clause_keep_their_verb() -> None:
    roles = _by_role("Five brave sons of soil, including Major Ahmed Raza Khan and Captain Bilal Hussain Shah, "
                     "who were leading the patrol from the front, embraced shahadat in the exchange of fire.")
    assert roles["killed"] == (5, 5, 5)


def test_an_initialism_in_brackets_does_not_cut_the_toll_from_its_noun() -> None:
    (count,) = find_counts("The death toll from Sunday's bombing at a rally of the Jamiat Ulema-e-Islam-Fazl (JUI-F) "
                           "in Bajaur rose to 48 on Monday, officials said.")
    assert (count.role, count.best, count.revised) == ("killed", 48, True)


def test_kidnapped_who_were_shot_are_not_thereby_dead() -> None:
    roles = _by_role("Gunmen abducted 9 labourers from a road camp near Turbat, beat them and shot them in the legs.")
    assert "killed" not in roles
