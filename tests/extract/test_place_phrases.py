"""The place ruler filled from cached words matches what spaCy's `add_patterns` would have it match."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from tasdiq.extract import language, phrases

DEMO = Path(__file__).resolve().parents[2] / "demo"


def _bare_nlp() -> Any:
    """The model with our tokenizer, no rulers: what `language.build` fills its rulers on."""
    nlp = importlib.import_module(language.MODEL_PACKAGE).load(exclude=list(language.NOT_READ))
    for abbreviation in language.ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    return nlp


def _ruler(nlp: Any, name: str) -> Any:
    return nlp.add_pipe("entity_ruler", name=name, config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})


def _state(ruler: Any) -> tuple[dict[Any, Any], dict[Any, Any]]:
    """All a PhraseMatcher matches with (each key's word-id sequences, which it pickles) and the
    ruler's entity ids."""
    _, (_, docs, _, attr), *_ = ruler.phrase_matcher.__reduce__()
    return {"attr": attr, **docs}, dict(ruler._ent_ids)


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any, Any]:
    """spaCy's own `add_patterns` ruler and ours, over every place pattern, on one pipeline."""
    mp = pytest.MonkeyPatch()
    mp.setenv("TASDIQ_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    try:
        nlp = _bare_nlp()
        patterns = language._place_patterns()
        spacys = _ruler(nlp, "spacys")
        with nlp.select_pipes(enable=[]):
            spacys.add_patterns([{"label": "PLACE", "id": name, "pattern": text} for name, text in patterns])
        ours = _ruler(nlp, "ours")
        words = phrases.phrase_words(nlp, [text for _, text in patterns])
        phrases.add_phrases(ours, label="PLACE", patterns=[(n, w) for (n, _), w in zip(patterns, words, strict=True)])
    finally:
        mp.undo()
    return nlp, spacys, ours


def test_the_cached_ruler_holds_every_pattern_add_patterns_does(both: tuple[Any, Any, Any]) -> None:
    _, spacys, ours = both
    assert len(ours.phrase_matcher) == len(spacys.phrase_matcher) > 9_000  # every name, not an empty match
    assert _state(ours) == _state(spacys)


def test_the_cached_ruler_finds_the_same_places_in_the_demo_reports(both: tuple[Any, Any, Any]) -> None:
    nlp, spacys, ours = both
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEMO.rglob("*.md"))]
    found = 0
    for doc in nlp.tokenizer.pipe(texts):
        theirs = [(e.start, e.end, e.label_, e.ent_id_) for e in spacys(doc.copy()).ents]
        assert [(e.start, e.end, e.label_, e.ent_id_) for e in ours(doc.copy()).ents] == theirs
        found += len(theirs)
    assert found > 100


def _tokenised_nowhere(nlp: Any, texts: Any) -> list[list[str]]:
    raise AssertionError("tokenised again although the cache holds these words")


def test_the_words_are_read_back_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TASDIQ_CACHE_DIR", str(tmp_path))
    nlp = _bare_nlp()
    texts = ["Kabul", "Kabul Airport", "Dasht-e Barchi", "Lt. Col. Saeed Shaheed Cantonment", "F-6 Markaz"]
    cut = phrases.phrase_words(nlp, texts)
    assert cut == [[t.text for t in nlp.make_doc(text)] for text in texts]
    assert len(list(tmp_path.glob("phrase-words-*.json"))) == 1
    monkeypatch.setattr(phrases, "_tokenised", _tokenised_nowhere)
    assert phrases.phrase_words(nlp, texts) == cut


def test_a_damaged_cache_entry_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TASDIQ_CACHE_DIR", str(tmp_path))
    nlp = _bare_nlp()
    texts = ["Kabul", "Kandahar Airfield"]
    phrases.phrase_words(nlp, texts)
    (entry,) = tmp_path.glob("phrase-words-*.json")
    entry.write_text('{"words": [["Kabul"]]}', encoding="utf-8")  # one phrase short
    assert phrases.phrase_words(nlp, texts) == [["Kabul"], ["Kandahar", "Airfield"]]
    entry.write_text("not json", encoding="utf-8")
    assert phrases.phrase_words(nlp, texts) == [["Kabul"], ["Kandahar", "Airfield"]]


def test_another_tokenizer_gets_another_cache_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TASDIQ_CACHE_DIR", str(tmp_path))
    nlp = _bare_nlp()
    assert phrases.phrase_words(nlp, ["Camp Bastion."]) == [["Camp", "Bastion", "."]]
    nlp.tokenizer.add_special_case("Bastion.", [{"ORTH": "Bastion."}])
    assert phrases.phrase_words(nlp, ["Camp Bastion."]) == [["Camp", "Bastion."]]
    assert len(list(tmp_path.glob("phrase-words-*.json"))) == 2


def test_an_unwritable_cache_tokenises_in_the_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("TASDIQ_CACHE_DIR", str(blocker))
    assert phrases.phrase_words(_bare_nlp(), ["Lashkar Gah"]) == [["Lashkar", "Gah"]]
