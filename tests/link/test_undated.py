"""Undated reports join the one dated incident that names the same site or town and attack (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

from newsroom import Reports

from tasdiq.link import link
from tasdiq.store import Store

AIRPORT_A = ("A suicide bomber struck the crowd outside the airport's south gate in Kabul on Thursday, "
             "killing dozens of people waiting to leave, health officials said.")
AIRPORT_B = ("Islamic State's regional branch said one of its fighters set off the blast at the airport gate "
             "where evacuees had queued for days.")
AIRPORT_LOOKBACK = ("Looking back on the evacuation: the bombing at the airport gate, still the deadliest day "
                    "of those weeks, was later claimed by the Islamic State's regional branch.")
MARKET_TUESDAY = ("A bomb went off in a crowded Kabul market on Tuesday, killing nine shoppers, police said.")
MARKET_FRIDAY = ("Ten days later another bomb tore through a Kabul market; eleven shoppers died, officials said.")
MARKET_UNDATED = ("Traders in Kabul said the market bombing had emptied the stalls for weeks; "
                  "nobody has said who planted it.")
HOTEL_DATED = ("Gunmen stormed a guest house in Kabul on Monday evening and fought guards for hours before "
               "security forces killed them.")
HOTEL_UNDATED = ("The group said its men attacked the guest house in Kabul because foreigners stayed there; "
                 "five guests were hurt.")
MINISTRY_DATED = ("A suicide bomber blew himself up at a checkpoint outside a ministry in Kabul on Tuesday, "
                  "killing six people including two guards, police said.")
EMBASSY_DATED = ("Four people died on Friday when an attacker detonated explosives near the gate of an embassy "
                 "in the Afghan capital.")
MINISTRY_UNDATED = ("Guards shot the man before he reached the barrier, officials later told reporters; "
                    "six died all the same.")
SITE = {"place_name": "Hamid Karzai International Airport", "geo_precision": 1, "lat": 34.5659, "lon": 69.2123}


def _run(store: Store) -> None:
    with store.session(actor="linker") as s:
        link(session=s)


def test_undated_report_naming_the_same_landmark_joins_the_dated_incident(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Kabul Daily", text=AIRPORT_A, attack_type="suicide_bombing", suicide=True,
                    targets=["civilians"], **SITE)
    b = reports.add(publisher="Hindukush Radio", text=AIRPORT_B, attack_type="suicide_bombing", suicide=True,
                    targets=["civilians"], perpetrator="ISKP", perpetrator_certainty="claimed", **SITE)
    # A looser word for the attack and no target named: the site is what ties it.
    c = reports.add(publisher="Frontier Post", text=AIRPORT_LOOKBACK, day=None, attack_type="bombing",
                    perpetrator="ISKP", perpetrator_certainty="claimed", **SITE)
    _run(store)

    assert reports.incident_of(a) == reports.incident_of(b) == reports.incident_of(c)
    incident = reports.incident(reports.incident_of(a) or 0)
    assert incident.date is not None and incident.date.isoformat() == "2023-03-14"


def test_undated_report_in_the_same_town_with_same_attack_target_and_perpetrator_joins_it(
    store: Store, reports: Reports
) -> None:
    dated = reports.add(publisher="Kabul Daily", text=HOTEL_DATED, attack_type="armed_assault",
                        targets=["business", "foreigners"], perpetrator="ISKP", perpetrator_certainty="suspected")
    undated = reports.add(publisher="Pamir Observer", text=HOTEL_UNDATED, day=None, attack_type="armed_assault",
                          targets=["foreigners"], perpetrator="ISKP", perpetrator_certainty="claimed")
    _run(store)

    assert reports.incident_of(undated) == reports.incident_of(dated)


def test_undated_report_stays_apart_when_two_dated_incidents_fit_equally(store: Store, reports: Reports) -> None:
    iskp = {"perpetrator": "ISKP", "perpetrator_certainty": "suspected"}
    tuesday = reports.add(publisher="Kabul Daily", text=MARKET_TUESDAY, killed=9, targets=["market"], **iskp)
    friday = reports.add(publisher="Kabul Daily", text=MARKET_FRIDAY, day="2023-03-24", killed=11,
                         targets=["market"], **iskp)
    undated = reports.add(publisher="Frontier Post", text=MARKET_UNDATED, day=None, targets=["market"], **iskp)
    _run(store)

    assert reports.incident_of(tuesday) != reports.incident_of(friday)
    assert reports.incident_of(undated) not in (reports.incident_of(tuesday), reports.incident_of(friday))


def test_town_match_needs_the_same_perpetrator_or_a_named_victim(store: Store, reports: Reports) -> None:
    tuesday = reports.add(publisher="Kabul Daily", text=MARKET_TUESDAY, killed=9, targets=["market"],
                          perpetrator="ISKP", perpetrator_certainty="claimed")
    reports.add(publisher="Kabul Daily", text=MARKET_FRIDAY, day="2023-03-24", killed=11, targets=["market"])
    undated = reports.add(publisher="Frontier Post", text=MARKET_UNDATED, day=None, targets=["market"],
                          perpetrator="ISKP", perpetrator_certainty="suspected")
    _run(store)

    assert reports.incident_of(undated) == reports.incident_of(tuesday)


def test_town_match_counts_a_close_toll_as_agreement(store: Store, reports: Reports) -> None:
    # Tolls grow as the dead are counted: 9 then 12 is one attack's toll told twice.
    dated = reports.add(publisher="Kabul Daily", text=MARKET_TUESDAY, killed=9, targets=["market"])
    undated = reports.add(publisher="Frontier Post", text=MARKET_UNDATED, day=None, killed=12, targets=["market"])
    _run(store)

    assert reports.incident_of(undated) == reports.incident_of(dated)


def test_town_match_with_a_far_toll_and_no_one_named_stays_apart(store: Store, reports: Reports) -> None:
    dated = reports.add(publisher="Kabul Daily", text=MARKET_TUESDAY, killed=9, targets=["market"])
    undated = reports.add(publisher="Frontier Post", text=MARKET_UNDATED, day=None, killed=30, targets=["market"])
    _run(store)

    assert reports.incident_of(undated) != reports.incident_of(dated)


def test_town_match_reads_the_incident_whole_when_its_reports_each_tell_part(
    store: Store, reports: Reports
) -> None:
    # One outlet gives the toll and no target, the other the target and a different toll.
    toll_only = reports.add(publisher="Kabul Daily", text=MARKET_TUESDAY, killed=9, targets=[])
    target_only = reports.add(publisher="Pamir Observer", text=MARKET_TUESDAY + " Stalls burned.", killed=4,
                              targets=["market"])
    undated = reports.add(publisher="Frontier Post", text=MARKET_UNDATED, day=None, killed=9, targets=["market"])
    _run(store)

    assert reports.incident_of(toll_only) == reports.incident_of(target_only)
    assert reports.incident_of(undated) == reports.incident_of(toll_only)


def test_town_match_on_the_whole_incident_still_needs_an_agreement(store: Store, reports: Reports) -> None:
    toll_only = reports.add(publisher="Kabul Daily", text=MARKET_TUESDAY, killed=9, targets=[])
    reports.add(publisher="Pamir Observer", text=MARKET_TUESDAY + " Stalls burned.", killed=4, targets=["market"])
    undated = reports.add(publisher="Frontier Post", text=MARKET_UNDATED, day=None, killed=30, targets=["market"])
    _run(store)

    assert reports.incident_of(undated) != reports.incident_of(toll_only)


def test_undated_report_in_the_same_town_naming_nobody_stays_apart(store: Store, reports: Reports) -> None:
    dated = reports.add(publisher="Kabul Daily", text=MARKET_TUESDAY, killed=9, targets=["market"])
    undated = reports.add(publisher="Frontier Post", text=MARKET_UNDATED, day=None, targets=["market"])
    _run(store)

    assert reports.incident_of(undated) != reports.incident_of(dated)


def test_undated_report_of_another_attack_type_in_the_same_town_stays_apart(store: Store, reports: Reports) -> None:
    iskp = {"perpetrator": "ISKP", "perpetrator_certainty": "suspected"}
    dated = reports.add(publisher="Kabul Daily", text=MARKET_TUESDAY, killed=9, targets=["market"], **iskp)
    undated = reports.add(publisher="Frontier Post", text=HOTEL_UNDATED, day=None, attack_type="armed_assault",
                          targets=["market"], **iskp)
    _run(store)

    assert reports.incident_of(undated) != reports.incident_of(dated)


def test_undated_report_joins_only_through_a_dated_member(store: Store, reports: Reports) -> None:
    """Two undated reports of one town never make an incident fit the rule between themselves."""
    iskp = {"perpetrator": "ISKP", "perpetrator_certainty": "suspected"}
    first = reports.add(publisher="Kabul Daily", text=MARKET_UNDATED, day=None, targets=["market"], **iskp)
    second = reports.add(publisher="Frontier Post", text=HOTEL_UNDATED, day=None, targets=["market"], **iskp)
    _run(store)

    assert reports.incident_of(first) != reports.incident_of(second)


MINISTRY_A = ("A suicide bomber blew himself up inside a ministry compound in Kabul; "
              "the minister was among the dead, his office said.")
MINISTRY_B = ("A suicide attack near a government office in Kabul killed an employee as staff were "
              "leaving, his brother said.")
GATE_A = ("When 13 US servicemen were killed at the airport, the evacuation was nearly over.")
GATE_B = ("The bombing at the airport's Abbey Gate killed 13 US servicemen and more than 170 Afghans.")
GATE = {"place_name": "Abbey Gate", "geo_precision": 1, "lat": 34.5620, "lon": 69.2170}


def test_two_undated_reports_in_one_town_with_nothing_specific_in_common_stay_apart(
    store: Store, reports: Reports
) -> None:
    # Same town, same attack type, same kind of target: Kabul has seen many such attacks.
    town = {"place_name": "Kabul", "geo_precision": 1, "admin2": "Kabul", "attack_type": "suicide_bombing",
            "suicide": True, "targets": ["government"]}
    a = reports.add(publisher="Kabul Daily", text=MINISTRY_A, day=None, **town)
    b = reports.add(publisher="Pamir Observer", text=MINISTRY_B, day=None, **town)
    _run(store)

    assert reports.incident_of(a) != reports.incident_of(b)


def test_two_undated_reports_at_one_site_naming_the_same_victims_are_one_attack(
    store: Store, reports: Reports
) -> None:
    a = reports.add(publisher="Opinion Weekly", text=GATE_A, day=None, attack_type="bombing",
                    targets=["military", "transport"], victims_named=["13 US troops"], killed=13, **SITE)
    b = reports.add(publisher="Afghan Monitor", text=GATE_B, day=None, attack_type="suicide_bombing", suicide=True,
                    targets=["military", "civilians", "transport"], victims_named=["13 US troops"], killed=183,
                    **GATE)
    _run(store)

    assert reports.incident_of(a) == reports.incident_of(b)


POST_DATED = ("Militants rammed an explosives-laden truck into a police post near Quetta before dawn on Tuesday "
              "and then opened fire; 23 policemen were killed, officials said. The TTP claimed the attack.")
POST_PESHAWAR = ("Gunmen stormed a police post outside Peshawar on Tuesday night, killing 23 policemen before "
                 "they were shot dead. The TTP said its fighters carried out the raid.")
POST_COUNTRY = ("Pakistan mourns 23 policemen killed when the TTP overran their post in the country's "
                "troubled border regions.")
COUNTRY_ONLY: dict[str, Any] = {"place": None, "country": "PK", "place_name": "Pakistan", "geo_precision": 6}
TTP: dict[str, Any] = {"perpetrator": "TTP", "perpetrator_certainty": "claimed"}


def test_undated_report_placed_only_to_its_country_joins_the_one_attack_with_its_toll_and_side(
    store: Store, reports: Reports
) -> None:
    dated = reports.add(publisher="Quetta Times", text=POST_DATED, place="Quetta", attack_type="suicide_bombing",
                        killed=23, targets=["police"], **TTP)
    undated = reports.add(publisher="Capital Wire", text=POST_COUNTRY, day=None, attack_type="armed_assault",
                          killed=23, targets=["police"], **TTP, **COUNTRY_ONLY)
    _run(store)

    assert reports.incident_of(undated) == reports.incident_of(dated)


def test_country_only_report_stays_apart_when_two_attacks_share_its_toll_and_side(
    store: Store, reports: Reports
) -> None:
    quetta = reports.add(publisher="Quetta Times", text=POST_DATED, place="Quetta", attack_type="armed_assault",
                         killed=23, targets=["police"], **TTP)
    peshawar = reports.add(publisher="Frontier Post", text=POST_PESHAWAR, place="Peshawar", day="2023-06-06",
                           attack_type="armed_assault", killed=23, targets=["police"], **TTP)
    undated = reports.add(publisher="Capital Wire", text=POST_COUNTRY, day=None, attack_type="armed_assault",
                          killed=23, targets=["police"], **TTP, **COUNTRY_ONLY)
    _run(store)

    assert reports.incident_of(undated) not in (reports.incident_of(quetta), reports.incident_of(peshawar))


def test_country_only_report_with_a_small_toll_stays_apart(store: Store, reports: Reports) -> None:
    # Five killed by the TTP fits too many attacks of a country to say which one.
    dated = reports.add(publisher="Quetta Times", text=POST_DATED, place="Quetta", attack_type="armed_assault",
                        killed=5, targets=["police"], **TTP)
    undated = reports.add(publisher="Capital Wire", text=POST_COUNTRY, day=None, attack_type="armed_assault",
                          killed=5, targets=["police"], **TTP, **COUNTRY_ONLY)
    _run(store)

    assert reports.incident_of(undated) != reports.incident_of(dated)


def test_undated_report_fitting_two_incidents_joins_the_one_whose_toll_and_targets_it_repeats(
    store: Store, reports: Reports
) -> None:
    # Both Kabul bombings fit by town, type, a shared target and a toll within x1.5 (6 and 4);
    # only the ministry bombing gives the same six dead and every target the undated report names.
    suicide = {"attack_type": "suicide_bombing", "suicide": True}
    ministry = reports.add(publisher="Kabul Daily", text=MINISTRY_DATED, killed=6,
                           targets=["government", "police", "civilians"], **suicide)
    embassy = reports.add(publisher="Kabul Daily", text=EMBASSY_DATED, day="2023-03-24", killed=4,
                          targets=["foreigners", "civilians"], **suicide)
    undated = reports.add(publisher="Frontier Post", text=MINISTRY_UNDATED, day=None, killed=6,
                          targets=["government", "police", "civilians"])
    _run(store)

    assert reports.incident_of(ministry) != reports.incident_of(embassy)
    assert reports.incident_of(undated) == reports.incident_of(ministry)
