"""Claimed versus verified, on a small hand-built case pinned by golden CSV files."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from claims.casebook import add_incident
from tasdiq.claims import import_bulletin, reconcile
from tasdiq.claims.reconcile_table import INFLATION_COLUMNS, MATCH_COLUMNS, inflation_rows, match_rows, write_csv
from tasdiq.errors import InputError
from tasdiq.model import BulletinClaim
from tasdiq.store import Store

HERE = Path(__file__).parent
BULLETIN = HERE / "data" / "bulletin.csv"


def build_incidents(s: object) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    # 1 verified, claimed with an inflated toll (12 claimed, 5 verified)
    add_incident(s, title="checkpoint attack", admin1="AF-NAN", place_name="Jalalabad", date=dt.date(2022, 3, 4),
                 killed_best=5, targets=["police"], status="verified")
    # 2 corroborated, claimed two days late and in the right province (30 claimed, 20 verified)
    add_incident(s, title="market bombing", admin1="AF-KAB", place_name="Kabul", date=dt.date(2022, 3, 20),
                 killed_best=20, targets=["business", "civilians"], status="corroborated")
    # 3 only reported: a claim matches it, but it is not verified
    add_incident(s, title="convoy ambush", admin1="AF-KDZ", place_name="Kunduz", date=dt.date(2022, 4, 2),
                 killed_best=3, targets=["military"], status="reported")
    # 4 verified, inside the bulletin's dates, claimed by nobody
    add_incident(s, title="school blast", admin1="AF-BAL", place_name="Mazar-i-Sharif", date=dt.date(2022, 4, 9),
                 killed_best=8, targets=["education"], status="verified")
    # 5 verified but a police target in Jalalabad a day off a claim of a mosque attack: incompatible target
    add_incident(s, title="police post", admin1="AF-NAN", place_name="Jalalabad", date=dt.date(2022, 4, 15),
                 killed_best=2, targets=["police"], status="verified")


def test_reconciliation_categories_and_inflation_match_the_golden_files(store: Store) -> None:
    with store.session() as s:
        build_incidents(s)
        result = import_bulletin(session=s, path=BULLETIN)
        recon = reconcile(session=s, claimant="ISKP")
    assert result.rows == 5 and not result.already_imported
    assert recon.counts == {"matched_verified": 2, "matched_unverified": 1, "unmatched": 2, "unclaimed_verified": 2}
    overall = recon.inflation[0]
    assert (overall.group_by, overall.pairs, overall.claimed_killed, overall.verified_killed) == ("overall", 2, 42, 25)
    assert overall.ratio == 1.68
    matches, inflation = io.StringIO(), io.StringIO()
    write_csv(match_rows(recon), MATCH_COLUMNS, matches)
    write_csv(inflation_rows(recon), INFLATION_COLUMNS, inflation)
    assert matches.getvalue() == (HERE / "data" / "reconcile_iskp.csv").read_text(encoding="utf-8")
    assert inflation.getvalue() == (HERE / "data" / "reconcile_iskp_inflation.csv").read_text(encoding="utf-8")


def test_verified_from_verified_counts_only_reviewed_incidents(store: Store) -> None:
    with store.session() as s:
        build_incidents(s)
        import_bulletin(session=s, path=BULLETIN)
        recon = reconcile(session=s, claimant="ISKP", verified_from="verified")
    # the corroborated market bombing is now matched but unverified; the inflation rests on one pair
    assert recon.counts == {"matched_verified": 1, "matched_unverified": 2, "unmatched": 2, "unclaimed_verified": 2}
    overall = recon.inflation[0]
    assert (overall.pairs, overall.claimed_killed, overall.verified_killed) == (1, 12, 5)


def test_an_unknown_verified_from_is_refused(store: Store) -> None:
    with store.session() as s, pytest.raises(InputError, match="verified-from"):
        reconcile(session=s, verified_from="reported")


def test_importing_the_same_bulletin_twice_adds_nothing(store: Store) -> None:
    with store.session() as s:
        import_bulletin(session=s, path=BULLETIN)
        second = import_bulletin(session=s, path=BULLETIN)
        count = s.scalar(select(func.count()).select_from(BulletinClaim))
    assert second.already_imported and count == 5


def test_a_bad_row_names_its_line_and_stores_nothing(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    rows = [{"claimant": "ISKP", "date": "2022-03-04", "admin1": "AF-NAN"},
            {"claimant": "ISKP", "date": "2022-03-05", "claimed_killed": "many"}]
    bad.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught, store.session() as s:
        import_bulletin(session=s, path=bad)
    assert str(caught.value) == f"{bad} line 2: claimed_killed 'many' is not a whole number of people"
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(BulletinClaim)) == 0


def test_rows_given_in_memory_are_checked_the_same_way(store: Store) -> None:
    with store.session() as s, pytest.raises(InputError, match="row 1: unknown field 'killed'"):
        import_bulletin(session=s, rows=[{"claimant": "TTP", "date": "2022-01-01", "killed": "3"}])


def test_reconcile_table_neutralises_a_formula_claimant() -> None:
    out = io.StringIO()
    write_csv(iter([{"claimant": "@SUM(A1)", "n": -2}]), ("claimant", "n"), out)
    assert out.getvalue().splitlines()[1] == "'@SUM(A1),-2"
