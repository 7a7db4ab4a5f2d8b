"""Unusable files are refused with a one-line InputError naming the file and the problem."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from tasdiq.errors import InputError
from tasdiq.media import Limits, analyse, analyse_path
from tasdiq.media.testset import encode_jpeg, render_clip, render_scene


def _refusal(data: bytes, name: str, limits: Limits | None = None) -> InputError:
    with pytest.raises(InputError) as caught:
        analyse(data, name=name) if limits is None else analyse(data, name=name, limits=limits)
    error = caught.value
    assert error.name == name
    assert "\n" not in str(error)
    return error


def test_zero_length_file_is_refused_as_empty() -> None:
    assert "empty" in _refusal(b"", "empty.jpg").problem


def test_random_bytes_are_refused_as_unreadable() -> None:
    assert "not a readable image or video" in _refusal(bytes(range(256)) * 40, "noise.bin").problem


def test_text_file_is_refused() -> None:
    _refusal(b"Statement of the spokesman, 12 March.\n" * 50, "statement.txt")


def test_truncated_jpeg_is_refused_as_corrupt() -> None:
    data = encode_jpeg(render_scene(1))
    assert "truncated" in _refusal(data[: len(data) // 2], "half.jpg").problem


def test_truncated_video_is_refused() -> None:
    data = render_clip(3, seconds=2, size=(160, 120))
    _refusal(data[: len(data) // 3], "half.mp4")


def test_decompression_bomb_is_refused_before_decoding() -> None:
    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, format="PNG")  # 400 MP in a few hundred kB
    assert "decompression bomb" in _refusal(out.getvalue(), "bomb.png").problem


def test_file_above_the_size_limit_is_refused_without_decoding() -> None:
    data = encode_jpeg(render_scene(2))
    assert "exceeds" in _refusal(data, "huge.jpg", Limits(max_bytes=1000)).problem


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.mp4"):
        analyse_path(tmp_path / "missing.mp4")


def test_video_decode_stops_at_the_time_limit_and_says_so() -> None:
    data = render_clip(4, seconds=6, size=(160, 120))
    analysis = analyse(data, name="long.mp4", limits=Limits(max_video_seconds=2.0))
    assert analysis.frames[-1].t <= 2.0
    assert any("limit" in w for w in analysis.warnings)
