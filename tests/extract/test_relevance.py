"""Relevance and category: most news is not an attack and is dismissed before spaCy."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasdiq.extract.relevance import categorise

WORDING = Path(__file__).parents[1] / "fixtures" / "texts" / "category_wording.tsv"


def test_peaceful_march_is_a_protest_not_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("Thousands of teachers marched through the city to demand higher pay.")
    assert result.category == "Peaceful protest"
    assert not result.is_attack and result.events == []


def test_earthquake_deaths_are_a_natural_disaster() -> None:
    assert categorise("An earthquake killed 12 people in the mountains.") == "Natural disaster"


def test_suicide_bombing_is_its_own_category() -> None:
    assert categorise("A suicide bomber blew himself up at a checkpoint, killing four.") == "Suicide bomb"


def test_tear_gas_on_a_crowd_is_protest_with_intervention() -> None:
    assert categorise("Police fired tear gas to disperse demonstrators outside parliament.") == (
        "Protest with intervention"
    )


def test_claim_of_responsibility_is_attribution() -> None:
    text = "A little-known group claimed responsibility for the attack on the bridge."
    assert categorise(text) == "Attribution of responsibility"


def test_attack_that_also_seized_weapons_stays_an_attack() -> None:
    text = "Insurgents stormed a police post, killing five officers, and seized weapons and ammunition."
    assert categorise(text) in {"Armed clash", "Attack"}


def test_every_text_gets_a_category(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract("The weather was mild all week.").category


def test_a_cricket_report_is_not_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Afghanistan chased down Pakistan's total with eight wickets in hand at the World Cup. "
        "The openers shot down any hope of a comeback, and fans celebrated in Kabul."
    )
    assert extract(text).is_attack is False


def test_a_text_that_says_not_an_attack_is_dismissed(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract("Traders in Quetta said flour prices dropped; this is not an attack.").is_attack is False


def test_an_attack_on_a_consulate_is_an_attack_not_diplomacy(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A group of seven Taliban militants attacked the U.S. consulate using truck bombs and assault rifles."
    result = extract(text)
    assert result.is_attack and result.category != "Diplomatic event"


def test_aid_worker_stabbed_in_a_robbery_is_an_attack_not_organised_crime(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("A driver working for an NGO was stabbed by robbers who took his phone in Herat city.")
    assert result.is_attack and result.category == "Attack"
    assert result.events[0].injured is not None and result.events[0].injured.best == 1


def test_a_robbery_without_aid_workers_stays_organised_crime(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("Police said robbers stabbed a shopkeeper and took his phone in Herat city.")
    assert result.category == "Organized crime" and not result.is_attack


@pytest.mark.parametrize("text", [
    pytest.param("Three staff members of a relief charity were beaten by a crowd at a food distribution "
                 "for flood victims in Sindh.", id="beaten at a flood-relief distribution"),
    pytest.param("Gunmen burst into the office of a charity rebuilding homes after the earthquake in Bagh and "
                 "threw a grenade. Four aid workers were killed.", id="killed by gunmen, earthquake relief"),
])
def test_aid_workers_attacked_during_disaster_relief_is_an_attack_not_a_disaster(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categorise(text) == "Natural disaster"
    assert extract(text).is_attack


def test_aid_workers_taken_from_the_road_is_an_abduction(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("Two INGO national staff were taken from their car on the Kandahar highway.")
    assert result.category == "Abduction/forced disappearance" and result.is_attack


def test_aid_worker_sexually_assaulted_keeps_the_category_and_is_reported(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("A UN aid worker was sexually assaulted by a guard in Kabul.")
    assert result.category == "Sexual violence" and result.is_attack


def test_aid_workers_dying_in_a_road_crash_is_not_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("Two NGO staff members died when their vehicle overturned in a road accident near Bamyan.")
    assert not result.is_attack


def test_a_vehicle_that_struck_an_ried_hit_a_roadside_bomb(extract) -> None:  # type: ignore[no-untyped-def]
    result = extract("A deminer was driving home in Kandahar when his car struck an RIED; he lost a leg.")
    assert result.is_attack and result.events[0].attack_type.value == "bombing"


def test_aid_workers_killed_in_an_earthquake_is_not_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Four aid workers were killed when the earthquake brought down their office in Bagh."
    assert not extract(text).is_attack




def _wording_cases() -> list[object]:
    lines = WORDING.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return [pytest.param(text, category, id=behaviour) for behaviour, category, text in rows]


@pytest.mark.parametrize(("text", "category"), _wording_cases())
def test_the_wording_of_a_kind_of_event_decides_its_category(text: str, category: str) -> None:
    # one sentence a kind of wording (tests/fixtures/texts/category_wording.tsv); each id says the behaviour
    assert categorise(text) == category


def test_riot_police_alone_do_not_make_a_riot() -> None:
    assert categorise("Riot police stood guard outside the court as the verdict was read.") != "Violent demonstration"


def test_forces_that_cleared_a_road_did_not_regain_territory() -> None:
    assert categorise("The army said its engineers cleared the main road to the district centre.") != (
        "Government regains territory")
