"""Media benchmarks (issue 6): hashing speed, video speed against real time, search latency
at a million hashes, and recall / false-match rates on the generated test set.

Targets: >= 30 images/s (1280x720) analysed in one process; video analysed at least as fast
as real time per core; p95 <= 50 ms per search over 1,000,000 hashes at distance <= 31;
recall >= 0.95 on re-encode/resize/flip; false-match rate <= 0.1%.
BENCH_QUICK=1 runs smaller sizes. Run alone: `.venv/bin/python bench/media_bench.py`.
"""

from __future__ import annotations

import os
import random
import time
from collections import Counter

import numpy as np

from tasdiq.media import CENTRE_THRESHOLD, HashIndex, analyse, hamming
from tasdiq.media.testset import VARIANTS, encode_jpeg, render_clip, render_scene

QUICK = bool(os.environ.get("BENCH_QUICK"))
THRESHOLD = 31
CROP_THRESHOLD = CENTRE_THRESHOLD  # of 128 bits, for the centre dHash
UNRELATED_SEED = 1_000_000


def bench_images(n: int) -> float:
    files = [encode_jpeg(render_scene(seed), quality=90) for seed in range(n)]
    started = time.perf_counter()
    for i, data in enumerate(files):
        analyse(data, name=f"{i}.jpg")
    rate = n / (time.perf_counter() - started)
    print(f"images: {rate:.1f} images/s analysed (1280x720 JPEG: PDQ x8 dihedral, centre hash, EXIF, thumbnail)")
    return rate


def bench_video(seconds: float) -> float:
    clip = render_clip(42, seconds=seconds, size=(1280, 720), fps=25)
    cpu, wall = time.process_time(), time.perf_counter()
    analysis = analyse(clip, name="bench.mp4")
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    per_core = seconds / cpu
    print(
        f"video: {seconds:.0f} s of 1280x720 H.264 at 25 fps in {wall:.2f} s wall, {cpu:.2f} s CPU: "
        f"{per_core:.1f}x real time per core ({len(analysis.frames)} frames hashed)"
    )
    return per_core


def bench_search(n: int, queries: int) -> float:
    rng = np.random.default_rng(7)
    stored = rng.integers(0, 2**64 - 1, size=(n, 4), dtype=np.uint64, endpoint=True)
    index = HashIndex(threshold=THRESHOLD)
    index.add_many(list(range(n)), stored)
    started = time.perf_counter()
    index.search("00" * 32)
    print(f"search: index of {n:,} hashes built in {time.perf_counter() - started:.2f} s")
    plain, dihedral = [], []
    for i in range(queries):
        bits = np.zeros(256, dtype=np.uint8)
        bits[rng.choice(256, int(rng.integers(0, THRESHOLD + 1)), replace=False)] = 1
        noise = np.frombuffer(np.packbits(bits).tobytes(), dtype=">u8").astype(np.uint64)
        target = int(rng.integers(n))
        query = (stored[target] ^ noise).astype(">u8").tobytes().hex()
        t0 = time.perf_counter()
        hits = index.search(query)
        plain.append(time.perf_counter() - t0)
        assert any(h.key == target for h in hits), "a stored hash within the threshold was missed"
        variants = [query] + [
            rng.integers(0, 2**64 - 1, 4, dtype=np.uint64, endpoint=True).astype(">u8").tobytes().hex()
            for _ in range(7)
        ]
        t0 = time.perf_counter()
        index.search_dihedral(variants)
        dihedral.append(time.perf_counter() - t0)
        if i == 0:
            plain, dihedral = [], []  # the first query pays for building the tables
    p = lambda xs, q: 1000 * float(np.percentile(xs, q))  # noqa: E731
    print(
        f"search: {len(plain)} queries at distance <= {THRESHOLD}: "
        f"p50 {p(plain, 50):.2f} ms, p95 {p(plain, 95):.2f} ms; "
        f"with 8 dihedral variants p50 {p(dihedral, 50):.2f} ms, p95 {p(dihedral, 95):.2f} ms"
    )
    return p(dihedral, 95)


def bench_recall(originals: int, per_kind: int) -> tuple[dict[str, float], float]:
    """Variants of `originals` scenes, and as many unrelated scenes, against an index of the originals."""
    index, crops = HashIndex(threshold=THRESHOLD), {}
    for seed in range(originals):
        a = analyse(encode_jpeg(render_scene(seed)), name=f"{seed}.jpg")
        index.add(seed, a.pdq)
        crops[seed] = a.crop_hash
    found: Counter[str] = Counter()
    crop_found: Counter[str] = Counter()
    either: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    wrong = 0
    rng = random.Random(3)
    for kind, edit in VARIANTS.items():
        for i in range(per_kind):
            seed = rng.randrange(originals)
            copy = analyse(encode_jpeg(edit(render_scene(seed), i)), name=f"{kind}-{i}.jpg")
            keys = {h.key for h in index.search_dihedral(copy.dihedral)}
            tried[kind] += 1
            found[kind] += seed in keys
            wrong += bool(keys - {seed})
            crop_hit = hamming(copy.crop_hash, crops[seed]) <= CROP_THRESHOLD
            crop_found[kind] += crop_hit
            either[kind] += crop_hit or seed in keys
    variants = sum(tried.values())
    strangers = variants
    false_queries = 0
    crop_false = 0
    for j in range(strangers):
        stranger = analyse(encode_jpeg(render_scene(UNRELATED_SEED + j)), name=f"u{j}.jpg")
        false_queries += bool(index.search_dihedral(stranger.dihedral))
        crop_false += any(hamming(stranger.crop_hash, c) <= CROP_THRESHOLD for c in crops.values())
    print(
        f"recall: {variants} variants of {originals} originals, {strangers} unrelated items, "
        f"PDQ distance <= {THRESHOLD} with dihedral variants; centre hash distance <= {CROP_THRESHOLD}/128"
    )
    print(f"  {'variant':<12}{'n':>6}{'PDQ recall':>12}{'centre':>10}{'either':>10}")
    recall = {}
    for kind in VARIANTS:
        recall[kind] = found[kind] / tried[kind]
        print(
            f"  {kind:<12}{tried[kind]:>6}{recall[kind]:>12.3f}{crop_found[kind] / tried[kind]:>10.3f}"
            f"{either[kind] / tried[kind]:>10.3f}"
        )
    rate = false_queries / strangers
    print(
        f"  false matches: PDQ {false_queries}/{strangers} unrelated queries ({100 * rate:.3f}%), "
        f"{wrong}/{variants} variants also matched another original; "
        f"centre hash {crop_false}/{strangers} ({100 * crop_false / strangers:.3f}%)"
    )
    return recall, rate


def main() -> int:
    rate = bench_images(20 if QUICK else 100)
    speed = bench_video(10.0 if QUICK else 30.0)
    p95 = bench_search(100_000 if QUICK else 1_000_000, 50 if QUICK else 300)
    recall, false_rate = bench_recall(50 if QUICK else 200, 20 if QUICK else 200)
    ok = (
        rate >= 30
        and speed >= 1.0
        and p95 <= 50
        and false_rate <= 0.001
        and all(recall[k] >= 0.95 for k in ("reencode", "resize", "flip"))
    )
    print("media: all targets met" if ok else "media: BELOW TARGET (see figures above)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
