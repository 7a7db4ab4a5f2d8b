"""UCDP GED and GTD column sets, pinned by golden files; no personal field ever leaves.

Set TASDIQ_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change, then read
the diff before committing it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from claims.casebook import T0, add_incident, add_mention, add_source, ministry_confession, peshawar_mosque
from tasdiq.claims import record_assessment
from tasdiq.errors import InputError
from tasdiq.exchange.ucdp_gtd import FORMATS, export
from tasdiq.store import Store

GOLDEN = Path(__file__).parent / "data"
UCDP_COLUMNS = (
    "id,year,type_of_violence,side_a,side_b,dyad_name,source_article,where_prec,where_coordinates,adm_1,adm_2,"
    "latitude,longitude,country,date_start,date_end,date_prec,deaths_a,deaths_b,deaths_civilians,deaths_unknown,"
    "best,high,low"
)
GTD_COLUMNS = (
    "eventid,iyear,imonth,iday,approxdate,country_txt,provstate,city,latitude,longitude,specificity,"
    "attacktype1_txt,targtype1_txt,gname,claimed,claimmode_txt,nkill,nwound,suicide,summary"
)


def build(s: Session) -> None:
    mosque = peshawar_mosque(s)
    mosque.lat, mosque.lon, mosque.geo_precision = 34.0, 71.56, 1
    ministry_confession(s)
    victims = add_source(s, publisher="Frontier Daily (test)", text="Among the dead was a named imam.",
                         author="Staff Reporter")
    add_mention(s, incident=mosque, source=victims, killed_best=41, victims_named=["Imam Example"])
    record_assessment(session=s, incident_id=mosque.id or 0, perpetrator="ISKP", confidence="moderate",
                      rationale="the claim names the device used", analyst="analyst-a", at=T0)
    add_incident(s, title="Rockets fired at a market in the last week of May", admin1="AF-NAN",
                 place_name="Jalalabad", date=dt.date(2022, 5, 25), date_precision="week", attack_type="indirect_fire",
                 killed_low=2, killed_best=3, killed_high=6, targets=["business"], geo_precision=2)
    add_incident(s, title="Checkpoint attacked some time in March", country="PK", admin1="PK-BA",
                 date=dt.date(2023, 3, 1), date_precision="month", attack_type="armed_assault", targets=["police"],
                 geo_precision=4)
    s.flush()


def exported(store: Store, fmt: str, *, include_personal: bool = False) -> str:
    with store.session(actor="test") as s:
        build(s)
        out = io.StringIO()
        assert export(session=s, fmt=fmt, out=out, include_personal=include_personal) == 4
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["csv-ucdp", "csv-gtd"])
def test_column_set_matches_its_golden_file(store: Store, fmt: str) -> None:
    text = exported(store, fmt)
    golden = GOLDEN / f"incidents.{fmt.removeprefix('csv-')}.csv"
    if os.environ.get("TASDIQ_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize(("fmt", "header"), [("csv-ucdp", UCDP_COLUMNS), ("csv-gtd", GTD_COLUMNS)])
def test_columns_are_the_datasets_names_in_order(sqlite_store: Store, fmt: str, header: str) -> None:
    assert exported(sqlite_store, fmt).splitlines()[0] == header


@pytest.mark.parametrize("fmt", ["csv-ucdp", "csv-gtd"])
@pytest.mark.parametrize("include_personal", [False, True])
def test_personal_fields_never_appear(sqlite_store: Store, fmt: str, include_personal: bool) -> None:
    text = exported(sqlite_store, fmt, include_personal=include_personal)
    for personal in ("Imam Example", "Name Withheld", "Staff Reporter", "analyst-a"):
        assert personal not in text


def test_ucdp_dyads_follow_the_target(sqlite_store: Store) -> None:
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(exported(sqlite_store, "csv-ucdp")))}
    mosque, ministry, rockets, checkpoint = rows["1"], rows["2"], rows["3"], rows["4"]
    # Police among the targets: state-based, the government is side_a by UCDP's convention.
    assert (mosque["type_of_violence"], mosque["side_a"]) == ("1", "Government of Pakistan")
    assert mosque["side_b"] == "Islamic State Khorasan Province" and mosque["deaths_unknown"] == "41"
    # A market: one-sided violence against civilians, by an unidentified group.
    assert (rockets["type_of_violence"], rockets["side_b"], rockets["deaths_civilians"]) == ("3", "Civilians", "3")
    assert (rockets["date_start"], rockets["date_end"], rockets["date_prec"]) == ("2022-05-25", "2022-05-31", "3")
    assert (checkpoint["date_end"], checkpoint["date_prec"], checkpoint["best"]) == ("2023-03-31", "4", "")
    assert ministry["adm_1"] == "Kabul province"


def test_gtd_writes_zero_for_unknown_day_and_the_claim(sqlite_store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(exported(sqlite_store, "csv-gtd"))))
    mosque, checkpoint = rows[0], rows[3]
    assert (mosque["claimed"], mosque["claimmode_txt"], mosque["suicide"]) == ("1", "Internet", "1")
    assert (mosque["targtype1_txt"], mosque["gname"]) == ("Police", "Islamic State Khorasan Province")
    assert (checkpoint["iday"], checkpoint["imonth"], checkpoint["eventid"]) == ("0", "3", "202303000004")
    assert (checkpoint["gname"], checkpoint["claimed"], checkpoint["nkill"]) == ("Unknown", "0", "")


def test_an_unknown_format_lists_every_format(sqlite_store: Store) -> None:
    with sqlite_store.session() as s, pytest.raises(InputError, match="csv-ucdp, csv-gtd"):
        export(session=s, fmt="xls", out=io.StringIO())
    assert FORMATS[-2:] == ("csv-ucdp", "csv-gtd")


FORMULA = "=cmd|' /C calc'!A0"


@pytest.mark.parametrize("fmt", ["csv", "csv-ucdp", "csv-gtd"])
def test_csv_formula_injection_is_neutralised_in_every_csv_export(store: Store, fmt: str) -> None:
    with store.session(actor="test") as s:
        incident = add_incident(s, title="+SUM(1,2)", date=T0.date())
        report = add_source(s, publisher=FORMULA, text="A report whose outlet name is a formula.")
        add_mention(s, incident=incident, source=report, killed_best=3)
        out = io.StringIO()
        export(session=s, fmt=fmt, out=out)
    cells = [cell for row in csv.reader(io.StringIO(out.getvalue())) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert any(c.startswith("'=cmd") or c.startswith("'+SUM") for c in cells)


def test_negative_numbers_stay_numbers_in_csv() -> None:
    from tasdiq.csvsafe import neutralise

    assert [neutralise(v) for v in ("-12", "-3.5", "+1e3", "-", "-1+1", "@x")] == [
        "-12", "-3.5", "+1e3", "'-", "'-1+1", "'@x"]
