"""Languages at ingest: identified and stored on each source; a language Tasdiq cannot read
is said so in the ingest and extract summaries; mis-encoded Arabic-script files are refused
with one line that names the likely encoding, and the store stays as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tasdiq.cli.main import app

runner = CliRunner()
URDU = "پشاور کی ایک مسجد میں نماز جمعہ کے دوران خودکش دھماکے میں 63 افراد جاں بحق ہو گئے۔"
GERMAN = ("Bei einem Selbstmordanschlag in einer Moschee in Peschawar wurden am Freitag mindestens "
          "63 Menschen getötet, teilte die Polizei mit.")


def tasdiq(home: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--data-dir", str(home), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "store"
    assert tasdiq(home, "init")[0] == 0
    return home


def _rows(home: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(home / "tasdiq.sqlite")
    try:
        return [(t, *r) for t in ("originals", "sources", "audit_entries")
                for r in con.execute(f"select * from {t} order by id")]
    finally:
        con.close()


def _languages(home: Path) -> list[str]:
    con = sqlite3.connect(home / "tasdiq.sqlite")
    try:
        return [r[0] for r in con.execute("select language from sources order by id")]
    finally:
        con.close()


def test_each_source_stores_the_language_its_text_is_in(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(URDU, encoding="utf-8")
    (folder / "b.txt").write_text("دست کم ۱۲ تن در انفجار انتحاری در شهر کابل کشته شدند.", encoding="utf-8")
    (folder / "c.txt").write_text("A suicide bomber killed 63 worshippers in Peshawar on Friday.", encoding="utf-8")
    code, _, _ = tasdiq(home, "ingest", str(folder))
    assert code == 0
    assert _languages(home) == ["ur", "fa", "en"]


def test_a_language_tasdiq_cannot_read_is_named_in_the_ingest_and_extract_summaries(
        home: Path, tmp_path: Path) -> None:
    report = tmp_path / "de.txt"
    report.write_text(GERMAN, encoding="utf-8")
    code, out, _ = tasdiq(home, "ingest", str(report))
    assert code == 0 and "cannot read (de x1)" in out
    code, out, _ = tasdiq(home, "extract")
    assert code == 0 and "cannot read (de x1)" in out and "0 report attacks" in out


@pytest.mark.parametrize(("data", "says"), [
    ("انفجار في كابول قتل فيه 20 شخصا على الأقل".encode("windows-1256"), "reads as Windows-1256"),
    (URDU.encode("utf-16-le"), "UTF-16LE text without a byte-order mark"),
])
def test_mis_encoded_arabic_script_is_refused_in_one_line_naming_the_encoding(
        home: Path, tmp_path: Path, data: bytes, says: str) -> None:
    report = tmp_path / "report.txt"
    report.write_bytes(data)
    before = _rows(home)
    code, _, err = tasdiq(home, "ingest", str(report))
    assert code == 1
    failure = [line for line in err.splitlines() if line.startswith("failed:")]
    assert len(failure) == 1 and says in failure[0]
    assert _rows(home) == before
    assert not (home / "objects").exists() or not any(p.is_file() for p in (home / "objects").rglob("*"))


def test_utf16_with_a_bom_and_mixed_script_text_are_read_whole(home: Path, tmp_path: Path) -> None:
    report = tmp_path / "mixed.txt"
    mixed = URDU + " (Dawn: 'Peshawar mosque blast')"
    report.write_bytes("\ufeff".encode("utf-16-le") + mixed.encode("utf-16-le"))
    assert tasdiq(home, "ingest", str(report))[0] == 0
    con = sqlite3.connect(home / "tasdiq.sqlite")
    try:
        (text, language), = con.execute("select text, language from sources")
    finally:
        con.close()
    assert (text, language) == (mixed, "ur")


def test_reader_workers_store_the_languages_one_process_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tasdiq.ingest import pipeline
    from tasdiq.settings import Settings
    from tasdiq.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    texts = [URDU, GERMAN, "A suicide bomber killed 63 worshippers in Peshawar on Friday.",
             "دست کم ۱۲ تن در انفجار انتحاری در شهر کابل کشته شدند.", URDU]  # the last one a duplicate
    for i, text in enumerate(texts):
        (folder / f"r{i}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)  # a pool of readers for five files
    found = {}
    for workers in (1, 2):
        store = Store(Settings(home=tmp_path / f"store{workers}"))
        store.ensure_schema()
        summary = pipeline.Ingester(store, actor="test", workers=workers).ingest_paths([folder])
        found[workers] = [(o.path, o.status, o.languages) for o in summary.outcomes]
        store.dispose()
    assert found[2] == found[1]
    assert [langs for _, _, langs in found[2]] == [["ur"], ["de"], ["en"], ["fa"], []]
