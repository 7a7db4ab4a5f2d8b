"""Capture time, device and GPS position from an image's EXIF block (Pillow)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PIL import ExifTags, Image

_MAKE, _MODEL, _DATETIME = 0x010F, 0x0110, 0x0132
_DATETIME_ORIGINAL, _OFFSET_TIME_ORIGINAL = 0x9003, 0x9011
_GPS_LAT_REF, _GPS_LAT, _GPS_LON_REF, _GPS_LON = 1, 2, 3, 4


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if value is None:
        return None
    text = str(value).strip("\x00 ").strip()
    return text or None


def parse_exif_time(stamp: str | None, offset: str | None) -> tuple[dt.datetime | None, bool]:
    """EXIF "YYYY:MM:DD HH:MM:SS" as aware UTC, and whether the camera said its time zone.

    Without OffsetTimeOriginal the stamp is the camera's local clock; it is read as UTC
    and the caller records that the zone is unknown, rather than guessing Kabul time.
    """
    if not stamp:
        return None, False
    try:
        local = dt.datetime.strptime(stamp[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None, False
    if offset:
        try:
            zone = dt.datetime.strptime(offset.strip(), "%z").tzinfo
        except ValueError:
            zone = None
        if zone is not None:
            return local.replace(tzinfo=zone).astimezone(dt.UTC), True
    return local.replace(tzinfo=dt.UTC), False


def _degrees(dms: Any, ref: Any) -> float | None:
    try:
        d, m, s = (float(x) for x in dms)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    value = d + m / 60 + s / 3600
    return -value if _text(ref) in ("S", "W") else value


def read_exif(image: Image.Image) -> dict[str, Any]:
    """The EXIF facts Tasdiq keeps, as a dict of plain values (absent keys are unknown)."""
    exif = image.getexif()
    if not exif:
        return {}
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    captured, zone_known = parse_exif_time(
        _text(sub.get(_DATETIME_ORIGINAL)) or _text(exif.get(_DATETIME)),
        _text(sub.get(_OFFSET_TIME_ORIGINAL)),
    )
    facts: dict[str, Any] = {
        "device_make": _text(exif.get(_MAKE)),
        "device_model": _text(exif.get(_MODEL)),
        "captured_at": captured,
        "capture_zone_known": zone_known,
    }
    if gps:
        facts["gps_lat"] = _degrees(gps.get(_GPS_LAT), gps.get(_GPS_LAT_REF))
        facts["gps_lon"] = _degrees(gps.get(_GPS_LON), gps.get(_GPS_LON_REF))
    return facts


def exif_tags(image: Image.Image) -> dict[str, str]:
    """Every readable top-level and Exif-IFD tag by name, for the evidence record."""
    exif = image.getexif()
    merged = {**dict(exif.items()), **dict(exif.get_ifd(ExifTags.IFD.Exif).items())}
    tags: dict[str, str] = {}
    for key, value in merged.items():
        name = ExifTags.TAGS.get(key)
        text = _text(value) if isinstance(value, str | bytes | int | float) else None
        if name and text and len(text) <= 200 and name != "MakerNote":
            tags[name] = text
    return tags
