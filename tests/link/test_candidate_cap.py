"""A crowded block: a mention scores at most `max_candidates` incidents, the ones that share most with it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tasdiq.link.cluster import Linker
from tasdiq.link.config import scoring
from tasdiq.link.features import Features

DISTRICTS = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"]
TYPES = ["armed_assault", "kidnapping", "bombing"]


def mention(serial: int, **values: Any) -> Features:
    fields: dict[str, Any] = {
        "mention_id": serial, "source_id": serial, "ordinal": 0, "publisher": f"Outlet {serial}",
        "source_kind": "news", "text_sha256": f"sha{serial}", "published": None, "supersedes_id": None,
        "date": dt.date(2023, 1, 1), "precision": "day", "country": "AF", "admin1": "AF-KAB", "admin2": "Alpha",
        "place_name": None, "lat": None, "lon": None, "geo_precision": 3, "attack_type": "bombing",
        "suicide": False, "killed": (None, None, None), "injured": (None, None, None), "perpetrator": None,
        "certainty": "unknown", "targets": frozenset({"police"}), "victims": frozenset(),
    }
    fields.update(values)
    return Features(**fields)


def crowded_year(linker: Linker, n: int) -> list[int]:
    """n day-dated attacks in one province in 2023, each a week apart; the first is the Alpha market bombing."""
    keys = []
    for i in range(n):
        day = dt.date(2023, 1, 2) + dt.timedelta(days=7 * i)
        if i == 0:
            f = mention(i + 1, date=day, admin2="Alpha", attack_type="bombing", targets=frozenset({"market"}),
                        killed=(12, 12, 12))
        else:
            f = mention(i + 1, date=day, admin2=DISTRICTS[1 + i % 5], attack_type=TYPES[i % 3],
                        targets=frozenset({"police"}), killed=(i % 7, i % 7, i % 7))
        keys.append(linker.place(f).key)
    return keys


def test_year_dated_report_in_a_crowded_province_is_scored_against_the_capped_best_sharers() -> None:
    linker = Linker()
    keys = crowded_year(linker, 50)
    assert len(set(keys)) == 50  # a week apart each: fifty incidents
    cap = int(scoring()["max_candidates"])
    linker.compared = 0
    # Told a year later with only the year: the Alpha market bombing, same toll.
    late = mention(100, date=dt.date(2023, 6, 1), precision="year", admin2="Alpha", attack_type="bombing",
                   targets=frozenset({"market"}), killed=(12, 12, 12))
    home = linker.place(late)
    assert linker.compared == cap < 50
    # The Alpha incident was filed first: a cap that kept the newest incidents would have dropped it.
    assert home.key == keys[0]


def test_block_within_the_cap_scores_every_incident() -> None:
    linker = Linker()
    crowded_year(linker, 5)
    linker.compared = 0
    linker.place(mention(100, date=dt.date(2023, 6, 1), precision="year", admin2="Echo"))
    assert linker.compared == 5

