"""Pair scoring: how strongly two mentions look like one attack.

A pair either cannot be the same attack (a veto: `None`) or earns evidence points, each
from one signal (date, place, type, targets, victims, counts, perpetrator, text). The points
and the thresholds live in `data/scoring.json` and are explained in docs/linking.md.
Pass `reasons` to get each signal's contribution (for `--explain` and tests); the hot path
leaves it None.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Any

from tasdiq.link.config import scoring, types_compatible
from tasdiq.link.features import Features, text_jaccard

Reasons = list[tuple[str, float]]


@dataclass(frozen=True)
class Weights:
    """`data/scoring.json` as typed attributes: the pair scorer runs millions of times per run."""

    threshold: float
    threshold_undated: float
    day_slack: int
    same_day_reports_max_gap: int
    date_points_by_day_gap: tuple[float, ...]
    date_points_coarse: dict[str, float]
    max_km: float
    distance_points: tuple[tuple[float, float], ...]
    same_area_km: float
    same_area: float
    different_area: float
    same_admin1: float
    same_admin2: float
    different_admin2: float
    same_type: float
    compatible_type: float
    both_suicide: float
    targets_overlap_base: float
    targets_overlap_jaccard: float
    targets_disjoint: float
    victims_overlap: float
    names_overlap: float
    killed_equal: float
    killed_close_ratio: float
    killed_close: float
    killed_far_ratio: float
    killed_far_min_gap: int
    killed_far: float
    same_perpetrator: float
    text_min_jaccard: float
    text_points_per_jaccard: float
    text_max_points: float
    syndicated_jaccard: float


@cache
def weights() -> Weights:
    cfg: dict[str, Any] = scoring()
    names = Weights.__dataclass_fields__
    values = {k: cfg[k] for k in names}
    values["date_points_by_day_gap"] = tuple(float(x) for x in cfg["date_points_by_day_gap"])
    values["distance_points"] = tuple((float(a), float(b)) for a, b in cfg["distance_points"])
    values["date_points_coarse"] = {k: float(v) for k, v in cfg["date_points_coarse"].items()}
    return Weights(**values)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def quick_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within 0.1% of haversine below 200 km, a third of the cost.

    Only distances up to `max_km` (100 km) decide anything, and the scorer runs millions of
    times per full link; `haversine_km` stays for anything that reports a distance far off.
    """
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.sqrt(x * x + y * y)


def threshold(a: Features, b: Features) -> float:
    """Undated pairs need stronger evidence: place and type alone are not enough."""
    cfg = weights()
    return cfg.threshold if a.lo is not None and b.lo is not None else cfg.threshold_undated


def syndicated(a: Features, b: Features) -> bool:
    """Copies of one story: the same normalised text, or near-identical text from another outlet."""
    if a.source_id is None or b.source_id is None or a.source_id == b.source_id:
        return False
    if a.text_sha256 and a.text_sha256 == b.text_sha256:
        return True
    if a.publisher and a.publisher == b.publisher:
        return False
    if (a.killed, a.injured, a.date) != (b.killed, b.injured, b.date):
        return False  # near-identical texts give identical extracted values; skip the MinHash
    j = text_jaccard(a, b)
    return j is not None and j >= weights().syndicated_jaccard


def _add(reasons: Reasons | None, name: str, points: float, *values: Any) -> float:
    """`points`, noted in `reasons` when they are asked for. `name` is a template filled with
    `values` (a set as its sorted members) only then: the hot path scores hundreds of thousands
    of pairs a link and never reads a reason."""
    if reasons is not None and points:
        reasons.append((name.format(*(_listed(v) for v in values)), points))
    return points


def _listed(value: Any) -> Any:
    return ", ".join(sorted(value)) if isinstance(value, set | frozenset) else value


def compatible(a: Features, b: Features) -> bool:
    """False when `a` and `b` cannot be one attack (the vetoes of `pair_score`)."""
    if _vetoed(a, b):
        return False
    km = _km(a, b)
    return km is None or km <= weights().max_km


