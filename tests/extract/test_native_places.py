"""Where a Dari, Pashto, Urdu or Arabic report places its attack: not at the city of its
dateline when the body names another place (as the English path), and at the province when
a name stands beside the word for province. The texts are the team's own."""

from __future__ import annotations

import datetime as dt

import pytest

from tasdiq.extract.native.extractor import extract

DAY = dt.date(2024, 6, 12)


def place_of(text: str, language: str) -> tuple[str, str | None, int]:
    result = extract(text, language=language, published=DAY)
    assert result.is_attack
    location = result.events[0].location
    assert location is not None
    return location.name, location.admin1, location.precision


@pytest.mark.parametrize(("language", "text", "admin1"), [
    ("ur", "اسلام آباد (12 جون) - بنوں میں پولیس کی گاڑی پر حملے میں چار اہلکار جاں بحق ہو گئے۔", "PK-KP"),
    ("fa", "کابل - در انفجاری در شهر مزار شریف دست کم ۹ تن کشته شدند.", "AF-BAL"),
    ("ps", "جلال آباد، ۱۲ وری - د کنړ ولایت په یوه چاودنه کې درې کسان ووژل شول.", "AF-KNR"),
    ("ar", "إسلام آباد، 3 مارس - قتل خمسة أشخاص في انفجار في مدينة كويتا.", "PK-BA"),
])
def test_dateline_city_is_not_the_attack_place_when_the_body_names_another(
        language: str, text: str, admin1: str) -> None:
    assert place_of(text, language)[1] == admin1


def test_dateline_city_stays_when_the_body_names_only_the_country() -> None:
    assert place_of("کابل - در یک انفجار در افغانستان ۵ تن کشته شدند.", "fa")[:2] == ("Kabul", "AF-KAB")


def test_a_city_opening_the_text_without_a_dateline_mark_is_the_attack_place() -> None:
    text = "پشاور میں دھماکے سے پانچ افراد جاں بحق ہو گئے۔ کوئٹہ میں بھی سیکیورٹی سخت کر دی گئی۔"
    assert place_of(text, "ur")[:2] == ("Peshawar", "PK-KP")


@pytest.mark.parametrize(("language", "text"), [
    ("ps", "د خوست ولایت په یوه چاودنه کې درې کسان ووژل شول."),
    ("ar", "قتل ثلاثة أشخاص في انفجار في ولاية خوست."),
])
def test_a_name_beside_the_word_for_province_is_the_province(language: str, text: str) -> None:
    assert place_of(text, language) == ("Khost", "AF-KHO", 4)


def test_a_district_named_before_its_province_keeps_the_district() -> None:
    text = "هواپیماها ولسوالی برمل ولایت پکتیکا را بمباران کردند و ۱۰ تن کشته شدند."
    assert place_of(text, "fa") == ("Barmal", "AF-PKA", 3)


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "قتل ثلاثة مسلحين في غارة بطائرة مسيرة على منزل في ولاية خوست."),
    ("fa", "هواپیماهای نظامی شب گذشته ولسوالی برمل را بمباران کردند و ۸ تن کشته شدند."),
    ("ps", "د پاکستان الوتکو د خوست په سپېره ولسوالۍ کې پر کورونو بریدونه وکړل او پنځه کسان ووژل شول."),
    ("ur", "شمالی وزیرستان میں ڈرون حملے میں تین افراد جاں بحق ہو گئے۔"),
])
def test_an_air_or_drone_strike_is_typed_as_an_airstrike_not_a_bombing(language: str, text: str) -> None:
    event = extract(text, language=language, published=DAY).events[0]
    assert (event.attack_type, event.acled_sub_event_type) == ("airstrike", "Air/drone strike")
