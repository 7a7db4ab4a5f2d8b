"""Which province outline holds a point: plain ray casting over GeoJSON rings.

Used by tools/build_reference.py to check every district's admin1 against the polygon that
holds its point, and by the tests that keep the shipped places inside their provinces.
Shapely is not a dependency: 41 outlines and a few thousand points need no spatial index.
Coordinates are GeoJSON's (lon, lat); distances are rough kilometres (equirectangular), good
enough to tell a point well inside a province from one on a simplified border.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from tasdiq.reference.places import gazetteer, province_code

Ring = Sequence[Sequence[float]]
KM_PER_DEGREE = 111.32


@dataclass(frozen=True, slots=True)
class Outline:
    """One named unit: its code (ISO 3166-2 where it has one), name and polygons (each a list
    of rings, the first the shell, the others holes)."""

    code: str
    name: str
    polygons: tuple[tuple[Ring, ...], ...]
    bbox: tuple[float, float, float, float] = (-180.0, -90.0, 180.0, 90.0)

    def contains(self, lon: float, lat: float) -> bool:
        west, south, east, north = self.bbox
        if not (west <= lon <= east and south <= lat <= north):
            return False
        return any(_in_ring(poly[0], lon, lat) and not any(_in_ring(h, lon, lat) for h in poly[1:])
                   for poly in self.polygons)

    def border_km(self, lon: float, lat: float) -> float:
        """Distance from the point to the nearest edge of this outline, in km."""
        scale = math.cos(math.radians(lat))
        return min(_segment_km(lon, lat, a, b, scale) for ring in self.rings() for a, b in pairwise(ring))

    def rings(self) -> Iterator[Ring]:
        for poly in self.polygons:
            yield from poly


def _in_ring(ring: Ring, x: float, y: float) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in pairwise(ring):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _segment_km(x: float, y: float, a: Sequence[float], b: Sequence[float], scale: float) -> float:
    ax, ay, bx, by = (a[0] - x) * scale, a[1] - y, (b[0] - x) * scale, b[1] - y
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
    return math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEGREE


def _polygons(geometry: dict[str, Any]) -> tuple[tuple[Ring, ...], ...]:
    coords = geometry.get("coordinates") or []
    if geometry.get("type") == "Polygon":
        return (tuple(coords),)
    if geometry.get("type") == "MultiPolygon":
        return tuple(tuple(poly) for poly in coords)
    return ()


def read_outlines(path: Path, *, code_key: str, name_key: str = "name") -> list[Outline]:
    """The features of a GeoJSON file as outlines, coded by the property `code_key`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [outline(str(props.get(code_key) or ""), str(props.get(name_key) or ""), _polygons(f.get("geometry") or {}))
            for f in data.get("features", []) for props in [f.get("properties") or {}]]


def outline(code: str, name: str, polygons: tuple[tuple[Ring, ...], ...]) -> Outline:
    """An outline with its bounding box, which spares most points the ray casting."""
    xs = [p[0] for poly in polygons for p in poly[0]]
    ys = [p[1] for poly in polygons for p in poly[0]]
    bbox = (min(xs), min(ys), max(xs), max(ys)) if xs else (0.0, 0.0, 0.0, 0.0)
    return Outline(code=code, name=name, polygons=polygons, bbox=bbox)


def holder(outlines: Sequence[Outline], lon: float, lat: float) -> Outline | None:
    """The first outline that holds the point, if any."""
    return next((o for o in outlines if o.contains(lon, lat)), None)


def geoboundaries_admin1(shape_iso: str, name: str) -> str:
    """Our admin1 of a geoBoundaries province: its `shapeISO` (written `AF_KAN` once) where that is
    one of our provinces, else the code of its name. geoBoundaries writes Badakhshan `AF-BDN`, which
    ISO 3166-2 (and so every incident) spells AF-BDS."""
    code = shape_iso.replace("_", "-")
    places = gazetteer().places
    return code if code in places and places[code].kind == "province" else province_code(name)


def shipped_province_outlines() -> list[Outline]:
    """The province outlines shipped in reference/data (geoBoundaries for AF, Natural Earth for
    PK), coded by our admin1 (`geoboundaries_admin1`)."""
    data = Path(__file__).resolve().parent / "data"
    afghan = read_outlines(data / "geoBoundaries-AFG-ADM1_simplified.geojson", code_key="shapeISO",
                           name_key="shapeName")
    coded = [outline(geoboundaries_admin1(o.code, o.name), o.name, o.polygons) for o in afghan]
    return coded + read_outlines(data / "naturalearth-PAK-ADM1.geojson", code_key="admin1")

