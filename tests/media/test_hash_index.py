"""The multi-index search finds exactly what a linear scan finds."""

from __future__ import annotations

import numpy as np
import pytest

from tasdiq.media import HashIndex

rng = np.random.default_rng(20210826)


def _hex(words: np.ndarray) -> str:
    return words.astype(">u8").tobytes().hex()


def _flip_bits(words: np.ndarray, count: int) -> np.ndarray:
    bits = np.zeros(256, dtype=np.uint8)
    bits[rng.choice(256, count, replace=False)] = 1
    return words ^ np.frombuffer(np.packbits(bits).tobytes(), dtype=">u8").astype(np.uint64)


@pytest.fixture(scope="module")
def stored() -> np.ndarray:
    base = rng.integers(0, 2**64 - 1, size=(200, 4), dtype=np.uint64, endpoint=True)
    # Clusters of near copies, so some queries have many true neighbours.
    near = np.stack([_flip_bits(base[i % 20], int(rng.integers(0, 60))) for i in range(3000)])
    return np.concatenate([base, near])


@pytest.mark.parametrize("threshold", [0, 10, 31, 40, 70])
def test_search_returns_exactly_the_entries_within_the_threshold(stored: np.ndarray, threshold: int) -> None:
    index = HashIndex()
    index.add_many(list(range(len(stored))), stored)
    for probe in range(0, 40, 3):
        query = _flip_bits(stored[probe], int(rng.integers(0, 35)))
        expected = np.flatnonzero(np.bitwise_count(stored ^ query).sum(axis=1) <= threshold)
        hits = index.search(_hex(query), threshold=threshold)
        assert sorted(h.key for h in hits) == expected.tolist()
        assert [h.distance for h in hits] == sorted(h.distance for h in hits)


def test_entries_added_after_a_search_are_found() -> None:
    index = HashIndex()
    index.add(1, "00" * 32)
    assert [h.key for h in index.search("00" * 32)] == [1]
    index.add(2, "00" * 31 + "01", t=4.5)
    hits = index.search("00" * 32)
    assert [(h.key, h.distance, h.t) for h in hits] == [(1, 0, None), (2, 1, 4.5)]
    assert len(index) == 2


def test_empty_index_finds_nothing() -> None:
    assert HashIndex().search("ff" * 32) == []


def test_threshold_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="threshold"):
        HashIndex().search("ff" * 32, threshold=200)
