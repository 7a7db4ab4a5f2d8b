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


def test_fighters_who_arrived_and_were_killed_are_not_the_attackers(nlp: Any) -> None:
    # a co-ordinated verb with its own passive does not share the first verb's subject as its actor
    assert _role(nlp, "Taliban fighters arrived and were killed by the police.", "Taliban") != "perpetrator"






def test_they_who_were_killed_later_are_not_made_the_attackers(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("Three Taliban fighters were released from a prison in Kandahar. They were killed a week later by "
                  "a roadside bomb.")
    assert not doc.events or doc.events[0].perpetrator is None


# End to end: who the text names as the perpetrator, and how firmly (None: no one).
NAMED = {
    "insider_tied_to_a_group_is_that_groups_attack": (
        "A police officer tied to the Taliban drugged and killed nine of his colleagues in Uruzgan.",
        "TALIBAN", "attributed"),
    "group_an_insider_did_the_attack_for_is_the_perpetrator": (
        "A policeman shot dead four colleagues at a checkpoint in Logar. Officials said he had done the attack "
        "for the Taliban.", "TALIBAN", "attributed"),
    "they_opening_an_attack_sentence_is_the_group_named_before": (
        "Six Taliban fighters in police uniforms passed the outer checkpoint of the ministry in Kabul. They "
        "detonated suicide vests at the inner gate. Four guards were killed.", "TALIBAN", "attributed"),
    "group_claiming_both_attacks_claims_them": (
        "Two bombs killed 28 people outside election offices in Pishin. The Islamic State group claimed both "
        "attacks.", "IS", "claimed"),
    "claiming_control_of_a_district_is_no_claim_of_the_attack": (
        "A roadside bomb killed five soldiers in Zabul. The Taliban claimed control of the district.", None, None),
    "group_saying_its_own_unit_carried_out_the_attack_claims_it": (
        "A woman suicide bomber blew herself up beside a van at Karachi University, killing four. The Baloch "
        "Liberation Army said its Majeed Brigade carried out the attack.", "BLA", "claimed"),
    "state_saying_it_carried_out_its_own_strike_claims_it": (
        "Pakistani jets struck hideouts in Khost, killing eight. The Pakistan military said it had carried out "
        "the strikes.", "PAK_GOV", "claimed"),
    "two_groups_attacking_jointly_leave_the_event_without_one_perpetrator": (
        "Six soldiers were killed when Islamic State and Taliban fighters jointly attacked a check post in "
        "Sar-e Pol.", None, None),
    "a_group_and_its_own_branch_attacking_together_name_the_branch": (
        "Taliban and Haqqani fighters attacked a base in Khost, killing five soldiers.", "HAQQANI", "attributed"),
    "suspected_fighters_who_were_killed_are_not_suspected_of_the_attack": (
        "Gunmen on motorcycles killed two suspected TTP militants and a passer-by outside a mosque in Bannu.",
        None, None),
    "headline_claim_by_the_parent_gives_way_to_the_branch_named_in_the_body": (
        "Islamic State claims killing of 14 Hazaras in Daikundi\n\nGunmen opened fire on a crowd in Daikundi, "
        "killing 14 people. The Islamic State Khorasan Province claimed responsibility on Friday.", "ISKP", "claimed"),
}


@pytest.mark.parametrize(("text", "actor", "certainty"), list(NAMED.values()), ids=list(NAMED))
def test_the_perpetrator_named_and_how_firmly(extract, text: str, actor: str | None,  # type: ignore[no-untyped-def]
                                              certainty: str | None) -> None:
    events = extract(text).events
    assert events
    assert events[0].perpetrator == actor
    assert (events[0].certainty.value if actor else None) == certainty


def test_aid_worker_released_from_captivity_by_the_taliban_names_the_taliban_as_captors(nlp: Any) -> None:
    sentence = "A female aid worker was released after two weeks in captivity by the Taliban."
    assert _role(nlp, sentence, "Taliban") == "perpetrator"


def test_a_video_released_by_a_group_does_not_make_it_a_captor(nlp: Any) -> None:
    sentence = "A video released by the Taliban showed the damaged checkpoint."
    assert _role(nlp, sentence, "Taliban") != "perpetrator"


def test_aid_workers_kidnapped_while_working_by_the_taliban_names_the_taliban_as_perpetrator(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Two national staff of an INGO were kidnapped while conducting a water survey in a village in "
            "Faryab by the Taliban. They were released after nine days.")
    (event,) = extract(text).events
    assert event.perpetrator == "TALIBAN"


def test_a_road_controlled_by_a_group_does_not_make_it_the_kidnapper(nlp: Any) -> None:
    sentence = "Two deminers were abducted on a road controlled by the Taliban in Logar."
    assert _role(nlp, sentence, "Taliban") != "perpetrator"


def test_hostages_freed_by_special_forces_were_rescued_not_held_by_them(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen kidnapped five aid workers in Ghor province on Monday. The hostages were freed by Afghan "
            "special forces in a night raid two weeks later.")
    assert all(e.perpetrator is None for e in extract(text).events)
