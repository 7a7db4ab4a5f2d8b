"""Fuzz target: `extract --jsonl` answers each non-blank input line with one output line (issue 16).

Lines are JSON objects whose fields take any JSON type, or raw bytes (not UTF-8, not JSON).
Runs in rounds until TASDIQ_FUZZ_SECONDS (default 2) are up; see tests/ingest/test_fuzz_readers.py.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tasdiq.extract import Extractor
from tasdiq.extract.jsonl import run

FUZZ_SECONDS = float(os.environ.get("TASDIQ_FUZZ_SECONDS", "2"))
ROUND = settings(max_examples=5, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                           max_size=3), max_leaves=6)
TEXTS = st.sampled_from(["A suicide bomber killed 5 in Kabul on Friday.", "Gunmen shot two police in Quetta.", ""])
DATES = st.sampled_from(["2023-05-04", "2023-13-45", "yesterday", "2023", "0"]) | VALUES
RECORD = st.fixed_dictionaries({}, optional={"id": VALUES, "text": TEXTS | VALUES, "published": DATES,
                                             "title": VALUES, "extra": VALUES})
LINE = RECORD.map(lambda r: json.dumps(r).encode()) | st.binary(max_size=80).filter(lambda b: b"\n" not in b)


def test_extract_jsonl_answers_every_line_whatever_it_holds(extractor: Extractor) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"

        @ROUND
        @given(lines=st.lists(LINE, min_size=1, max_size=6))
        def one_round(lines: list[bytes]) -> None:
            path.write_bytes(b"\n".join(lines) + b"\n")
            out = io.StringIO()
            written = run(path, out, extractor=extractor)
            answers = [json.loads(line) for line in out.getvalue().splitlines()]
            assert written == len(answers) == sum(1 for line in lines if line.strip())
            assert all(isinstance(a["id"], str) and isinstance(a["events"], list) for a in answers)

        deadline = time.monotonic() + FUZZ_SECONDS
        rounds = 0
        while rounds == 0 or time.monotonic() < deadline:
            one_round()
            rounds += 1
