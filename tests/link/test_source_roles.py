"""An incident's voices found by grouping equal values are the ones every pair of sources gave.

`source_roles` compared every pair of an incident's sources; it now groups them by publisher,
text and superseded source, and compares by MinHash only sources with the same tolls and date.
The reference below is the pairwise version, kept to check that the groups, each group's
representative and the reason given for each other source are the same.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tasdiq.link.features import Features
from tasdiq.link.sources import EPOCH, SourceRoles, _find, _gives_figures, _same_voice, source_roles

WIRE = "Gunmen attacked a police checkpoint on the main road outside the town before dawn, officials said on Monday"
MARKET = "A bomb went off in a crowded market near the old bus stand at noon as shoppers gathered for Eid, police said"
# Copies of two stories, near-identical (one or two words added or changed) or not
TEXTS = [WIRE, WIRE + " by phone", WIRE.replace("Monday", "Tuesday"), WIRE + " in a statement on the attack",
         MARKET, MARKET + " on Friday", MARKET.replace("noon", "dusk"), "Nothing"]


def _pairwise(members: list[Features]) -> SourceRoles:
    """`source_roles` as it was: every pair of sources asked `_same_voice`."""
    roles = SourceRoles()
    by_source: dict[int, Features] = {}
    for f in members:
        if f.source_id is not None:
            by_source.setdefault(f.source_id, f)
    parent = {sid: sid for sid in by_source}
    ids = sorted(by_source)
    why: dict[frozenset[int], str] = {}
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            reason = _same_voice(by_source[a], by_source[b])
            if reason:
                parent[_find(parent, a)] = _find(parent, b)
                why[frozenset((a, b))] = reason
    groups: dict[int, list[int]] = {}
    for sid in ids:
        groups.setdefault(_find(parent, sid), []).append(sid)
    for group in groups.values():
        latest = max(group, key=lambda s: (_gives_figures(by_source[s]), by_source[s].published or EPOCH, s))
        for sid in group:
            roles.representative[sid] = latest
            if sid != latest:
                kind = why.get(frozenset((sid, latest)), "same outlet or story")
                roles.reason[sid] = f"{kind}; counted once through source {latest}"
    return roles


@st.composite
def members(draw: st.DrawFn, most: int = 14, days: int = 2) -> list[Features]:
    found = []
    for sid in range(1, draw(st.integers(1, most)) + 1):
        text = draw(st.sampled_from(TEXTS))
        day = dt.date(2024, 3, draw(st.integers(4, 3 + days)))
        found.append(Features(
            mention_id=sid, source_id=draw(st.sampled_from([sid, sid, sid, None])), ordinal=0,
            publisher=draw(st.sampled_from([None, "", "Wire", "Daily", "Post"])), source_kind="news",
            text_sha256=draw(st.sampled_from(["", "", text[:12]])),
            published=dt.datetime(2024, 3, draw(st.integers(4, 8)), tzinfo=dt.UTC),
            supersedes_id=draw(st.sampled_from([None, None, None, 1, 2, sid])), date=day, precision="day",
            country="PK", admin1="PK-KP", admin2=None, place_name=None, lat=None, lon=None, geo_precision=None,
            attack_type="armed_assault", suicide=False,
            killed=(None, draw(st.sampled_from([None, 3, 4] if days > 1 else [3])), None),
            injured=(None, None, None), perpetrator=None, certainty="unknown", targets=frozenset(),
            victims=frozenset(), text=text,
        ))
    return found


@settings(max_examples=400, deadline=None)
@given(members())
def test_voices_grouped_by_equal_values_are_the_pairwise_ones(found: list[Features]) -> None:
    fast, walked = source_roles(found), _pairwise(found)
    assert fast.representative == walked.representative
    assert fast.reason == walked.reason


@settings(max_examples=150, deadline=None)
@given(members(most=60, days=1))
def test_voices_of_a_large_incident_found_by_minhash_bands_are_the_pairwise_ones(found: list[Features]) -> None:
    fast, walked = source_roles(found), _pairwise(found)
    assert fast.representative == walked.representative
    assert fast.reason == walked.reason


def test_copies_differing_in_one_value_of_each_of_four_bands_are_still_one_voice() -> None:
    """28 of 32 MinHash values agreeing reach syndicated_jaccard (0.85); the 4 that differ are put
    one in each of four of the five bands, so only the fifth band finds the pair."""
    base = np.arange(32, dtype=np.uint32)
    copy = base.copy()
    copy[[0, 8, 16, 24]] += 1000
    others = [np.arange(100 * k, 100 * k + 32, dtype=np.uint32) for k in range(1, 20)]
    found = []
    for sid, signature in enumerate([base, copy, *others], start=1):
        f = Features(
            mention_id=sid, source_id=sid, ordinal=0, publisher=f"Outlet {sid}", source_kind="news",
            text_sha256=f"t{sid}", published=None, supersedes_id=None, date=dt.date(2024, 3, 4), precision="day",
            country="PK", admin1="PK-KP", admin2=None, place_name=None, lat=None, lon=None, geo_precision=None,
            attack_type="armed_assault", suicide=False, killed=(None, 3, None), injured=(None, None, None),
            perpetrator=None, certainty="unknown", targets=frozenset(), victims=frozenset(), text="x",
        )
        f._signature = signature
        found.append(f)
    roles = source_roles(found)
    assert roles.representative[1] == roles.representative[2]
    assert roles.representative == _pairwise(found).representative
