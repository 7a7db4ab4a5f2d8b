"""Issue 16: `extract --jsonl` answers every line, whatever its bytes or field types."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tasdiq.extract import Extractor
from tasdiq.extract.jsonl import run


def extract_lines(path: Path, extractor: Extractor) -> list[dict[str, object]]:
    out = io.StringIO()
    run(path, out, extractor=extractor)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_published_zero_is_ignored_with_a_warning_not_a_traceback(
    tmp_path: Path, extractor: Extractor, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "A suicide bomber killed 5 in Kabul.", "published": 0}) + "\n")
    rows = extract_lines(path, extractor)
    assert [r["id"] for r in rows] == ["a"] and rows[0]["events"]
    assert capsys.readouterr().err == f"{path}:1: published 0 is not an ISO date; ignored\n"


def test_invalid_utf8_line_gets_an_empty_result_and_the_next_line_is_read(
    tmp_path: Path, extractor: Extractor, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    good = json.dumps({"id": "b", "text": "A bomb killed 2 in Khost.", "title": 7}).encode()
    path.write_bytes(b'{"id": "a", "text": "caf\xe9"}\n' + good + b"\n")
    rows = extract_lines(path, extractor)
    assert [r["id"] for r in rows] == ["line-1", "b"]
    assert rows[0]["events"] == [] and rows[1]["events"]
    assert capsys.readouterr().err.splitlines() == [
        f"{path}:1: not valid UTF-8 (byte 0xE9 at column 25); empty result written",
        f"{path}:2: title is not a string; ignored",
    ]
