"""The Arabic-script share that sends a text down the native path and names a source's script."""

from __future__ import annotations

import pytest

from tasdiq.extract.native.script import arabic_share


@pytest.mark.parametrize(("text", "share"), [
    ("", 0.0),
    ("2023-04-22, 09:00 — 12!", 0.0),  # no letters at all
    ("Kabul", 0.0),
    ("کابل", 1.0),
    ("Kabul کابل", 4 / 9),  # letters only: the space does not count
    ("کابل ۱۲ killed", 4 / 10),  # Persian digits are not letters
    ("ﻛﺎﺑﻞ", 1.0),  # presentation forms are Arabic-script letters too
    ("ٌ" * 3 + "ab", 0.0),  # harakat are marks, not letters
])
def test_share_counts_letters_in_arabic_script_among_all_letters(text: str, share: float) -> None:
    assert arabic_share(text) == pytest.approx(share)


def test_only_the_sample_is_read() -> None:
    assert arabic_share("a" * 10 + "کابل" * 100, sample=10) == 0.0
