"""JSON Lines in, `tasdiq-events/1` out: one output line per input line, same order.

`python -m tasdiq.extract.jsonl FILE` writes to stdout; `tasdiq extract --jsonl FILE` calls `run`.
A line that cannot be read (not UTF-8, not JSON, not an object) is reported on stderr and
answered with an empty result, so the output stays aligned with the input; a field of the
wrong type (`"published": 0`) is reported and ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from itertools import tee
from pathlib import Path
from typing import IO, Any, TypeVar

from tasdiq.errors import InputError
from tasdiq.extract.pipeline import Extractor
from tasdiq.extract.writer import FORMAT, events_json

_T = TypeVar("_T")


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            if raw.strip():
                yield _record(f"{path}:{n}", n, raw)


def _record(where: str, n: int, raw: bytes) -> dict[str, Any]:
    """One line as a record the extractor can take; a bad line or field is said on stderr."""
    bad = {"id": f"line-{n}", "text": "", "_bad": True}
    try:
        rec = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        return _warn(f"{where}: not valid UTF-8 (byte 0x{raw[err.start]:02X} at column {err.start + 1}); "
                     "empty result written", bad)
    except json.JSONDecodeError as err:
        return _warn(f"{where}: not JSON ({err.msg}); empty result written", bad)
    except RecursionError:
        return _warn(f"{where}: JSON nested too deeply; empty result written", bad)
    if not isinstance(rec, dict):
        return _warn(f"{where}: not a JSON object; empty result written", bad)
    rec.setdefault("id", f"line-{n}")
    for key in ("text", "title"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            rec[key] = _warn(f"{where}: {key} is not a string; ignored", "" if key == "text" else None)
    rec["published"] = _published(where, rec.get("published"))
    return rec


def _published(where: str, value: Any) -> str | None:
    """An ISO date string, else None: a wrong date would move every relative date resolved from it."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, str):
            dt.date.fromisoformat(value[:10])
            return str(value)
    except ValueError:
        pass
    return _warn(f"{where}: published {value!r} is not an ISO date; ignored", None)


def _warn(message: str, value: _T) -> _T:
    """Say what was wrong on stderr, and answer with `value` in its place."""
    print(message, file=sys.stderr)
    return value


def run(in_path: Path | str, out_stream: IO[str], *, extractor: Extractor | None = None) -> int:
    """Extract every record of `in_path` into `out_stream`; returns the number of lines written.

    Records stream through in the extractor's batches: memory does not grow with the file.
    """
    path = Path(in_path)
    if not path.is_file():
        raise InputError(str(path), "no such file")
    ex = extractor or Extractor()
    records, ids = tee(_records(path))
    written = 0
    for rec, result in zip(ids, ex.extract_many(records), strict=True):
        out_stream.write(json.dumps(events_json(str(rec["id"]), result), ensure_ascii=False) + "\n")
        written += 1
    return written


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
