"""Perceptual fingerprints of a picture: PDQ (with its dihedral variants) and a centre dHash.

PDQ is Meta's 256-bit hash, the one the GIFCT hash-sharing database exchanges, so our
hashes can be compared with hashes other teams publish. Hex strings follow the reference
implementation's order (most significant 16-bit word first), which is what `np.packbits`
of `pdqhash`'s bit vector gives.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pdqhash
from numpy.typing import NDArray
from PIL import Image

# Meta's reference hasher downsamples to 512 px before hashing: the hash reads a 64x64
# luminance grid, so larger inputs only cost time (a 1280x720 frame hashes ~3x faster).
PDQ_INPUT_SIDE = 512
# PDQ's own guidance: hashes of quality below 50 (flat, featureless pictures such as a
# black frame) collide with each other and should not be trusted as matches.
MIN_USEFUL_QUALITY = 50
# The centre hash ignores a 10% margin on every side, where crops, borders, logos and
# captions land, and compares what remains.
CENTRE_MARGIN = 0.10
DHASH_SIDE = 8


def pdq_input(image: Image.Image) -> NDArray[np.uint8]:
    """RGB pixels, downsampled to at most `PDQ_INPUT_SIDE` on the longer side."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    scale = PDQ_INPUT_SIDE / max(rgb.size)
    if scale < 1:
        size = (max(1, round(rgb.width * scale)), max(1, round(rgb.height * scale)))
        rgb = rgb.resize(size, Image.Resampling.BILINEAR)
    return np.ascontiguousarray(np.asarray(rgb, dtype=np.uint8))


def bits_to_hex(bits: NDArray[np.int64]) -> str:
    return np.packbits(bits.astype(np.uint8)).tobytes().hex()


def pdq(image: Image.Image) -> tuple[str, int]:
    """(hex, quality) of the picture as it is."""
    bits, quality = pdqhash.compute(pdq_input(image))
    return bits_to_hex(bits), int(quality)


def pdq_dihedral(image: Image.Image) -> tuple[tuple[str, ...], int]:
    """The hashes of the eight rotations and flips (original first), and the quality.

    Hashing one copy this way finds a stored copy that was mirrored or rotated: the
    query is compared under each transform instead of storing eight hashes per item.
    """
    hashes, quality = pdqhash.compute_dihedral(pdq_input(image))
    return tuple(bits_to_hex(h) for h in hashes), int(quality)


def pdq_of_rgb(pixels: NDArray[np.uint8]) -> tuple[str, int]:
    """PDQ of an RGB array already at hashing size (video frames come this way)."""
    bits, quality = pdqhash.compute(np.ascontiguousarray(pixels))
    return bits_to_hex(bits), int(quality)


def centre_dhash(image: Image.Image) -> str:
    """A 128-bit difference hash (horizontal and vertical gradients) of the centre.

    PDQ sees the whole frame, so a watermark across a corner or a 5% crop moves its bits;
    this second fingerprint looks only at the middle 80%, where those edits rarely reach.
    """
    gray = image.convert("L")
    w, h = gray.size
    mx, my = round(w * CENTRE_MARGIN), round(h * CENTRE_MARGIN)
    centre = gray.crop((mx, my, max(mx + 1, w - mx), max(my + 1, h - my)))
    side = DHASH_SIDE
    small = np.asarray(centre.resize((side + 1, side + 1), Image.Resampling.BOX), dtype=np.int16)
    horizontal = small[:side, 1:] > small[:side, :-1]
    vertical = small[1:, :side] > small[:-1, :side]
    bits = np.concatenate([horizontal.ravel(), vertical.ravel()])
    return np.packbits(bits).tobytes().hex()


def hex_to_words(hexes: Sequence[str]) -> NDArray[np.uint64]:
    """Hex hashes as rows of big-endian 64-bit words (256 bits -> 4 words per row)."""
    if not hexes:
        return np.zeros((0, 4), dtype=np.uint64)
    raw = b"".join(bytes.fromhex(h) for h in hexes)
    width = len(hexes[0]) // 16
    return np.frombuffer(raw, dtype=">u8").astype(np.uint64).reshape(len(hexes), width)


def hamming(a: str, b: str) -> int:
    """Bits that differ between two hex hashes of equal length."""
    return int.bit_count(int(a, 16) ^ int(b, 16))
