"""The numbers of a text are found once, though three components read them."""

from __future__ import annotations

from tasdiq.extract.numbers import _numbers_in, numbers_in
from tasdiq.extract.pipeline import BATCH, Extractor

TEXT = "A roadside bomb killed 3 soldiers and wounded twelve civilians near Jalalabad on Monday, police said."


def test_each_caller_gets_its_own_list_of_the_same_numbers() -> None:
    first = numbers_in(TEXT)
    first.clear()
    assert [n.value for n in numbers_in(TEXT)] == [3, 12]


def test_a_batch_of_reports_is_scanned_for_numbers_once_per_report() -> None:
    texts = [f"{TEXT} Report {i} of the day." for i in range(BATCH + 6)]
    Extractor().extract(text="warm-up: a bomb exploded in Kabul, killing 2.")
    _numbers_in.cache_clear()
    results = list(Extractor().extract_many({"text": t} for t in texts))
    assert all(r.events and r.events[0].killed is not None for r in results)
    assert _numbers_in.cache_info().misses == len(texts)
