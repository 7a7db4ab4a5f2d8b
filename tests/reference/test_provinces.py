"""The shipped places stay inside the provinces they are filed under.

A district filed under the wrong province (af-admin had Barmal under Paktia) places every
attack there in that province, and the linker then keeps reports of one attack apart.
tools/build_reference.py stops on such a district unless curated/district_review.csv decides
it; these tests hold the shipped file to the same outlines.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from tasdiq.reference.geometry import Outline, holder, shipped_province_outlines
from tasdiq.reference.places import Place, gazetteer


@cache
def outlines() -> list[Outline]:
    return shipped_province_outlines()


def review() -> dict[str, dict[str, str]]:
    path = resources.files("tasdiq.reference") / "data" / "curated" / "district_review.csv"
    with path.open(encoding="utf-8") as fh:
        return {row["id"]: row for row in csv.DictReader(fh)}


def districts(country: str) -> list[Place]:
    return [p for p in gazetteer().places.values()
            if p.kind == "district" and p.country == country and p.lat is not None and p.lon is not None]


def outside(place: Place) -> str | None:
    """The province whose outline holds the place, when it is not the one it is filed under."""
    assert place.lat is not None and place.lon is not None
    found = holder(outlines(), place.lon, place.lat)
    return found.code if found is not None and found.code != place.admin1 else None


def test_every_province_has_one_outline() -> None:
    provinces = {p.id for p in gazetteer().places.values() if p.kind == "province"}
    assert sorted(o.code for o in outlines()) == sorted(provinces)


def test_afghan_districts_lie_in_their_province_unless_reviewed() -> None:
    kept = {i for i, row in review().items() if row["decision"] == "keep"}
    wrong = [(p.id, p.name, p.admin1, outside(p)) for p in districts("AF") if p.id not in kept and outside(p)]
    assert wrong == []


def test_pakistani_districts_lie_in_their_province() -> None:
    assert [(p.id, p.name, p.admin1, outside(p)) for p in districts("PK") if outside(p)] == []


def test_reviewed_districts_carry_the_decided_province() -> None:
    places = gazetteer().places
    assert {i: places[i].admin1 for i in review()} == {i: row["admin1"] for i, row in review().items()}


def test_barmal_district_is_in_paktika() -> None:
    barmal = [p for p in gazetteer().lookup("Barmal") if p.kind == "district"]
    assert [p.admin1 for p in barmal] == ["AF-PKA"]
