"""Proper names beyond places and groups say which attack a report tells (SQLite and PostgreSQL)."""

from __future__ import annotations

from newsroom import Reports

from tasdiq.link import link
from tasdiq.link.names import names
from tasdiq.store import Store

EMBASSY_WIRE = ("KABUL, Sept 5 - A suicide bomber killed two staff of the Russian embassy and four Afghans "
                "waiting at its gate in Kabul on Monday, police said.")
MARKET_WIRE = ("KABUL, Sept 12 - A bomb hidden in a cart killed three shoppers and a foreign aid worker in a Kabul "
               "market on Monday, police said.")
EMBASSY_UNDATED = "Two of its staff died when a bomber struck outside the Russian embassy in the Afghan capital."


def _run(store: Store) -> None:
    with store.session(actor="linker") as s:
        link(session=s)


def test_capitalised_word_that_is_no_place_group_title_or_calendar_word_is_a_name() -> None:
    text = ("KABUL - A bomber killed two staff of the Russian embassy and the guard Hamidullah Sarwari in "
            "Kabul on Monday. Islamic State claimed it.")
    assert names(text) == {"russian", "hamidullah", "sarwari"}


def test_a_spokesmans_name_is_not_a_name_of_the_attack() -> None:
    # Spokesmen speak of many attacks: their names would tie every report they are quoted in.
    assert names('"We will find them," said Col. Rafael Torres, a coalition spokesman.') == frozenset()
    assert names("Interior ministry spokesman Abdul Nafi Takor said two guards died.") == frozenset()
    assert names("Bilal Sarwary, a spokesman for the governor, said two guards died.") == frozenset()


def test_one_capitalised_word_opening_a_sentence_is_not_a_name_but_a_full_name_is() -> None:
    assert names("Families waited at the hospital. Gunmen had fired on the convoy.") == frozenset()
    assert names("Nisar Ahmad Ahmadi, the deputy governor, was killed with his driver.") == {"nisar"}


def test_words_of_the_reports_own_publisher_are_not_names() -> None:
    # Two pages of one site about two attacks share its masthead, not a name of either attack.
    page = "Zarnegar Online\nLatest | Sports\nA bomb killed three people outside the Spinzar hall."
    assert names(page) == {"zarnegar", "spinzar"}
    assert names(page, "Zarnegar Online") == {"spinzar"}


def test_undated_report_sharing_a_proper_name_joins_the_incident_that_gives_it(
    store: Store, reports: Reports
) -> None:
    # Two Kabul bombings of foreigners a week apart; the undated report's toll (two) is close to
    # neither (six, four), so only the embassy it names says which one it tells.
    embassy = reports.add(publisher="Kabul Daily", text=EMBASSY_WIRE, day="2022-09-05", attack_type="suicide_bombing",
                          suicide=True, killed=6, targets=["foreigners", "civilians"])
    market = reports.add(publisher="Pamir Observer", text=MARKET_WIRE, day="2022-09-12", killed=4,
                         targets=["foreigners", "civilians"])
    undated = reports.add(publisher="Frontier Post", text=EMBASSY_UNDATED, day=None, killed=2,
                          targets=["foreigners"])
    _run(store)

    assert reports.incident_of(embassy) != reports.incident_of(market)
    assert reports.incident_of(undated) == reports.incident_of(embassy)


def test_undated_report_naming_nothing_but_its_town_and_kind_of_attack_stays_apart(
    store: Store, reports: Reports
) -> None:
    embassy = reports.add(publisher="Kabul Daily", text=EMBASSY_WIRE, day="2022-09-05", attack_type="suicide_bombing",
                          suicide=True, killed=6, targets=["foreigners", "civilians"])
    undated = reports.add(publisher="Frontier Post", text="Two foreigners died when a bomber struck in Kabul.",
                          day=None, killed=2, targets=["foreigners"])
    _run(store)

    assert reports.incident_of(undated) != reports.incident_of(embassy)


def test_names_in_another_storys_headline_under_most_read_are_not_this_reports() -> None:
    page = ("Zhob Frontier Online\nLatest | Balochistan | KP\n"
            "ZHOB - Militants attacked the garrison before dawn, officials said.\n"
            "Most read\n1. Gunfight near Sui gas field leaves four soldiers dead\n"
            "2. Karakoram traders shut shops in protest\n")
    assert names(page, "Zhob Frontier Online") == frozenset()
