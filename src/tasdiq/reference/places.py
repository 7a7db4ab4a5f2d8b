"""The gazetteer: places of Afghanistan and Pakistan, their names, and fast lookups.

Loaded on first use from the files in `data/` (see data/README.md for sources) and cached;
importing this module reads nothing.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import pickle
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from tasdiq.errors import NotFound
from tasdiq.reference import text
from tasdiq.reference.text import fold, name_key, split_kind

# UCDP `where_prec`: 1 exact place, 2 near a place, 3 district, 4 province, 5 larger area,
# 6 country. A city counts as an exact place: that is how UCDP codes "in Kabul".
PRECISION: dict[str, int] = {
    "landmark": 1,
    "neighbourhood": 1,
    "village": 1,
    "city": 1,
    "district": 3,
    "province": 4,
    "region": 5,
    "country": 6,
}
POINT_KINDS = frozenset({"landmark", "neighbourhood", "village", "city"})


def precision(kind: str, *, near: bool = False) -> int:
    """UCDP-style precision of a place of this kind; "near X" widens an exact place to 2."""
    base = PRECISION[kind]
    return 2 if near and base == 1 else base


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    kind: str
    country: str
    admin1: str | None
    admin1_name: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int | None = None
    geonames_id: int | None = None
    names: tuple[str, ...] = ()
    capital: bool = False

    def __reduce__(self) -> tuple[type[Place], tuple[Any, ...]]:
        return Place, _values(self)

    @property
    def precision(self) -> int:
        return precision(self.kind)

    def to_location_dict(self, *, near: bool = False) -> dict[str, Any]:
        """The `location` object of tasdiq-events/1."""
        return {
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "lat": self.lat,
            "lon": self.lon,
            "precision": precision(self.kind, near=near),
        }


@dataclass(frozen=True, slots=True)
class Hit:
    """One index entry: a place and whether the name is one of its main names (not a
    GeoNames alternate, which are many and noisy)."""

    place_id: str
    primary: bool

    def __reduce__(self) -> tuple[type[Hit], tuple[Any, ...]]:
        return Hit, _values(self)


def _values(item: Place | Hit) -> tuple[Any, ...]:
    """A frozen slotted dataclass pickled as the call that makes it: dataclasses' own pickling
    of slots calls `fields()` and sets each field again for every object, and the cached
    gazetteer holds 24,000 of them (loads in 0.12 -> 0.07 CPU s, every extract and link)."""
    return tuple(getattr(item, f.name) for f in fields(item))


@dataclass
class Gazetteer:
    places: dict[str, Place]
    index: dict[str, list[Hit]]
    surfaces: dict[str, list[str]]
    risky: frozenset[str]
    country_names: dict[str, str] = field(default_factory=dict)

    def get(self, place_id: str) -> Place:
        try:
            return self.places[place_id]
        except KeyError:
            raise NotFound("place", place_id) from None

    def admin1(self, code: str) -> Place:
        place = self.get(code.upper())
        if place.kind != "province":
            raise NotFound("admin1 unit", code)
        return place

    def hits(self, name: str) -> tuple[list[Hit], str | None]:
        """Index entries for a name and the kind its suffix asked for ("X District")."""
        key, kind = split_kind(name)
        return self.index.get(key, []), kind

    def lookup(self, name: str) -> list[Place]:
        """Every place the name may mean, best-ranked first (see `resolve` for the rules)."""
        from tasdiq.reference.resolve import candidates  # resolve imports this module

        return candidates(self, name)

    def names(self, *, include_risky: bool = True) -> Iterator[tuple[str, tuple[str, ...]]]:
        """(surface name, place ids) for the main names of every place, for phrase patterns."""
        for surface, ids in self.surfaces.items():
            if include_risky or not self.is_risky(surface):
                yield surface, tuple(ids)

    def is_risky(self, name: str) -> bool:
        """True for names that are also common words ("Bar", "Camp") or very short: take
        them as places only when capitalised and in a place context."""
        return name_key(name) in self.risky


def _data(name: str) -> Any:
    return resources.files("tasdiq.reference") / "data" / name


def _read_csv(name: str) -> list[dict[str, str]]:
    with _data(name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _generated_rows() -> Iterator[dict[str, Any]]:
    with gzip.open(_data("places.jsonl.gz").open("rb"), "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def _curated_rows() -> Iterator[dict[str, Any]]:
    for row in _read_csv("curated/places.csv"):
        yield {
            "id": row["id"], "name": row["name"], "kind": row["kind"], "country": row["country"],
            "admin1": row["admin1"] or None, "admin2": row["admin2"] or None,
            "lat": float(row["lat"]), "lon": float(row["lon"]),
            "names": [row["name"], *row["names"].split("|")],
        }


class _Builder:
    """Collects rows into the gazetteer's dicts."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, Any]] = {}
        self.index: dict[str, list[Hit]] = defaultdict(list)
        self.surfaces: dict[str, list[str]] = defaultdict(list)

    def add_row(self, row: dict[str, Any]) -> None:
        self.rows[row["id"]] = row
        for name in row["names"]:
            self.add_name(row["id"], name, primary=True)
        for name in row.get("alt", ()):
            self.add_name(row["id"], name, primary=False)

    def add_name(self, place_id: str, name: str, *, primary: bool) -> None:
        key = name_key(name)
        if not key:
            return
        hits = self.index[key]
        if not any(h.place_id == place_id for h in hits):
            hits.append(Hit(place_id, primary))
        elif primary:  # a curated spelling promotes a GeoNames alternate
            hits[:] = [Hit(h.place_id, True) if h.place_id == place_id else h for h in hits]
        if primary and place_id not in self.surfaces[name]:
            self.surfaces[name].append(place_id)

    def place(self, row: dict[str, Any], admin1_names: dict[str, str]) -> Place:
        names = tuple(dict.fromkeys(row["names"]))
        return Place(
            id=row["id"], name=row["name"], kind=row["kind"], country=row["country"],
            admin1=row.get("admin1"), admin1_name=admin1_names.get(row.get("admin1") or ""),
            admin2=row.get("admin2"), lat=row.get("lat"), lon=row.get("lon"),
            population=row.get("pop"), geonames_id=row.get("gn"), names=names,
            capital=bool(row.get("capital")),
        )


