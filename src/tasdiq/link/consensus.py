"""Date, place and type of an incident by consensus of its mentions, conflicts recorded."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from tasdiq.link.features import PRECISION_RANK, Features

UNKNOWN = "unknown"


def _mode(values: list[Any]) -> Any:
    """Most frequent value; ties go to the smallest (earliest date, first name)."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def date_consensus(members: list[Features], explanation: dict[str, Any]) -> dict[str, Any]:
    """The most frequent date among the most precise ones; other values are conflicts."""
    dated = [f for f in members if f.date is not None and f.precision != UNKNOWN]
    if not dated:
        explanation["date"] = {"value": None, "precision": UNKNOWN, "why": "no source dates it", "conflicts": []}
        return {"date": None, "date_precision": UNKNOWN}
    rank = min(PRECISION_RANK.get(f.precision, 4) for f in dated)
    best = [f for f in dated if PRECISION_RANK.get(f.precision, 4) == rank]
    value: dt.date = _mode([f.date for f in best])
    precision = best[0].precision
    chosen_day = value.toordinal()
    conflicts = sorted({f"{f.date.isoformat()} ({f.precision}, source {f.source_id})" for f in dated
                        if f.date is not None and f.lo is not None and f.hi is not None
                        and not (f.lo <= chosen_day <= f.hi) and f.date != value})
    support = sum(1 for f in best if f.date == value)
    explanation["date"] = {"value": value.isoformat(), "precision": precision, "conflicts": conflicts,
                           "why": f"{support} of {len(best)} source(s) at {precision} precision give it"}
    return {"date": value, "date_precision": precision}


def place_consensus(members: list[Features], explanation: dict[str, Any]) -> dict[str, Any]:
    """Majority province, then majority district in it, then the most precise place inside that.

    Agreement comes before precision: one source's exact point in another district (a
    dateline city taken for the attack's place, say) must not outvote two sources that agree
    on the district, however vaguely they place it inside.
    """
    placed = [f for f in members if f.admin1 or f.country]
    keys = ("place_name", "country", "admin1", "admin2", "lat", "lon", "geo_precision")
    if not placed:
        explanation["place"] = {"why": "no source places it", "conflicts": []}
        return dict.fromkeys(keys)
    admin1s = [f.admin1 for f in placed if f.admin1]
    admin1 = _mode(admin1s) if admin1s else None
    inside = [f for f in placed if f.admin1 == admin1] if admin1 else placed
    admin2s = [d for f in inside if (d := _district(f))]
    admin2 = _agreed_district(inside, admin2s)
    agreed = [f for f in inside if admin2 and _district(f) == admin2] or inside
    top = _most_precise(agreed)
    countries = [f.country for f in placed if f.country]
    conflicts = sorted({f"{f.admin1}/{f.admin2 or '-'} (source {f.source_id})" for f in placed
                        if (f.admin1 and f.admin1 != admin1) or (admin2 and _district(f) not in (None, admin2))})
    explanation["place"] = {"value": top.place_name, "admin1": admin1, "admin2": top.admin2,
                            "precision": top.geo_precision, "conflicts": conflicts, "why": _place_why(
                                admin1s.count(admin1) if admin1 else 0, admin2s.count(admin2) if admin2 else 0,
                                len(placed), len(inside))}
    return {"place_name": top.place_name, "country": _mode(countries) if countries else None, "admin1": admin1,
            "admin2": top.admin2, "lat": top.lat, "lon": top.lon, "geo_precision": top.geo_precision}


def _district(f: Features) -> str | None:
    return f.admin2.strip().lower() if f.admin2 else None


def _agreed_district(inside: list[Features], admin2s: list[str]) -> str | None:
    """The district named most often; a tie goes to the district of the most precise place."""
    if not admin2s:
        return None
    counts = Counter(admin2s)
    most = max(counts.values())
    tied = {d for d, n in counts.items() if n == most}
    return _district(_most_precise([f for f in inside if _district(f) in tied]))


def _most_precise(candidates: list[Features]) -> Features:
    """Lowest precision code; at one code a named site before the town itself (UCDP codes both 1),
    then the place most sources name."""
    names = Counter(f.place_name or "" for f in candidates)
    return min(candidates, key=lambda f: (
        f.geo_precision or 9, f.place_name is None, (f.place_name or "").strip().lower() == _district(f),
        -names[f.place_name or ""], f.mention_id or 0))


def _place_why(in_admin1: int, in_admin2: int, placed: int, inside: int) -> str:
    if not in_admin1:
        return "no source names a province"
    why = f"province named by {in_admin1} of {placed} source(s)"
    if in_admin2:
        why += f", district by {in_admin2} of {inside} in it"
    return why + "; the most precise place inside"


def type_consensus(members: list[Features]) -> dict[str, Any]:
    """Most reported specific type ('other' only when nobody says more); suicide if any says so."""
    types = [f.attack_type for f in members if f.attack_type != "other"]
    suicide = any(f.suicide or f.attack_type == "suicide_bombing" for f in members)
    attack_type = _mode(types) if types else "other"
    if suicide and attack_type == "bombing":
        attack_type = "suicide_bombing"
    return {"attack_type": attack_type, "suicide": suicide}


def _date_label(values: dict[str, Any]) -> str:
    date: dt.date | None = values.get("date")
    precision = values.get("date_precision") or UNKNOWN
    if date is None or precision == UNKNOWN:
        return "date unknown"
    if precision == "year":
        return str(date.year)
    if precision == "month":
        return date.strftime("%Y-%m")
    if precision == "week":
        return f"week of {date.isoformat()}"
    return date.isoformat()


def title_for(values: dict[str, Any]) -> str:
    """'Suicide bombing, Kabul, 2021-08-26'."""
    kind = str(values.get("attack_type") or "other").replace("_", " ")
    kind = "Attack" if kind == "other" else kind[:1].upper() + kind[1:]
    place = values.get("place_name") or values.get("admin2") or values.get("admin1") or values.get("country")
    return f"{kind}, {place or 'place unknown'}, {_date_label(values)}"
