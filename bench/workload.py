"""A realistic report workload for the throughput benchmarks (e2e, batch).

Records are the Wikipedia dev texts (`../shared`, read when present) repeated and lightly
reworded, each copy with its own title, URL, outlet and publication date, so that ingest
stores every record and the linker sees several outlets telling one attack. An archive holds
a few reports of each attack, not hundreds: so every `OUTLETS_PER_ATTACK` copies of a text
tell one attack, and the next copies tell another, their dates (in the text and of
publication) moved on by `GROUP_SHIFT` days per group. Up to 4 x 730 records nothing moves. Without
`../shared` the team's demo corpus (our own words) stands in. Nothing is copied into the
project: the records are generated into a temporary folder at run time.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED_DEV = HERE.parent.parent.parent / "shared" / "data" / "dev" / "wikipedia_af_pk_dev.jsonl"
FALLBACK_SHARED = Path("/work/shared/data/dev/wikipedia_af_pk_dev.jsonl")
OUTLETS = [f"{name} {kind}" for name in ("Khyber", "Hindu Kush", "Indus", "Kabul", "Bolan", "Swat", "Helmand")
           for kind in ("Times", "Post", "Wire")]
OUTLETS_PER_ATTACK = 4
# Five weeks: past the linker's date window, and a weekday in the text stays right.
GROUP_SHIFT = dt.timedelta(days=35)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_MONTH = "|".join(MONTHS)
_YEAR = r"(?:19|20)\d\d"
# the longest form first, so that a full date's year is not moved again as a lone year
WRITTEN_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}}) (?P<m1>{_MONTH}) (?P<y1>{_YEAR})|(?P<m2>{_MONTH}) (?P<d2>\d{{1,2}}), (?P<y2>{_YEAR})"
    rf"|(?P<m3>{_MONTH}) (?P<y3>{_YEAR})|(?P<y4>{_YEAR}))\b"
)
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
    group, nth = divmod(copy, OUTLETS_PER_ATTACK)
    # Later copies of a group are later reports of the same attack: a day or a few later.
    return (day + group * GROUP_SHIFT + dt.timedelta(days=nth + rng.randrange(2))).isoformat()


def _shift_dates(text: str, shift: dt.timedelta) -> str:
    """The text's written dates moved on by `shift`, each kept in its own form: "26 February
    2010", "February 26, 2010", "February 2010" or a lone year (moved as its mid-July is)."""
    if not shift:
        return text

    def moved(m: re.Match[str]) -> str:
        g = m.groupdict()
        month = MONTHS.index(g["m1"] or g["m2"] or g["m3"]) + 1 if not g["y4"] else 7
        year = int(g["y1"] or g["y2"] or g["y3"] or g["y4"])
        day = dt.date(year, month, min(int(g["d1"] or g["d2"] or 15), 28)) + shift
        name = MONTHS[day.month - 1]
        if g["y1"]:
            return f"{day.day} {name} {day.year}"
        if g["y2"]:
            return f"{name} {day.day}, {day.year}"
        return f"{name} {day.year}" if g["y3"] else str(day.year)

    return WRITTEN_DATE.sub(moved, text)


def records(n: int, *, seed: int = 15) -> Iterator[dict[str, Any]]:
    """`n` report records, each with a distinct title, URL, and text."""
    rng = random.Random(seed)
    bases = base_texts()
    for i in range(n):
        base, copy = bases[i % len(bases)], i // len(bases)
        outlet = OUTLETS[(i * 7 + copy) % len(OUTLETS)]
        text = _reword(base["text"], rng) if copy else base["text"]
        text = _shift_dates(text, copy // OUTLETS_PER_ATTACK * GROUP_SHIFT)
        yield {
            "title": f"Report {i}: {outlet}",
            "url": f"https://news.example.org/{outlet.lower().replace(' ', '-')}/{i}",
            "publisher": outlet,
            "published": _published(base["published"], copy, rng),
            # The copy number keeps every record distinct even where no rewording applies.
            "text": f"{text}\n\n({outlet}, report {i})",
        }


def write_shards(folder: Path, n: int, *, per_shard: int = 500, seed: int = 15, by_date: bool = False) -> list[Path]:
    """The workload as JSON Lines shards of `per_shard` records; `by_date` orders them by
    publication date first, as an archive or a crawl is cut (a day's or a month's shard),
    so that each shard's attacks fall in a few date windows instead of all of them."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = records(n, seed=seed)
    if by_date:
        rows = iter(sorted(rows, key=lambda r: r["published"]))  # stable: ties keep their order
    shards = [folder / f"part-{index:05d}.jsonl" for index in range(-(-n // per_shard))]
    for shard in shards:
        with shard.open("w", encoding="utf-8") as handle:
            for record in islice(rows, per_shard):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return shards
