"""Stills: edited copies are found, unrelated pictures are not, metadata is read."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import Image, ImageOps

from tasdiq.media import HashIndex, analyse, match_image
from tasdiq.media.testset import VARIANTS, encode_jpeg, render_scene


def _jpeg(image: Image.Image, **save: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", **save)
    return out.getvalue()


@pytest.fixture(scope="module")
def scene() -> Image.Image:
    return render_scene(11)


@pytest.fixture(scope="module")
def index(scene: Image.Image) -> HashIndex:
    index = HashIndex()
    index.add(1, analyse(encode_jpeg(scene), name="original.jpg").pdq)
    for key in range(2, 12):
        index.add(key, analyse(encode_jpeg(render_scene(5000 + key)), name=f"other-{key}.jpg").pdq)
    return index


def test_mirrored_copy_matches_through_its_dihedral_variant(scene: Image.Image, index: HashIndex) -> None:
    copy = analyse(encode_jpeg(ImageOps.mirror(scene), quality=60), name="mirrored.jpg")
    matches = match_image(copy.dihedral, index)
    assert [m.key for m in matches] == [1]
    assert matches[0].variant == "flip_left_right"
    assert matches[0].distance <= 31


def test_mirrored_copy_does_not_match_without_variants(scene: Image.Image, index: HashIndex) -> None:
    copy = analyse(encode_jpeg(ImageOps.mirror(scene)), name="mirrored.jpg")
    assert index.search(copy.pdq) == []


def test_rotated_copy_matches(scene: Image.Image, index: HashIndex) -> None:
    copy = analyse(encode_jpeg(scene.rotate(90, expand=True)), name="rotated.jpg")
    assert [m.key for m in match_image(copy.dihedral, index)] == [1]


@pytest.mark.parametrize("kind", ["reencode", "resize", "brightness", "watermark"])
def test_edited_copy_matches_its_original(kind: str, scene: Image.Image, index: HashIndex) -> None:
    copy = analyse(encode_jpeg(VARIANTS[kind](scene, 3)), name=f"{kind}.jpg")
    assert [m.key for m in match_image(copy.dihedral, index)] == [1]


def test_unrelated_pictures_do_not_match(index: HashIndex) -> None:
    for seed in range(9000, 9010):
        stranger = analyse(encode_jpeg(render_scene(seed)), name="stranger.jpg")
        assert match_image(stranger.dihedral, index) == []


def test_exif_capture_time_device_and_gps_are_read(scene: Image.Image) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Shenzhen Optics"
    exif[0x0110] = "Model 7"
    exif.get_ifd(0x8769)[0x9003] = "2021:08:26 17:50:00"
    exif.get_ifd(0x8769)[0x9011] = "+04:30"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (34.0, 31.0, 30.0)
    gps[3], gps[4] = "E", (69.0, 12.0, 0.0)
    meta = analyse(_jpeg(scene, exif=exif), name="exif.jpg").metadata
    assert meta.device == "Shenzhen Optics Model 7"
    assert meta.captured_at == dt.datetime(2021, 8, 26, 13, 20, tzinfo=dt.UTC)
    assert meta.gps_lat == pytest.approx(34.525)
    assert meta.gps_lon == pytest.approx(69.2)
    assert (meta.width, meta.height, meta.format) == (1280, 720, "jpeg")


def test_thumbnail_is_a_small_jpeg_and_the_original_bytes_are_untouched(scene: Image.Image) -> None:
    data = encode_jpeg(scene)
    before = bytes(data)
    analysis = analyse(data, name="scene.jpg")
    (thumb,) = analysis.derived
    assert data == before
    assert thumb.role == "thumbnail" and thumb.media_type == "image/jpeg"
    assert max(Image.open(io.BytesIO(thumb.data)).size) == 320


def test_featureless_picture_warns_that_its_hash_is_unreliable() -> None:
    blank = analyse(encode_jpeg(Image.new("RGB", (640, 480), (20, 20, 20))), name="black.jpg")
    assert blank.pdq_quality < 50
    assert any("quality" in w for w in blank.warnings)


def test_cropped_copy_is_found_by_the_centre_hash_and_says_so(scene: Image.Image) -> None:
    from tasdiq.media import add_to_index, centre_index, match_analysis
    from tasdiq.media.testset import cropped

    pdq_index, centre = HashIndex(), centre_index()
    add_to_index(pdq_index, 1, analyse(encode_jpeg(scene), name="original.jpg"), centre=centre)
    add_to_index(pdq_index, 2, analyse(encode_jpeg(render_scene(77)), name="other.jpg"), centre=centre)
    copy = analyse(encode_jpeg(cropped(scene, 7)), name="cropped.jpg")  # PDQ is 52 bits away
    matches = match_analysis(copy, pdq_index, centre_index=centre)
    assert [(m.key, m.via) for m in matches] == [(1, "centre")]
