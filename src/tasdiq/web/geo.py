"""Province boundaries for the map, both shipped in `tasdiq.reference`: the geoBoundaries ADM1
file for Afghanistan's 34 provinces, Natural Earth's admin-1 for Pakistan's 7 units
(`naturalearth-PAK-ADM1.geojson`, made by tools/pakistan_provinces.py, FATA inside Khyber
Pakhtunkhwa), each named as the gazetteer names it.

Served compacted once per process: only the ISO code (as our admin1 `AF-KAB`, where
geoBoundaries writes `AF_KAB`) and the name, with coordinates rounded to 3 decimals (about
100 m, finer than a province border drawn at country scale needs).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import tasdiq.reference
from tasdiq.reference.geometry import geoboundaries_admin1
from tasdiq.reference.places import gazetteer

REFERENCE_DATA = Path(tasdiq.reference.__file__).resolve().parent / "data"
EMPTY = b'{"type":"FeatureCollection","features":[]}'


def boundaries_file() -> Path | None:
    found = sorted(REFERENCE_DATA.rglob("*AFG-ADM1*.geojson")) if REFERENCE_DATA.exists() else []
    return found[0] if found else None


def _round(coords: Any) -> Any:
    if isinstance(coords, (int, float)):
        return round(float(coords), 3)
    return [_round(c) for c in coords]


def _compact(feature: dict[str, Any]) -> dict[str, Any]:
    props = feature.get("properties") or {}
    name = str(props.get("shapeName") or "")
    # by name where geoBoundaries' code is not ISO's: the map left Badakhshan unshaded before
    iso = geoboundaries_admin1(str(props.get("shapeISO") or ""), name)
    geometry = feature.get("geometry") or {}
    return {"type": "Feature", "properties": {"admin1": iso, "name": name},
            "geometry": {"type": geometry.get("type"), "coordinates": _round(geometry.get("coordinates", []))}}


@lru_cache(maxsize=1)
def province_boundaries() -> bytes:
    """The compact GeoJSON as bytes (empty collection when the reference file is absent)."""
    path = boundaries_file()
    if path is None:
        return EMPTY
    data = json.loads(path.read_text(encoding="utf-8"))
    features = [_compact(f) for f in data.get("features", [])] + _pakistan()
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")).encode()


def _pakistan() -> list[dict[str, Any]]:
    path = REFERENCE_DATA / "naturalearth-PAK-ADM1.geojson"
    if not path.exists():
        return []
    places = gazetteer().places
    return [{"type": "Feature", "properties": {"admin1": code, "name": places[code].name if code in places else code},
             "geometry": {"type": f["geometry"]["type"], "coordinates": _round(f["geometry"]["coordinates"])}}
            for f in json.loads(path.read_text(encoding="utf-8"))["features"]
            for code in [str(f["properties"]["admin1"])]]
