"""The built gazetteer is kept in the cache folder and read back equal to a fresh build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasdiq.reference import places
from tasdiq.reference.places import _from_cache, load_gazetteer


def test_the_cached_gazetteer_equals_a_fresh_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TASDIQ_CACHE_DIR", str(tmp_path))
    built = _from_cache()  # builds into the cache
    assert [p.suffix for p in tmp_path.iterdir()] == [".pickle"]
    fresh = load_gazetteer()
    assert built == fresh
    again = _from_cache()  # read back from the cache
    assert again is not None and again == fresh
    assert [p.name for p in again.lookup("Mazar-e Sharif")] == [p.name for p in fresh.lookup("Mazar-e Sharif")]


def test_a_change_to_the_curated_data_names_a_new_cache_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TASDIQ_CACHE_DIR", str(tmp_path))
    _from_cache()
    changed = tmp_path / "changed.csv"
    changed.write_text("a curated file the gazetteer starts reading\n")
    files = places._data_files()
    monkeypatch.setattr(places, "_data_files", lambda: [*files, changed])
    _from_cache()
    assert len([p for p in tmp_path.iterdir() if p.name.startswith("gazetteer-")]) == 2


def test_an_unwritable_cache_builds_the_gazetteer_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("TASDIQ_CACHE_DIR", str(blocker))
    assert _from_cache() is None
    places.gazetteer.cache_clear()
    try:
        assert places.gazetteer() == load_gazetteer()
    finally:
        places.gazetteer.cache_clear()
