"""Behaviour of the shipped actor registry: aliases, parents, channels, state forces."""

from __future__ import annotations

import pytest

from tasdiq.errors import NotFound
from tasdiq.reference import is_state_force, registry

SEED_KEYS = {"ISKP", "IS", "TALIBAN", "HAQQANI", "TTP", "JUA", "HUA", "LEJ", "AQ", "AQIS", "BLA", "BLF", "BRA",
             "BRAS", "LET", "JEM", "JUNDALLAH", "IMU", "HIG", "NRF", "AFF", "TJP", "LI", "AFG_GOV", "PAK_GOV",
             "US", "NATO"}


@pytest.mark.parametrize("name", ["ISIS-K", "Daesh Khorasan", "ISIS K", "Islamic State Khorasan Province",
                                  "Wilayat Khorasan", "IS-Khorasan", "ISIL's South Asia Branch"])
def test_islamic_state_khorasan_names_resolve_to_iskp(name: str) -> None:
    actor = registry().lookup(name)
    assert actor is not None and actor.key == "ISKP"


def test_haqqanis_are_the_haqqani_network_within_the_taliban() -> None:
    actor = registry().lookup("Haqqanis")
    assert actor is not None and actor.key == "HAQQANI"
    assert registry().parents("HAQQANI") == ["TALIBAN"]


def test_pakistani_taliban_is_ttp_not_the_afghan_taliban() -> None:
    actor = registry().lookup("Pakistani Taliban")
    assert actor is not None and actor.key == "TTP"


def test_lookup_ignores_case_and_accents() -> None:
    for name in ["tehrik-i-taliban pakistan", "TEHREEK-E-TALIBAN PAKISTAN", "Lashkar-é-Jhangvi"]:
        assert registry().lookup(name) is not None


def test_english_words_never_match_acronyms() -> None:
    assert registry().lookup("is") is None
    assert registry().lookup("us") is None
    actor = registry().lookup("IS")
    assert actor is not None and actor.key == "IS"
    assert registry().requires_exact_case("IS")


def test_every_seed_key_is_kept() -> None:
    assert set(registry().actors) >= SEED_KEYS


def test_jamaat_ul_ahrar_splinter_has_ttp_parent() -> None:
    assert registry().parents("JUA") == ["TTP"]


def test_state_forces_are_known_as_such() -> None:
    assert is_state_force("PAK_GOV") and is_state_force("AFG_GOV")
    assert not is_state_force("TTP") and not is_state_force("unknown-key")


@pytest.mark.parametrize(("channel", "key"), [("Amaq", "IS"), ("Voice of Khorasan", "ISKP"),
                                              ("Zabihullah Mujahid", "TALIBAN"), ("Mohammad Khurasani", "TTP"),
                                              ("Umar Media", "TTP")])
def test_channels_point_to_the_group_they_speak_for(channel: str, key: str) -> None:
    found = registry().channel(channel)
    assert found is not None and found.actor_key == key


def test_aliases_cover_every_actor_key() -> None:
    keys = {key for _, key in registry().aliases()}
    assert keys == set(registry().actors)


def test_unknown_key_raises_not_found() -> None:
    with pytest.raises(NotFound):
        registry().get("NOPE")
