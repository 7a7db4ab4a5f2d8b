"""Relevance and category: most news is not an attack and is dismissed before spaCy."""

from __future__ import annotations

from tasdiq.extract.relevance import categorise


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
