"""Importing rows of UCDP GED, ACLED, GTD and our own CSV: sources, mentions, and refusals.

The CSVs here are small and written for these tests (invented events in the datasets'
column layouts); no file of a real dataset is read.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from claims.casebook import T0, add_incident
from tasdiq.cli.main import app
from tasdiq.errors import InputError
from tasdiq.exchange import export
from tasdiq.exchange.importers import ImportSummary, import_file
from tasdiq.extract.service import pending_sources
from tasdiq.link.service import link
from tasdiq.model import AuditEntry, Entity, IncidentMention, Mention, Original, Source
from tasdiq.store import Store
from tasdiq.store.schema import cols

UCDP_HEADER = (
    "id,year,type_of_violence,dyad_name,side_a,side_b,where_prec,where_coordinates,adm_1,adm_2,"
    "latitude,longitude,country,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,"
    "deaths_unknown,best,high,low\n"
)
UCDP_ROWS = (
    "9001.0,2022.0,3.0,IS - Civilians,IS,Civilians,1.0,Kabul city,Kabul province,,34.53,69.17,Afghanistan,"
    "1.0,2022-04-21,2022-04-21,1.0,0.0,12.0,0.0,13.0,15.0,13.0\n"
    "9002,2022,1,Government of Pakistan - TTP,Government of Pakistan,TTP,4,Khyber Pakhtunkwa province,"
    "Khyber Pakhtunkwa province,,34.0,71.5,Pakistan,2,2022-05-02,2022-05-05,3,2,0,0,5,6,4\n"
)
ACLED = (
    "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,"
    "admin2,location,latitude,longitude,geo_precision,source,notes,fatalities\n"
    "AFG100,2023-03-09,2023,2,Explosions/Remote violence,Suicide bomb,Islamic State Khorasan Province,"
    "Civilians (Afghanistan),Afghanistan,Balkh,Mazar-e Sharif,Mazar-e Sharif,36.70,67.11,1,Test Wire,"
    "A bomber struck an office in the city.,3\n"
)
GTD = (
    "eventid,iyear,imonth,iday,approxdate,country_txt,provstate,city,latitude,longitude,specificity,"
    "attacktype1_txt,targtype1_txt,gname,claimed,nkill,nkillter,nwound,suicide,summary\n"
    "202106000001,2021,6,0,,Pakistan,Balochistan,Quetta,30.18,67.00,1,Bombing/Explosion,Police,"
    "Tehrik-i-Taliban Pakistan (TTP),1,7,1,20,1,A bomber rammed a checkpoint.\n"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def imported(store: Store, path: Path, fmt: str) -> ImportSummary:
    with store.session(actor="importer") as s:
        return import_file(session=s, objects=store.objects, path=path, fmt=fmt)


def mentions(s: Session) -> list[Mention]:
    return list(s.scalars(select(Mention).order_by(cols(Mention).id)))


def count(s: Session, entity: type[Entity]) -> int:
    return int(s.scalar(select(func.count()).select_from(entity)) or 0)


def test_ucdp_rows_become_official_reports_with_structured_mentions(store: Store, tmp_path: Path) -> None:
    summary = imported(store, write(tmp_path, "ged.csv", UCDP_HEADER + UCDP_ROWS), "ucdp-ged")
    assert summary.rows == 2 and not summary.already_imported
    with store.session() as s:
        one_sided, dyad = mentions(s)
        source = s.get(Source, one_sided.source_id)
        assert source is not None and source.kind == "official_report" and source.publisher == "UCDP GED"
        assert source.locator == "line 2" and source.extracted_at is not None
        assert "side_a: IS" in source.text and source.title == "UCDP GED 9001: IS - Civilians"
        assert store.objects.read(source.sha256) == (UCDP_HEADER + UCDP_ROWS).encode()
    # One-sided violence: side_a is the perpetrator, its own dead are apart from the victims.
    assert (one_sided.date, one_sided.date_precision) == (dt.date(2022, 4, 21), "day")
    assert (one_sided.admin1, one_sided.country, one_sided.place_name) == ("AF-KAB", "AF", "Kabul")
    assert (one_sided.killed_low, one_sided.killed_best, one_sided.killed_high) == (12, 12, 14)
    assert one_sided.perpetrators_killed_best == 1
    assert (one_sided.perpetrator, one_sided.perpetrator_certainty) == ("IS", "attributed")
    assert one_sided.targets == ["civilians"] and one_sided.geo_precision == 1
    assert one_sided.components == {"import": "tasdiq.import.ucdp.v1"}
    start, end = one_sided.spans["killed_best"]
    assert source.text[start:end] == "13.0"
    # A dyad: side_a is only the first side, so the perpetrator is no more than suspected.
    assert (dyad.admin1, dyad.date_precision, dyad.geo_precision) == ("PK-KP", "week", 4)
    assert (dyad.perpetrator, dyad.perpetrator_certainty, dyad.killed_best) == ("PAK_GOV", "suspected", 5)


def test_acled_row_keeps_its_sub_event_type_fatalities_and_time_precision(store: Store, tmp_path: Path) -> None:
    imported(store, write(tmp_path, "acled.csv", ACLED), "acled")
    with store.session() as s:
        (m,) = mentions(s)
    assert (m.date, m.date_precision, m.admin1) == (dt.date(2023, 3, 9), "week", "AF-BAL")
    assert (m.attack_type, m.acled_sub_event_type, m.suicide) == ("suicide_bombing", "Suicide bomb", True)
    assert (m.killed_best, m.killed_low, m.perpetrator) == (3, None, "ISKP")
    assert m.targets == ["civilians"] and m.geo_precision == 1


def test_gtd_row_counts_victims_apart_from_the_dead_attackers(store: Store, tmp_path: Path) -> None:
    imported(store, write(tmp_path, "gtd.csv", GTD), "gtd")
    with store.session() as s:
        (m,) = mentions(s)
    assert (m.date, m.date_precision) == (dt.date(2021, 6, 1), "month")  # iday 0: the day is unknown
    assert (m.killed_best, m.perpetrators_killed_best, m.injured_best) == (6, 1, 20)
    assert (m.attack_type, m.targets, m.admin1) == ("suicide_bombing", ["police"], "PK-BA")
    assert (m.perpetrator, m.perpetrator_certainty) == ("TTP", "claimed")


def test_our_own_csv_export_reads_back_with_its_ranges(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        add_incident(s, title="Bombing at a bus stop", admin1="AF-NAN", place_name="Jalalabad",
                     date=dt.date(2022, 9, 2), attack_type="bombing", killed_low=4, killed_best=5, killed_high=9,
                     injured_best=11, targets=["transport"], lat=34.43, lon=70.45, geo_precision=1, created_at=T0)
        out = io.StringIO()
        export(session=s, fmt="csv", out=out)
    imported(store, write(tmp_path, "ours.csv", out.getvalue()), "tasdiq-csv")
    with store.session() as s:
        (m,) = mentions(s)
    assert (m.killed_low, m.killed_best, m.killed_high, m.injured_best) == (4, 5, 9, 11)
    assert (m.date, m.date_precision, m.admin1, m.place_name) == (dt.date(2022, 9, 2), "day", "AF-NAN", "Jalalabad")
    assert (m.attack_type, m.targets, m.perpetrator) == ("bombing", ["transport"], None)


def test_importing_the_same_file_again_adds_nothing(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "ged.csv", UCDP_HEADER + UCDP_ROWS)
    imported(store, path, "ucdp-ged")
    again = imported(store, path, "ucdp-ged")
    assert again.already_imported and again.rows == 0
    with store.session() as s:
        assert (count(s, Source), count(s, Mention), count(s, Original)) == (2, 2, 1)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("9003,2022,3,x,IS,Civilians,1,Kabul,Kabul province,,34.5,69.1,Afghanistan,1,2022-13-01,,0,0,1,0,1,1,1",
         "date_start '2022-13-01' is not a date"),
        ("9003,2022,3,x,IS,Civilians,1,Kabul,Kabul province,,34.5,69.1,Afghanistan,1,2022-01-01,,0,0,1,0,many,1,1",
         "best 'many' is not a number"),
        ("9003,2022,3,x,IS,Civilians,1,Kabul,Kabul province,,34.5,69.1,Afghanistan,9,2022-01-01,,0,0,1,0,1,1,1",
         "date_prec '9' is not one of"),
        ("9003,2022,3,x,IS", "5 cells, the header has 23"),
    ],
)
def test_a_bad_row_names_file_and_line_and_nothing_is_stored(
    store: Store, tmp_path: Path, row: str, problem: str
) -> None:
    path = write(tmp_path, "bad.csv", UCDP_HEADER + UCDP_ROWS + row + "\n")
    with pytest.raises(InputError, match=r"bad\.csv line 4") as caught:
        imported(store, path, "ucdp-ged")
    assert problem in str(caught.value)
    with store.session() as s:
        assert (count(s, Source), count(s, Mention), count(s, Original), count(s, AuditEntry)) == (0, 0, 0, 0)
    assert list(store.objects) == []


def test_a_file_of_another_layout_is_refused_by_its_missing_columns(sqlite_store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a UCDP GED file: no column id, date_start"):
        imported(sqlite_store, write(tmp_path, "acled.csv", ACLED), "ucdp-ged")


def test_imported_rows_are_not_re_extracted_and_link_with_reports(sqlite_store: Store, tmp_path: Path) -> None:
    imported(sqlite_store, write(tmp_path, "ged.csv", UCDP_HEADER + UCDP_ROWS), "ucdp-ged")
    with sqlite_store.session() as s:
        assert pending_sources(session=s) == []
        report = Source(sha256="a" * 64, text_sha256="a" * 64, publisher="Kabul Test Wire",
                        text="A bomb killed 13 people in Kabul on Thursday.", published=T0)
        s.add(report)
        s.flush()
        s.add(Mention(source_id=report.id or 0, date=dt.date(2022, 4, 21), date_precision="day", country="AF",
                      admin1="AF-KAB", place_name="Kabul", geo_precision=1, killed_best=13, attack_type="bombing",
                      targets=["civilians"]))
        s.flush()
        link(session=s)
        kabul = [m.id for m in mentions(s) if m.admin1 == "AF-KAB"]
        incidents = {im.incident_id for im in s.scalars(select(IncidentMention)) if im.mention_id in kabul}
    assert len(kabul) == 2 and len(incidents) == 1


def test_cli_import_reports_a_bad_file_on_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.csv", UCDP_HEADER + "1,2022\n")
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "home"), "import", str(path),
                                      "--format", "ucdp-ged"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [f"error: {path} line 2: 2 cells, the header has 23"]
    ok = write(tmp_path, "ged.csv", UCDP_HEADER + UCDP_ROWS)
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "home"), "import", str(ok),
                                      "--format", "ucdp-ged", "--json"])
    assert result.exit_code == 0 and '"mentions_added": 2' in result.output
