"""Fingerprint a video through PyAV: PDQ of frames sampled at a fixed rate (vPDQ-style),
keyframe and thumbnail JPEGs, and container metadata.

Frames are sampled on a fixed time grid (every 1/fps seconds) rather than only at codec
keyframes, because keyframe placement is an encoder choice: a re-encoded copy has its
I-frames elsewhere, while the time grid of the content stays put.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import av
import av.container
import av.error
import av.video
import numpy as np
from numpy.typing import NDArray
from PIL import Image

from tasdiq.errors import InputError
from tasdiq.media import hashes
from tasdiq.media.images import jpeg
from tasdiq.media.limits import Limits
from tasdiq.media.results import Derived, FrameHash, MediaAnalysis, MediaMetadata

# Stored videos are sampled twice a second; a query is sampled four times a second so
# that every stored frame has a query frame within 1/8 s of it: sampling grids of a
# copy and its source never line up, and in moving footage half a second apart is
# already 40+ bits of PDQ distance.
DEFAULT_FPS = 2.0
QUERY_FPS = 4.0
MAX_KEYFRAMES = 24
# Encoders often place an I-frame every second or two; keeping one per 5 s still shows
# every scene of a typical clip without filling the store with near-identical JPEGs.
KEYFRAME_MIN_GAP_S = 5.0
KEYFRAME_SIDE = 640
# ISO 6709 as QuickTime and Android write it: "+34.5553+069.2075+1800.000/".
_ISO6709 = re.compile(r"^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)")


@dataclass
class _Sampler:
    """Mutable state of one pass over the frames."""

    step: float
    next_t: float = 0.0
    frames: list[FrameHash] = field(default_factory=list)
    keyframes: list[Derived] = field(default_factory=list)
    last_keyframe_t: float = -1e9
    thumbnail: Image.Image | None = None
    thumbnail_quality: int = -1


@contextmanager
def open_video(source: bytes | Path, *, name: str) -> Iterator[av.container.InputContainer]:
    """An input container with at least one video stream, or InputError."""
    try:
        file = io.BytesIO(source) if isinstance(source, bytes) else str(source)
        container = av.open(file, mode="r")
    except (av.error.FFmpegError, UnicodeDecodeError, OSError) as error:
        raise InputError(name, f"not a readable image or video ({_one_line(error)})") from None
    try:
        if not container.streams.video:
            raise InputError(name, "no video stream (not an image or video)")
        yield container
    finally:
        container.close()


def analyse_video(source: bytes | Path, *, name: str, limits: Limits, fps: float = DEFAULT_FPS) -> MediaAnalysis:
    with open_video(source, name=name) as container:
        stream = container.streams.video[0]
        if stream.width * stream.height > limits.max_frame_pixels:
            raise InputError(name, f"refused: {stream.width}x{stream.height} frames exceed the size limit")
        metadata = _metadata(container, stream)
        sampler = _Sampler(step=1.0 / fps)
        problems = _decode(container, stream, sampler, name=name, limits=limits)
    if sampler.thumbnail is None or not sampler.frames:
        raise InputError(name, "no decodable video frames" + (f" ({problems[0]})" if problems else ""))
    dihedral, quality = hashes.pdq_dihedral(sampler.thumbnail)
    notes = list(problems)
    if metadata.duration_s and sampler.frames[-1].t + 2 * sampler.step < metadata.duration_s:
        notes.append(f"frames hashed up to {sampler.frames[-1].t:.1f} s of {metadata.duration_s:.1f} s")
    derived = (Derived(role="thumbnail", data=jpeg(sampler.thumbnail)), *sampler.keyframes)
    return MediaAnalysis(
        name=name,
        kind="video",
        media_type=_media_type(container.format.name),
        metadata=metadata,
        pdq=dihedral[0],
        pdq_quality=quality,
        dihedral=dihedral,
        crop_hash=hashes.centre_dhash(sampler.thumbnail),
        frames=tuple(sampler.frames),
        derived=derived,
        warnings=tuple(notes),
    )


def _decode(
    container: av.container.InputContainer,
    stream: av.video.stream.VideoStream,
    sampler: _Sampler,
    *,
    name: str,
    limits: Limits,
) -> list[str]:
    """Sample frames until the end or a limit; returns what stopped it early, if anything."""
    started = time.monotonic()
    decoded = 0
    try:
        for frame in container.decode(stream):
            decoded += 1
            t = frame.time
            if t is None or t < 0:
                continue
            if t > limits.max_video_seconds:
                return [f"stopped at the {limits.max_video_seconds:.0f} s limit"]
            if decoded > limits.max_decoded_frames:
                return [f"stopped after {limits.max_decoded_frames:,} frames"]
            if time.monotonic() - started > limits.max_decode_wall_seconds:
                return [f"stopped after {limits.max_decode_wall_seconds:.0f} s of decoding"]
            _visit(frame, t, sampler)
    except (av.error.FFmpegError, ValueError) as error:
        if not sampler.frames:
            raise InputError(name, f"corrupt or truncated video ({_one_line(error)})") from None
        return [f"decoding stopped early: {_one_line(error)}"]
    return []


def _visit(frame: av.VideoFrame, t: float, sampler: _Sampler) -> None:
    if frame.key_frame and len(sampler.keyframes) < MAX_KEYFRAMES and t - sampler.last_keyframe_t >= KEYFRAME_MIN_GAP_S:
        sampler.last_keyframe_t = t
        sampler.keyframes.append(Derived(role="keyframe", data=jpeg(_rgb(frame), side=KEYFRAME_SIDE), t=t))
    # A small tolerance so a 30 fps stream whose frame lands at 0.99999 s is not skipped.
    if t + 1e-3 < sampler.next_t:
        return
    while sampler.next_t <= t + 1e-3:
        sampler.next_t += sampler.step
    pixels = _hash_pixels(frame)
    pdq, quality = hashes.pdq_of_rgb(pixels)
    sampler.frames.append(FrameHash(t=round(t, 3), pdq=pdq, quality=quality, keyframe=frame.key_frame))
    # The thumbnail is the first frame PDQ finds detailed enough: not a fade from black.
    if sampler.thumbnail_quality < hashes.MIN_USEFUL_QUALITY and quality > sampler.thumbnail_quality:
        sampler.thumbnail = _rgb(frame)
        sampler.thumbnail_quality = quality


def _hash_pixels(frame: av.VideoFrame) -> NDArray[np.uint8]:
    """RGB at PDQ's working size, scaled by FFmpeg (much cheaper than a full-size copy)."""
    scale = min(1.0, hashes.PDQ_INPUT_SIDE / max(frame.width, frame.height))
    width = max(2, round(frame.width * scale))
    height = max(2, round(frame.height * scale))
    return np.asarray(frame.to_ndarray(format="rgb24", width=width, height=height), dtype=np.uint8)


