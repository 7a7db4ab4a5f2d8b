"""What analysing one image or video yields: fingerprints, metadata and derived copies.

Plain frozen dataclasses, so the library is usable without a store: the service layer
(`tasdiq.media.service`) maps them onto `Evidence`, `MediaHash` and `DerivedObject` rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

MediaKind = Literal["image", "video"]
DerivedRole = Literal["thumbnail", "keyframe"]

# The eight dihedral transforms in the order `pdqhash.compute_dihedral` returns them,
# named as Pillow's `Image.Transpose` names them (rotations counter-clockwise); checked
# empirically, since PDQ's own "FlipX" means a flip about the x axis, i.e. top to bottom.
DIHEDRAL_NAMES: tuple[str, ...] = (
    "original",
    "rotate90",
    "rotate180",
    "rotate270",
    "flip_top_bottom",
    "flip_left_right",
    "transpose",
    "transverse",
)


@dataclass(frozen=True)
class FrameHash:
    """The PDQ hash of one sampled video frame; `t` is its presentation time in seconds."""

    t: float
    pdq: str
    quality: int
    keyframe: bool = False


@dataclass(frozen=True)
class Derived:
    """A working copy made from the original (JPEG bytes); the caller stores it."""

    role: DerivedRole
    data: bytes
    media_type: str = "image/jpeg"
    t: float | None = None


@dataclass(frozen=True)
class MediaMetadata:
    """Facts read from the file itself: EXIF for images, container and stream tags for video."""

    format: str
    width: int
    height: int
    captured_at: dt.datetime | None = None
    device_make: str | None = None
    device_model: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    duration_s: float | None = None
    codec: str | None = None
    frame_rate: float | None = None
    tags: dict[str, str] = field(default_factory=dict)

    @property
    def device(self) -> str | None:
        parts = [p for p in (self.device_make, self.device_model) if p]
        return " ".join(parts) or None


@dataclass(frozen=True)
class MediaAnalysis:
    """Everything `analyse` learns about one file.

    `pdq` is the image's hash, or for a video the hash of its thumbnail frame, so that a
    still taken from a video can be found through the same index as the video's frames.
    `crop_hash` is the second, crop-tolerant fingerprint (see `hashes.centre_dhash`).
    """

    name: str
    kind: MediaKind
    media_type: str
    metadata: MediaMetadata
    pdq: str
    pdq_quality: int
    dihedral: tuple[str, ...]
    crop_hash: str
    frames: tuple[FrameHash, ...] = ()
    derived: tuple[Derived, ...] = ()
    warnings: tuple[str, ...] = ()
