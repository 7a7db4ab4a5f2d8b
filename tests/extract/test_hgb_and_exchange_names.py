"""Actors the shared seed list does not know: found in English, Urdu and Pashto, and written
by name (FORMAT.md: "a key of actors.csv where the actor is listed there, else the name").
Sentences are the team's own."""

from __future__ import annotations

import datetime as dt

import pytest

from tasdiq.extract import events_json

DAY = dt.date(2025, 3, 5)


def _perpetrator(extractor, text: str) -> str | None:  # type: ignore[no-untyped-def]
    events = events_json("t", extractor.extract(text=text, published=DAY))["events"]
    return events[0]["perpetrator"]["actor"] if events and events[0]["perpetrator"] else None


@pytest.mark.parametrize("text", [
    "شمالی وزیرستان میں فوجی قافلے پر خودکش حملے میں 13 فوجی شہید ہو گئے۔"
    " حافظ گل بہادر گروپ نے حملے کی ذمہ داری قبول کر لی۔",
    "په شمالي وزیرستان کې د پوځ پر کاروان ځانمرګي برید کې ۱۳ سرتیري ووژل شول."
    " د حافظ ګل بهادر ډلې د برید مسؤلیت ومانه.",
    "A suicide car bomber hit an army convoy in Mir Ali, killing 13 soldiers."
    " The Gul Bahadur faction claimed the attack.",
])
def test_hafiz_gul_bahadur_group_claim_is_read_in_urdu_pashto_and_english(  # type: ignore[no-untyped-def]
    extractor, text: str
) -> None:
    assert _perpetrator(extractor, text) == "Hafiz Gul Bahadur group"


def test_claim_in_the_name_of_jaish_al_fursan_keeps_that_name_not_its_parents(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Two suicide bombers rammed the gate of the Bannu cantonment, killing 18 people. "
            "Jaish al-Fursan, a group loyal to Hafiz Gul Bahadur, claimed responsibility.")
    assert _perpetrator(extractor, text) == "Jaish al-Fursan"


def test_jaish_al_fursan_and_hgb_are_one_side() -> None:
    from tasdiq.reference.actors import same_actor

    assert same_actor("Jaish al-Fursan", "Hafiz Gul Bahadur group")
    assert not same_actor("Jaish al-Fursan", "TTP")


def test_seed_list_actor_is_written_by_key_and_our_own_actor_by_name(extractor) -> None:  # type: ignore[no-untyped-def]
    ttp = "Gunmen killed four policemen in Bannu. The TTP claimed responsibility."
    hgb = "Gunmen killed four policemen in Bannu. The Hafiz Gul Bahadur group claimed responsibility."
    assert _perpetrator(extractor, ttp) == "TTP"
    assert _perpetrator(extractor, hgb) == "Hafiz Gul Bahadur group"
