"""A large incident is scored for points against a bounded sample of its members, never vetoed by fewer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from tasdiq.link.cluster import Cluster, Linker
from tasdiq.link.features import Features

DAY = dt.date(2023, 1, 30)


def _report(n: int, *, precision: str = "day", days: int = 0, admin1: str = "PK-KP") -> Features:
    date = DAY + dt.timedelta(days=days)
    return Features(
        mention_id=n, source_id=n, ordinal=0, publisher=f"Outlet {n % 7}", source_kind="news", text_sha256=f"t{n}",
        published=dt.datetime.combine(date, dt.time(12), tzinfo=dt.UTC), supersedes_id=None, date=date,
        precision=precision, country="PK", admin1=admin1, admin2="Peshawar", place_name="Peshawar", lat=34.0,
        lon=71.5, geo_precision=2, attack_type="suicide_bombing", suicide=True, killed=(None, 60 + n % 40, None),
        injured=(None, None, None), perpetrator=None, certainty="unknown", targets=frozenset({"police"}),
        victims=frozenset(),
    )


def _incident(members: list[Features], bound: int) -> tuple[Linker, Cluster]:
    linker = Linker()
    linker.scored_members = bound
    cluster = linker.new_cluster()
    for f in members:
        linker.attach(cluster, f, None, "suggested")
    return linker, cluster


def test_an_incident_no_larger_than_the_bound_is_scored_whole() -> None:
    members = [_report(n) for n in range(1, 25)]
    assert _incident(members, 24)[1].scored() == members


def test_a_large_incident_scores_the_best_dated_first_reports_and_the_latest_whatever_the_order() -> None:
    members = [_report(n, precision="year" if n % 3 else "day") for n in range(1, 301)]
    chosen = {f.mention_id for f in _incident(members, 24)[1].scored()}
    shuffled = members[:]
    random.Random(5).shuffle(shuffled)
    assert {f.mention_id for f in _incident(shuffled, 24)[1].scored()} == chosen
    assert len(chosen) == 24
    first_day_dated = {n for n in range(1, 301) if n % 3 == 0}
    assert set(sorted(first_day_dated)[:18]) <= chosen  # 24 less the quarter kept for the latest
    assert set(range(295, 301)) <= chosen


def test_a_member_left_out_of_the_sample_still_vetoes() -> None:
    members = [_report(n) for n in range(1, 41)]
    mention = _report(1000)
    linker, cluster = _incident(members, 8)
    assert linker._cluster_score(cluster, mention) is not None
    # Report 20 (neither among the first 6 nor the latest 2) placed in another province.
    other = [dataclasses.replace(f, admin1="PK-BA") if f.mention_id == 20 else f for f in members]
    linker, cluster = _incident(other, 8)
    assert 20 not in {f.mention_id for f in cluster.scored()}
    assert linker._cluster_score(cluster, mention) is None
