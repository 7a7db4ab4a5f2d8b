"""Proper names beyond places and groups say which attack a report tells (SQLite and PostgreSQL)."""

from __future__ import annotations

from newsroom import Reports

from tasdiq.link import link
from tasdiq.link.features import Features
from tasdiq.link.names import names
from tasdiq.link.scoring import shared_names
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


def test_a_place_the_gazetteer_does_not_know_is_no_name_when_its_context_says_place() -> None:
    # Two raids a year apart in one district would otherwise share its name.
    assert names("Troops detained two men in Goldarak district overnight.") == frozenset()
    assert names("Troops detained two men near Goldarak.") == frozenset()
    # The possessor is the place; the mosque it holds is named.
    assert names("A bomber attacked the crowd at Faizabad's Nabawi mosque.") == {"nabawi"}


def _features(text: str, victims: frozenset[str] = frozenset()) -> Features:
    return Features(mention_id=1, source_id=1, ordinal=0, publisher=None, source_kind="news", text_sha256="x",
                    published=None, supersedes_id=None, date=None, precision="unknown", country="PK", admin1=None,
                    admin2=None, place_name=None, lat=None, lon=None, geo_precision=None, attack_type="armed_assault",
                    suicide=False, killed=(None, None, None), injured=(None, None, None), perpetrator=None,
                    certainty="unknown", targets=frozenset({"foreigners"}), victims=victims, text=text)


def test_a_nationality_in_a_counted_group_of_victims_is_a_kind_of_victim_not_a_name() -> None:
    # Chinese workers were attacked in Karachi, Quetta and Kohistan: "Chinese" does not say which.
    group = frozenset({"2 chinese nationals"})
    kidnapped = _features("Gunmen killed two Chinese nationals kidnapped in Quetta.", group)
    shot = _features("Gunmen shot two Chinese nationals in Karachi.", group)
    assert shared_names(kidnapped, shot) == frozenset()
    embassy = _features("A bomber killed two staff of the Russian embassy.")
    recalled = _features("The bombing outside the Russian embassy was the first on a mission.")
    assert shared_names(embassy, recalled) == {"russian"}
