"""py3langid's model is inflated once per machine and read back unchanged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from tasdiq.extract.native.identify import _full_model

SAMPLES = (
    "Gunmen opened fire on a police checkpoint on the outskirts of the town on Tuesday.",
    "د کابل په ښار کې یوه چاودنه وشوه",
    "در ولایت هرات یک انفجار رخ داد",
    "Une explosion a frappé le marché central ce matin.",
)


def _same(a: LanguageIdentifier, b: LanguageIdentifier) -> None:
    assert np.array_equal(a.nb_ptc, b.nb_ptc) and np.array_equal(a.nb_pc, b.nb_pc)
    assert a.nb_classes == b.nb_classes and a.tk_output == b.tk_output
    assert a.tk_nextmove == b.tk_nextmove and a.tk_row == b.tk_row
    assert [a.classify(t) for t in SAMPLES] == [b.classify(t) for t in SAMPLES]


def test_the_cached_model_classifies_as_the_shipped_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TASDIQ_CACHE_DIR", str(tmp_path))
    shipped = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    built = _full_model()  # inflates into the cache
    assert [p.suffix for p in tmp_path.iterdir()] == [".npz"]
    _same(built, shipped)
    _same(_full_model(), shipped)  # read back from the cache


def test_an_unwritable_cache_falls_back_to_the_shipped_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("TASDIQ_CACHE_DIR", str(blocker))
    _same(_full_model(), LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
