"""py3langid's model is inflated once per machine and read back unchanged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from tasdiq.extract.native.identify import _full_model, _model

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


@pytest.mark.parametrize("scope", ["all", "arabic"])
def test_each_scope_scores_every_text_as_stock_py3langid_bit_for_bit(scope: str) -> None:
    # Our scopes hold their weights widened to float32 in row order (a faster product); the
    # scores must stay py3langid's own, to the last bit: a stored language may not move.
    ours = _model(scope)
    stock = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    stock.set_languages(list(dict.fromkeys(ours.nb_classes)))
    assert stock.nb_classes == ours.nb_classes and stock.nb_ptc.dtype == np.float16
    texts = [*SAMPLES, " ".join(SAMPLES) * 20, "", "12 34", "KABUL", "کابل " * 50]
    for text in texts:
        assert stock._decide(text).tobytes() == ours._decide(text).tobytes(), text[:40]