def _rgb(frame: av.VideoFrame) -> Image.Image:
    return Image.fromarray(np.asarray(frame.to_ndarray(format="rgb24"), dtype=np.uint8), "RGB")


def _metadata(container: av.container.InputContainer, stream: av.video.stream.VideoStream) -> MediaMetadata:
    tags = {**{str(k): str(v) for k, v in container.metadata.items()}, **_stream_tags(stream)}
    lat, lon = _location(tags)
    duration = container.duration / av.time_base if container.duration else None
    if duration is None and stream.duration is not None and stream.time_base is not None:
        duration = float(stream.duration * stream.time_base)
    rate = stream.average_rate or stream.guessed_rate
    return MediaMetadata(
        format=container.format.name,
        width=stream.width,
        height=stream.height,
        captured_at=_creation_time(tags),
        device_make=_first(tags, "com.apple.quicktime.make", "make", "com.android.manufacturer"),
        device_model=_first(tags, "com.apple.quicktime.model", "model", "com.android.model"),
        gps_lat=lat,
        gps_lon=lon,
        duration_s=round(duration, 3) if duration is not None else None,
        codec=stream.codec_context.name,
        frame_rate=round(float(rate), 3) if rate else None,
        tags=tags,
    )


def _stream_tags(stream: av.video.stream.VideoStream) -> dict[str, str]:
    return {f"video:{k}": str(v) for k, v in stream.metadata.items()}


def _first(tags: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        if tags.get(key, "").strip():
            return tags[key].strip()
    return None


def _creation_time(tags: dict[str, str]) -> dt.datetime | None:
    stamp = _first(tags, "com.apple.quicktime.creationdate", "creation_time", "date", "video:creation_time")
    if not stamp:
        return None
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    # Muxers write 1970-01-01 or 1904-01-01 when they know no time; that is not a capture time.
    if when.year < 1990:
        return None
    return when.astimezone(dt.UTC) if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _location(tags: dict[str, str]) -> tuple[float | None, float | None]:
    text = _first(tags, "com.apple.quicktime.location.ISO6709", "location", "location-eng")
    match = _ISO6709.match(text or "")
    if not match:
        return None, None
    return float(match.group(1)), float(match.group(2))


def _media_type(format_name: str) -> str:
    names = set(format_name.split(","))
    for fmt, media_type in (
        ("mp4", "video/mp4"),
        ("mov", "video/quicktime"),
        ("webm", "video/webm"),
        ("matroska", "video/x-matroska"),
        ("avi", "video/x-msvideo"),
        ("mpegts", "video/mp2t"),
        ("flv", "video/x-flv"),
        ("gif", "image/gif"),
    ):
        if fmt in names:
            return media_type
    return "application/octet-stream"


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
