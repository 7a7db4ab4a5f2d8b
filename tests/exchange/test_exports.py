"""Exports in every format, pinned by golden files; personal fields only when asked.

Set TASDIQ_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change, then
read the diff before committing it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from claims.casebook import T0, add_mention, add_source, ministry_confession, peshawar_mosque
from tasdiq.claims import apply_flag_rules, record_assessment, set_claim_credibility
from tasdiq.errors import InputError
from tasdiq.exchange import COLUMNS, FORMATS, export
from tasdiq.model import Claim
from tasdiq.store import Store
from tasdiq.verify import add_check

GOLDEN = Path(__file__).parent / "data"
SUFFIX = {"csv": "csv", "geojson": "geojson", "jsonl": "jsonl", "stix": "stix.json"}


def build(s: Session) -> None:
    mosque = peshawar_mosque(s)
    mosque.lat, mosque.lon, mosque.geo_precision = 34.0, 71.56, 2
    confession = ministry_confession(s)
    victim_report = add_source(s, publisher="Frontier Daily (test)", text="Among the dead was a named imam.",
                               author="Staff Reporter")
    add_mention(s, incident=mosque, source=victim_report, killed_best=41, victims_named=["Imam Example"])
    for iid in (mosque.id or 0, confession.id or 0):
        apply_flag_rules(session=s, incident_id=iid)
    set_claim_credibility(session=s, claim_id=1, credibility=2)
    record_assessment(session=s, incident_id=mosque.id or 0, perpetrator="ISKP", confidence="moderate",
                      rationale="the claim names the device used", analyst="analyst-a", at=T0)
    add_check(session=s, incident_id=confession.id or 0, check="source_traced", result="pass", analyst="analyst-b",
              at=T0)
    for incident in (mosque, confession):
        incident.updated_at = T0
    for claim in s.query(Claim):
        claim.created_at = T0
    s.flush()


def exported(store: Store, fmt: str, *, include_personal: bool = False) -> str:
    with store.session(actor="test") as s:
        build(s)
        out = io.StringIO()
        assert export(session=s, fmt=fmt, out=out, include_personal=include_personal) == 2
    return out.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_matches_its_golden_file(store: Store, fmt: str) -> None:
    text = exported(store, fmt)
    golden = GOLDEN / f"incidents.{SUFFIX[fmt]}"
    if os.environ.get("TASDIQ_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_csv_columns_start_with_acleds_names_in_acleds_order(store: Store) -> None:
    header = next(csv.reader(io.StringIO(exported(store, "csv"))))
    assert header[:5] == ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type"]
    assert header == [c.name for c in COLUMNS if not c.personal]


@pytest.mark.parametrize("fmt", ["csv", "geojson", "jsonl", "stix"])
def test_personal_fields_are_withheld_unless_asked(store: Store, fmt: str) -> None:
    text = exported(store, fmt)
    for personal in ("Imam Example", "Name Withheld", "Staff Reporter", "analyst-a", "analyst-b"):
        assert personal not in text


def test_personal_fields_are_written_when_asked(sqlite_store: Store) -> None:
    text = exported(sqlite_store, "jsonl", include_personal=True)
    first = json.loads(text.splitlines()[0])
    assert first["victims_named"] == ["Imam Example"]
    assert first["assessments"][0]["analyst"] == "analyst-a"
    assert "Staff Reporter" in text and "Name Withheld" in text
    header = next(csv.reader(io.StringIO(exported_again(sqlite_store))))
    assert header[-2:] == ["victims_named", "analysts"]


def exported_again(store: Store) -> str:
    with store.session() as s:
        out = io.StringIO()
        export(session=s, fmt="csv", out=out, include_personal=True)
    return out.getvalue()


def test_stix_attributions_are_claims_with_confidence(sqlite_store: Store) -> None:
    bundle = json.loads(exported(sqlite_store, "stix"))
    rels = [o for o in bundle["objects"] if o["type"] == "relationship"]
    assert {r["relationship_type"] for r in rels} == {"attributed-to"}
    described = {r["description"].split(":")[0]: r.get("confidence") for r in rels}
    assert described["responsibility by ISKP via Amaq"] == 70  # credibility 2, probably true
    assert "attribution by provincial official" in described
    assert described["analyst assessment (moderate confidence)"] == 50


def test_an_unknown_format_is_named(sqlite_store: Store) -> None:
    with sqlite_store.session() as s, pytest.raises(InputError, match="'xml' is not one of"):
        export(session=s, fmt="xml", out=io.StringIO())


def test_an_undated_incident_exports_with_empty_dates(sqlite_store: Store) -> None:
    from claims.casebook import add_incident

    with sqlite_store.session() as s:
        add_incident(s, title="undated attack", date=None, date_precision="unknown", created_at=T0,
                     updated_at=dt.datetime(2023, 2, 1, tzinfo=dt.UTC))
        out = io.StringIO()
        export(session=s, fmt="csv", out=out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["event_date"] == "" and row["year"] == "" and row["time_precision"] == ""


def test_bulk_loaded_records_equal_the_records_read_one_incident_at_a_time(store: Store) -> None:
    from tasdiq.exchange.records import record, records
    from tasdiq.model import Incident

    with store.session(actor="test") as s:
        build(s)
        bulk = list(records(s))
        one_by_one = [record(s, i) for i in s.query(Incident).order_by(Incident.id)]  # type: ignore[arg-type]
    assert bulk == one_by_one
    assert any(r.claims and r.mentions and r.checks for r in bulk) or any(r.assessments for r in bulk)


def test_stix_export_time_grows_linearly_with_incidents(sqlite_store: Store) -> None:
    """200 incidents with a claim each: quadratic serialisation took about 50 s here, linear
    takes about a second (10 s allows for a loaded machine)."""
    import time

    from claims.casebook import add_claim, add_incident

    with sqlite_store.session(actor="test") as s:
        for n in range(200):
            incident = add_incident(s, title=f"attack {n}", date=T0.date())
            report = add_source(s, publisher="Outlet (test)", text=f"Report number {n} of an attack.")
            mention = add_mention(s, incident=incident, source=report, killed_best=n % 7)
            add_claim(s, mention=mention, incident_id=incident.id, kind="responsibility", claimant="TTP",
                      subject="TTP", source_id=report.id)
    with sqlite_store.session() as s:
        out = io.StringIO()
        started = time.perf_counter()
        assert export(session=s, fmt="stix", out=out) == 200
        took = time.perf_counter() - started
    assert len(json.loads(out.getvalue())["objects"]) == 1 + 1 + 200 + 200
    assert took < 10, f"STIX export of 200 incidents took {took:.1f} s"


def test_every_stix_object_is_valid_to_the_stix2_library(sqlite_store: Store) -> None:
    import stix2

    bundle = stix2.parse(exported(sqlite_store, "stix"), allow_custom=False)
    assert {o.type for o in bundle.objects} == {"identity", "threat-actor", "incident", "relationship"}