def _vetoed(a: Features, b: Features) -> bool:
    # Cheapest and most selective first: most candidates from a block fail on date or type.
    if a.lo is not None and b.lo is not None and a.hi is not None and b.hi is not None:
        slack = weights().day_slack
        if a.lo > b.hi + slack or b.lo > a.hi + slack:
            return True
        if abs(a.lo - b.lo) > weights().same_day_reports_max_gap and a.told_same_day and b.told_same_day:
            return True  # each written on the day it tells, days apart: two attacks (two bombings in one town)
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return True
    if a.attack_type != b.attack_type and not types_compatible(a.attack_type, b.attack_type):
        return True
    if a.source_id is not None and a.source_id == b.source_id:
        return True  # one source's events were already told apart by the extractor
    if a.text_sha256 and a.text_sha256 == b.text_sha256 and a.ordinal != b.ordinal:
        return True  # the same story's other event
    return bool(a.country and b.country and a.country != b.country)


def _km(a: Features, b: Features) -> float | None:
    """Distance between two points placed at least to the district (UCDP precision 1-3)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    if max(a.geo_precision or 3, b.geo_precision or 3) > 3:
        return None  # a province or country centroid says nothing about distance
    return quick_km(a.lat, a.lon, b.lat, b.lon)


def _date_points(a: Features, b: Features, r: Reasons | None) -> float:
    if not (a.dated and b.dated):
        return 0.0
    cfg = weights()
    if a.precision == "day" and b.precision == "day":
        gap = abs((a.lo or 0) - (b.lo or 0))
        table = cfg.date_points_by_day_gap
        return _add(r, "date {} day(s) apart", table[min(gap, len(table) - 1)], gap)
    coarser = max((a.precision, b.precision), key=lambda p: ["day", "week", "month", "year"].index(p))
    return _add(r, "dates agree within a {}", cfg.date_points_coarse.get(coarser, 0.0), coarser)


def _place_points(a: Features, b: Features, km: float | None, r: Reasons | None) -> float:
    cfg = weights()
    points = _add(r, "same province", cfg.same_admin1) if a.admin1 and a.admin1 == b.admin1 else 0.0
    if km is not None and a.site and b.site:
        for limit, pts in cfg.distance_points:
            if km <= limit:
                return points + _add(r, "{:.1f} km apart", pts, km)
        return points
    if km is not None:
        # Town or district coordinates: near each other says "same area", not "same spot";
        # further apart than a district says "probably another attack".
        if km <= cfg.same_area_km:
            return points + _add(r, "same area ({:.0f} km)", cfg.same_area, km)
        return points + _add(r, "{:.0f} km apart", cfg.different_area, km)
    if a.admin2 and b.admin2:
        same = a.admin2.lower() == b.admin2.lower()
        name, pts = ("same district", cfg.same_admin2) if same else ("different districts", cfg.different_admin2)
        points += _add(r, name, pts)
    return points


def _type_points(a: Features, b: Features, r: Reasons | None) -> float:
    cfg = weights()
    points = 0.0
    if a.attack_type == b.attack_type and a.attack_type != "other":
        points += _add(r, "both {}", cfg.same_type, a.attack_type)
    elif "other" not in (a.attack_type, b.attack_type):
        points += _add(r, "{} ~ {}", cfg.compatible_type, a.attack_type, b.attack_type)
    if a.suicide and b.suicide:
        points += _add(r, "both suicide attacks", cfg.both_suicide)
    return points


def _target_points(a: Features, b: Features, r: Reasons | None) -> float:
    cfg = weights()
    points = 0.0
    if a.targets and b.targets:
        if a.targets.isdisjoint(b.targets):  # no set built for a pair that shares none
            points += _add(r, "targets differ", cfg.targets_disjoint)
        else:
            shared = a.targets & b.targets
            jac = len(shared) / len(a.targets | b.targets)
            pts = cfg.targets_overlap_base + cfg.targets_overlap_jaccard * jac
            points += _add(r, "targets shared: {}", pts, shared)
    if not a.victims.isdisjoint(b.victims):
        points += _add(r, "named victims shared", cfg.victims_overlap)
    return points


def _count_points(a: Features, b: Features, r: Reasons | None) -> float:
    ka, kb = a.killed[1], b.killed[1]
    if ka is None or kb is None:
        return 0.0
    cfg = weights()
    if ka == kb and ka > 0:
        return _add(r, "same toll ({} killed)", cfg.killed_equal, ka)
    lo, hi = sorted((ka, kb))
    if lo > 0 and hi / lo <= cfg.killed_close_ratio:
        return _add(r, "close tolls ({} / {})", cfg.killed_close, ka, kb)
    if hi - lo >= cfg.killed_far_min_gap and (lo == 0 or hi / lo >= cfg.killed_far_ratio):
        return _add(r, "far-apart tolls ({} / {})", cfg.killed_far, ka, kb)
    return 0.0


def shared_names(a: Features, b: Features) -> frozenset[str]:
    """Proper names both give, less the words of a counted group of victims either gives: "two
    Chinese nationals" names a kind of victim (and counts as a victim where both give it), not an
    attack; Chinese workers were attacked in Karachi, Quetta and Kohistan."""
    shared = a.names() & b.names()
    if shared and (a.victims or b.victims):
        shared -= {w for v in a.victims | b.victims if v[:1].isdigit() for w in v.split()}
    return shared


def _name_points(a: Features, b: Features, r: Reasons | None) -> float:
    shared = shared_names(a, b)
    if not shared:
        return 0.0
    return _add(r, "names shared: {}", weights().names_overlap, shared)


def _text_points(a: Features, b: Features, r: Reasons | None) -> float:
    j = text_jaccard(a, b)
    cfg = weights()
    if j is None or j < cfg.text_min_jaccard:
        return 0.0
    return _add(r, "text similarity {:.2f}", min(cfg.text_max_points, cfg.text_points_per_jaccard * j), j)


def pair_score(a: Features, b: Features, reasons: Reasons | None = None) -> float | None:
    """Evidence points that `a` and `b` tell the same attack, or None when they cannot.

    Text similarity is looked at only where it can decide the link: when the other signals
    already reach the threshold, or fall short by more than text could add, the MinHash is
    not computed (it is the costliest signal; identical texts are still caught by hash).
    With `reasons` every signal is computed, for the explanation.
    """
    if _vetoed(a, b):
        return None
    km = _km(a, b)
    if km is not None and km > weights().max_km:
        return None
    return _points(a, b, km, reasons)


def points(a: Features, b: Features) -> float:
    """`pair_score` of a pair already known to be compatible (an incident's `Envelope` admits it)."""
    return _points(a, b, _km(a, b), None)


def _points(a: Features, b: Features, km: float | None, reasons: Reasons | None) -> float:
    points = _date_points(a, b, reasons) + _place_points(a, b, km, reasons) + _type_points(a, b, reasons)
    points += _target_points(a, b, reasons) + _count_points(a, b, reasons)
    if a.perpetrator and a.perpetrator == b.perpetrator:
        points += _add(reasons, "same perpetrator named ({})", weights().same_perpetrator, a.perpetrator)
    if a.text_sha256 and a.text_sha256 == b.text_sha256:
        return points + _add(reasons, "identical text (syndicated copy)", weights().threshold_undated)
    need = threshold(a, b)
    if a.dated and b.dated:
        if reasons is None and (points >= need or points + weights().text_max_points + weights().names_overlap < need):
            return points
        return points + _name_points(a, b, reasons) + _text_points(a, b, reasons)
    points += _name_points(a, b, reasons) + _text_points(a, b, reasons)
    if points >= need and not _specific(a, b, km):
        # Undated: a town, a kind of attack and a kind of target fit many attacks
        why = "undated, and nothing specific shared (site, victim, toll, wording)"
        return points + _add(reasons, why, need - 0.5 - points)
    return points


def _specific(a: Features, b: Features, km: float | None) -> bool:
    """Something that names this attack rather than a kind of attack: the same spot, a
    named victim or another proper name, the same toll, or shared wording."""
    if km is not None and a.site and b.site and km <= weights().distance_points[0][0]:
        return True
    if a.victims & b.victims or shared_names(a, b):
        return True
    if a.killed[1] is not None and a.killed[1] == b.killed[1] and a.killed[1] > 0:
        return True
    j = text_jaccard(a, b)
    return j is not None and j >= weights().text_min_jaccard
