"""Old footage passed off as new is flagged, naming the earlier sighting."""

from __future__ import annotations

import datetime as dt

from tasdiq.media import IncidentRef, Sighting, media_not_recycled, recycled_flags
from tasdiq.model.enums import CheckResult

KABUL_2021 = IncidentRef(id=21, date=dt.date(2021, 8, 26), title="airport gate blast")
KABUL_2023 = IncidentRef(id=23, date=dt.date(2023, 3, 27), title="ministry blast")


def _seen(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, 9, 0, tzinfo=dt.UTC)


def test_footage_of_a_2023_incident_matching_a_2021_item_flags_both() -> None:
    old = Sighting(evidence_id=1, name="gate.mp4", first_seen=_seen(2021, 8, 26), incidents=(KABUL_2021,))
    new = Sighting(evidence_id=2, name="repost.mp4", first_seen=_seen(2023, 3, 27), incidents=(KABUL_2023,))

    new_flags = recycled_flags(evidence_id=2, incident=KABUL_2023, matches=[old])
    old_flags = recycled_flags(evidence_id=1, incident=KABUL_2021, matches=[new])

    assert [f.kind for f in new_flags] == ["seen_before_incident", "attached_to_other_incident"]
    assert new_flags[0].earlier_evidence_id == 1
    assert "first seen 2021-08-26" in new_flags[0].message
    assert [(f.kind, f.other_incident_id) for f in old_flags] == [("attached_to_other_incident", 23)]


def test_check_fails_naming_the_earliest_sighting() -> None:
    earliest = Sighting(evidence_id=5, name="first.jpg", first_seen=_seen(2021, 9, 1))
    later = Sighting(evidence_id=6, name="second.jpg", first_seen=_seen(2022, 1, 1))
    flags = recycled_flags(evidence_id=9, incident=KABUL_2023, matches=[later, earliest])
    result, note = media_not_recycled(flags, media_checked=1)
    assert result is CheckResult.FAIL
    assert note.startswith("matches evidence 5 (first.jpg) first seen 2021-09-01") and "1 more" in note


def test_footage_first_seen_the_evening_before_in_utc_is_not_recycled() -> None:
    # A 02:00 Kabul attack is 21:30 UTC the previous day.
    same_night = Sighting(evidence_id=3, name="night.mp4", first_seen=dt.datetime(2023, 3, 26, 21, 45, tzinfo=dt.UTC))
    assert recycled_flags(evidence_id=4, incident=KABUL_2023, matches=[same_night]) == []


def test_copies_attached_to_the_same_incident_are_not_flagged() -> None:
    sibling = Sighting(evidence_id=7, name="copy.jpg", first_seen=_seen(2023, 3, 28), incidents=(KABUL_2023,))
    flags = recycled_flags(evidence_id=8, incident=KABUL_2023, matches=[sibling])
    assert flags == []
    assert media_not_recycled(flags, media_checked=1)[0] is CheckResult.PASS


def test_check_is_inconclusive_without_analysed_media() -> None:
    assert media_not_recycled([], media_checked=0)[0] is CheckResult.INCONCLUSIVE
