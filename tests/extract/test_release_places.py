"""Where a press release's operation was (issue 11): its own sentence, the province named after a
district, the first of the provinces it lists; never its title, its header or its dateline city.
Texts are the team's own, in the layout of ISAF/IJC and Afghan ministry releases."""

from __future__ import annotations

import pytest


def _admin1(extract, text: str) -> str | None:  # type: ignore[no-untyped-def]
    (event, *_) = extract(text).events
    return event.location.admin1 if event.location else None


@pytest.mark.parametrize(("text", "admin1"), [
    # a district, then its province
    ("2011-05-S-056 For Immediate Release KABUL, Afghanistan (May 16, 2011) In Baraki Barak district, Logar "
     "province, a combined Afghan and coalition security force captured a Taliban facilitator yesterday.", "AF-LOG"),
    # several provinces in one release: the lead one first
    ("2010-11-S-277 For Immediate Release KABUL, Afghanistan (Nov. 22, 2010) - Afghan and coalition forces "
     "detained numerous suspected insurgents during two operations in Khost and Paktiya provinces yesterday.",
     "AF-KHO"),
    # a title that lists provinces is not where the lead operation was
    ("Apr. 5: Afghan-ISAF Operations in Helmand, Khost, Uruzgan\nISAF Joint Command - Afghanistan 2010-04-CA-015 "
     "For Immediate Release\nIn Khost Province last night, a joint security force searched a compound and "
     "captured a Haqqani facilitator.", "AF-KHO"),
    # a dateline with no year is still a dateline: Kabul is where the release was issued
    ("KABUL, Afghanistan (Jan. 8)\nAn Afghan and coalition security force captured two Taliban facilitators "
     "during an operation in Maiwand district, Kandahar province, today.", "AF-KAN"),
    # no place in the operation's sentence: the sentences that go on telling it say where
    ("2011-03-S-093 For Immediate Release KABUL, Afghanistan (March 22, 2011) - Afghan National Security and "
     "International Security Assistance Forces killed two insurgents during a clearing operation in southern "
     "Afghanistan, today. Combined forces were searching for a Taliban leader in Nad Ali district, Helmand "
     "province, when insurgents fired on them.", "AF-HEL"),
], ids=["district-then-province", "two-provinces-listed", "title-lists-provinces", "yearless-dateline",
        "next-sentence"])
def test_a_release_is_placed_where_its_lead_operation_was(extract, text: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    assert _admin1(extract, text) == admin1


def test_a_spokesmans_list_of_cities_leads_with_the_first(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("KABUL, 27 April 2023 - The Ministry of Interior said today that its special forces have arrested 17 "
            "members of the khawarij network in Kabul, Nangarhar and Kunduz over the past two weeks.")
    assert _admin1(extract, text) == "AF-KAB"


def test_a_country_named_after_the_operation_does_not_replace_its_district(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("RAWALPINDI, April 27: On the night of 25/26 April, security forces picked up a group of khwarij trying to "
            "cross the border in the general area of Hassan Khel, North Waziristan District. Own troops engaged "
            "the infiltrators and 54 khwarij were sent to hell. They were directed from Afghanistan.")
    assert _admin1(extract, text) == "PK-KP"
