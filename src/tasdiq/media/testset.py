"""A test set the team makes itself: rendered scenes, their edited copies, and video clips.

Nothing is downloaded: pictures are drawn with Pillow (shapes, gradients and text in a
made-up script of syllables) and clips are encoded with PyAV. Every item is a pure
function of its seed, so a recall figure can be reproduced exactly.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable, Iterable
from fractions import Fraction
from functools import lru_cache

import av
import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

SIZE = (1280, 720)
_SYLLABLES = ("ka", "ro", "mi", "tan", "zu", "bel", "or", "das", "qi", "nur", "pe", "sha", "lo", "vin")


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3)))


def _colour(rng: random.Random) -> tuple[int, int, int]:
    return (rng.randrange(256), rng.randrange(256), rng.randrange(256))


def _gradient(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    w, h = size
    a, b = np.array(_colour(rng), dtype=np.float32), np.array(_colour(rng), dtype=np.float32)
    angle = rng.uniform(0, np.pi)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    ramp = (xs * np.cos(angle) + ys * np.sin(angle)) / (w + h)
    ramp = (ramp - ramp.min()) / max(1e-6, float(ramp.max() - ramp.min()))
    pixels = a + (b - a) * ramp[..., None]
    return Image.fromarray(pixels.clip(0, 255).astype(np.uint8), "RGB")


def render_scene(seed: int, size: tuple[int, int] = SIZE) -> Image.Image:
    """A picture with a gradient, 6-14 filled shapes and a few lines of text."""
    rng = random.Random(seed)
    image = _gradient(rng, size)
    draw = ImageDraw.Draw(image)
    w, h = size
    for _ in range(rng.randint(6, 14)):
        x0, y0 = rng.randrange(w), rng.randrange(h)
        x1, y1 = x0 + rng.randint(w // 20, w // 3), y0 + rng.randint(h // 20, h // 3)
        kind = rng.choice(("rectangle", "ellipse", "polygon"))
        if kind == "polygon":
            points = [(rng.randrange(w), rng.randrange(h)) for _ in range(rng.randint(3, 6))]
            draw.polygon(points, fill=_colour(rng))
        else:
            getattr(draw, kind)((x0, y0, x1, y1), fill=_colour(rng), outline=_colour(rng), width=rng.randint(1, 8))
    for _ in range(rng.randint(1, 4)):
        text = " ".join(_word(rng) for _ in range(rng.randint(1, 4)))
        draw.text(
            (rng.randrange(w // 2), rng.randrange(h - h // 8)),
            text,
            fill=_colour(rng),
            font=_font(rng.randint(h // 24, h // 8)),
        )
    return image


def encode_jpeg(image: Image.Image, quality: int = 90) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, format="JPEG", quality=quality)
    return out.getvalue()


# ---- the edits a copy undergoes on its way round social media --------------------------


def reencoded(image: Image.Image, seed: int) -> Image.Image:
    """Saved again as a low-quality JPEG (what every upload does)."""
    quality = random.Random(seed).randint(30, 70)
    return Image.open(io.BytesIO(encode_jpeg(image, quality))).convert("RGB")


def resized(image: Image.Image, seed: int) -> Image.Image:
    scale = random.Random(seed).uniform(0.3, 0.7)
    return image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.BILINEAR)


def cropped(image: Image.Image, seed: int) -> Image.Image:
    """5% of each dimension removed, split at random between the two edges."""
    rng = random.Random(seed)
    w, h = image.size
    cut_w, cut_h = round(w * 0.05), round(h * 0.05)
    left, top = rng.randint(0, cut_w), rng.randint(0, cut_h)
    return image.crop((left, top, w - (cut_w - left), h - (cut_h - top)))


def flipped(image: Image.Image, seed: int) -> Image.Image:
    return ImageOps.mirror(image) if seed % 2 == 0 else ImageOps.flip(image)


def watermarked(image: Image.Image, seed: int) -> Image.Image:
    """A channel's logo box and handle in a corner, half transparent, as reposters add."""
    rng = random.Random(seed)
    base = image.convert("RGBA")
    layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    w, h = base.size
    box_w, box_h = w // 4, h // 8
    x = rng.choice((w // 40, w - box_w - w // 40))
    y = rng.choice((h // 40, h - box_h - h // 40))
    draw.rectangle((x, y, x + box_w, y + box_h), fill=(*_colour(rng), 140))
    draw.text((x + box_w // 10, y + box_h // 5), "@" + _word(rng), fill=(255, 255, 255, 220), font=_font(box_h // 2))
    return Image.alpha_composite(base, layer).convert("RGB")


def brightened(image: Image.Image, seed: int) -> Image.Image:
    factor = random.Random(seed).choice((0.75, 0.8, 1.2, 1.3))
    return ImageEnhance.Brightness(image).enhance(factor)


VARIANTS: dict[str, Callable[[Image.Image, int], Image.Image]] = {
    "reencode": reencoded,
    "resize": resized,
    "crop5": cropped,
    "flip": flipped,
    "watermark": watermarked,
    "brightness": brightened,
}


# ---- clips ------------------------------------------------------------------------------


def render_clip(
    seed: int, *, seconds: float, size: tuple[int, int] = (320, 240), fps: int = 25, scene_seconds: float = 4.0
) -> bytes:
    """An H.264 MP4: a new scene every `scene_seconds`, with a shape moving across it."""
    frames = (_clip_frame(seed, i / fps, size, scene_seconds) for i in range(round(seconds * fps)))
    return encode_clip(frames, size=size, fps=fps)


@lru_cache(maxsize=8)
def _scene(seed: int, size: tuple[int, int]) -> Image.Image:
    return render_scene(seed, size)


def _clip_frame(seed: int, t: float, size: tuple[int, int], scene_seconds: float) -> Image.Image:
    scene = int(t // scene_seconds)
    image = _scene(seed * 1000 + scene, size).copy()
    draw = ImageDraw.Draw(image)
    phase = (t % scene_seconds) / scene_seconds
    w, h = size
    x = round(phase * w)
    draw.ellipse((x - w // 10, h // 2 - h // 10, x + w // 10, h // 2 + h // 10), fill=(250, 250, 250))
    return image


def encode_clip(frames: Iterable[Image.Image], *, size: tuple[int, int], fps: int, crf: int = 23) -> bytes:
    out = io.BytesIO()
    with av.open(out, mode="w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=fps, options={"crf": str(crf), "preset": "veryfast"})
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        stream.time_base = Fraction(1, fps)
        for index, image in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(np.asarray(image.convert("RGB")), format="rgb24")
            frame.pts = index
            frame.time_base = Fraction(1, fps)
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return out.getvalue()


def cut_clip(data: bytes, *, start: float, seconds: float, crf: int = 28) -> bytes:
    """Re-encode `seconds` of a clip from `start`: a repost that trimmed the original."""
    with av.open(io.BytesIO(data), mode="r") as source:
        stream = source.streams.video[0]
        fps = round(float(stream.average_rate or 25))
        size = (stream.width, stream.height)
        frames = [
            Image.fromarray(f.to_ndarray(format="rgb24"))
            for f in source.decode(stream)
            if start <= f.time < start + seconds
        ]
    return encode_clip(frames, size=size, fps=fps, crf=crf)
