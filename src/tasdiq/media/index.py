"""`HashIndex`: near-duplicate search over 256-bit PDQ hashes that stays fast at millions.

Multi-index hashing (Norouzi, Punjani and Fleet, "Fast search in Hamming space with
multi-index hashing", CVPR 2012): the 256 bits are cut into 16 chunks of 16 bits. If two
hashes differ in at most `t` bits, then by the pigeonhole principle at least one chunk
differs in at most floor(t / 16) bits, so probing each chunk's sorted table for the values
within that radius finds every true match; the few candidates are then checked exactly.
At t = 31 that is 17 probes per chunk. A linear scan of a million hashes costs ~35 ms per
query here, eight dihedral variants ~280 ms; the probes cost about a millisecond.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray

from tasdiq.media.hashes import hex_to_words
from tasdiq.media.results import DIHEDRAL_NAMES

DEFAULT_THRESHOLD = 31
CHUNK_BITS = 16
# When the candidate list reaches this share of the index (a flood of near-identical
# hashes, e.g. black frames), one linear scan is cheaper than gathering candidates.
SCAN_SHARE = 0.125


@dataclass(frozen=True)
class Hit:
    """One stored hash within the threshold of a query.

    `key` is the caller's id for the item (an evidence id); `t` the frame time for video
    frames, None for stills; `variant` the dihedral transform that turns the query into
    the stored picture ("flip_left_right" for a mirrored copy).
    """

    key: int
    distance: int
    t: float | None = None
    variant: str = "original"


@cache
def _masks(radius: int) -> NDArray[np.uint16]:
    """All 16-bit values with at most `radius` bits set (the probe offsets)."""
    values = [0]
    for r in range(1, radius + 1):
        for bits in itertools.combinations(range(16), r):
            values.append(sum(1 << b for b in bits))
    return np.array(values, dtype=np.uint16)


class HashIndex:
    """An in-memory index of (key, 256-bit hash, optional time) entries.

    Adding is cheap; the chunk tables are (re)built on the first search after an add, in
    about a second per million entries, so add in batches and then search.
    """

    def __init__(self, *, threshold: int = DEFAULT_THRESHOLD, bits: int = 256) -> None:
        if bits % 64:
            raise ValueError("hash width must be a multiple of 64 bits")
        self.threshold = threshold
        self.bits = bits
        self._words = np.zeros((0, bits // 64), dtype=np.uint64)
        self._keys = np.zeros(0, dtype=np.int64)
        self._times = np.zeros(0, dtype=np.float64)
        self._pending: list[tuple[NDArray[np.uint64], NDArray[np.int64], NDArray[np.float64]]] = []
        self._tables: list[tuple[NDArray[np.uint16], NDArray[np.int64]]] | None = None

    def __len__(self) -> int:
        return len(self._keys) + sum(len(k) for _, k, _ in self._pending)

    def add(self, key: int, hash_hex: str, *, t: float | None = None) -> None:
        self.add_many([key], [hash_hex], times=[t])

    def add_many(
        self,
        keys: Sequence[int],
        hashes: Sequence[str] | NDArray[np.uint64],
        *,
        times: Sequence[float | None] | None = None,
    ) -> None:
        """Add entries; `hashes` are hex strings or rows of big-endian uint64 words."""
        words = hashes if isinstance(hashes, np.ndarray) else hex_to_words(list(hashes))
        if words.ndim != 2 or words.shape[1] != self.bits // 64 or len(words) != len(keys):
            raise ValueError(f"expected one {self.bits}-bit hash per key")
        stamps = [math.nan if t is None else t for t in (times or [None] * len(keys))]
        self._pending.append(
            (words.astype(np.uint64), np.asarray(keys, dtype=np.int64), np.asarray(stamps, dtype=np.float64))
        )
        self._tables = None

    def search(self, hash_hex: str, *, threshold: int | None = None) -> list[Hit]:
        """Every entry within `threshold` bits of the hash, nearest first."""
        return self._search(hash_hex, threshold=self._threshold(threshold), variant="original")

    def search_dihedral(self, variants: Sequence[str], *, threshold: int | None = None) -> list[Hit]:
        """Search with the eight rotations/flips of the query; the best variant per entry.

        `variants` is the tuple `pdq_dihedral` returns (original first).
        """
        limit = self._threshold(threshold)
        best: dict[tuple[int, float], Hit] = {}
        for name, hash_hex in zip(DIHEDRAL_NAMES, variants, strict=False):
            for hit in self._search(hash_hex, threshold=limit, variant=name):
                slot = (hit.key, -1.0 if hit.t is None else hit.t)
                if slot not in best or hit.distance < best[slot].distance:
                    best[slot] = hit
        return sorted(best.values(), key=lambda h: (h.distance, h.key))

    def _threshold(self, threshold: int | None) -> int:
        limit = self.threshold if threshold is None else threshold
        if not 0 <= limit < self.bits // 2:
            raise ValueError(f"threshold must be between 0 and {self.bits // 2 - 1} bits, not {limit}")
        return limit

    def _search(self, hash_hex: str, *, threshold: int, variant: str) -> list[Hit]:
        self._build()
        if not len(self._keys):
            return []
        query = hex_to_words([hash_hex])[0]
        if len(query) != self.bits // 64:
            raise ValueError(f"expected a {self.bits}-bit hash, not {len(hash_hex) * 4} bits")
        rows = self._candidates(query, threshold)
        distances = np.bitwise_count(self._words[rows] ^ query).sum(axis=1, dtype=np.int64)
        keep = distances <= threshold
        rows, distances = rows[keep], distances[keep]
        order = np.argsort(distances, kind="stable")
        return [
            Hit(key=int(self._keys[r]), distance=int(d), t=self._time(r), variant=variant)
            for r, d in zip(rows[order], distances[order], strict=True)
        ]

    def _time(self, row: int) -> float | None:
        t = float(self._times[row])
        return None if math.isnan(t) else t

    def _candidates(self, query: NDArray[np.uint64], threshold: int) -> NDArray[np.int64]:
        assert self._tables is not None
        probes = _masks(threshold // len(self._tables))
        chunks = query.view(np.uint16)
        found: list[NDArray[np.int64]] = []
        total = 0
        for (values, order), chunk in zip(self._tables, chunks, strict=True):
            wanted = np.unique(probes ^ chunk)
            lo = np.searchsorted(values, wanted, side="left")
            hi = np.searchsorted(values, wanted, side="right")
            total += int((hi - lo).sum())
            if total > SCAN_SHARE * len(values):
                return np.arange(len(self._keys), dtype=np.int64)
            found.append(order[_ranges(lo, hi)])
        return np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)

    def _build(self) -> None:
        if self._tables is not None:
            return
        if self._pending:
            self._words = np.concatenate([self._words, *(w for w, _, _ in self._pending)])
            self._keys = np.concatenate([self._keys, *(k for _, k, _ in self._pending)])
            self._times = np.concatenate([self._times, *(t for _, _, t in self._pending)])
            self._pending = []
        width = self.bits // CHUNK_BITS
        chunks = self._words.view(np.uint16).reshape(len(self._words), width)
        tables = []
        for c in range(width):
            column = np.ascontiguousarray(chunks[:, c])
            order = np.argsort(column, kind="stable").astype(np.int64)  # radix sort for uint16
            tables.append((column[order], order))
        self._tables = tables


def _ranges(lo: NDArray[np.intp], hi: NDArray[np.intp]) -> NDArray[np.int64]:
    """The concatenation of arange(lo[i], hi[i]) for all i, without a Python loop."""
    lengths = hi - lo
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.repeat(lo - np.cumsum(lengths) + lengths, lengths)
    return (starts + np.arange(total)).astype(np.int64)
