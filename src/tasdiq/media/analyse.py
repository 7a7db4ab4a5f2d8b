"""`analyse`: the one entry point that turns a file into fingerprints and metadata."""

from __future__ import annotations

from pathlib import Path

from tasdiq.errors import InputError
from tasdiq.media.images import analyse_image, open_image
from tasdiq.media.limits import DEFAULT_LIMITS, Limits
from tasdiq.media.results import MediaAnalysis
from tasdiq.media.video import DEFAULT_FPS, analyse_video


def analyse(data: bytes, *, name: str, limits: Limits = DEFAULT_LIMITS, fps: float = DEFAULT_FPS) -> MediaAnalysis:
    """Analyse an image or video held in memory. Raises InputError for anything unusable."""
    _check_size(len(data), name=name, limits=limits)
    return _analyse(data, name=name, limits=limits, fps=fps)


def analyse_path(
    path: Path, *, name: str | None = None, limits: Limits = DEFAULT_LIMITS, fps: float = DEFAULT_FPS
) -> MediaAnalysis:
    """Analyse a file on disk without reading it whole (videos are streamed by FFmpeg)."""
    label = name or path.name
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InputError(label, f"cannot read file ({error.strerror})") from None
    _check_size(size, name=label, limits=limits)
    return _analyse(path, name=label, limits=limits, fps=fps)


def _check_size(size: int, *, name: str, limits: Limits) -> None:
    if size == 0:
        raise InputError(name, "empty file (0 bytes)")
    if size > limits.max_bytes:
        raise InputError(name, f"file of {size:,} bytes exceeds the {limits.max_bytes:,}-byte limit")


def _analyse(source: bytes | Path, *, name: str, limits: Limits, fps: float) -> MediaAnalysis:
    image = open_image(source, name=name, limits=limits)
    if image is not None and getattr(image, "n_frames", 1) == 1:
        return analyse_image(image, name=name)
    # Animated GIF/WebP and every container format go through FFmpeg, which knows frame times.
    if image is not None:
        image.close()
    return analyse_video(source, name=name, limits=limits, fps=fps)
