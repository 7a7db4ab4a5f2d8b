"""The team's own scans for OCR tests: texts in our words, rendered with Debian's fonts.

Rendered, not photographed, so the only noise is what we add; `character_accuracy` is the
share of the reference's characters that OCR gave back in order (difflib's matching blocks
over the longer of the two texts, spaces folded).
"""

from __future__ import annotations

import difflib
import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path("/usr/share/fonts/truetype")
LATIN_FONT = FONTS / "dejavu" / "DejaVuSerif.ttf"
NASKH_FONT = FONTS / "noto" / "NotoNaskhArabic-Regular.ttf"
NASTALIQ_FONT = FONTS / "noto" / "NotoNastaliqUrdu-Regular.ttf"

# A printed incident note in English, our own wording about the Kabul airport bombing.
ENGLISH_REPORT = (
    "KABUL, 27 August 2021. A suicide bomber detonated explosives among the crowd waiting at Abbey Gate "
    "of Kabul's international airport on Thursday evening, 26 August. At least 13 US service members and "
    "more than 160 Afghan civilians were killed, officials said. The Islamic State Khorasan Province "
    "claimed the attack through its Amaq agency."
)
# An Urdu statement in our own words: "At least 84 people were killed in a suicide blast in the mosque of
# Peshawar Police Lines on 30 January 2023. A faction of the banned Tehrik-i-Taliban Pakistan claimed
# responsibility."
URDU_STATEMENT = ("پشاور پولیس لائنز کی مسجد میں 30 جنوری 2023 کو خودکش دھماکے میں کم از کم 84 افراد ہلاک ہو گئے۔ "
                  "کالعدم تحریک طالبان پاکستان کے ایک دھڑے نے ذمہ داری قبول کی۔")


def render(text: str, font_path: Path, *, size: int = 40, width: int = 1600, rtl: bool = False,
           blur: float = 0.0) -> Image.Image:
    font = ImageFont.truetype(str(font_path), size)
    direction = "rtl" if rtl else None
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if font.getlength(candidate, direction=direction) > width - 160 and current:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    step = int(size * 2.2)
    image = Image.new("L", (width, step * len(lines) + 160), 255)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        x = width - 80 - font.getlength(line, direction=direction) if rtl else 80
        draw.text((x, 80 + number * step), line, font=font, fill=0, direction=direction)
    return image.filter(ImageFilter.GaussianBlur(blur)) if blur else image


def as_png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def as_scanned_pdf(pages: list[Image.Image]) -> bytes:
    """A PDF whose pages are only images, as a scanner writes it: no text layer."""
    buffer = io.BytesIO()
    pages[0].convert("RGB").save(buffer, format="PDF", resolution=150, save_all=True,
                                 append_images=[p.convert("RGB") for p in pages[1:]])
    return buffer.getvalue()


def character_accuracy(reference: str, read: str) -> float:
    ref, got = " ".join(reference.split()), " ".join(read.split())
    matcher = difflib.SequenceMatcher(None, ref, got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(len(ref), len(got), 1)
