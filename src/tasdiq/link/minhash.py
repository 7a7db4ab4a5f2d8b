"""MinHash signatures of a text's word shingles, for the linker's text similarity.

Bit for bit the scheme datasketch 2.0 calls "affine32", which the linker used through datasketch
before: each shingle's CRC-32 is premixed by MurmurHash3's 32-bit finalizer, then permuted as
`a * h + b mod 2**32` (a odd, so no two shingles collide) and the minimum kept per permutation;
the (a, b) pairs are drawn from numpy's `RandomState(seed)` in datasketch's order. Our own
forty lines rather than the package: importing datasketch imports scipy.integrate, which cost
every `tasdiq link` about 0.34 CPU seconds, more than making all the signatures of a
2,000-report run. Signatures are compared within one run and never stored.
"""

from __future__ import annotations

import zlib
from functools import cache

import numpy as np
import numpy.typing as npt

Signature = npt.NDArray[np.uint32]
# MurmurHash3's fmix32: shift, multiplier, shift, multiplier, shift.
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@cache
def permutations(num_perm: int, seed: int) -> tuple[Signature, Signature]:
    """The (a, b) of each permutation, as datasketch draws them for the affine32 scheme."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix(hv: Signature) -> Signature:
    s1, m1, s2, m2, s3 = _FMIX
    hv = hv ^ (hv >> s1)
    hv = hv * m1  # uint32 multiplication wraps: the modulo 2**32 is the point
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s3)


def signature(shingles: list[bytes], *, num_perm: int, seed: int) -> Signature:
    """The minimum of each permutation over the shingles' hashes (all 2**32 - 1 when none)."""
    a, b = permutations(num_perm, seed)
    if not shingles:
        return np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    hv = _fmix(np.array([zlib.crc32(s) for s in shingles], dtype=np.uint32).reshape(-1, 1))
    found: Signature = (hv * a + b).min(axis=0)
    return found


def similarity(a: Signature, b: Signature) -> float:
    """The share of permutations whose minimum agrees: an estimate of the shingle sets' Jaccard."""
    return float(np.count_nonzero(a == b)) / len(a)
