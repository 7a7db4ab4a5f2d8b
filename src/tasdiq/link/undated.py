"""Undated mentions: the one dated incident that names the same place and the same attack.

A report without a usable date ("on Thursday" with nothing to anchor it, a retrospective)
cannot earn date points, so pair scores alone seldom take it to the undated threshold even
when it names the very landmark a dated incident happened at. The rule here places it by
what it does say:

- **same landmark**: a member of the incident names the same site (the gazetteer's place
  id; the place name itself when the gazetteer does not know it), and no veto applies; or
- **same name**: a member gives a proper name this report gives (`tasdiq.link.names`: "the
  Russian embassy", the governor's name), and no veto applies; or
- **same town**: the same district or town, the same attack type (a suicide bombing is a
  bombing), a shared target category, and the same perpetrator, a named victim or a close
  toll in common.

- **same toll and side, country only**: a report placed only to its country (no province)
  names no town; it fits a dated member that gives the same toll (at least `country_toll_min`
  killed), names the same perpetrator and shares a target.

Agreeing on the perpetrator, a named victim or the toll makes a landmark fit stronger too. The mention joins the
single dated incident that fits best; when two incidents fit equally it stays apart (an
analyst can link it), because a place and a kind of attack do not say which of the two it
was. A town or district is never a landmark: it names where, not which attack.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from tasdiq.link.config import scoring
from tasdiq.link.features import Features
from tasdiq.link.scoring import shared_names, weights

LANDMARK, NAME, TOWN, AGREEMENT, COUNTRY = 2.0, 1.0, 1.0, 0.5, 1.0
# UCDP precision 1 (the place itself) or 2 (near it): anything vaguer is not a site.
SITE_PRECISION = 2


def landmark(f: Features) -> str | None:
    """The site this mention names, as the gazetteer's place id (or the name it was given)."""
    if not f.place_name or (f.geo_precision or 9) > SITE_PRECISION:
        return None
    name = f.place_name.strip().lower()
    if name in (_lower(f.admin2), _lower(f.admin1)):
        return None  # the town or district itself (the cheap, common case: no gazetteer lookup)
    return _site(name, f.admin1)


def _lower(value: str | None) -> str | None:
    return value.strip().lower() if value else None


@lru_cache(maxsize=65536)
def _site(name: str, admin1: str | None) -> str | None:
    from tasdiq.reference.places import gazetteer  # loaded on first undated site, not at import

    places = gazetteer().lookup(name)
    if not places:
        return f"name:{name}"  # a site the gazetteer does not know: its name is its identity
    for place in places:
        if place.kind == "landmark" and (admin1 is None or place.admin1 == admin1):
            return place.id
    return None  # a city, village or neighbourhood: a town, not a site


def same_town(a: Features, b: Features) -> bool:
    towns_a = {v for v in (_lower(a.admin2), _lower(a.place_name)) if v}
    return bool(towns_a & {v for v in (_lower(b.admin2), _lower(b.place_name)) if v})


def same_attack_type(a: Features, b: Features) -> bool:
    """Equal types, a suicide bombing counting as a bombing: one outlet often says only "blast"."""
    return _folded(a.attack_type) == _folded(b.attack_type)


def _folded(attack_type: str) -> str:
    return "bombing" if attack_type == "suicide_bombing" else attack_type


def agrees(f: Features, member: Features) -> bool:
    """Something beyond place and kind in common: the same perpetrator named, a named victim,
    or a close toll (within `killed_close_ratio`, the ratio the pair score already counts as
    agreeing: outlets' tolls grow as the dead are counted). Among the attacks of one town,
    type and target a toll of the same size is at least as telling as a perpetrator who
    claims most of them. A group and its branch (IS, ISKP) are deliberately not taken as
    agreeing here: in Kabul they claim nearly every bombing, and an undated "IS" report would
    fit (and tie) every one of them."""
    if f.perpetrator and f.perpetrator == member.perpetrator:
        return True
    return bool(f.victims & member.victims) or close_tolls(f.killed[1], member.killed[1])


def toll_and_side(f: Features) -> str | None:
    """"23 killed, TJP": what a report placed only to its country still says about which attack,
    when the toll is large enough to be telling (`country_toll_min`) and a perpetrator is named."""
    killed = f.killed[1]
    if killed is None or killed < int(scoring()["country_toll_min"]) or not f.perpetrator:
        return None
    return f"{killed}|{f.perpetrator}"


def same_toll_and_side(f: Features, member: Features) -> bool:
    mine = toll_and_side(f)
    return mine is not None and mine == toll_and_side(member)


def close_tolls(a: int | None, b: int | None) -> bool:
    if not a or not b:
        return False  # no toll, or none killed, says nothing about which attack
    return max(a, b) / min(a, b) <= weights().killed_close_ratio


def fit(f: Features, member: Features) -> float | None:
    """How well undated `f` fits dated `member` by place and attack (None: it does not).

    Only dated members count: an undated member fitting would let one undated report pull
    in another through whatever they share, with nothing tying either to the attack's day."""
    if not member.dated:
        return None
    if f.targets and member.targets and not f.targets & member.targets:
        return None  # the same site, but different people attacked: not this attack
    if f.admin1 is None:
        return COUNTRY if same_toll_and_side(f, member) and f.targets & member.targets else None
    agree = agrees(f, member)
    site = landmark(f)
    if site is not None and site == landmark(member):
        return LANDMARK + (AGREEMENT if agree else 0.0)
    if shared_names(f, member):
        # A proper name beyond place and group ("the Russian embassy", "the Jaffar Express",
        # the governor's name) says which attack, as a landmark does, if less surely.
        return NAME + (AGREEMENT if agree else 0.0)
    # A town sees many attacks of one kind on one kind of target: it takes a named perpetrator
    # or victim in common as well (an undated "bombing of foreigners in Kabul" is not enough).
    if agree and same_town(f, member) and same_attack_type(f, member) and f.targets & member.targets:
        return TOWN + AGREEMENT
    return None


def incident_fit(f: Features, members: Iterable[Features]) -> float | None:
    """The best fit with a dated member of an incident `f` is compatible with (the caller has
    checked every member: `Envelope.admits`), or, when no single member fits, with what the
    dated members say together."""
    dated = [m for m in members if m.dated]
    best = max((level for m in dated if (level := fit(f, m)) is not None), default=None)
    return best if best is not None else pooled_town_fit(f, dated)


def pooled_town_fit(f: Features, dated: list[Features]) -> float | None:
    """The town rule against the incident as a whole: outlets each tell part of an attack (one
    the toll, another the shops attacked), so the target and the agreement may come from
    different reports of it, as long as one report of it names the same town and attack."""
    if not any(same_town(f, m) and same_attack_type(f, m) for m in dated):
        return None
    targets = frozenset().union(*(m.targets for m in dated))
    if f.targets & targets and any(agrees(f, m) for m in dated):
        return TOWN + AGREEMENT
    return None
