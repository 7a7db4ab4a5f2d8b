"""Reports in Dari, Pashto, Urdu and Arabic through the one Extractor: the native path reads
them, every span points into the original text, and English texts never take that path."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tasdiq.extract import Extractor
from tasdiq.extract.native.dates import absolute_dates
from tasdiq.extract.native.identify import identify
from tasdiq.extract.native.rules import rules
from tasdiq.extract.native.script import fold

URDU = ("باجوڑ میں جمعیت علمائے اسلام کے ورکرز کنونشن میں خودکش دھماکے میں کم از کم 54 افراد جاں بحق "
        "اور 200 سے زائد زخمی ہو گئے۔ کالعدم داعش خراسان نے حملے کی ذمہ داری قبول کر لی ہے۔")
# Dari with the variant letters a copy-paste or another keyboard leaves: Arabic yeh and kaf,
# a tatweel, harakat and a ZWNJ; the figures in Persian digits.
DARI_VARIANTS = ("در انفجار انتحاري در شهر كـابل دست كم ۱۲ تن كُشته و ۳۰ تن ديگر زخمي شدند. "
                 "داعش مسئوليت اين حمله را به‌عهده گرفت.")
ARABIC_AMAQ = ("وكالة أعماق: انغمس الأخ الاستشهادي وسط تجمع للمرتدين في مدينة قندهار يوم الجمعة "
               "٩ ربيع الأول ١٤٤٣هـ وفجّر حزامه الناسف.")


@pytest.mark.parametrize(("text", "code"), [
    (URDU, "ur"), (DARI_VARIANTS, "fa"), (ARABIC_AMAQ, "ar"),
    ("د کابل په هوايي ډګر کې ځانمرګې چاودنه وشوه او ډېر کسان ووژل شول", "ps"),
    ("A suicide bomber killed 63 people at a mosque in Peshawar on Friday, police said.", "en"),
])
def test_language_is_identified_from_the_text(text: str, code: str) -> None:
    assert identify(text).code == code


def test_an_urdu_report_yields_its_event_with_spans_into_the_original(extractor: Extractor) -> None:
    result = extractor.extract(text=URDU, published=dt.date(2023, 7, 31))
    assert result.language == "ur"
    event = result.events[0]
    # "کالعدم داعش خراسان" (the banned Daesh Khorasan) is the branch, not the bare "کالعدم داعش".
    assert (event.attack_type.value, event.perpetrator, event.certainty.value) == ("suicide_bombing", "ISKP", "claimed")
    assert event.location is not None and event.location.admin1 == "PK-KP"
    assert event.killed is not None and (event.killed.low, event.killed.best, event.killed.high) == (54, 54, None)
    start, end = event.spans["location"]
    assert URDU[start:end] == "باجوڑ"
    start, end = event.spans["killed"]
    assert URDU[start:end] == "54"


def test_letter_variants_diacritics_and_tatweel_do_not_hide_a_place_or_a_figure(extractor: Extractor) -> None:
    event = extractor.extract(text=DARI_VARIANTS).events[0]
    assert event.location is not None and event.location.admin1 == "AF-KAB"
    assert (event.killed and event.killed.best, event.injured and event.injured.best) == (12, 30)
    start, end = event.spans["location"]
    assert DARI_VARIANTS[start:end] == "كـابل"


def test_an_amaq_claim_without_a_claim_verb_is_the_islamic_states_and_dated_by_the_lunar_calendar(
        extractor: Extractor) -> None:
    event = extractor.extract(text=ARABIC_AMAQ).events[0]
    assert (event.perpetrator, event.certainty.value) == ("ISKP", "claimed")
    assert event.claims[0].channel == "Amaq"
    when = (event.date, event.date_precision.value, event.date_resolution)
    assert when == (dt.date(2021, 10, 15), "day", "lunar hijri")


@pytest.mark.parametrize(("lang", "written", "gregorian"), [
    ("fa", "۴ سنبله ۱۴۰۰", "2021-08-26"),
    ("fa", "۱۴۰۰/۶/۴", "2021-08-26"),
    ("fa", "۲۰ حمل ۱۴۰۳", "2024-04-08"),
    ("ps", "۲۰ کب ۱۴۰۳", "2025-03-10"),
    ("ar", "١٨ محرم ١٤٤٣هـ", "2021-08-26"),
    ("ar", "١٢ ذو الحجة ١٤٤٤", "2023-06-30"),
    ("ur", "30 جولائی 2023", "2023-07-30"),
    ("ar", "9 نوفمبر 2024", "2024-11-09"),
])
def test_solar_and_lunar_hijri_and_native_gregorian_dates_convert(lang: str, written: str, gregorian: str) -> None:
    found = list(absolute_dates(fold(written).text, rules(lang)))
    assert [f.date.isoformat() for f in found] == [gregorian]


def test_yesterday_and_a_weekday_resolve_against_the_publication_date(extractor: Extractor) -> None:
    text = "پرون د کابل ښار په یوه جومات کې چاودنه وشوه چې ۵ کسان پکې ووژل شول."
    assert extractor.extract(text=text, published=dt.date(2023, 10, 14)).events[0].date == dt.date(2023, 10, 13)
    text = "جمعہ کے روز پشاور کی ایک مسجد میں دھماکے میں 5 افراد جاں بحق ہو گئے۔"
    assert extractor.extract(text=text, published=dt.date(2022, 3, 6)).events[0].date == dt.date(2022, 3, 4)


def test_a_denial_is_recorded_and_never_becomes_the_perpetrator(extractor: Extractor) -> None:
    text = ("پشاور پولیس لائنز کی مسجد میں خودکش دھماکے میں 59 افراد جاں بحق ہو گئے۔ "
            "کالعدم تحریک طالبان پاکستان نے حملے سے لاتعلقی کا اعلان کیا۔")
    event = extractor.extract(text=text).events[0]
    assert event.perpetrator is None
    assert [(c.kind.value, c.claimant) for c in event.claims] == [("denial", "TTP")]


def test_no_group_claimed_names_no_perpetrator(extractor: Extractor) -> None:
    text = ("در انفجار در نزدیکی مکتبی در غرب شهر کابل دست کم ۶ تن کشته شدند. "
            "تاکنون هیچ گروهی مسئولیت این انفجارها را به عهده نگرفته است.")
    assert extractor.extract(text=text).events[0].perpetrator is None


def test_khawarij_means_the_ttp_when_pakistans_army_speaks() -> None:
    from tasdiq.extract.native.extractor import extract

    text = ("آئی ایس پی آر کے مطابق بنوں میں خوارج کے حملے میں 5 جوان شہید ہو گئے، "
            "بارود سے بھری گاڑی دیوار سے ٹکرا دی گئی۔")
    event = extract(text, language="ur").events[0]
    assert (event.perpetrator, event.certainty.value) == ("TTP", "attributed")


def test_a_non_attack_story_in_urdu_gives_no_event_and_its_category(extractor: Extractor) -> None:
    text = "سیلاب سے ملک بھر میں ہلاکتوں کی تعداد 1100 سے تجاوز کر گئی اور لاکھوں افراد بے گھر ہو گئے۔"
    result = extractor.extract(text=text)
    assert (result.events, result.category, result.language) == ([], "Natural disaster", "ur")


def test_an_english_report_quoting_urdu_stays_on_the_english_path(extractor: Extractor) -> None:
    text = ("A suicide bomber killed 54 people at a rally in Bajaur on Sunday, police said. "
            "Banners read 'جمعیت علمائے اسلام'.")
    result = extractor.extract(text=text, published=dt.date(2023, 7, 31))
    assert result.language == "en"
    assert result.events and result.events[0].components.get("tasdiq.language")


def test_jsonl_output_names_each_records_language(tmp_path: Path, extractor: Extractor) -> None:
    import io
    import json

    from tasdiq.extract.jsonl import run

    records = [
        {"id": "ur", "text": URDU, "published": "2023-07-31"},
        {"id": "en", "text": "A roadside bomb killed two police officers in Jalalabad on Saturday, officials said.",
         "published": "2022-05-14"},
        {"id": "de", "text": "Bei einem Selbstmordanschlag in einer Moschee in Peschawar wurden am Freitag "
                             "mindestens 63 Menschen getötet, teilte die Polizei mit."},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    out = io.StringIO()
    run(path, out, extractor=extractor)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(line["id"], line["language"], bool(line["events"])) for line in lines] == [
        ("ur", "ur", True), ("en", "en", True), ("de", "de", False)]


def test_a_confession_names_the_confessing_group_as_confessed() -> None:
    from tasdiq.extract.native.extractor import extract

    text = ("آئی ایس پی آر نے ایک ویڈیو جاری کی جس میں گرفتار حملہ آور نے کوئٹہ میں پولیس ٹرک پر خودکش حملے "
            "میں کالعدم ٹی ٹی پی کی طرف سے ملوث ہونے کا اعتراف کیا۔")
    event = extract(text, language="ur").events[0]
    assert (event.perpetrator, event.certainty.value) == ("TTP", "confessed")
    assert [c.kind.value for c in event.claims] == ["confession"]


def test_both_language_scopes_share_one_unpacked_model_and_keep_their_languages() -> None:
    """The langid file is unpacked once; narrowing the Arabic-script copy must not narrow
    the model every other text is identified with."""
    import importlib

    module = importlib.import_module("tasdiq.extract.native.identify")  # the package exports a function of this name

    arabic, everything = module._model("arabic"), module._model("all")
    assert arabic is not everything
    assert sorted(arabic.nb_classes) == sorted(module.NATIVE)
    assert "en" in everything.nb_classes and len(everything.nb_classes) > 90
    assert arabic._full_model[0] is everything._full_model[0]  # the weights, read once
    assert identify("Five people were killed when a bomb exploded in the market").code == "en"
    assert identify("یک بمب در کابل منفجر شد و پنج نفر کشته شدند").code == "fa"
