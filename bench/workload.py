"""A realistic report workload for the throughput benchmarks (e2e, batch).

Records are the Wikipedia dev texts (`../shared`, read when present) repeated and lightly
reworded, each copy with its own title, URL, outlet and publication date, so that ingest
stores every record and the linker sees several outlets telling one attack. Without
`../shared` the team's demo corpus (our own words) stands in. Nothing is copied into the
project: the records are generated into a temporary folder at run time.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED_DEV = HERE.parent.parent.parent / "shared" / "data" / "dev" / "wikipedia_af_pk_dev.jsonl"
FALLBACK_SHARED = Path("/work/shared/data/dev/wikipedia_af_pk_dev.jsonl")
OUTLETS = [f"{name} {kind}" for name in ("Khyber", "Hindu Kush", "Indus", "Kabul", "Bolan", "Swat", "Helmand")
           for kind in ("Times", "Post", "Wire")]
# Rewordings that keep the facts (who, where, how many) the extractor reads.
REWORDINGS = [("said", "stated"), ("according to", "citing"), (" the city", " the town"), ("officials", "authorities")]


def base_texts() -> list[dict[str, Any]]:
    """(text, published) of the source records: the Wikipedia dev set, else the demo corpus."""
    for path in (SHARED_DEV, FALLBACK_SHARED):
        if path.is_file():
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            return [{"text": r["text"], "published": r.get("published")} for r in rows]
    demo = sorted((HERE.parent / "demo").rglob("*.md"))
    return [{"text": p.read_text(encoding="utf-8").split("---", 2)[-1].strip(), "published": None} for p in demo]


def _reword(text: str, rng: random.Random) -> str:
    for old, new in rng.sample(REWORDINGS, k=rng.randint(0, len(REWORDINGS))):
        text = text.replace(old, new)
    return text


def _published(value: str | None, copy: int, rng: random.Random) -> str:
    try:
        day = dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1000))
    # Later copies are later reports of the same attack: a day or a few later.
    return (day + dt.timedelta(days=min(copy, 3) + rng.randrange(2))).isoformat()


def records(n: int, *, seed: int = 15) -> Iterator[dict[str, Any]]:
    """`n` report records, each with a distinct title, URL, and text."""
    rng = random.Random(seed)
    bases = base_texts()
    for i in range(n):
        base, copy = bases[i % len(bases)], i // len(bases)
        outlet = OUTLETS[(i * 7 + copy) % len(OUTLETS)]
        text = _reword(base["text"], rng) if copy else base["text"]
        yield {
            "title": f"Report {i}: {outlet}",
            "url": f"https://news.example.org/{outlet.lower().replace(' ', '-')}/{i}",
            "publisher": outlet,
            "published": _published(base["published"], copy, rng),
            # The copy number keeps every record distinct even where no rewording applies.
            "text": f"{text}\n\n({outlet}, report {i})",
        }


def write_shards(folder: Path, n: int, *, per_shard: int = 500, seed: int = 15) -> list[Path]:
    """The workload as JSON Lines shards of `per_shard` records."""
    folder.mkdir(parents=True, exist_ok=True)
    shards: list[Path] = []
    handle = None
    for i, record in enumerate(records(n, seed=seed)):
        if i % per_shard == 0:
            if handle:
                handle.close()
            shards.append(folder / f"part-{len(shards):05d}.jsonl")
            handle = shards[-1].open("w", encoding="utf-8")
        assert handle is not None
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if handle:
        handle.close()
    return shards
