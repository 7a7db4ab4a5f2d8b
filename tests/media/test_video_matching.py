"""Videos: a clip cut from a longer video is found with the time range in both."""

from __future__ import annotations

import pytest

from tasdiq.media import HashIndex, MediaAnalysis, add_to_index, analyse, match_analysis
from tasdiq.media.testset import cut_clip, render_clip
from tasdiq.media.video import QUERY_FPS

SIZE = (240, 180)


@pytest.fixture(scope="module")
def long_video() -> bytes:
    return render_clip(7, seconds=32, size=SIZE)


@pytest.fixture(scope="module")
def long_analysis(long_video: bytes) -> MediaAnalysis:
    return analyse(long_video, name="long.mp4")


@pytest.fixture(scope="module")
def index(long_analysis: MediaAnalysis) -> HashIndex:
    index = HashIndex()
    add_to_index(index, 1, long_analysis)
    add_to_index(index, 2, analyse(render_clip(8, seconds=16, size=SIZE), name="other.mp4"))
    return index


def test_ten_second_clip_cut_from_a_longer_video_is_matched_with_its_time_range(
    long_video: bytes, index: HashIndex
) -> None:
    clip = analyse(cut_clip(long_video, start=12.4, seconds=10), name="clip.mp4", fps=QUERY_FPS)
    (match,) = match_analysis(clip, index)
    assert match.key == 1
    assert match.stored is not None and match.query is not None
    assert match.stored.start == pytest.approx(12.4, abs=1.0)
    assert match.stored.end == pytest.approx(22.4, abs=1.0)
    assert match.query.start == pytest.approx(0.0, abs=1.0)
    assert match.query.end == pytest.approx(10.0, abs=1.0)


def test_unrelated_video_does_not_match(index: HashIndex) -> None:
    stranger = analyse(render_clip(9, seconds=8, size=SIZE), name="stranger.mp4", fps=QUERY_FPS)
    assert match_analysis(stranger, index) == []


def test_still_taken_from_a_video_matches_the_video_at_its_time(long_video: bytes, index: HashIndex) -> None:
    clip = analyse(cut_clip(long_video, start=20.0, seconds=1), name="frame.mp4")
    thumbnail = next(d for d in clip.derived if d.role == "thumbnail")
    still = analyse(thumbnail.data, name="frame.jpg")
    (match,) = match_analysis(still, index)
    assert match.key == 1
    assert match.stored is not None and match.stored.start == pytest.approx(20.0, abs=0.6)


def test_video_metadata_names_codec_duration_rate_and_size(long_analysis: MediaAnalysis) -> None:
    meta = long_analysis.metadata
    assert (meta.codec, meta.width, meta.height) == ("h264", *SIZE)
    assert meta.duration_s == pytest.approx(32.0, abs=0.1)
    assert meta.frame_rate == pytest.approx(25.0)
    assert long_analysis.media_type == "video/mp4"


def test_video_frames_are_sampled_twice_a_second_with_keyframes_and_a_thumbnail(
    long_analysis: MediaAnalysis,
) -> None:
    assert len(long_analysis.frames) == 64
    # At 25 fps the frame nearest after each half second: 0.0, 0.52, 1.0, ...
    assert [f.t for f in long_analysis.frames[:3]] == pytest.approx([0.0, 0.5, 1.0], abs=0.04)
    roles = [d.role for d in long_analysis.derived]
    assert roles[0] == "thumbnail" and "keyframe" in roles
