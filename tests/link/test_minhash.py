"""The linker's MinHash: the signatures datasketch 2.0's affine32 scheme gave, without importing it."""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from tasdiq.link import minhash as mh
from tasdiq.link.features import minhash

SHINGLES = [b"an attack on", b"attack on a", b"on a checkpoint"]


def test_signature_is_the_one_datasketch_affine32_gave() -> None:
    # Computed with datasketch 2.0.0: MinHash(num_perm=8, seed=1, hashfunc=zlib.crc32).update_batch(SHINGLES)
    golden = [2632124948, 1064425139, 416243277, 1286773654, 1641488293, 992593964, 1333051046, 1833738739]
    assert mh.signature(SHINGLES, num_perm=8, seed=1).tolist() == golden


def test_signature_matches_datasketch_on_word_salad() -> None:
    datasketch = pytest.importorskip("datasketch")
    words = [f"w{i}" for i in range(50)] + ["Kabul", "blast", "killed"]
    rng = np.random.default_rng(5)
    for size in (3, 10, 200):
        text = " ".join(str(w) for w in rng.choice(words, size))
        tokens = text.lower().split()
        shingles = list({" ".join(tokens[i : i + 3]).encode() for i in range(len(tokens) - 2)})
        theirs = datasketch.MinHash(num_perm=32, seed=1, hashfunc=zlib.crc32)
        theirs.update_batch(shingles)
        assert np.array_equal(mh.signature(shingles, num_perm=32, seed=1), theirs.hashvalues)


def test_identical_texts_agree_everywhere_and_unrelated_ones_hardly() -> None:
    one = minhash("an explosion struck a market in Kunduz killing nine people on Friday")
    other = minhash("the provincial council met to discuss the wheat harvest and the new road")
    assert one is not None and other is not None
    assert mh.similarity(one, one) == 1.0
    assert mh.similarity(one, other) < 0.2


def test_text_of_fewer_words_than_a_shingle_has_no_signature() -> None:
    assert minhash("two words") is None


def test_a_reloaded_mention_reuses_its_texts_names_and_signature() -> None:
    # A batch worker's links reload the same incident members run after run: what depends on
    # their text alone is worked out once, and is what a fresh computation gives.
    from tasdiq.link import features as ft
    from tasdiq.link.names import names

    text = "Gunmen led by Qari Zakir attacked the Salang checkpoint, killing four guards, officials said."
    first, again = ft._minhash_of(text), ft._minhash_of(str(text + " ")[:-1])  # equal text, another object
    assert again is first
    assert first is not None and first.tolist() == minhash(text).tolist()  # type: ignore[union-attr]
    assert not first.flags.writeable  # shared: nobody may change it in place
    assert ft._names_of(text, "Kabul Wire") == names(text, "Kabul Wire")


def test_texts_are_remembered_by_digest_the_least_recently_used_forgotten_first() -> None:
    from tasdiq.link import features as ft

    remembered: ft.Remembered[bytes, int] = ft.Remembered(2)
    first, second, third = (ft.text_digest(t) for t in ("one text", "another text", "a third text"))
    remembered.put(first, 1)
    remembered.put(second, 2)
    assert remembered.get(first) == 1  # now the most recently used
    remembered.put(third, 3)
    assert remembered.get(second) is ft.MISSING and remembered.get(first) == 1 and len(remembered) == 2
    assert len(first) == 16 and first != ft.text_digest("one text ")
    text = "Gunmen attacked the Salang checkpoint, killing four guards, officials said."
    ft._minhash_of(text)
    assert ft._SIGNATURES.get(ft.text_digest(text)) is ft._minhash_of(text)  # kept by digest, not by text
