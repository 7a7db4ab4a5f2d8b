"""The province shapes the map draws: one per province of both countries, under the codes incidents carry."""

from __future__ import annotations

import json
from itertools import pairwise
from typing import Any

import pytest

from tasdiq.reference.places import gazetteer
from tasdiq.web.geo import province_boundaries


def _shapes() -> dict[str, dict[str, Any]]:
    return {f["properties"]["admin1"]: f for f in json.loads(province_boundaries())["features"]}


def _inside(lon: float, lat: float, ring: list[list[float]]) -> bool:
    """Even-odd rule: a ray to the east crosses the ring's edges an odd number of times."""
    crossings = 0
    for (x1, y1), (x2, y2) in pairwise(ring):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            crossings += 1
    return crossings % 2 == 1


def _contains(feature: dict[str, Any], lon: float, lat: float) -> bool:
    geometry = feature["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return any(_inside(lon, lat, polygon[0]) for polygon in polygons)


def test_every_province_of_both_countries_has_one_shape_under_its_iso_code() -> None:
    provinces = {p.id: p for p in gazetteer().places.values() if p.kind == "province"}
    shapes = _shapes()
    assert set(shapes) == set(provinces)
    assert sum(code.startswith("AF-") for code in shapes) == 34
    assert sum(code.startswith("PK-") for code in shapes) == 7
    assert shapes["PK-KP"]["properties"]["name"] == provinces["PK-KP"].name  # not Natural Earth's "N.W.F.P."


@pytest.mark.parametrize(("town", "lon", "lat", "admin1"), [
    ("Peshawar", 71.58, 34.01, "PK-KP"),
    ("Miranshah, North Waziristan (FATA until 2018)", 70.07, 33.0, "PK-KP"),
    ("Quetta", 67.0, 30.18, "PK-BA"),
    ("Karachi", 67.01, 24.86, "PK-SD"),
    ("Lahore", 74.34, 31.55, "PK-PB"),
    ("Gilgit", 74.31, 35.92, "PK-GB"),
    ("Muzaffarabad", 73.47, 34.37, "PK-JK"),
    ("Kabul", 69.17, 34.53, "AF-KAB"),
])
def test_a_town_lies_in_its_provinces_shape_and_no_other(town: str, lon: float, lat: float, admin1: str) -> None:
    containing = [code for code, feature in _shapes().items() if _contains(feature, lon, lat)]
    assert containing == [admin1], town
