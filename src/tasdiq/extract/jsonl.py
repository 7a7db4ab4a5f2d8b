"""JSON Lines in, `tasdiq-events/1` out: one output line per input line, same order.

`python -m tasdiq.extract.jsonl FILE` writes to stdout; `tasdiq extract --jsonl FILE` calls `run`.
A line that cannot be read is reported on stderr and answered with an empty result, so
the output stays aligned with the input.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from tasdiq.errors import InputError
from tasdiq.extract.pipeline import Extractor
from tasdiq.extract.writer import FORMAT, events_json


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                print(f"{path}:{n}: not JSON ({err.msg}); empty result written", file=sys.stderr)
                rec = {"id": f"line-{n}", "text": "", "_bad": True}
            if not isinstance(rec, dict):
                rec = {"id": f"line-{n}", "text": "", "_bad": True}
            rec.setdefault("id", f"line-{n}")
            yield rec


def run(in_path: Path | str, out_stream: IO[str], *, extractor: Extractor | None = None) -> int:
    """Extract every record of `in_path` into `out_stream`; returns the number of lines written."""
    path = Path(in_path)
    if not path.is_file():
        raise InputError(str(path), "no such file")
    ex = extractor or Extractor()
    records = list(_records(path))
    written = 0
    for rec, result in zip(records, ex.extract_many(_safe(records)), strict=True):
        out_stream.write(json.dumps(events_json(str(rec["id"]), result), ensure_ascii=False) + "\n")
        written += 1
    return written


def _safe(records: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for rec in records:
        published = rec.get("published")
        try:
            if published:
                import datetime as dt

                dt.date.fromisoformat(str(published)[:10])
        except ValueError:
            print(f"{rec['id']}: published {published!r} is not a date; ignored", file=sys.stderr)
            rec = {**rec, "published": None}
        yield rec


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(f"usage: python -m tasdiq.extract.jsonl FILE   (writes {FORMAT} to stdout)", file=sys.stderr)
        return 2
    try:
        run(args[0], sys.stdout)
    except InputError as err:
        print(err, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