def load_gazetteer() -> Gazetteer:
    """Read the data files into a new Gazetteer (use `gazetteer()` for the cached one)."""
    builder = _Builder()
    for row in _generated_rows():
        builder.add_row(row)
    for row in _curated_rows():
        builder.add_row(row)
    for extra in _read_csv("curated/extra_names.csv"):
        for name in extra["names"].split("|"):
            builder.rows[extra["place_id"]]["names"].append(name)
            builder.add_name(extra["place_id"], name, primary=True)
    countries = {}
    for row in _read_csv("curated/country_names.csv"):
        countries[row["name"]] = row["place_id"]
        builder.rows[row["place_id"]]["names"].append(row["name"])
        builder.add_name(row["place_id"], row["name"], primary=True)
    admin1_names = {r["id"]: r["name"] for r in builder.rows.values() if r["kind"] == "province"}
    places = {pid: builder.place(row, admin1_names) for pid, row in builder.rows.items()}
    risky = _data("risky_names.txt").read_text(encoding="utf-8").split("\n")
    common = _data("curated/common_words.txt").read_text(encoding="utf-8").split("\n")
    risky_keys = frozenset(w.strip() for w in [*risky, *common] if w.strip() and not w.startswith("#"))
    return Gazetteer(places=places, index=dict(builder.index), surfaces=dict(builder.surfaces),
                     risky=risky_keys, country_names=countries)


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded on first call and shared afterwards.

    Building it folds 15,937 names into keys, 0.15-0.17 CPU s of every `tasdiq link`; the built
    one is kept pickled in the cache folder (`tasdiq.cache`), which loads in about half that.
    Where the folder cannot be written it is built as before."""
    return _from_cache() or load_gazetteer()


def _data_files() -> list[Path]:
    """Every file of the reference data. The built gazetteer is made of some of them and of the
    code that folds names into keys and files them; hashing them all, rather than a list kept
    beside `load_gazetteer`'s reads, means a file it starts reading can never leave a stale pickle."""
    return sorted(p for p in Path(str(resources.files("tasdiq.reference") / "data")).rglob("*") if p.is_file())


def _inputs_digest() -> str:
    sha = hashlib.sha256()
    for path in [*_data_files(), Path(__file__), Path(text.__file__)]:
        sha.update(path.read_bytes())
    return sha.hexdigest()[:16]


def _from_cache() -> Gazetteer | None:
    from tasdiq.cache import derived_file  # reads the settings: only when a gazetteer is wanted

    def build(target: Path) -> None:
        with target.open("wb") as fh:
            pickle.dump(load_gazetteer(), fh, protocol=pickle.HIGHEST_PROTOCOL)

    source = Path(str(_data("places.jsonl.gz")))
    path = derived_file(f"gazetteer-{_inputs_digest()}", source=source, build=build, suffix=".pickle")
    if path is None:
        return None
    # Our own file in our own cache folder, written by the build above under its inputs' hash.
    with path.open("rb") as fh:
        found = pickle.load(fh)
    return found if isinstance(found, Gazetteer) else None


def province_code(value: str) -> str:
    """A province's ISO code from its code or its name; an unknown name is kept as given
    (it then matches nothing, which the page shows, rather than failing the request)."""
    code = value.strip().upper()
    places = gazetteer().places
    if code in places and places[code].kind == "province":
        return code
    folded = fold(value)
    for place in gazetteer().lookup(value):
        if place.kind == "province" and folded in {fold(n) for n in (place.name, *place.names)}:
            return place.id
    return code
