"""Media evidence: perceptual fingerprints, metadata, near-duplicate search, recycled footage.

The library is pure (bytes or paths in, dataclasses out); `tasdiq.media.service` ties it
to the store. Typical use::

    analysis = analyse(data, name="clip.mp4")
    index = HashIndex(threshold=31)
    add_to_index(index, evidence_id, analysis)
    matches = match_analysis(other, index)
"""

from tasdiq.media.analyse import analyse, analyse_path
from tasdiq.media.hashes import hamming
from tasdiq.media.index import DEFAULT_THRESHOLD, HashIndex, Hit
from tasdiq.media.limits import DEFAULT_LIMITS, Limits
from tasdiq.media.matching import (
    CENTRE_THRESHOLD,
    Match,
    TimeRange,
    add_to_index,
    centre_index,
    match_analysis,
    match_image,
    match_video,
)
from tasdiq.media.recycled import IncidentRef, RecycledFlag, Sighting, media_not_recycled, recycled_flags
from tasdiq.media.results import Derived, FrameHash, MediaAnalysis, MediaMetadata

__all__ = [
    "CENTRE_THRESHOLD",
    "DEFAULT_LIMITS",
    "DEFAULT_THRESHOLD",
    "Derived",
    "FrameHash",
    "HashIndex",
    "Hit",
    "IncidentRef",
    "Limits",
    "Match",
    "MediaAnalysis",
    "MediaMetadata",
    "RecycledFlag",
    "Sighting",
    "TimeRange",
    "add_to_index",
    "analyse",
    "analyse_path",
    "centre_index",
    "hamming",
    "match_analysis",
    "match_image",
    "match_video",
    "media_not_recycled",
    "recycled_flags",
]
