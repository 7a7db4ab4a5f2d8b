"""Roles before names (`extract/roles.py`, `rules/roles.toml`): who did what to whom, from the parse.

Every declared role rule is run on its own examples, and the behaviours the rules exist for
are checked end to end: the victim, the speaker and the investigator are never named as the
perpetrator, and the subject of an attack verb is, however far the verb stands from the name.
Texts are our own, about real incidents.
"""

from __future__ import annotations

from typing import Any

import pytest

from tasdiq.errors import InputError
from tasdiq.extract import language
from tasdiq.extract.roles import role_of, role_rules, words


@pytest.fixture(scope="module")
def nlp() -> Any:
    return language.nlp()


def _role(nlp: Any, sentence: str, name: str) -> str:
    start = sentence.index(name)
    return role_of(nlp(sentence), (start, start + len(name)))[0]


@pytest.mark.parametrize(
    ("ident", "sentence", "name", "role"),
    [(r.ident, s, n, want) for r in role_rules() for s, n, want in r.examples],
)
def test_every_role_rule_gives_its_examples_their_role(nlp: Any, ident: str, sentence: str, name: str,
                                                      role: str) -> None:
    assert role_of(nlp(sentence), (sentence.index(name), sentence.index(name) + len(name)))[1:2] == (ident,)
    assert _role(nlp, sentence, name) == role


def test_every_role_rule_declares_an_example() -> None:
    assert all(r.examples for r in role_rules())


def test_an_unknown_word_list_names_itself() -> None:
    with pytest.raises(InputError, match="no word list named 'nonsense'"):
        words("nonsense")


def test_minister_killed_in_bombing_is_the_victim_not_the_perpetrator(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Khalil Haqqani, the Taliban minister for refugees, was killed in a suicide bombing at his ministry "
            "in Kabul on 11 December 2024, along with several of his guards.")
    event = extract(text).events[0]
    assert event.perpetrator is None


def test_movement_official_killed_is_a_victim_in_the_clause(nlp: Any) -> None:
    assert _role(nlp, "A senior Taliban official was killed in a bombing at a mosque in Kabul.", "Taliban") == "victim"


def test_provincial_police_describing_the_attack_are_speakers_not_attackers(nlp: Any) -> None:
    sentence = "Afghan National Police said gunmen shot dead two polio workers in Jalalabad."
    assert _role(nlp, sentence, "Afghan National Police") == "speaker"


def test_government_spokesman_describing_the_khawarij_attack_does_not_claim_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Islamic Emirate spokesman Zabihullah Mujahid said the khawarij attacked worshippers at a mosque "
            "in Kabul, killing six.")
    assert extract(text).events[0].perpetrator is None


def test_group_spokesman_describing_its_own_attack_still_claims_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("A suicide bomber killed the acting mayor of Kandahar outside his office. Taliban spokesman Qari "
            "Yousef Ahmadi said the attack was revenge for the demolition of homes.")
    assert extract(text).events[0].perpetrator == "TALIBAN"


def test_police_investigating_are_investigators(nlp: Any) -> None:
    sentence = "Afghan National Police are investigating the killing of the two vaccinators."
    assert _role(nlp, sentence, "Afghan National Police") == "investigator"


def test_subject_of_a_distant_attack_verb_is_the_perpetrator(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Islamic State militants, including two suicide bombers, dressed in military uniforms and riding in "
            "two armoured vehicles launched a surprise attack on the Interior Ministry in Kabul, killing a policeman.")
    assert extract(text).events[0].perpetrator == "IS"


def test_fighters_killed_in_a_firefight_are_not_made_victims(nlp: Any) -> None:
    sentence = "At least five police officers and two Taliban insurgents were killed in a firefight in Nimruz."
    assert _role(nlp, sentence, "Taliban") != "victim"


def test_a_habit_told_in_the_background_names_no_perpetrator(nlp: Any) -> None:
    sentence = "No group claimed the bombing, but the Islamic State group has repeatedly targeted the Hazara minority."
    assert _role(nlp, sentence, "Islamic State") == "background"


def test_one_attack_told_with_repeatedly_keeps_its_author(nlp: Any) -> None:
    sentence = "The Taliban repeatedly struck the district centre in Ghazni overnight."
    assert _role(nlp, sentence, "Taliban") == "perpetrator"


def test_the_target_of_an_attack_on_a_convoy_is_the_victim(nlp: Any) -> None:
    sentence = "A roadside bomb attack on a Taliban convoy killed three fighters in Nangarhar."
    assert _role(nlp, sentence, "Taliban") == "victim"


def test_khwarij_in_an_ispr_release_is_the_militarys_attribution_not_a_named_perpetrator(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("RAWALPINDI, 16 March 2024: Six khwarij attacked a security forces post in Mir Ali, North Waziristan. "
            "Own troops responded and all six khwarij were sent to hell, the ISPR said.")
    event = extract(text).events[0]
    assert event.perpetrator is None  # the release names no group
    assert [(c.claimant, c.subject, c.flags) for c in event.claims] == [("PAK_GOV", "TTP", ("epithet",))]


def test_khawarij_in_a_taliban_statement_names_iskp_where_the_text_names_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("KABUL: Islamic Emirate spokesman Zabihullah Mujahid said khawarij attacked a mosque in Kabul, killing "
            "six worshippers. Daesh has carried out such attacks in the city before.")
    event = extract(text).events[0]
    assert event.perpetrator == "ISKP"
    assert ("TALIBAN", "ISKP", ("epithet",)) in [(c.claimant, c.subject, c.flags) for c in event.claims]


def test_staff_held_by_the_taliban_name_the_taliban_as_kidnappers(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Five UN national staff were kidnapped from their vehicle in Ghazni province while returning from a "
            "project site. Police say they are being held by the Taliban.")
    assert extract(text).events[0].perpetrator == "TALIBAN"
