"""Writing a team-written style set: the one writer the build scripts of bench/styles can share.

Each set's build script holds its records (id, style, text, published, gold, origin) and calls `write_set`,
which checks the ids are unique and the count is the one the README states, then writes one JSON object a line.
"""
import json
from pathlib import Path


def write_set(path: Path, records: list[dict], expected: int) -> None:
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == expected, (len(ids), len(set(ids)), expected)
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            # U+2028/2029 stay escaped: readers that split lines with str.splitlines() would cut a record there.
            line = json.dumps(r, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
            fh.write(line + "\n")
    nulls = sum(r["published"] is None for r in records)
    print(f"wrote {len(records)} records to {path.name} ({nulls} with published null)")
