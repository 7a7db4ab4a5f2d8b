"""Places resolved from the gazetteer, and the tasdiq-events/1 output."""

from __future__ import annotations

import io
import json
from pathlib import Path

from tasdiq.extract import Extractor, events_json
from tasdiq.extract.jsonl import run


def test_afghan_capital_resolves_to_kabul(extract) -> None:  # type: ignore[no-untyped-def]
    loc = extract("A car bomb exploded in the Afghan capital, killing 3.").events[0].location
    assert loc is not None and loc.admin1 == "AF-KAB"


def test_district_with_province_named_nearby_gets_that_province(extract) -> None:  # type: ignore[no-untyped-def]
    loc = extract("A landmine killed two boys in Spin Boldak district of Kandahar province.").events[0].location
    assert loc is not None and (loc.country, loc.admin1) == ("AF", "AF-KAN")


def test_every_value_keeps_the_words_it_came_from(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A suicide bomber killed 14 people in Quetta."
    event = extract(text).events[0]
    start, end = event.spans["killed"]
    assert text[start:end] == "14"
    start, end = event.spans["location"]
    assert text[start:end] == "Quetta"


def test_events_json_records_component_versions(extractor: Extractor) -> None:
    out = events_json("doc-1", extractor.extract(text="A grenade attack wounded 4 in Peshawar."))
    assert out["id"] == "doc-1" and out["events"]
    assert out["components"] == {c.name: c.version for c in extractor.components}
    assert out["components"]["tasdiq.counts"] == "v3"
    assert out["events"][0]["injured"] == {"low": 4, "best": 4, "high": 4}


def test_jsonl_writes_one_line_per_input_in_order(tmp_path: Path, extractor: Extractor) -> None:
    src = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "text": "Protesters marched peacefully.", "published": "2021-01-02"},
        "not json",
        {"id": "c", "text": "A bomb killed 2 in Khost.", "published": None, "title": "Blast"},
    ]
    src.write_text("\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines) + "\n")
    buf = io.StringIO()
    assert run(src, buf, extractor=extractor) == 3
    rows = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["a", "line-2", "c"]
    assert rows[0]["events"] == [] and rows[1]["events"] == [] and rows[2]["events"]


def test_namesake_district_takes_the_province_named_nearby(extract) -> None:  # type: ignore[no-untyped-def]
    for province, code in (("Faryab", "AF-FYB"), ("Kapisa", "AF-KAP")):
        text = f"Gunmen killed four police officers in Kohistan district of {province} province."
        loc = extract(text).events[0].location
        assert loc is not None and (loc.admin1, loc.precision) == (code, 3)


def test_namesake_without_a_province_is_not_given_one(extract) -> None:  # type: ignore[no-untyped-def]
    loc = extract("Gunmen killed four police officers in Kohistan district.").events[0].location
    assert loc is None or loc.admin1 is None


def test_a_name_followed_by_province_is_the_province_not_its_capital(extract) -> None:  # type: ignore[no-untyped-def]
    location = extract("A roadside bomb killed two farmers in Kandahar province.").events[0].location
    assert (location.admin1, location.precision, location.kind) == ("AF-KAN", 4, "province")


def test_jaghatu_district_of_ghazni_province_is_ghaznis_jaghatu_not_wardaks(extract) -> None:  # type: ignore[no-untyped-def]
    location = extract("Gunmen shot dead a teacher in Jaghatu district of Ghazni province.").events[0].location
    assert (location.name, location.admin1) == ("Jaghatu (Ghazni)", "AF-GHA")
    location = extract("Gunmen shot dead a teacher in Jaghatu district of Wardak province.").events[0].location
    assert location.admin1 == "AF-WAR"


def test_saighan_is_the_press_spelling_of_sayghan_in_bamyan(extract) -> None:  # type: ignore[no-untyped-def]
    location = extract("Gunmen shot and wounded a teacher in Saighan district on Monday.").events[0].location
    assert (location.name, location.admin1) == ("Sayghan", "AF-BAM")
