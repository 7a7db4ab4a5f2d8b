"""State security operations are events with the force as actor and the targeted group as target
(issue 11): raids, arrests, kill-or-capture and air strikes, as press releases and news tell them.
Texts are the team's own, about the kinds of operation forces in both countries announce."""

from __future__ import annotations

import datetime as dt

from tasdiq.extract.dates import dateline
from tasdiq.extract.forces import against_armed_group, lead_operation, release_body_start
from tasdiq.model.enums import AttackType, Certainty

RELEASE = (
    "2013-02-S-041\n"
    "For Immediate Release\n\n"
    "KABUL, Afghanistan (Feb. 14, 2013)\n\n"
    "An Afghan and coalition security force detained a Haqqani network facilitator in Zurmat district, "
    "Paktiya province, yesterday. The facilitator supplied rockets, roadside bombs and suicide vests "
    "to fighters for attacks on the district centre. The security force also detained two suspected insurgents."
)


def test_a_press_release_dateline_in_brackets_anchors_yesterday() -> None:
    found = dateline(RELEASE)
    assert found is not None and found.date == dt.date(2013, 2, 14)


def test_a_detention_release_is_one_security_operation_dated_the_day_before_its_dateline(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract(RELEASE)
    (event,) = result.events
    assert event.attack_type is AttackType.SECURITY_OPERATION
    assert event.date == dt.date(2013, 2, 13)
    assert event.location is not None and event.location.admin1 == "AF-PIA"


def test_the_force_is_the_actor_and_the_group_it_went_after_is_the_target_not_the_perpetrator(extract) -> None:  # type: ignore[no-untyped-def]
    text = RELEASE.replace("An Afghan and coalition security force", "Afghan and coalition forces")
    (event,) = extract(text).events
    assert event.perpetrator == "NATO"
    assert event.target_group == "HAQQANI"


def test_an_afghan_and_coalition_security_force_is_the_coalition(extract) -> None:  # type: ignore[no-untyped-def]
    # ISAF's releases tell the combined force's operations: the coalition (ISAF) is the actor, as the
    # ops sets code it (bench/styles/ops/README.md); the group it went after is the target.
    (event,) = extract(RELEASE).events
    assert event.perpetrator == "NATO"
    assert event.target_group == "HAQQANI"


def test_a_bare_security_force_names_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = RELEASE.replace("An Afghan and coalition security force", "A security force")
    (event,) = extract(text).events
    assert event.perpetrator is None


def test_weapons_the_target_supplied_are_background_not_more_attacks(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(RELEASE).events
    assert [e.attack_type for e in events] == [AttackType.SECURITY_OPERATION]
    assert all(e.perpetrator != "HAQQANI" for e in events)


def test_militants_killed_by_the_force_are_the_operations_dead(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "KABUL, Afghanistan (June 3, 2012)\n\nA combined Afghan and coalition security force killed three "
        "insurgents during an operation to arrest a Taliban leader in Nad-e Ali district, Helmand province, "
        "today. The force also detained four suspects."
    )
    (event,) = extract(text).events
    assert event.killed is not None and event.killed.best == 3
    assert event.perpetrators_killed is None and event.kidnapped is None
    assert event.date == dt.date(2012, 6, 3)


def test_a_precision_airstrike_by_the_force_is_an_airstrike(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "KABUL, Afghanistan (Sept. 9, 2012)\n\nIn Chapa Dara district, Kunar province, an Afghan and coalition "
        "security force conducted an operation yesterday. The force engaged a group of insurgents with a "
        "precision airstrike, killing five of them."
    )
    (event,) = extract(text).events
    assert event.attack_type is AttackType.AIRSTRIKE
    assert event.acled_sub_event_type == "Air/drone strike"
    assert event.killed is not None and event.killed.best == 5
    assert event.date == dt.date(2012, 9, 8)


def test_security_forces_after_the_takeover_are_the_taliban_authorities(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Security forces of the Islamic Emirate raided a hideout of Daesh in Nangarhar province on Tuesday, "
        "killing two members of the group and arresting three, the interior ministry said."
    )
    (event,) = extract(text, published=dt.date(2023, 3, 2)).events
    assert event.attack_type is AttackType.SECURITY_OPERATION
    assert event.perpetrator == "TALIBAN"
    assert event.target_group in ("ISKP", "IS")


def test_an_ispr_operation_names_the_pakistani_state_as_actor(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "RAWALPINDI: Security forces conducted an intelligence based operation in Tank district on the reported "
        "presence of khwarij. During the operation own troops engaged the khwarij location and four khwarij "
        "were sent to hell, ISPR said."
    )
    (event,) = extract(text, published=dt.date(2024, 10, 5)).events
    assert event.perpetrator == "PAK_GOV"
    assert event.killed is not None and event.killed.best == 4


def test_an_attack_that_forces_answered_stays_the_militants_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Militants attacked a police checkpoint in Bannu on Monday night, killing two policemen. Security "
        "forces returned fire and killed three of the attackers, officials said."
    )
    events = extract(text, published=dt.date(2023, 7, 11)).events
    assert events and events[0].attack_type is not AttackType.SECURITY_OPERATION
    assert events[0].perpetrator != "PAK_GOV"


def test_police_arresting_suspects_after_a_bombing_is_not_the_news(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A roadside bomb struck a van carrying labourers in Kurram on Friday, killing seven. Police later "
        "arrested two suspects."
    )
    events = extract(text, published=dt.date(2022, 3, 6)).events
    assert events[0].attack_type is AttackType.BOMBING


def test_police_detaining_protesters_is_not_a_security_operation(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police detained dozens of protesters in Quetta on Sunday as hundreds marched peacefully to demand "
        "the release of missing relatives."
    )
    assert extract(text, published=dt.date(2022, 1, 10)).events == []


def test_the_international_security_assistance_force_is_a_force_that_operates(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("2011-07-S-076\nFor Immediate Release\nKABUL, Afghanistan (July 26, 2011) - A combined Afghan National "
            "Security and International Security Assistance Force detained two insurgents in Reg-e Khan Neshin "
            "district, Helmand province, yesterday.")
    (event,) = extract(text).events
    assert (event.attack_type, event.date) == (AttackType.SECURITY_OPERATION, dt.date(2011, 7, 25))


def test_a_detention_during_a_security_operation_is_one_even_without_a_named_force(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("2011-02-D-117 For Immediate Release KABUL, Afghanistan (Feb. 17) In Sabari district, Khost province, "
            "a HIG leader along with two suspected insurgents was detained during a security operation.")
    (event,) = extract(text).events
    assert event.attack_type is AttackType.SECURITY_OPERATION
    assert event.perpetrator is None


def test_an_operation_against_insurgents_that_found_drugs_is_not_organised_crime(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("KABUL, Afghanistan (Feb. 27, 2011) In Nahr-e Saraj district, Helmand province, Afghan and coalition "
            "forces targeted a Taliban munitions facilitator and detained several suspected insurgents yesterday. "
            "The facilitator has ties to narcotics traffickers; the force seized 200 kilograms of opium and "
            "hashish and destroyed the drugs.")
    result = extract(text)
    assert result.is_attack
    assert result.events[0].attack_type is AttackType.SECURITY_OPERATION


def test_police_arresting_smugglers_is_not_an_operation_against_an_armed_group() -> None:
    text = ("Police arrested three smugglers in Torkham and seized 200 kilograms of heroin and opium hidden in a "
            "truck of drug traffickers, officials said.")
    op = lead_operation(text)
    assert op is not None and not against_armed_group(text, op)
    insurgents = text.replace("three smugglers", "three Taliban facilitators")
    op = lead_operation(insurgents)
    assert op is not None and against_armed_group(insurgents, op)


def test_a_taliban_leader_detained_in_2011_is_the_target_not_the_force(extract) -> None:  # type: ignore[no-untyped-def]
    # The Taliban govern Afghanistan only from August 2021: in 2011 they are the ones detained.
    text = ("2011-03-S-012 For Immediate Release KABUL, Afghanistan (March 3, 2011) - An Afghan and coalition "
            "security force detained a Taliban leader and two suspected insurgents in Khan Abad district, Kunduz "
            "province, yesterday. The leader supplied weapons to fighters in the district.")
    (event,) = extract(text).events
    assert event.perpetrator == "NATO"
    assert event.target_group == "TALIBAN"


def test_a_us_drone_strike_names_the_us_as_the_force_not_the_group_it_killed(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("ISLAMABAD, Aug. 7, 2009 - Interior Minister Rehman Malik said Baitullah Mehsud, the leader of the "
            "Tehrik-i-Taliban Pakistan, was killed with his wife in a U.S. drone strike in South Waziristan on "
            "Wednesday.")
    (event,) = extract(text).events
    assert event.attack_type is AttackType.AIRSTRIKE
    assert (event.perpetrator, event.certainty) == ("US", Certainty.ATTRIBUTED)
    assert event.target_group == "TTP"
    assert event.date == dt.date(2009, 8, 5)


def test_us_forces_telling_their_own_strike_claim_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("U.S. forces conducted an air strike today against Taliban fighters in Nahr-e Saraj district, Helmand "
            "province, who were attacking a checkpoint of the Afghan forces, a spokesman said.")
    (event,) = extract(text, published=dt.date(2020, 3, 4)).events
    assert (event.perpetrator, event.certainty) == ("US", Certainty.CLAIMED)
    assert event.target_group == "TALIBAN"


def test_the_force_that_announces_a_strike_is_not_its_target(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("KABUL, Afghanistan - Qari Hekmat, the ISIS-K commander in the north, was killed in a U.S. air strike "
            "in Darzab district, Jowzjan province, on Thursday, Resolute Support said today.")
    (event,) = extract(text, published=dt.date(2018, 4, 9)).events
    assert event.perpetrator == "US"
    assert event.target_group != "NATO"


def test_helicopters_that_struck_a_gathering_made_an_air_strike(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("KABUL, 2 April 2018 - The Ministry of Defence said today that Afghan Air Force helicopters struck a "
            "Taliban gathering in Dasht-e-Archi district, Kunduz province, killing 21 Taliban fighters.")
    (event,) = extract(text).events
    assert event.attack_type is AttackType.AIRSTRIKE
    assert event.perpetrator == "AFG_GOV"


def test_a_commander_and_one_additional_insurgent_killed_are_two_dead(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("2012-06-S-026\nKABUL, Afghanistan (June 14) - An Afghan-led security force, supported by coalition "
            "troops, killed the Taliban commander Fayez Jan and one additional insurgent during an operation in "
            "Daman district, Kandahar province, today.")
    (event,) = extract(text).events
    assert event.killed is not None and event.killed.best == 2


def test_a_leader_killed_with_an_article_is_one_dead(extract) -> None:  # type: ignore[no-untyped-def]
    one = ("2011-10-S-012\nKABUL, Afghanistan (Oct. 6, 2011) - A combined Afghan and coalition security force "
           "killed a Taliban leader during an operation in Tagab district, Kapisa province, Thursday.")
    (event,) = extract(one).events
    assert event.killed is not None and event.killed.best == 1


def test_forces_that_began_an_operation_lead_with_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("2010-02-CA-019\nKABUL, Afghanistan (Feb. 13, 2010)\nAfghan National Security Forces and ISAF troops "
            "began Operation Moshtarak in the early hours of this morning in Nad Ali district, Helmand province, "
            "to remove the Taliban from one of their last strongholds.")
    (event,) = extract(text).events
    assert (event.attack_type, event.target_group) == (AttackType.SECURITY_OPERATION, "TALIBAN")


def test_a_second_release_printed_below_the_first_does_not_hide_the_first_ones_operation(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("2012-06-S-031\nKABUL, Afghanistan (June 11)\nIn Puli Alam district, Logar province, an Afghan and "
            "coalition security force conducted an operation to detain a Taliban leader today. The leader plans "
            "roadside bombings against the district centre. Two suspected insurgents were detained.\n\n"
            "2012-06-S-036\nKABUL, Afghanistan (June 13)\nAn Afghan and coalition security force confirmed that "
            "the leader was among those detained.")
    assert release_body_start(text) == len("2012-06-S-031")
    (event, *_) = extract(text).events
    assert event.attack_type is AttackType.SECURITY_OPERATION
    assert event.location is not None and event.location.admin1 == "AF-LOG"


def test_an_afghan_commando_kandak_is_a_force_that_operates() -> None:
    text = ("URUZGAN, Afghanistan (May 3, 2011) - Soldiers of the 2nd Company, 3rd Commando Kandak detained a "
            "Taliban bomb maker in Chora district, May 1.")
    op = lead_operation(text)
    assert op is not None and text[op.act[0] : op.act[1]] == "detained"


def test_a_force_that_says_it_arrested_someone_leads_with_its_operation(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("QUETTA: The Counter Terrorism Department said on Monday it had arrested two facilitators of the "
            "TTP in an intelligence-based operation in Pishin district. Explosives were recovered from them.")
    (event,) = extract(text, published=dt.date(2023, 6, 12)).events
    assert event.attack_type is AttackType.SECURITY_OPERATION
    assert event.perpetrator == "PAK_GOV" and event.target_group == "TTP"


def test_a_force_that_says_militants_were_killed_in_its_operation_is_the_actor(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("PESHAWAR, 3 May 2024: The Counter Terrorism Department said three terrorists were killed in an "
            "intelligence-based operation in Lakki Marwat last night.")
    (event,) = extract(text).events
    assert event.attack_type is AttackType.SECURITY_OPERATION and event.perpetrator == "PAK_GOV"


def test_a_datelines_year_does_not_make_the_force_people_counted() -> None:
    text = "LAHORE, 8 January 2024 - The Counter Terrorism Department arrested nine suspects in Multan."
    assert lead_operation(text) is not None


def test_mujahideen_of_the_ministry_of_defence_are_the_islamic_emirates_force(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Ministry of National Defence of the Islamic Emirate of Afghanistan. Mujahideen of the Ministry of "
            "Defence launched a clearing operation yesterday in Panjshir province against armed rebels; "
            "nine rebels were killed.")
    (event,) = extract(text, published=dt.date(2022, 6, 2)).events
    assert event.attack_type is AttackType.SECURITY_OPERATION and event.perpetrator == "TALIBAN"


def test_a_raid_by_us_special_operations_forces_is_not_cut_at_the_initialisms_full_stop(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("KABUL, Afghanistan (Oct. 3, 2018) - Officials confirmed that Qari Jalil, an emir of ISIS-K, was "
            "killed in a joint raid by Afghan and U.S. special operations forces in Kunar province on Sept. 29.")
    (event,) = extract(text).events
    assert event.attack_type is AttackType.SECURITY_OPERATION and event.perpetrator == "US"


def test_the_national_directorate_of_security_telling_a_leaders_death_is_the_force(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("The National Directorate of Security said that Mullah Abdul Bari, a senior al-Qaeda leader in the "
            "region, was killed in a special operation in Gizab district of Daykundi province.")
    (event,) = extract(text, published=dt.date(2019, 3, 2)).events
    assert event.attack_type is AttackType.SECURITY_OPERATION and event.perpetrator == "AFG_GOV"


def test_forces_saying_they_killed_the_attackers_who_stormed_a_station_tell_the_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Security forces said they had killed all four attackers who stormed a police station in Dera Ismail "
            "Khan on Monday, killing three policemen.")
    (event,) = extract(text, published=dt.date(2023, 5, 8)).events
    assert event.attack_type is not AttackType.SECURITY_OPERATION
