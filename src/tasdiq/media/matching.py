"""Item-level near-duplicate matching on top of `HashIndex`: stills and video overlap.

A video is a sequence of (time, hash). A clip cut from a longer video matches it frame by
frame at one constant time offset, so matches are grouped by offset (stored time minus
query time) and the densest group gives the overlap and its time range in both videos.
Grouping by offset is what separates a real cut from scattered look-alike frames (two
news broadcasts sharing a studio backdrop match many frames, at inconsistent offsets).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from tasdiq.media.hashes import MIN_USEFUL_QUALITY
from tasdiq.media.index import HashIndex, Hit
from tasdiq.media.results import FrameHash, MediaAnalysis
from tasdiq.media.video import DEFAULT_FPS


@dataclass(frozen=True)
class TimeRange:
    start: float
    end: float

    def __str__(self) -> str:
        return f"{self.start:.1f}-{self.end:.1f} s"


# Of the centre hash's 128 bits. Crops of 5% land at a median 12 and 95th percentile 21;
# unrelated generated scenes no nearer than 32. The centre hash is weaker evidence than PDQ
# (128 coarse bits), so its matches are reported as such (`via="centre"`).
CENTRE_THRESHOLD = 20


@dataclass(frozen=True)
class Match:
    """A stored item that is a near-duplicate of the query.

    For a still: `distance` is the best PDQ distance, `stored` the frame time when the
    stored item is a video. For a video: `query` and `stored` are the overlapping time
    ranges and `frames` the number of query frames matched at one offset.
    """

    key: int
    distance: int
    variant: str = "original"
    via: Literal["pdq", "centre"] = "pdq"
    frames: int = 1
    query: TimeRange | None = None
    stored: TimeRange | None = None


def match_image(
    dihedral: Sequence[str],
    index: HashIndex,
    *,
    threshold: int | None = None,
    centre_hash: str | None = None,
    centre_index: HashIndex | None = None,
) -> list[Match]:
    """Stored items near a still, one per item (its nearest entry), nearest first.

    PDQ finds re-encoded, resized, recoloured, watermarked and (through the dihedral
    variants) flipped or rotated copies, but not cropped ones: a 5% crop moves PDQ by
    40-100 bits. With `centre_index` the centre hash adds those, after the PDQ matches.
    """
    found = [
        Match(key=h.key, distance=h.distance, variant=h.variant, stored=None if h.t is None else TimeRange(h.t, h.t))
        for h in _nearest_per_key(index.search_dihedral(dihedral, threshold=threshold))
    ]
    if centre_index is not None and centre_hash is not None:
        seen = {m.key for m in found}
        found += [
            Match(key=h.key, distance=h.distance, via="centre")
            for h in _nearest_per_key(centre_index.search(centre_hash))
            if h.key not in seen
        ]
    return found


def _nearest_per_key(hits: Sequence[Hit]) -> list[Hit]:
    best: dict[int, Hit] = {}
    for hit in hits:
        if hit.key not in best or hit.distance < best[hit.key].distance:
            best[hit.key] = hit
    return sorted(best.values(), key=lambda h: (h.distance, h.key))


@dataclass(frozen=True)
class _Pair:
    query_t: float
    stored_t: float
    distance: int

    @property
    def offset(self) -> float:
        return self.stored_t - self.query_t


def match_video(
    frames: Sequence[FrameHash],
    index: HashIndex,
    *,
    threshold: int | None = None,
    step: float = 1.0 / DEFAULT_FPS,
    min_frames: int = 4,
    min_quality: int = MIN_USEFUL_QUALITY,
) -> list[Match]:
    """Stored videos (and stills) overlapping a video, with the time ranges in both.

    `step` is the sampling interval of the stored videos. Frames below `min_quality`
    (fades, black frames, blank title cards) are not queried: all black frames hash alike
    and would join unrelated videos. A stored still matches when one query frame is near it.
    """
    pairs: dict[int, list[_Pair]] = defaultdict(list)
    stills: dict[int, tuple[int, float]] = {}
    for frame in frames:
        if frame.quality < min_quality:
            continue
        for hit in index.search(frame.pdq, threshold=threshold):
            if hit.t is None:
                if hit.key not in stills or hit.distance < stills[hit.key][0]:
                    stills[hit.key] = (hit.distance, frame.t)
            else:
                pairs[hit.key].append(_Pair(frame.t, hit.t, hit.distance))
    needed = min(min_frames, max(1, sum(f.quality >= min_quality for f in frames)))
    found = [m for key, ps in pairs.items() if (m := _overlap(key, ps, step=step, needed=needed))]
    found += [Match(key=k, distance=d, query=TimeRange(t, t)) for k, (d, t) in stills.items()]
    return sorted(found, key=lambda m: (-m.frames, m.distance, m.key))


def _overlap(key: int, pairs: list[_Pair], *, step: float, needed: int) -> Match | None:
    """The densest constant-offset run of frame pairs, if it has at least `needed` frames.

    Two videos sampled on different grids land up to half a step apart, and a still scene
    matches its neighbours too, so offsets within 1.5 steps count as one alignment.
    """
    pairs.sort(key=lambda p: p.offset)
    window = 1.5 * step
    best: list[_Pair] = []
    lo = 0
    for hi in range(len(pairs)):
        while pairs[hi].offset - pairs[lo].offset > window:
            lo += 1
        group = pairs[lo : hi + 1]
        if len({p.query_t for p in group}) > len({p.query_t for p in best}):
            best = group
    chosen = _nearest_per_query_frame(best)
    if len(chosen) < needed:
        return None
    stored = TimeRange(min(p.stored_t for p in chosen), max(p.stored_t for p in chosen) + step)
    # The query range is the stored one moved by the alignment, so both name the same span.
    offset = statistics.median(p.offset for p in chosen)
    return Match(
        key=key,
        distance=round(sum(p.distance for p in chosen) / len(chosen)),
        frames=len(chosen),
        query=TimeRange(round(max(0.0, stored.start - offset), 2), round(stored.end - offset, 2)),
        stored=stored,
    )


def _nearest_per_query_frame(pairs: list[_Pair]) -> list[_Pair]:
    best: dict[float, _Pair] = {}
    for pair in pairs:
        if pair.query_t not in best or pair.distance < best[pair.query_t].distance:
            best[pair.query_t] = pair
    return sorted(best.values(), key=lambda p: p.query_t)


def match_analysis(
    analysis: MediaAnalysis,
    index: HashIndex,
    *,
    threshold: int | None = None,
    centre_index: HashIndex | None = None,
) -> list[Match]:
    """Near-duplicates of an analysed file: by its frames if a video, else by its hashes."""
    if analysis.kind == "video":
        return match_video(analysis.frames, index, threshold=threshold)
    return match_image(
        analysis.dihedral, index, threshold=threshold, centre_hash=analysis.crop_hash, centre_index=centre_index
    )


def centre_index() -> HashIndex:
    """An empty index for centre hashes (128 bits, `CENTRE_THRESHOLD`)."""
    return HashIndex(threshold=CENTRE_THRESHOLD, bits=128)


def add_to_index(index: HashIndex, key: int, analysis: MediaAnalysis, *, centre: HashIndex | None = None) -> None:
    """Index an analysed item under `key`: every frame of a video, the hashes of a still."""
    if analysis.kind == "video":
        index.add_many(
            [key] * len(analysis.frames), [f.pdq for f in analysis.frames], times=[f.t for f in analysis.frames]
        )
        return
    index.add(key, analysis.pdq)
    if centre is not None:
        centre.add(key, analysis.crop_hash)
