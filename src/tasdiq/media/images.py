"""Open a still image defensively and fingerprint it."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from tasdiq.errors import InputError
from tasdiq.media import hashes
from tasdiq.media.exif import exif_tags, read_exif
from tasdiq.media.limits import Limits
from tasdiq.media.results import Derived, MediaAnalysis, MediaMetadata

THUMBNAIL_SIDE = 320
JPEG_QUALITY = 85


def open_image(source: bytes | Path, *, name: str, limits: Limits) -> Image.Image | None:
    """The decoded picture, `None` when the bytes are not an image format Pillow knows.

    Raises InputError for a picture too large to decode safely (a decompression bomb) and
    for one that is recognised but corrupt or truncated.
    """
    # Pillow reads its bomb limit from a module global; set it on purpose rather than
    # relying on whatever default the installed version ships.
    Image.MAX_IMAGE_PIXELS = limits.max_pixels
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(stream)
            _check_pixels(image, name=name, limits=limits)
            image.load()
    except UnidentifiedImageError:
        return None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError(name, f"refused as a decompression bomb (over {limits.max_pixels:,} pixels)") from None
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise InputError(name, f"corrupt or truncated image ({_one_line(error)})") from None
    return image


def _check_pixels(image: Image.Image, *, name: str, limits: Limits) -> None:
    w, h = image.size
    if w * h > limits.max_pixels:
        raise InputError(name, f"refused as a decompression bomb ({w}x{h} exceeds {limits.max_pixels:,} pixels)")
    if w == 0 or h == 0:
        raise InputError(name, "image has no pixels")


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def jpeg(image: Image.Image, *, side: int = THUMBNAIL_SIDE) -> bytes:
    """A JPEG working copy no larger than `side` on either edge."""
    copy = image.convert("RGB")
    copy.thumbnail((side, side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    copy.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def analyse_image(image: Image.Image, *, name: str) -> MediaAnalysis:
    """Fingerprints, metadata and a thumbnail of an opened picture."""
    facts = read_exif(image)
    fmt = image.format or "unknown"
    media_type = Image.MIME.get(fmt, "application/octet-stream")
    # Hash what a viewer sees: a phone photo stored sideways with an orientation tag and
    # the same photo re-saved upright should hash alike.
    upright = ImageOps.exif_transpose(image) if image.getexif() else image
    if upright.mode not in ("RGB", "L"):
        upright = _flatten(upright)
    dihedral, quality = hashes.pdq_dihedral(upright)
    warnings_: list[str] = []
    if quality < hashes.MIN_USEFUL_QUALITY:
        warnings_.append(f"PDQ quality {quality} is below {hashes.MIN_USEFUL_QUALITY}: matches are unreliable")
    if not facts.get("capture_zone_known", True):
        warnings_.append("capture time has no time zone in EXIF; read as UTC")
    metadata = MediaMetadata(
        format=fmt.lower(),
        width=image.width,
        height=image.height,
        captured_at=facts.get("captured_at"),
        device_make=facts.get("device_make"),
        device_model=facts.get("device_model"),
        gps_lat=facts.get("gps_lat"),
        gps_lon=facts.get("gps_lon"),
        tags=exif_tags(image),
    )
    return MediaAnalysis(
        name=name,
        kind="image",
        media_type=media_type,
        metadata=metadata,
        pdq=dihedral[0],
        pdq_quality=quality,
        dihedral=dihedral,
        crop_hash=hashes.centre_dhash(upright),
        derived=(Derived(role="thumbnail", data=jpeg(upright)),),
        warnings=tuple(warnings_),
    )


def _flatten(image: Image.Image) -> Image.Image:
    """Transparent and palette pictures composited on white, as a browser shows them."""
    rgba = image.convert("RGBA")
    background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(background, rgba).convert("RGB")
