"""The compiled automaton walk counts what py3langid's Python walk counts, in the same order."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from py3langid.langid import visit_counts as python_walk

from tasdiq.extract.native._walk import visit_counts
from tasdiq.extract.native.identify import _model

TEXTS = ["", "a", "Gunmen opened fire on a checkpoint in Khost.", "د کابل په ښار کې یوه چاودنه وشوه",
         "در ولایت هرات یک انفجار رخ داد", "KABUL (Nov. 8, 2012) " * 40]


def _both(text: bytes) -> tuple[object, object]:
    model = _model("all")
    tables = model._tables()
    return python_walk(model.tk_nextmove, model._rowbase, model.tk_output, text), \
        visit_counts(*tables, text, model.nb_ptc.shape[0])


def _same(text: bytes) -> None:
    expected, got = _both(text)
    assert (expected is None and got is None) or (
        got is not None and expected is not None and list(got.items()) == list(expected.items()))


@pytest.mark.parametrize("text", TEXTS)
def test_the_compiled_walk_counts_each_feature_in_first_seen_order(text: str) -> None:
    _same(text.encode("utf-8"))


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=600))
def test_any_bytes_walk_the_same(data: bytes) -> None:
    _same(data)


def test_a_table_pointing_past_the_automaton_is_refused() -> None:
    model = _model("all")
    moves, rowbase, output = model._tables()
    broken = moves.copy()
    broken[rowbase[0] + ord("a")] = len(rowbase)  # a move to a state that does not exist
    with pytest.raises(ValueError, match="outside"):
        visit_counts(broken, rowbase, output, b"abc", model.nb_ptc.shape[0])
    with pytest.raises(ValueError, match="feature"):
        visit_counts(moves, rowbase, output, b"the text", 1)
    with pytest.raises(ValueError, match="tables"):
        visit_counts(moves, rowbase, np.zeros(3, dtype=np.int32), b"abc", 10)


def test_without_the_compiled_module_py3langid_walks_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from py3langid.langid import LanguageIdentifier

    from tasdiq.extract.native.walk import identifier_class

    assert identifier_class() is not LanguageIdentifier
    monkeypatch.setitem(sys.modules, "tasdiq.extract.native._walk", None)  # as if it was not built
    assert identifier_class() is LanguageIdentifier
