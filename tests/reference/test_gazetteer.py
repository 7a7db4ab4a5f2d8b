"""Behaviour of the shipped gazetteer: spellings, former names, namesakes, landmarks."""

from __future__ import annotations

import pytest

from tasdiq.reference import country_names, gazetteer, resolve
from tasdiq.reference.places import load_gazetteer


def admin1_of(name: str) -> str | None:
    result = resolve([name])
    assert result is not None, name
    return result.admin1


def test_ningarhar_spelling_resolves_to_nangarhar() -> None:
    assert admin1_of("Ningarhar") == "AF-NAN"


@pytest.mark.parametrize("spelling", ["Mazar-e Sharif", "Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar", "MAZAR I SHARIF"])
def test_mazar_spellings_resolve_to_the_city_in_balkh(spelling: str) -> None:
    result = resolve([spelling])
    assert result is not None and result.place is not None
    assert (result.admin1, result.place.kind, result.precision) == ("AF-BAL", "city", 1)


@pytest.mark.parametrize("name", ["NWFP", "N.W.F.P.", "North-West Frontier Province", "Khyber Pakhtunkhwa", "KPK"])
def test_former_and_short_names_of_khyber_pakhtunkhwa_resolve_to_pk_kp(name: str) -> None:
    assert admin1_of(name) == "PK-KP"


@pytest.mark.parametrize("agency", ["Khyber Agency", "Bajaur Agency", "Mohmand Agency", "Kurram Agency",
                                    "Orakzai Agency", "North Waziristan Agency", "South Waziristan"])
def test_former_fata_agencies_are_districts_of_khyber_pakhtunkhwa(agency: str) -> None:
    result = resolve([agency])
    assert result is not None and result.place is not None
    assert (result.admin1, result.place.kind, result.precision) == ("PK-KP", "district", 3)


def test_khyber_agency_names_the_khyber_district() -> None:
    result = resolve(["Khyber Agency"])
    assert result is not None
    assert result.admin2 == "Khyber"


def test_fata_is_a_region_of_khyber_pakhtunkhwa_at_region_precision() -> None:
    result = resolve(["FATA"])
    assert result is not None
    assert (result.admin1, result.precision) == ("PK-KP", 5)


def test_kohistan_with_kapisa_nearby_resolves_to_the_kapisa_district() -> None:
    for result in (resolve(["Kohistan"], context_admin1=["AF-KAP"]), resolve(["Kohistan", "Kapisa"])):
        assert result is not None and result.place is not None
        assert (result.admin1, result.precision) == ("AF-KAP", 3)


def test_kohistan_alone_stays_ambiguous_without_inventing_a_province() -> None:
    result = resolve(["Kohistan"])
    assert result is not None and result.ambiguous
    assert result.admin1 is None
    assert result.country == "AF" and result.precision == 6
    assert len({p.admin1 for p in result.candidates}) >= 3


def test_arghandab_keeps_both_districts_as_candidates() -> None:
    assert {p.admin1 for p in gazetteer().lookup("Arghandab")} >= {"AF-KAN", "AF-ZAB"}


def test_abbey_gate_is_a_kabul_landmark_at_exact_precision() -> None:
    result = resolve(["Abbey Gate"])
    assert result is not None and result.place is not None
    assert (result.admin1, result.place.kind, result.precision) == ("AF-KAB", "landmark", 1)


@pytest.mark.parametrize("spelling", ["Dasht-e-Barchi", "Dasht-i-Barchi", "dasht e barchi"])
def test_dasht_e_barchi_is_a_kabul_neighbourhood(spelling: str) -> None:
    result = resolve([spelling])
    assert result is not None and result.place is not None
    assert (result.place.id, result.admin1) == ("nb:dasht-e-barchi", "AF-KAB")


def test_lookups_ignore_case_accents_and_punctuation() -> None:
    gaz = gazetteer()
    expected = [p.id for p in gaz.lookup("Kabul")]
    for variant in ["KABUL", "kābul", "Kabol", " kabul. "]:
        assert gaz.lookup(variant)[0].id == expected[0]


def test_province_suffix_keeps_only_the_province() -> None:
    assert [p.kind for p in gazetteer().lookup("Kandahar Province")] == ["province"]


def test_province_capital_wins_over_its_province_when_unqualified() -> None:
    result = resolve(["Kandahar"])
    assert result is not None and result.place is not None
    assert (result.place.kind, result.admin1) == ("city", "AF-KAN")


def test_dari_name_finds_the_province() -> None:
    assert gazetteer().lookup("ننگرهار")[0].id == "AF-NAN"


def test_village_named_like_a_country_is_marked_risky_and_never_beats_context() -> None:
    gaz = gazetteer()
    assert gaz.is_risky("China")
    assert resolve(["China"], context_admin1=["PK-BA"]) is None


def test_names_yield_surface_forms_with_place_ids_for_phrase_patterns() -> None:
    names = dict(gazetteer().names())
    assert "AF-NAN" in names["Ningarhar"]
    assert "Bar" not in dict(gazetteer().names(include_risky=False))


def test_afghan_capital_means_kabul() -> None:
    assert country_names()["Afghan capital"] == "gn:1138958"
    assert admin1_of("the Afghan capital") == "AF-KAB"


def test_country_name_resolves_at_country_precision() -> None:
    result = resolve(["Pakistan"])
    assert result is not None
    assert (result.country, result.admin1, result.precision) == ("PK", None, 6)


def test_every_admin1_code_has_a_province_with_coordinates() -> None:
    gaz = gazetteer()
    codes = [p.id for p in gaz.places.values() if p.kind == "province"]
    assert len(codes) == 41
    for code in codes:
        place = gaz.admin1(code)
        assert place.lat is not None and place.lon is not None


def test_location_dict_has_the_tasdiq_events_fields() -> None:
    place = gazetteer().admin1("AF-NAN")
    assert place.to_location_dict() == {"name": "Nangarhar", "country": "AF", "admin1": "AF-NAN", "admin2": None,
                                        "lat": place.lat, "lon": place.lon, "precision": 4}


def test_near_a_city_is_precision_two() -> None:
    result = resolve(["Jalalabad"], near=True)
    assert result is not None and result.precision == 2


def test_whole_gazetteer_loads() -> None:
    # How long it takes is a benchmark's question (the machine is shared), not a test's.
    gaz = load_gazetteer()
    assert len(gaz.places) > 10_000
