"""Stories that tell more than one attack, retell one, or recall an earlier one, in the
ways the demo outlets (and real ones) write them. Team-written texts."""

from __future__ import annotations

import datetime as dt

from tasdiq.model.enums import AttackType, ClaimKind

TWO_ATTACKS = (
    "QUETTA / PESHAWAR - A suicide bomber blew himself up on Friday beside a procession in Mastung, Balochistan, "
    "killing at least 52 people.\n\n"
    "Hours later, two suicide bombers attacked the mosque inside a police station in Hangu district, Khyber "
    "Pakhtunkhwa. Police shot one at the gate; the other detonated his explosives inside. Five people were killed.\n\n"
    "No one claimed either attack. The Pakistani Taliban said they were not involved in the Mastung bombing."
)


def test_an_attack_told_hours_later_is_dated_the_same_day(extract) -> None:  # type: ignore[no-untyped-def]
    mastung, hangu = [e for e in extract(TWO_ATTACKS, published="2023-09-29").events if e.part_of is None]
    assert mastung.date == hangu.date == dt.date(2023, 9, 29)


def test_suicide_bombers_who_also_shoot_make_a_suicide_bombing(extract) -> None:  # type: ignore[no-untyped-def]
    hangu = [e for e in extract(TWO_ATTACKS, published="2023-09-29").events if e.part_of is None][1]
    assert hangu.attack_type is AttackType.SUICIDE_BOMBING and hangu.killed is not None and hangu.killed.best == 5


def test_a_bare_retelling_of_an_attack_joins_it_with_its_denial(extract) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in extract(TWO_ATTACKS, published="2023-09-29").events if e.part_of is None]
    assert len(events) == 2
    assert [(c.kind, c.claimant) for c in events[0].claims] == [(ClaimKind.DENIAL, "TTP")]


def test_an_attack_recalled_a_week_earlier_is_dated_back_a_week(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "KANDAHAR - At least 16 people were killed when blasts struck the main Shia mosque in Kandahar "
        "during Friday prayers.\n\nThe attack comes a week after a suicide bombing at a Shia mosque in Kunduz."
    )
    kandahar, kunduz = extract(text, published="2021-10-15").events
    assert (kandahar.date, kunduz.date) == (dt.date(2021, 10, 15), dt.date(2021, 10, 8))
    assert kunduz.date_precision.value == "week"


def test_the_blast_told_again_beside_a_trains_destination_is_no_new_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "QUETTA - A suicide bomber blew himself up at Quetta's railway station on Saturday, killing at least 24.\n"
        "Passengers had gathered for the Jaffar Express to Peshawar. The blast tore off part of the roof."
    )
    (event,) = extract(text, published="2024-11-09").events
    assert event.location is not None and event.location.admin1 == "PK-BA"


def test_a_date_that_names_the_attack_beats_the_day_of_a_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Peshawar police on Saturday lowered the death toll from the 30 January bombing at the mosque to 84."
    (event,) = extract(text, published="2023-02-04").events
    assert event.date == dt.date(2023, 1, 30)
    assert event.killed is not None and event.killed.best == 84


def test_part_of_a_figure_is_not_added_to_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen stormed a hotel in Kabul. A hospital reported 21 casualties, three of whom were dead on arrival."
    (event,) = extract(text).events
    assert event.killed is not None and event.killed.best == 3


def test_a_government_spokesman_speaking_of_an_attack_does_not_claim_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen stormed a hotel in Kabul. A Taliban government spokesman said all three attackers were killed."
    (event,) = extract(text).events
    assert event.perpetrator is None and event.claims == []


def test_the_group_is_the_one_that_spoke_not_the_one_attacked(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Islamic State's Khorasan affiliate said its fighters carried out Monday's assault on a hotel in "
        "Kabul, saying it had targeted Chinese guests and Taliban guards. The group claimed that thirty people "
        "had been killed or wounded."
    )
    (event,) = extract(text, published="2022-12-13").events
    assert {c.claimant for c in event.claims} == {"ISKP"}
    assert event.date == dt.date(2022, 12, 12)


def test_a_group_saying_its_fighter_targeted_them_claims_the_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A suicide bomber killed 24 at Quetta railway station. The Balochistan Liberation Army said in a "
        "statement that a fidayeen from its Majeed Brigade had targeted an army unit."
    )
    (event,) = extract(text).events
    assert (event.perpetrator, [c.kind for c in event.claims]) == ("BLA", [ClaimKind.RESPONSIBILITY])


def test_a_separate_operation_in_the_same_province_is_another_event(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "RAWALPINDI, 3 June 2024: Terrorists opened fire on a check post in Kalat District; three soldiers embraced "
        "shahadat. In a separate operation in Harnai District, security forces killed seven terrorists."
    )
    events = [e for e in extract(text).events if e.part_of is None]
    assert len(events) == 2
    assert events[0].killed is not None and events[0].killed.best == 3


def test_where_the_victims_came_from_is_not_where_they_were_killed(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen shot dead seven labourers from Punjab in Gwadar district on Thursday night."
    event = extract(text, published="2024-05-10").events[0]
    assert event.location is not None and event.location.admin1 == "PK-BA"


def test_a_toll_revised_a_day_later_updates_the_attack_and_opens_no_new_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("PESHAWAR, May 8, 2024 - Gunmen stormed a police training centre in Peshawar on Tuesday, and officials "
            "said on Tuesday that nine people had been killed. On Wednesday, a hospital official said the toll had "
            "risen to 14. The same centre was attacked in 2019, when a bomber killed more than 20 recruits.")
    events = [e for e in extract(text).events if e.part_of is None]
    assert events[0].date == dt.date(2024, 5, 7)
    assert events[0].killed is not None and events[0].killed.best == 14


def test_the_wounded_told_with_a_revised_toll_on_a_later_day_stay_with_the_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("KUNDUZ - A suicide bomber blew himself up among worshippers during Friday prayers at a Shia mosque in "
            "Kunduz city, killing dozens. On Saturday a provincial official said the death toll had risen to 49, "
            "with 120 wounded. The Islamic State Khorasan claimed the bombing.")
    (event,) = extract(text, published=dt.date(2021, 10, 9)).events
    assert event.killed is not None and event.killed.best == 49
    assert event.injured is not None and event.injured.best == 120
    assert event.perpetrator == "ISKP"


# A page about Sunday's bombing whose claim is told with Monday, the claim's day.
CLAIMED_NEXT_DAY = (
    "KHAR: The death toll from Sunday's suicide bombing at a political rally in Bajaur rose to 48 on Monday, "
    "officials said. Initial reports on Sunday evening had put the number of dead at 35. Nearly 200 people were "
    "being treated for their injuries in Khar. The Islamic State group claimed the attack through its Amaq news "
    "agency on Monday, saying one of its fighters had detonated an explosive vest in the crowd."
)


def test_the_day_a_group_claimed_through_its_agency_is_no_second_attack(extract) -> None:  # type: ignore[no-untyped-def]
    (event,) = extract(CLAIMED_NEXT_DAY, published=dt.date(2023, 7, 31)).events
    toll = event.killed.best if event.killed else None
    assert (event.date, event.perpetrator, toll) == (dt.date(2023, 7, 30), "IS", 48)
