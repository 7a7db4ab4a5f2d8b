"""Province boundaries for the map: the geoBoundaries ADM1 file shipped in `tasdiq.reference`
for Afghanistan; for Pakistan, its outline (Natural Earth, `naturalearth-PAK-ADM0.geojson`) and
one point per province at the gazetteer's coordinates, because no package available to us
ships Natural Earth's admin-1 polygons (docs/web.md).

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
    iso = str(props.get("shapeISO") or "").replace("_", "-")
    geometry = feature.get("geometry") or {}
    return {"type": "Feature", "properties": {"admin1": iso, "name": props.get("shapeName")},
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
    outline = REFERENCE_DATA / "naturalearth-PAK-ADM0.geojson"
    features: list[dict[str, Any]] = []
    if outline.exists():
        for f in json.loads(outline.read_text(encoding="utf-8")).get("features", []):
            features.append({"type": "Feature", "properties": {"admin1": None, "name": "Pakistan", "kind": "country"},
                             "geometry": f["geometry"]})
    provinces = [p for p in gazetteer().places.values() if p.kind == "province" and p.country == "PK"
                 and p.lat is not None and p.lon is not None]
    features += [{"type": "Feature", "properties": {"admin1": p.id, "name": p.name, "kind": "province-point"},
                  "geometry": {"type": "Point", "coordinates": [round(p.lon or 0, 3), round(p.lat or 0, 3)]}}
                 for p in sorted(provinces, key=lambda p: p.id)]
    return features
