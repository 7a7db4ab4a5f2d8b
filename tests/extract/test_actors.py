"""Perpetrators and claims: never the victim, never an actor the text does not name."""

from __future__ import annotations

import datetime as dt

from tasdiq.extract import refs
from tasdiq.model.enums import Certainty, ClaimKind


def test_police_victims_are_not_named_perpetrator(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("Gunmen ambushed an Afghan police convoy in Zabul, killing six officers.").events[0]
    assert event.perpetrator is None


def test_army_soldiers_killed_are_victims_not_attackers(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("Two Pakistan Army soldiers were killed when a bomb hit their vehicle in Bajaur.").events[0]
    assert event.perpetrator is None


def test_no_actor_is_named_when_the_text_names_none(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("Unknown attackers threw a grenade into a shop in Quetta, wounding three.").events[0]
    assert event.perpetrator is None and event.claims == []


def test_claim_of_responsibility_names_the_claimant(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A blast hit a rally in Bajaur. ISIS-K claimed responsibility through its Amaq news agency."
    event = extract(text).events[0]
    assert (event.perpetrator, event.certainty) == ("ISKP", Certainty.CLAIMED)
    (claim,) = [c for c in event.claims if c.kind is ClaimKind.RESPONSIBILITY]
    assert claim.channel == "Amaq"


def test_isis_k_claim_and_haqqani_counter_attribution_stand_side_by_side(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A suicide bomber struck a mosque in Kunduz. ISIS-K claimed the attack in a statement. "
        "A former intelligence chief blamed the Haqqani Network for planning it."
    )
    event = extract(text).events[0]
    kinds = {(c.kind, c.subject) for c in event.claims}
    assert (ClaimKind.RESPONSIBILITY, "ISKP") in kinds
    assert (ClaimKind.ATTRIBUTION, "HAQQANI") in kinds
    assert event.perpetrator == "ISKP"


def test_blame_and_denial_are_both_kept(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed eight miners in Baghlan. Officials blamed the Taliban, but the group denied any role."
    claims = {(c.kind, c.subject) for c in extract(text).events[0].claims}
    assert {(ClaimKind.ATTRIBUTION, "TALIBAN"), (ClaimKind.DENIAL, "TALIBAN")} <= claims


def test_confession_on_party_tv_is_flagged_released_by_party(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A suicide bombing killed a minister in Kabul last year. Taliban-controlled television aired a video "
        "of a confession by an alleged ISIS-K member; rights groups say it may have been obtained under torture."
    )
    event = extract(text).events[0]
    (confession,) = [c for c in event.claims if c.kind is ClaimKind.CONFESSION]
    assert confession.subject == "ISKP"
    assert "released_by_party" in confession.flags
    assert "possible_coercion" in confession.flags


def test_bare_taliban_in_pakistan_is_the_ttp(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("Taliban militants attacked a checkpoint in Bannu district, Pakistan, killing two.").events[0]
    assert event.perpetrator == "TTP"


def test_splinter_group_named_after_its_parent_is_the_actor(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Bombers from the Tehrik-i-Taliban Pakistan splinter group Jamaat-ul-Ahrar blew themselves up in Lahore."
    assert extract(text).events[0].perpetrator == "JUA"


def test_unlisted_group_claiming_is_named_as_written(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A bomb hit a gas pipeline in Dera Bugti. The Baloch Freedom Brigade claimed responsibility."
    assert extract(text).events[0].perpetrator == "Baloch Freedom Brigade"


def test_named_victim_of_an_assassination_is_recorded(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen shot dead Abdul Rahim Karimi, a district governor, outside his office in Ghazni."
    event = extract(text).events[0]
    assert any("Karimi" in v for v in event.victims)
    assert event.perpetrator is None


def test_a_name_set_against_another_does_not_take_the_attribution(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A bomber killed 20 worshippers at a mosque in Quetta on Friday. In my view it is the TTP, "
        "not some lone ISIS-K cell, who stand behind this bombing."
    )
    claims = {(c.kind, c.subject, c.claimant) for c in extract(text).events[0].claims}
    assert claims == {(ClaimKind.ATTRIBUTION, "TTP", "columnist")}


def test_the_object_of_blame_does_not_share_the_denial_of_the_next_clause(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen killed five guards in Kabul. "
        "Officials blamed ISIS-K, and the Haqqanis said they had nothing to do with it."
    )
    claims = {(c.kind, c.subject) for c in extract(text).events[0].claims}
    assert (ClaimKind.DENIAL, "HAQQANI") in claims
    assert (ClaimKind.DENIAL, "ISKP") not in claims


def test_captive_shown_saying_he_planned_the_bombing_is_a_confession_released_by_party(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Taliban-run television showed a captured man who says he planned the suicide bombing of a ministry in "
        "Kabul. Rights groups say the video may have been recorded under duress."
    )
    (confession,) = [c for c in extract(text).events[0].claims if c.kind is ClaimKind.CONFESSION]
    assert confession.claimant == "TALIBAN" and confession.subject is None
    assert {"released_by_party", "possible_coercion"} <= set(confession.flags)


def test_a_groups_regional_branch_is_that_branch_not_its_parent(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A suicide bomber hit a wedding hall in Kabul. The Islamic State's Khorasan branch claimed the attack."
    event = extract(text).events[0]
    assert (event.perpetrator, event.certainty) == ("ISKP", Certainty.CLAIMED)


def test_two_names_of_one_group_in_one_claim_make_one_claim(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A blast hit a bus in Kabul. Islamic State Khorasan Province (ISIS-K) claimed the attack."
    claims = [c for c in extract(text).events[0].claims if c.kind is ClaimKind.RESPONSIBILITY]
    assert len(claims) == 1


def test_claimed_that_bombing_and_one_of_its_members_are_claims(extract) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "A bomb exploded at a checkpoint in Bannu. The TTP claimed that bombing on Monday.",
        "A bomb exploded at a checkpoint in Bannu. The TTP said one of its members carried out the bombing.",
    ):
        assert extract(text).events[0].perpetrator == "TTP", text


def test_mixed_case_acronym_matches_only_as_written() -> None:
    exact = {alias: as_written for alias, _key, as_written in refs.actor_aliases()}
    assert exact["LeT"], "'LeT' matched in any case would make 'let reporters near' Lashkar-e-Taiba"


def test_the_islamic_states_regional_branch_is_its_khorasan_province(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract(
        "A suicide bomber killed 46 at a mosque in Kunduz. The Islamic State's regional branch claimed the bombing."
    ).events[0]
    assert event.perpetrator == "ISKP"


def test_a_group_that_stormed_checkpoints_is_the_attacker_not_their_owner(extract) -> None:  # type: ignore[no-untyped-def]
    event = extract("The Taliban stormed checkpoints in Jurm District, killing seven security personnel.").events[0]
    assert event.perpetrator == "TALIBAN"


def test_insurgents_armed_with_bombs_and_guns_who_struck_are_the_attackers(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Taliban insurgents armed with suicide bombs, guns and rocket-propelled grenades struck the police "
        "headquarters in Kandahar."
    )
    assert extract(text, published="2011-02-12").events[0].perpetrator == "TALIBAN"


def test_security_forces_saying_they_killed_militants_do_not_claim_the_militants_attack(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("Militants attacked a checkpoint in Kurram, killing two soldiers. Pakistani security forces said "
                  "they killed five of the attackers.")
    assert doc.events and doc.events[0].perpetrator is None
    assert not [c for c in doc.events[0].claims if c.kind.value == "responsibility"]




def test_branch_named_beside_its_parent_is_the_one_that_claimed(extract) -> None:  # type: ignore[no-untyped-def]
    doc = extract("A suicide bomber blew himself up outside the court in Islamabad, killing 12 people. A faction of "
                  "the Pakistani Taliban, Jamaat-ul-Ahrar, claimed the bombing.")
    assert doc.events and doc.events[0].perpetrator == "JUA"
    assert {c.subject for c in doc.events[0].claims} == {"JUA"}


def test_a_group_that_later_issued_a_claim_claims_the_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen attacked a Levies post in Kalat district on Saturday night, killing four personnel. The "
            "Baloch Liberation Army later issued a claim, but officials said the attack was repulsed.")
    (event,) = extract(text).events
    assert event.perpetrator == "BLA" and event.certainty is Certainty.CLAIMED


def test_a_group_that_issued_a_statement_does_not_claim_the_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen attacked a Levies post in Kalat district on Saturday night, killing four personnel. The "
            "Baloch Liberation Army issued a statement about the arrests of its supporters.")
    (event,) = extract(text).events
    assert event.perpetrator is None


def test_a_group_that_claimed_this_and_other_attacks_claims_this_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Armed men stopped buses on the highway near Kalat on Monday and shot dead 14 passengers. The Baloch "
            "Liberation Army claimed this and other attacks across the province on the same night.")
    (event,) = extract(text, published=dt.date(2024, 8, 27)).events
    assert event.perpetrator == "BLA"
