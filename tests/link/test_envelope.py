"""The incident envelope and the member walk it replaced give the same verdicts.

An incident's members are drawn from small domains (a few days at every precision, written on
the day or not, two provinces and countries, attack types in and out of one group, shared
sources and texts, points near and over 100 km apart, precise and vague coordinates), so that
every veto of `scoring._vetoed` and `scoring._km` fires often and its edges are reached.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasdiq.link.anniversary import Anniversaries, recalls
from tasdiq.link.cluster import Linker
from tasdiq.link.envelope import Envelope
from tasdiq.link.features import Features
from tasdiq.link.scoring import compatible, pair_score, threshold

DAY = dt.date(2023, 5, 10)
# Two points in one Kabul neighbourhood, one ~110 km east, one ~100 km south-east, and Kandahar.
POINTS = [(34.50, 69.20), (34.52, 69.18), (34.40, 70.40), (33.60, 69.90), (31.60, 65.70)]
TYPES = ["bombing", "suicide_bombing", "armed_assault", "kidnapping", "airstrike", "other"]


@st.composite
def mentions(draw: st.DrawFn) -> Features:
    precision = draw(st.sampled_from(["day", "day", "day", "week", "month", "year", "unknown"]))
    date = DAY + dt.timedelta(days=draw(st.integers(-5, 5)))
    if draw(st.integers(0, 20)) == 0:
        date = date.replace(year=date.year - draw(st.integers(1, 6)))  # an anniversary, or one too far back
    written = draw(st.sampled_from([0, 0, 1, 2]))  # days after the date it was published
    point = draw(st.sampled_from([None, *POINTS]))
    return Features(
        mention_id=draw(st.integers(1, 10_000)),
        source_id=draw(st.one_of(st.integers(10, 10**6), st.sampled_from([None, 1, 2]))),
        ordinal=draw(st.integers(0, 1)), publisher=draw(st.sampled_from([None, "Wire", "Daily"])),
        source_kind="news", text_sha256=draw(st.sampled_from(["", "", "", "aa", "bb"])),
        published=dt.datetime.combine(date + dt.timedelta(days=written), dt.time(9), tzinfo=dt.UTC),
        supersedes_id=None, date=date, precision=precision,
        country=draw(st.sampled_from([None, *["AF"] * 6, "PK"])),
        admin1=draw(st.sampled_from([None, "", *["KAB"] * 6, "NGR"])),
        admin2=draw(st.sampled_from([None, "Kabul", "Paghman"])), place_name=None,
        lat=point[0] if point else None, lon=point[1] if point else None,
        geo_precision=draw(st.sampled_from([None, 1, 2, 3, 4])),
        attack_type=draw(st.sampled_from(["bombing"] * 6 + TYPES)),
        suicide=False, killed=(None, draw(st.sampled_from([None, 0, 5, 6, 20])), None), injured=(None, None, None),
        perpetrator=None, certainty="unknown", targets=frozenset(draw(st.sets(st.sampled_from(["police", "market"])))),
        victims=frozenset(), date_how=draw(st.sampled_from([None, "weekday:on", "absolute", "dateline"])),
    )


def _envelope(members: list[Features]) -> Envelope:
    envelope = Envelope()
    for m in members:
        envelope.add(m)
    return envelope


@settings(max_examples=800, deadline=None)
@given(st.lists(mentions(), min_size=1, max_size=12), mentions())
def test_envelope_admits_exactly_what_every_member_allows(members: list[Features], f: Features) -> None:
    assert _envelope(members).admits(f) == all(compatible(f, m) for m in members)


@settings(max_examples=400, deadline=None)
@given(st.lists(mentions(), min_size=1, max_size=12), mentions())
def test_anniversaries_find_what_recalls_finds_by_walking(members: list[Features], f: Features) -> None:
    assert Anniversaries(members).recalled_by(f) == recalls(f, members)


def _walked(members: list[Features], f: Features) -> float | None:
    """The cluster score as it was computed before the envelope: every member, in turn."""
    best: float | None = None
    passed = False
    for m in members:
        s = pair_score(f, m)
        if s is None:
            return None
        passed = passed or s >= threshold(f, m)
        best = s if best is None else max(best, s)
    return best if passed else None


@settings(max_examples=400, deadline=None)
@given(st.lists(mentions(), min_size=1, max_size=12), mentions())
def test_cluster_score_is_the_member_walks_when_every_member_is_scored(members: list[Features], f: Features) -> None:
    linker = Linker()
    linker.scored_members = 0
    cluster = linker.new_cluster()
    for m in members:
        linker.attach(cluster, m, None, "suggested")
    assert linker._cluster_score(cluster, f) == _walked(members, f)


@pytest.mark.parametrize("days", [2, -2])
def test_a_member_written_on_its_day_two_days_from_the_mentions_vetoes_it(days: int) -> None:
    base = dict(mention_id=1, source_id=1, ordinal=0, publisher=None, source_kind="news", text_sha256="",
                supersedes_id=None, precision="day", country="AF", admin1="KAB", admin2=None, place_name=None,
                lat=None, lon=None, geo_precision=None, attack_type="bombing", suicide=False,
                killed=(None, None, None), injured=(None, None, None), perpetrator=None, certainty="unknown",
                targets=frozenset(), victims=frozenset(), date_how="weekday:on")
    day = dt.datetime(2023, 5, 10, 9, tzinfo=dt.UTC)
    later = day + dt.timedelta(days=days)
    members = [Features(**base, date=day.date(), published=day)]  # type: ignore[arg-type]
    f = Features(**base | {"source_id": 2}, date=later.date(), published=later)  # type: ignore[arg-type]
    assert not compatible(f, members[0])
    assert not _envelope(members).admits(f)


@settings(max_examples=300, deadline=None)
@given(mentions(), mentions())
def test_asked_for_reasons_a_pair_score_is_the_sum_of_its_reasons(a: Features, b: Features) -> None:
    # The hot path never formats a reason; asked for them, each signal is named with its points.
    reasons: list[tuple[str, float]] = []
    score = pair_score(a, b, reasons)
    if score is None:
        assert reasons == []
        return
    assert score == pytest.approx(sum(points for _, points in reasons))
    assert all(name and points for name, points in reasons)
    if a.precision == b.precision == "day" and a.date == b.date:
        assert ("date 0 day(s) apart", 2.0) in reasons
