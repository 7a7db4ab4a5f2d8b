"""How the spaCy model is loaded and computes: OpenBLAS held to one thread, and the tokenizer not read twice."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy
import pytest
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from tasdiq import blas
from tasdiq.extract import language

DEMO = Path(__file__).resolve().parents[2] / "demo"
OPENBLAS = "openblas" in numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]["name"]


def _layers(nlp: Any) -> Iterator[Any]:
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        yield from model.walk() if model is not None else ()


def _reading(nlp: Any, texts: list[str]) -> list[tuple[object, ...]]:
    """Every token's entity and dependency arc: what the pipeline decides, not its floats."""
    return [(t.i, t.ent_iob_, t.ent_type_, t.ent_id_, t.dep_, t.head.i, t.is_sent_start)
            for doc in nlp.pipe(texts) for t in doc]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DEMO.rglob("*.md"))]


@pytest.mark.skipif(not OPENBLAS, reason="numpy is not built on OpenBLAS here")
def test_numpy_openblas_is_held_to_one_thread() -> None:
    assert blas.numpy_blas_single_threaded()
    libraries = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert libraries
    assert all(lib["internal_api"] == "openblas" and lib["num_threads"] == 1 for lib in libraries)


@pytest.mark.skipif(not OPENBLAS, reason="numpy is not built on OpenBLAS here")
def test_the_window_encoders_compute_on_openblas() -> None:
    # their maxout layers make most of the products; the NER's output layer may be one spaCy
    # made afresh for our labels, which only its C loop reads
    maxouts = [layer for layer in _layers(language.nlp()) if layer.name.startswith("maxout")]
    assert len(maxouts) >= 8  # tok2vec's and the NER's own: embedding and four encoder layers each
    assert not any(layer.ops.use_blis for layer in maxouts)


def test_openblas_and_blis_read_the_demo_reports_alike(texts: list[str]) -> None:
    nlp = language.nlp()
    ours = _reading(nlp, texts)
    kept = {id(layer): layer.ops for layer in _layers(nlp)}
    blis_ops = NumpyOps(use_blis=True)
    try:
        for layer in _layers(nlp):
            layer.ops = blis_ops
        assert _reading(nlp, texts) == ours
    finally:
        for layer in _layers(nlp):
            layer.ops = kept[id(layer)]
    assert len(ours) > 5_000  # the demo corpus, not an empty comparison


def test_the_models_saved_tokenizer_is_the_one_spacy_makes_without_it() -> None:
    # language.build skips reading the saved tokenizer; that is only sound while they are the same
    package = importlib.import_module(language.MODEL_PACKAGE)
    read = package.load(exclude=list(language.UNUSED_PIPES)).tokenizer
    made = package.load(exclude=list(language.NOT_READ)).tokenizer
    assert read.to_bytes() == made.to_bytes()
    assert len(made.rules) > 1_000  # English's special cases are there, not an empty tokenizer
