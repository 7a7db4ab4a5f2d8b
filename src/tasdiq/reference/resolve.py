"""Choosing one place among the candidates a report's place names allow.

The rules, in order (each exists because the gazetteer holds many namesakes):
1. A name with a kind suffix ("Kohistan District", "Kunar Province") keeps only
   candidates of that kind, when there are any.
2. Main names beat GeoNames alternates: "Kohistan" is a main name of four districts and an
   alternate of a town in Herat; the town is dropped while a main-name match exists.
3. Villages only when nothing else matches (8,900 villages share names with towns).
4. A candidate inside a province named nearby (`context_admin1`, or another mention that
   is unambiguous about its province) beats one outside; a village outside it is dropped.
5. Then rank: landmark/neighbourhood > province > city (by population) > district >
   region > village. One exception: a province capital beats its own province of the same
   name ("Kandahar" is the city, as UCDP codes it), unless the text said "Province".
6. If the best candidates still tie across provinces, the text does not say where: the
   result keeps what they share (country, maybe province) and `ambiguous=True`; no
   province is invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tasdiq.reference.places import Gazetteer, Place, gazetteer, precision

_TIER = {"landmark": 0, "neighbourhood": 0, "province": 1, "city": 2, "district": 3, "region": 4,
         "village": 5, "country": 6}


@dataclass(frozen=True, slots=True)
class Resolution:
    """Where a report puts an event: a place, or what several candidates have in common."""

    mention: str
    place: Place | None
    name: str
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    precision: int
    candidates: tuple[Place, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.place is None

    def to_location_dict(self) -> dict[str, Any]:
        """The `location` object of tasdiq-events/1."""
        return {"name": self.name, "country": self.country, "admin1": self.admin1, "admin2": self.admin2,
                "lat": self.lat, "lon": self.lon, "precision": self.precision}


def candidates(gaz: Gazetteer, name: str, *, country: str | None = None) -> list[Place]:
    """Places a name may mean after rules 1-3, best-ranked first (rule 5)."""
    hits, kind = gaz.hits(name)
    if any(h.primary for h in hits):
        hits = [h for h in hits if h.primary]
    places = [gaz.places[h.place_id] for h in hits]
    if kind and any(p.kind == kind for p in places):
        places = [p for p in places if p.kind == kind]
    if country and any(p.country == country for p in places):
        places = [p for p in places if p.country == country]
    if any(p.kind != "village" for p in places):
        places = [p for p in places if p.kind != "village"]
    return sorted(places, key=lambda p: _rank(p, places, kind))


def _rank(place: Place, others: list[Place], kind: str | None) -> tuple[int, int]:
    tier = _TIER[place.kind]
    if place.kind == "city" and place.capital and kind != "province" and any(
            o.kind == "province" and o.admin1 == place.admin1 for o in others):
        tier = 0  # the capital city of a same-named province
    return tier, -(place.population or 0)


def _admin1_of(places: list[Place]) -> str | None:
    codes = {p.admin1 for p in places if p.kind != "country"}
    return codes.pop() if len(codes) == 1 else None


def _pick(places: list[Place], context: set[str], kind: str | None) -> list[Place]:
    """The best candidates (several when they tie) after rule 4."""
    if context:
        inside = [p for p in places if p.admin1 in context]
        if inside:
            places = inside
        elif all(p.kind == "village" for p in places):
            return []
    if not places:
        return []
    best = _rank(places[0], places, kind)
    tied = [p for p in places if _rank(p, places, kind) == best]
    if len({p.admin1 for p in tied}) == 1:
        return tied[:1]  # namesakes inside one province: the same district listed twice
    return tied


def _ambiguous(mention: str, tied: list[Place], gaz: Gazetteer) -> Resolution:
    """What the tied candidates share; no province unless all share it."""
    admin1 = _admin1_of(tied)
    countries = {p.country for p in tied}
    country = countries.pop() if len(countries) == 1 else None
    anchor = gaz.places.get(admin1 or country or "")
    return Resolution(mention=mention, place=None, name=mention, country=country, admin1=admin1, admin2=None,
                      lat=anchor.lat if anchor else None, lon=anchor.lon if anchor else None,
                      precision=4 if admin1 else 6, candidates=tuple(tied))


def _resolved(mention: str, place: Place, near: bool, cands: list[Place]) -> Resolution:
    return Resolution(mention=mention, place=place, name=place.name, country=place.country,
                      admin1=place.admin1, admin2=place.admin2, lat=place.lat, lon=place.lon,
                      precision=precision(place.kind, near=near), candidates=tuple(cands))


def resolve(
    mentions: Sequence[str],
    *,
    context_admin1: Sequence[str] = (),
    country_hint: str | None = None,
    near: bool = False,
    gaz: Gazetteer | None = None,
) -> Resolution | None:
    """The place the mentions (place names of one event, in text order) point to.

    Returns the most precise mention that resolves, or an ambiguous Resolution (place None)
    when none does, or None when no mention is in the gazetteer. `near` marks "near X".
    """
    gaz = gaz or gazetteer()
    found = [(m, candidates(gaz, m, country=country_hint), gaz.hits(m)[1]) for m in mentions]
    found = [(m, c, k) for m, c, k in found if c]
    if not found:
        return None
    context = {code.upper() for code in context_admin1}
    context |= {code for _, c, _ in found if (code := _admin1_of(c))}
    results = []
    for mention, cands, kind in found:
        tied = _pick(cands, context, kind)
        if len(tied) == 1:
            results.append(_resolved(mention, tied[0], near, cands))
        elif tied:
            results.append(_ambiguous(mention, tied, gaz))
    if not results:
        return None
    return min(results, key=lambda r: (r.ambiguous, r.precision))
