"""Ingest through the CLI: originals byte for byte, idempotence, bad files lose nothing."""

from __future__ import annotations

import io
import json
import sqlite3
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tasdiq.cli.main import app

runner = CliRunner()

REPORT = """---
title: Blast near a checkpoint
publisher: Test Valley Courier (fictional)
published: 2022-05-14
---
A roadside bomb struck a police vehicle near a checkpoint in Jalalabad on Saturday,
killing two officers, a provincial spokesman said.
"""


def tasdiq(home: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--data-dir", str(home), *args])
    return result.exit_code, result.stdout, result.stderr


def store_state(home: Path) -> tuple[list[tuple[object, ...]], list[str]]:
    """Every row of the tables that ingest writes, and every object file."""
    db = home / "tasdiq.sqlite"
    rows: list[tuple[object, ...]] = []
    if db.exists():
        con = sqlite3.connect(db)
        for table in ("originals", "sources", "evidence", "audit_entries"):
            rows += [(table, *r) for r in con.execute(f"select * from {table} order by id")]
        con.close()
    objects = home / "objects"
    files = sorted(str(p.relative_to(objects)) for p in objects.rglob("*") if p.is_file()) if objects.exists() else []
    return rows, files


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "store"
    code, _, _ = tasdiq(home, "init")
    assert code == 0
    return home


def test_ingesting_a_folder_twice_adds_nothing_the_second_time(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.md").write_text(REPORT, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("Gunmen attacked a school bus in Quetta on 3 May 2023.", encoding="utf-8")
    code, first, _ = tasdiq(home, "ingest", "--json", str(folder))
    assert code == 0
    assert json.loads(first)["sources_added"] == 2
    code, second, _ = tasdiq(home, "ingest", "--json", str(folder))
    summary = json.loads(second)
    assert code == 0
    assert (summary["sources_added"], summary["already_had"], summary["new"]) == (0, 2, 0)


def test_front_matter_sets_provenance(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_text(REPORT, encoding="utf-8")
    tasdiq(home, "ingest", str(path))
    code, shown, _ = tasdiq(home, "sources", "show", "1", "--json")
    data = json.loads(shown)
    assert code == 0
    assert data["publisher"] == "Test Valley Courier (fictional)"
    assert data["published"].startswith("2022-05-14")
    assert data["text"].startswith("A roadside bomb")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.binary(min_size=1, max_size=2000),
    name=st.text(alphabet=st.characters(categories=["L", "N"], include_characters="-_ "), min_size=1, max_size=30),
    suffix=st.sampled_from([".txt", ".md", ".bin", ".jpg", ".dat", ""]),
)
def test_original_bytes_come_back_exactly(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, name: str, suffix: str
) -> None:
    base = tmp_path_factory.mktemp("rt")
    home = base / "store"
    path = base / f"{name.strip() or 'x'}{suffix}"
    path.write_bytes(data)
    code, out, _ = tasdiq(home, "ingest", "--json", str(path))
    summary = json.loads(out) if out.strip().startswith("{") else {}
    if code != 0:
        # Not a readable report (e.g. invalid UTF-8 in a .txt): refused, and nothing was kept.
        assert store_state(home)[1] == []
        return
    detail = summary["files_detail"][0]
    if detail["sources"]:
        result = runner.invoke(
            app, ["--data-dir", str(home), "sources", "show", str(detail["source_ids"][0]), "--original"]
        )
        assert result.exit_code == 0
        assert result.stdout_bytes == data
    else:
        objects = home / "objects"
        stored = objects / detail["sha256"][:2] / detail["sha256"][2:]
        assert stored.read_bytes() == data


def _truncated_warc() -> bytes:
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    payload = b"<html><body><p>" + b"A bomb exploded in a market. " * 200 + b"</p></body></html>"
    http_headers = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    record = writer.create_warc_record(
        "http://example.invalid/a", "response", payload=io.BytesIO(http_headers + payload)
    )
    writer.write_record(record)
    whole = buf.getvalue()
    return whole[: len(whole) // 2]


BAD_INPUTS: dict[str, tuple[str, bytes]] = {
    "empty": ("empty.txt", b""),
    "invalid-encoding": ("latin.txt", "Kabul — café attack".encode("cp1252") + b"\xff\xfe\x81"),
    "binary-named-txt": ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
    "truncated-archive": ("capture.warc.gz", _truncated_warc()),
    "broken-jsonl": ("records.jsonl", b'{"text": "A blast in Kabul."}\n{"text": "unterminated\n'),
    "hostile-html-no-text": ("page.html", b"<html><script>" + b"alert(1);" * 100 + b"</script></html>"),
    "deflate-bomb-json": ("bomb.json", zlib.compress(b"[" * 10_000)),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_gets_one_line_nonzero_exit_and_store_unchanged(home: Path, tmp_path: Path, case: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A suicide bomber struck a mosque in Kunduz on Friday.", encoding="utf-8")
    tasdiq(home, "ingest", str(good))
    before = store_state(home)
    name, data = BAD_INPUTS[case]
    bad = tmp_path / name
    bad.write_bytes(data)
    code, _, err = tasdiq(home, "ingest", str(bad))
    assert code == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and name in lines[0], err
    assert store_state(home) == before


def test_oversized_file_is_refused_without_reading_it(home: Path, tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.truncate(200 * 1024 * 1024)
    before = store_state(home)
    code, _, err = tasdiq(home, "ingest", str(big))
    assert code == 1
    assert "huge.txt" in err and ("limit" in err or "too large" in err)
    assert store_state(home) == before


def test_a_bad_file_does_not_stop_the_rest_and_the_summary_counts_it(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "1.txt").write_text("Rockets hit Kabul airport.", encoding="utf-8")
    (folder / "2.txt").write_bytes(b"")
    (folder / "3.txt").write_text("A grenade attack in Peshawar wounded four.", encoding="utf-8")
    code, out, _ = tasdiq(home, "ingest", "--json", str(folder))
    summary = json.loads(out)
    assert code == 1
    assert (summary["new"], summary["failed"], summary["sources_added"]) == (2, 1, 2)
    assert summary["failures"][0]["path"].endswith("2.txt")


def test_editing_an_audit_row_in_the_sqlite_file_makes_verify_name_it(home: Path, tmp_path: Path) -> None:
    for i in range(3):
        path = tmp_path / f"{i}.txt"
        path.write_text(f"Report number {i} of an attack in Herat.", encoding="utf-8")
        tasdiq(home, "ingest", str(path))
    code, out, _ = tasdiq(home, "audit", "verify")
    assert code == 0 and "intact" in out
    con = sqlite3.connect(home / "tasdiq.sqlite")
    con.execute("update audit_entries set actor = 'mallory' where id = 4")
    con.commit()
    con.close()
    code, _, err = tasdiq(home, "audit", "verify")
    assert code == 1
    assert "audit entry 4" in err


def _folder_with_notes(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "README.md").write_text("# Reports\n\nDrop the week's reports in this folder.\n", encoding="utf-8")
    (folder / "settings.json").write_text('{"theme": "dark", "columns": ["date", "place"]}\n', encoding="utf-8")
    (folder / "kunduz.txt").write_text("A suicide bomber struck a mosque in Kunduz on Friday.", encoding="utf-8")
    return folder


def test_a_readme_and_a_json_without_records_are_skipped_as_not_reports_and_the_run_succeeds(
        home: Path, tmp_path: Path) -> None:
    code, out, err = tasdiq(home, "ingest", str(_folder_with_notes(tmp_path)))
    assert code == 0, err
    skipped = sorted(line for line in err.splitlines() if line.startswith("skipped:"))
    assert len(skipped) == 2 and "README.md: not a report" in skipped[0] and "settings.json: not a report" in skipped[1]
    assert "1 new (1 sources" in out and "0 failed, 2 skipped (not a report)" in out


def test_strict_ingest_fails_on_a_file_that_is_not_a_report(home: Path, tmp_path: Path) -> None:
    code, _, err = tasdiq(home, "ingest", "--strict", str(_folder_with_notes(tmp_path)))
    assert code == 1
    assert sorted(line.split(":")[0] for line in err.splitlines() if "not a report" in line) == ["failed", "failed"]
