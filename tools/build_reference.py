"""Build the gazetteer data files from ../shared/data.

Run by developers only, when the sources or the curated lists change:

    .venv/bin/python tools/build_reference.py [--shared ../shared/data]

It writes into src/tasdiq/reference/data/:
- places.jsonl.gz   admin1 units, districts, cities and villages of AF and PK (one JSON a line)
- risky_names.txt   folded place names that are also common words (see curated/common_words.txt)
- geoBoundaries-AFG-ADM1_simplified.geojson  for the web map, with `shapeISO` normalised

The product never reads ../shared: only these files and the hand-written ones in curated/.
The actors are declared by hand in data/registry/actors.yaml (their sources are listed there
per actor and in data/README.md); this script no longer writes them.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import shutil
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tasdiq.reference.geometry import Outline, holder, outline, read_outlines  # noqa: E402
from tasdiq.reference.text import name_key  # noqa: E402

OUT = ROOT / "src" / "tasdiq" / "reference" / "data"
CURATED = OUT / "curated"
Row = dict[str, Any]

# GeoNames prefixes its district seats with the word for "district (office)"; the town is
# known by the rest of the name.
_SEAT_PREFIX = re.compile(r"^(wul[eê]sw[aā]l[iī]|woluswali|wuluswali|hukumati|hukumat-e|markaz-e)\s+", re.I)
_LATIN_OR_ARABIC = re.compile("^[ A-Za-z'’‘`.()\\-ʿʾ\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f\u0600-\u06ff]+$")


def keep_alternate(name: str) -> bool:
    """GeoNames alternates worth matching: Latin or Arabic script, not an airport code,
    not a lower-case romanisation of a Chinese, Korean or Japanese name."""
    return (bool(_LATIN_OR_ARABIC.match(name)) and " - " not in name
            and not (name.isupper() and len(name) <= 4)
            and not (name.isascii() and name.islower()))


def read_tsv(path: Path) -> Iterator[list[str]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield line.rstrip("\n").split("\t")


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as fh:
        return [row for row in csv.DictReader(fh) if not next(iter(row.values()), "").startswith("#")]


def uniq(names: Iterable[str]) -> list[str]:
    """Distinct names in first-seen order, whitespace-normalised."""
    seen: dict[str, None] = {}
    for name in names:
        clean = " ".join(name.split())
        if clean and clean not in seen:
            seen[clean] = None
    return list(seen)


def paren_variants(name: str) -> list[str]:
    """'Yamgan (Girwan)' -> the whole, 'Yamgan', 'Girwan'; '(1)' style suffixes dropped."""
    inner = re.findall(r"\(([^)]*)\)", name)
    outer = re.sub(r"\([^)]*\)", " ", name)
    return uniq([name, outer, *[i for i in inner if not i.strip().isdigit()]])


def place(**fields: Any) -> Row:
    row: Row = {"admin2": None, "pop": None, "gn": None, "capital": False, "alt": []}
    row.update(fields)
    row["names"] = uniq(row["names"])
    row["alt"] = [n for n in uniq(row["alt"]) if n not in row["names"]]
    return row


# ---------------------------------------------------------------- admin1


class Admin1Index:
    """Folded name -> ISO code, from admin1.csv, GeoNames, af-admin and curated spellings."""

    def __init__(self, shared: Path) -> None:
        self.rows = {r["code"]: r for r in read_csv(shared / "reference" / "admin1.csv")}
        self.by_gn_code = {r["geonames"]: code for code, r in self.rows.items()}
        self.index: dict[str, str] = {}
        for code, r in self.rows.items():
            for name in [r["name"], *r["aliases"].split("|")]:
                self.add(name, code)
        for row in read_csv(CURATED / "extra_names.csv"):
            if row["place_id"] in self.rows:
                for name in row["names"].split("|"):
                    self.add(name, row["place_id"])

    def add(self, name: str, code: str) -> None:
        if name:
            self.index.setdefault(name_key(name), code)

    def code(self, name: str) -> str | None:
        return self.index.get(name_key(name))


def build_admin1(shared: Path, a1: Admin1Index, af_admin: list[Row], regions: set[str]) -> list[Row]:
    gn_ids = {r[0]: int(r[3]) for r in read_tsv(shared / "gazetteer/geonames/admin1_AF_PK.txt")}
    gn_names = {r[0]: (r[1], r[2]) for r in read_tsv(shared / "gazetteer/geonames/admin1_AF_PK.txt")}
    af_by_code = {a1.code(p["name"]): p for p in af_admin if a1.code(p["name"])}
    ne_points = natural_earth_points(shared, a1, regions)
    rows = []
    for code, r in a1.rows.items():
        # FATA-style aliases name a region inside the province, not the province itself;
        # they live in curated/places.csv with precision 5.
        aliases = [a for a in r["aliases"].split("|") if name_key(a) not in regions]
        af = af_by_code.get(code)
        names = [r["name"], *aliases, *gn_names.get(r["geonames"], ())]
        if af:
            names += [af["name"], af["nameFa"], af["namePa"]]
            lat, lon = float(af["latitude"]), float(af["longitude"])
        else:
            lat, lon = ne_points[code]
        names += [n for n, c in ne_old_names(shared, a1) if c == code and name_key(n) not in regions]
        rows.append(place(id=code, name=r["name"], kind="province", country=r["country"], admin1=code,
                          lat=round(lat, 5), lon=round(lon, 5), gn=gn_ids.get(r["geonames"]), names=names))
    return rows


def natural_earth_points(shared: Path, a1: Admin1Index, regions: set[str]) -> dict[str, tuple[float, float]]:
    """First label point per admin1 code (Natural Earth repeats some units; its F.A.T.A.
    point is the tribal region's, not Khyber Pakhtunkhwa's)."""
    points: dict[str, tuple[float, float]] = {}
    data = json.loads((shared / "gazetteer/naturalearth_admin1_label_points_af_pk.geojson").read_text())
    for feature in data["features"]:
        name = feature["properties"]["name"]
        code = a1.code(name)
        lon, lat = feature["geometry"]["coordinates"]
        if code and code not in points and name_key(name) not in regions:
            points[code] = (lat, lon)
    return points


def ne_old_names(shared: Path, a1: Admin1Index) -> list[tuple[str, str]]:
    data = json.loads((shared / "gazetteer/naturalearth_admin1_label_points_af_pk.geojson").read_text())
    pairs = []
    for feature in data["features"]:
        name = feature["properties"]["name"]
        code = a1.code(name)
        if code:
            pairs.append((name, code))
    return pairs


# ---------------------------------------------------------------- districts


def af_districts(af_admin: list[Row], a1: Admin1Index) -> list[Row]:
    rows = []
    for prov in af_admin:
        code = a1.code(prov["name"])
        for d in prov["districts"]:
            # Rows without coordinates are city sub-districts ("PD 7") or duplicates of
            # districts listed again under another spelling: dropped.
            if code is None or float(d["latitude"]) == 0:
                continue
            display = " ".join(re.sub(r"\(\s*", "(", re.sub(r"\s*\)", ")", d["name"])).split())
            rows.append(place(id=f"af-d:{d['id']}", name=display, kind="district", country="AF", admin1=code,
                              admin2=display, lat=round(float(d["latitude"]), 5),
                              lon=round(float(d["longitude"]), 5),
                              names=[*paren_variants(display), d["nameFa"], d["namePa"]]))
    return rows


def province_outlines(shared: Path, a1: Admin1Index) -> list[Outline]:
    """geoBoundaries' Afghan ADM1 outlines coded by ISO 3166-2 as our places are (it writes
    `AF_KAN` once and Badakhshan `AF-BDN`; its names are right where its codes are not)."""
    found = read_outlines(shared / "gazetteer/geoboundaries/geoBoundaries-AFG-ADM1_simplified.geojson",
                          code_key="shapeISO", name_key="shapeName")
    return [outline(c if (c := o.code.replace("_", "-")) in a1.rows else a1.code(o.name) or c, o.name, o.polygons)
            for o in found]


def review_districts(rows: list[Row], outlines: list[Outline], provinces: dict[str, Row]) -> None:
    """Hold every Afghan district's admin1 against the province outline its point lies in.

    af-admin filed Barmal under Paktia; a district filed under the wrong province places its
    attacks there. Each disagreement is decided in curated/district_review.csv (with the
    evidence); one not decided there stops the build, so a new source release is reviewed."""
    decisions = {r["id"]: r for r in read_csv(CURATED / "district_review.csv")}
    undecided = []
    for row in rows:
        decision = decisions.get(row["id"])
        if decision is not None:
            row["admin1"] = decision["admin1"]
            if decision["decision"] == "province_point":
                row["lat"], row["lon"] = provinces[row["admin1"]]["lat"], provinces[row["admin1"]]["lon"]
            continue
        found = holder(outlines, row["lon"], row["lat"])
        if row["country"] == "AF" and found is not None and found.code != row["admin1"]:
            undecided.append(f"{row['id']} {row['name']} filed {row['admin1']}, point in {found.code}")
    if undecided:
        sys.exit("districts outside their province, decide them in curated/district_review.csv:\n"
                 + "\n".join(undecided))


def skeleton(name: str) -> str:
    """Consonant skeleton: transliterations of one district differ mostly in vowels
    ("Darah-ye Nur" / "Dara-e-Noor", "Tsamkani" / "Chamkani")."""
    key = name_key(_SEAT_PREFIX.sub("", name)).replace("ts", "ch").replace(" ", "")
    key = re.sub(r"[aeiouyhw']", "", key)
    return re.sub(r"(.)\1+", r"\1", key)


def match_district(name: str, candidates: list[Row]) -> Row | None:
    """The af-admin district a GeoNames admin2 name refers to, if one is close enough.

    Candidates are the districts of one province only, so a loose match is safe enough."""
    key, skel = name_key(_SEAT_PREFIX.sub("", name)), skeleton(name)
    best, score = None, 0.0
    for row in candidates:
        for other in row["names"]:
            s = max(fuzz.ratio(key, name_key(other)), fuzz.ratio(skel, skeleton(other)) - 6)
            if s > score:
                best, score = row, s
    return best if score >= 80 else None


def gn_admin2(shared: Path, a1: Admin1Index, af_rows: list[Row], seats: dict[str, Row],
              province_points: dict[str, Row]) -> tuple[
        list[Row], dict[str, str]]:
    """Merge GeoNames admin2 into af-admin districts; add the ones af-admin lacks and PK's.

    Returns the added rows and a map GeoNames admin2 code -> district display name.
    """
    by_admin1: dict[str, list[Row]] = defaultdict(list)
    for row in af_rows:
        by_admin1[row["admin1"]].append(row)
    points = {r["geonames_id"]: {"lat": float(r["lat"]), "lon": float(r["lon"])}
              for r in read_csv(CURATED / "district_points.csv")}
    added, names = [], {}
    for code, name, ascii_name, gid in read_tsv(shared / "gazetteer/geonames/admin2_AF_PK.txt"):
        country, gn_a1 = code.split(".")[:2]
        iso = a1.by_gn_code.get(f"{country}.{gn_a1}")
        if iso is None:
            continue
        display = re.sub(r"\s+(District|Agency|Protected Area)$", "", ascii_name)
        match = match_district(ascii_name, by_admin1[iso]) if country == "AF" else None
        if match:
            match["names"] = uniq([*match["names"], name, ascii_name])
            match["gn"] = int(gid)
            names[code] = match["name"]
            continue
        # Coordinates: the district's largest town, else a curated point, else the
        # province's label point (admin1 is then right and the point is only indicative).
        seat = seats.get(code) or points.get(gid) or province_points[iso]
        names[code] = display
        added.append(place(id=f"gn:{gid}", name=display, kind="district", country=country, admin1=iso,
                           admin2=display, lat=seat["lat"], lon=seat["lon"], gn=int(gid),
                           names=[display, name, ascii_name]))
    return added, names


# ---------------------------------------------------------------- cities and villages


def cities(shared: Path, a1: Admin1Index) -> list[Row]:
    rows = []
    for f in read_tsv(shared / "gazetteer/geonames/cities500_AF_PK.txt"):
        gid, name, ascii_name, alternates, lat, lon, _, fcode, country = f[:9]
        iso = a1.by_gn_code.get(f"{country}.{f[10]}")
        if iso is None or fcode in {"PPLQ", "PPLW", "PPLH"}:  # abandoned, destroyed, historical
            continue
        display = _SEAT_PREFIX.sub("", ascii_name)
        alt = [a for a in alternates.split(",") if keep_alternate(a)]
        rows.append(place(id=f"gn:{gid}", name=display, kind="city", country=country, admin1=iso,
                          admin2=f"{country}.{f[10]}.{f[11]}", lat=float(lat), lon=float(lon),
                          pop=int(f[14]) or None, gn=int(gid), capital=fcode in {"PPLA", "PPLC"},
                          names=[display, name, ascii_name, _SEAT_PREFIX.sub("", name)], alt=alt))
    return rows


def villages(shared: Path, a1: Admin1Index, districts: list[Row]) -> list[Row]:
    by_admin1: dict[str, list[Row]] = defaultdict(list)
    for row in districts:
        by_admin1[row["admin1"]].append(row)
    rows = []
    for v in json.loads((shared / "gazetteer/af-admin/villages.json").read_text()):
        iso = a1.code(v["Province"])
        if iso is None or not v["Latitude"]:
            continue
        district = match_district(v["District"], by_admin1[iso])
        name = " ".join(re.sub(r"\(\s*\d+\s*\)", "", v["Village Name"]).split())
        name = name[:1].upper() + name[1:]
        rows.append(place(id=f"af-v:{v['No']}", name=name, kind="village", country="AF", admin1=iso,
                          admin2=district["name"] if district else v["District"].strip(),
                          lat=round(v["Latitude"], 5), lon=round(v["Longitude"], 5),
                          names=paren_variants(name)))
    return rows


# ---------------------------------------------------------------- output


def risky_names(rows: list[Row]) -> list[str]:
    """Folded names of places that are also common words, stop words or very short."""
    from spacy.lang.en.stop_words import STOP_WORDS  # build-time only; the product never imports it

    common = {w.strip() for w in (CURATED / "common_words.txt").read_text().splitlines()
              if w.strip() and not w.startswith("#")}
    risky = set()
    for row in rows:
        for name in [*row["names"], *row["alt"]]:
            key = name_key(name)
            if key in common or key in STOP_WORDS or len(key) <= 2:
                risky.add(key)
    return sorted(risky)


def copy_boundaries(shared: Path) -> None:
    """Copy the Afghan province outlines, with shapeISO fixed to ISO 3166-2 ('AF_KAN')."""
    src = shared / "gazetteer/geoboundaries/geoBoundaries-AFG-ADM1_simplified.geojson"
    data = json.loads(src.read_text())
    for feature in data["features"]:
        props = feature["properties"]
        props["shapeISO"] = props["shapeISO"].replace("_", "-")
    (OUT / src.name).write_text(json.dumps(data, separators=(",", ":")))
    shutil.copy(shared / "gazetteer/geoboundaries/CITATION-AND-USE-geoBoundaries.txt", OUT)
    shutil.copy(shared / "gazetteer/geoboundaries/geoBoundaries-AFG-ADM1-metaData.txt", OUT)


def write_places(rows: list[Row]) -> None:
    with gzip.open(OUT / "places.jsonl.gz", "wt", encoding="utf-8", compresslevel=9) as fh:
        for row in rows:
            row = {k: v for k, v in row.items() if v not in (None, False, [])}
            fh.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")


def build_places(shared: Path) -> list[Row]:
    a1 = Admin1Index(shared)
    af_admin = [p for p in json.loads((shared / "gazetteer/af-admin/provinces-and-districts.json").read_text())
                if p["name"] != "N/A"]
    regions = {name_key(n) for r in read_csv(CURATED / "places.csv") if r["kind"] == "region"
               for n in [r["name"], *r["names"].split("|")]}
    provinces = build_admin1(shared, a1, af_admin, regions)
    towns = cities(shared, a1)
    seats: dict[str, Row] = {}
    for town in sorted(towns, key=lambda t: -(t["pop"] or 0)):
        seats.setdefault(town["admin2"], town)
    af_rows = af_districts(af_admin, a1)
    province_rows = {p["id"]: p for p in provinces}
    review_districts(af_rows, province_outlines(shared, a1), province_rows)
    extra_districts, admin2_names = gn_admin2(shared, a1, af_rows, seats, province_rows)
    review_districts(extra_districts, province_outlines(shared, a1), province_rows)
    districts = af_rows + extra_districts
    for town in towns:
        town["admin2"] = admin2_names.get(town["admin2"])
    return provinces + districts + towns + villages(shared, a1, districts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    rows = build_places(args.shared)
    write_places(rows)
    (OUT / "risky_names.txt").write_text("\n".join(risky_names(rows)) + "\n")
    copy_boundaries(args.shared)
    kinds: dict[str, int] = defaultdict(int)
    for row in rows:
        kinds[row["kind"]] += 1
    print(f"places: {dict(kinds)}")


if __name__ == "__main__":
    main()
