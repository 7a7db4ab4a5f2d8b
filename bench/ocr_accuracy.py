"""Character accuracy of OCR on the team's own test scans (tests/ingest/scan_images.py).

    PYTHONPATH=src python bench/ocr_accuracy.py

Prints, per scan: languages Tesseract used, its mean confidence, character accuracy, seconds.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "ingest"))

from scan_images import (
    ENGLISH_REPORT,
    LATIN_FONT,
    NASKH_FONT,
    NASTALIQ_FONT,
    URDU_STATEMENT,
    character_accuracy,
    render,
)

from tasdiq.ingest.readers.ocr import read_image, tesseract

CASES = [
    ("English report, DejaVu Serif 30 px, slight blur", ENGLISH_REPORT, LATIN_FONT, 30, False, 0.6),
    ("English report, DejaVu Serif 22 px, more blur", ENGLISH_REPORT, LATIN_FONT, 22, False, 1.0),
    ("Urdu statement, Noto Naskh Arabic 40 px", URDU_STATEMENT, NASKH_FONT, 40, True, 0.0),
    ("Urdu statement, Noto Naskh Arabic 32 px, slight blur", URDU_STATEMENT, NASKH_FONT, 32, True, 0.6),
    ("Urdu statement, Noto Nastaliq Urdu 40 px", URDU_STATEMENT, NASTALIQ_FONT, 40, True, 0.0),
]


def main() -> None:
    if tesseract() is None:
        print("no tesseract: nothing to measure")
        return
    for label, text, font, size, rtl, blur in CASES:
        started = time.perf_counter()
        reading = read_image(label, render(text, font, size=size, rtl=rtl, blur=blur))
        print(f"{label}: {reading.languages}, confidence {reading.confidence:.1f}, "
              f"character accuracy {character_accuracy(text, reading.text):.3f}, "
              f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
