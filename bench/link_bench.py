"""Linking throughput (issues 4 and 15).

1. Link 10,000 and then 100,000 generated mentions into an empty SQLite store (target <= 60 s
   for 100,000), and compare the CPU cost per mention at the two sizes: linking at 100k
   should cost at most 1.3x per mention what it costs at 10k (issue 15). The after-link step
   (claim flags and status) is timed on its own, per incident.
2. Add 1,000 new mentions to a store of 100,000 incidents and link them (target <= 5 s).

`--big` (issue 15, branch linkbound) asks the same growth question where incidents grow large:
a tenth of the mentions tell one of four attacks, so at 10,000 mentions each is told by ~250
reports and at 40,000 by ~1,000 (an archive of a famous attack, or texts dated only by a year
that gather every copy). The other attacks are spread over as many more days as there are more
of them (5 years at 10,000, 20 at 40,000), so that the blocks are as busy at both sizes and only
the four incidents grow. Linking's cost per mention should not grow with them (target <= 1.3x).

The reports are generated: made-up provinces, districts, outlets and word-salad texts, with
2.2 reports per attack on average, tolls that differ between outlets, a few syndicated
copies, and dates at day / week / month / year precision or unknown. The stores are filled
with Core inserts (setup, untimed, not audited); the timed part is `tasdiq.link.link`
and `tasdiq.workflow.after_link` exactly as `tasdiq link` runs them, writing through the
audited ORM session and committing; the after-link step's seconds are its own stage.
BENCH_QUICK=1 uses a tenth of the sizes. CPU seconds are what the comparison uses: the
reference machine is shared, and wall time there says more about the neighbours.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from tasdiq.link import link
from tasdiq.model import Incident, IncidentMention, Mention, Source
from tasdiq.settings import Settings
from tasdiq.store import Store
from tasdiq.store.schema import table_of
from tasdiq.workflow import after_link

FULL_TARGET_S, INCREMENTAL_TARGET_S, GROWTH_TARGET = 60.0, 5.0, 1.3
BIG_SHARE, BIG_ATTACKS = 0.1, 4  # --big: the share of mentions that tell one of a few attacks
TYPES = ["bombing", "suicide_bombing", "armed_assault", "assassination", "indirect_fire", "kidnapping"]
TARGETS = ["market", "mosque", "police", "checkpoint", "school", "bus", "shrine", "convoy", "hospital", "court"]
WORDS = [f"w{i}" for i in range(400)]
START = dt.date(2021, 1, 1)
PRECISIONS = [("day", 0.85), ("week", 0.05), ("month", 0.04), ("year", 0.02), ("unknown", 0.04)]


def provinces() -> list[dict[str, Any]]:
    rng = random.Random(1)
    found = []
    for i in range(40):
        lat, lon = 30 + rng.random() * 7, 62 + rng.random() * 10
        districts = [(f"D{i:02d}-{j}", lat + rng.uniform(-0.8, 0.8), lon + rng.uniform(-0.8, 0.8)) for j in range(12)]
        found.append({"country": "AF" if i < 30 else "PK", "admin1": f"X-{i:02d}", "districts": districts})
    return found


def event(rng: random.Random, places: list[dict[str, Any]], days: int = 1826) -> dict[str, Any]:
    prov = rng.choice(places)
    district, lat, lon = rng.choice(prov["districts"])
    return {"country": prov["country"], "admin1": prov["admin1"], "admin2": district, "lat": lat, "lon": lon,
            "date": START + dt.timedelta(days=rng.randrange(days)), "type": rng.choice(TYPES),
            "targets": [rng.choice(TARGETS)], "killed": rng.randint(0, 40)}


def _precision(rng: random.Random) -> str:
    x, acc = rng.random(), 0.0
    for name, p in PRECISIONS:
        acc += p
        if x < acc:
            return name
    return "day"


def report(
    rng: random.Random, ev: dict[str, Any], serial: int, copy_of: str | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """One (source row, mention row) about event `ev`."""
    text = copy_of or (f"An attack on a {ev['targets'][0]} in {ev['admin2']} killed {ev['killed']} people. "
                       + " ".join(rng.choice(WORDS) for _ in range(60)))
    precision = _precision(rng)
    date = ev["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1, -1])) if precision == "day" else ev["date"]
    killed = max(0, ev["killed"] + rng.choice([0, 0, 1, -1, 3]))
    source = {"sha256": hashlib.sha256(f"bench{serial}".encode()).hexdigest(), "locator": "", "kind": "news",
              "publisher": f"Outlet {rng.randrange(40)}", "text": text,
              "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
              "published": dt.datetime.combine(ev["date"], dt.time(12), tzinfo=dt.UTC), "reliability": "F",
              "extra": {}}
    mention = {"ordinal": 0, "attack_type": ev["type"], "suicide": ev["type"] == "suicide_bombing",
               "date": None if precision == "unknown" else date, "date_precision": precision,
               "country": ev["country"], "admin1": ev["admin1"], "admin2": ev["admin2"], "place_name": ev["admin2"],
               "lat": ev["lat"], "lon": ev["lon"], "geo_precision": 2, "killed_low": killed, "killed_best": killed,
               "killed_high": killed, "perpetrator_certainty": "unknown", "targets": ev["targets"],
               "victims_named": [], "spans": {}, "components": {}}
    return source, mention


def reports_for(rng: random.Random, events: list[dict[str, Any]], serial: int, per_event: bool) -> list[Any]:
    rows = []
    for ev in events:
        n = rng.choice([1, 1, 2, 2, 3, 4]) if per_event else 1
        first_text: str | None = None
        for k in range(n):
            copy = first_text if k > 0 and rng.random() < 0.1 else None
            src, men = report(rng, ev, serial, copy)
            first_text = first_text or src["text"]
            rows.append((src, men))
            serial += 1
    return rows


def insert_reports(store: Store, rows: list[Any]) -> None:
    with store.engine.begin() as conn:
        first = conn.scalar(select(func.coalesce(func.max(table_of(Source).c.id), 0))) or 0
        conn.execute(insert(table_of(Source)), [s for s, _ in rows])
        mentions = [m | {"source_id": first + i + 1} for i, (_, m) in enumerate(rows)]
        conn.execute(insert(table_of(Mention)), mentions)


def fresh_store(root: Path, name: str) -> Store:
    store = Store(Settings(home=root / name))
    store.ensure_schema()
    return store


def timed_link(store: Store) -> tuple[float, Any]:
    """Wall seconds of one `tasdiq link` run; CPU seconds per stage go in the summary's `cpu`.

    The reference machine is shared: CPU time says what the run costs when wall time is
    inflated by other people's work.
    """
    started = time.perf_counter()
    with store.session(actor="bench") as session:
        summary = link(session=session)
        linked, cpu = time.perf_counter(), time.process_time()
        # What `tasdiq link` does next: claim flags and status of every incident it touched.
        after_link(session=session, incident_ids=summary.incident_ids)
        summary.stages["after_link"] = round(time.perf_counter() - linked, 2)
        summary.cpu["after_link"] = round(time.process_time() - cpu, 2)
        cpu = time.process_time()
    summary.cpu["commit"] = round(time.process_time() - cpu, 2)
    return time.perf_counter() - started, summary


@dataclass
class FullRun:
    mentions: int
    incidents: int
    elapsed: float
    link_cpu: float  # load + place + write + commit
    after_cpu: float
    compared: int

    def per_mention_us(self) -> float:
        return 1e6 * self.link_cpu / self.mentions

    def after_per_incident_us(self) -> float:
        return 1e6 * self.after_cpu / max(1, self.incidents)


def big_reports(
    rng: random.Random, places: list[dict[str, Any]], n: int, serial: int
) -> tuple[list[dict[str, Any]], list[Any]]:
    """`BIG_ATTACKS` attacks and `n` reports of them, in turn: each told by n / BIG_ATTACKS outlets' reports."""
    attacks = [event(rng, places) for _ in range(BIG_ATTACKS)]
    return attacks, [report(rng, attacks[i % BIG_ATTACKS], serial + i, None) for i in range(n)]


def bench_next_partition(store: Store, rng: random.Random, events: list[dict[str, Any]],
                         attacks: list[dict[str, Any]]) -> None:
    """What a batch worker's link costs after the store's: 500 new reports, a tenth about the large incidents."""
    fresh = [report(rng, attacks[i % BIG_ATTACKS], 30_000_000 + i, None) for i in range(50)]
    fresh += reports_for(rng, rng.sample(events, 450), 31_000_000, False)
    insert_reports(store, fresh)
    _, summary = timed_link(store)
    cpu = sum(v for k, v in summary.cpu.items() if k != "after_link")
    print(f"link (incremental, the next partition): {len(fresh)} mentions, {1e6 * cpu / len(fresh):.0f} us a mention; "
          f"cpu {summary.cpu}", flush=True)


def bench_full(root: Path, n_mentions: int, *, big: bool = False) -> FullRun:
    rng = random.Random(7)
    places = provinces()
    store = fresh_store(root, f"full{n_mentions}")
    n_big = int(n_mentions * BIG_SHARE) if big else 0
    days = 1826 * n_mentions // 10_000 if big else 1826  # --big: as busy a block at every size
    events = [event(rng, places, days) for _ in range(int(n_mentions / 2.2))]
    rows = reports_for(rng, events, 0, True)[:n_mentions - n_big]
    attacks: list[dict[str, Any]] = []
    if big:
        attacks, told = big_reports(rng, places, n_big, len(rows))
        rows += told
        rng.shuffle(rows)  # the big attacks' reports arrive among the others (mention ids interleaved)
    insert_reports(store, rows)
    elapsed, summary = timed_link(store)
    run = FullRun(len(rows), summary.started, elapsed, sum(v for k, v in summary.cpu.items() if k != "after_link"),
                  summary.cpu["after_link"], summary.compared)
    print(f"link (empty store): {len(rows):,} mentions -> {summary.started:,} incidents ({summary.joined:,} joined) "
          f"in {elapsed:.1f} s = {len(rows) / elapsed:,.0f} mentions/s; stages {summary.stages}, cpu {summary.cpu}; "
          f"{summary.compared / len(rows):.2f} incidents scored per mention", flush=True)
    if big:
        bench_next_partition(store, rng, events, attacks)
    store.dispose()
    return run


def growth(small: FullRun, large: FullRun) -> float:
    """Print the CPU cost per mention (link) and per incident (after-link) at both sizes."""
    ratio = large.per_mention_us() / small.per_mention_us()
    after = large.after_per_incident_us() / small.after_per_incident_us()
    print(f"link CPU per mention: {small.per_mention_us():.0f} us at {small.mentions:,}, "
          f"{large.per_mention_us():.0f} us at {large.mentions:,}: ratio {ratio:.2f} (target <= {GROWTH_TARGET}); "
          f"after-link CPU per incident: {small.after_per_incident_us():.0f} us, "
          f"{large.after_per_incident_us():.0f} us: "
          f"ratio {after:.2f}; incidents scored per mention {small.compared / small.mentions:.2f} -> "
          f"{large.compared / large.mentions:.2f}", flush=True)
    return ratio


def seed_incidents(store: Store, rng: random.Random, events: list[dict[str, Any]]) -> None:
    """A store of linked incidents, one report each (setup: Core inserts)."""
    rows = reports_for(rng, events, 10_000_000, False)
    insert_reports(store, rows)
    incidents = [{"title": "", "attack_type": ev["type"], "suicide": False, "date": ev["date"], "date_precision": "day",
                  "country": ev["country"], "admin1": ev["admin1"], "admin2": ev["admin2"], "place_name": ev["admin2"],
                  "lat": ev["lat"], "lon": ev["lon"], "geo_precision": 2, "killed_low": ev["killed"],
                  "killed_best": ev["killed"], "killed_high": ev["killed"], "targets": ev["targets"],
                  "status": "reported", "explanation": {}} for ev in events]
    with store.engine.begin() as conn:
        conn.execute(insert(table_of(Incident)), incidents)
        conn.execute(insert(table_of(IncidentMention)),
                     [{"incident_id": i + 1, "mention_id": i + 1, "state": "suggested", "score": None}
                      for i in range(len(events))])


def bench_incremental(root: Path, n_incidents: int, n_new: int) -> float:
    rng = random.Random(11)
    places = provinces()
    store = fresh_store(root, "incremental")
    events = [event(rng, places) for _ in range(n_incidents)]
    seed_incidents(store, rng, events)
    fresh = [rng.choice(events) if rng.random() < 0.7 else event(rng, places) for _ in range(n_new)]
    insert_reports(store, reports_for(rng, fresh, 20_000_000, False))
    elapsed, summary = timed_link(store)
    print(f"link (incremental): {n_new:,} new mentions into {n_incidents:,} incidents: {summary.joined:,} joined, "
          f"{summary.started:,} new, in {elapsed:.2f} s (target <= {INCREMENTAL_TARGET_S:.0f} s), "
          f"stages {summary.stages}, cpu {summary.cpu}", flush=True)
    store.dispose()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--big", action="store_true",
                    help="Only the growth with large incidents: 10,000 and 40,000 mentions, a tenth about 4 attacks.")
    args = ap.parse_args(argv)
    quick = bool(os.environ.get("BENCH_QUICK"))
    scale = 10 if quick else 1
    print(f"load {os.getloadavg()[0]:.1f} (1 min) on {os.cpu_count()} cores", flush=True)
    if args.big:
        with tempfile.TemporaryDirectory() as tmp:
            small = bench_full(Path(tmp), 10_000 // scale, big=True)
            large = bench_full(Path(tmp), 40_000 // scale, big=True)
            return 0 if growth(small, large) <= GROWTH_TARGET else 1
    with tempfile.TemporaryDirectory() as tmp:
        small = bench_full(Path(tmp), 10_000 // scale)
        large = bench_full(Path(tmp), 100_000 // scale)
        ratio = growth(small, large)
        incremental = bench_incremental(Path(tmp), 100_000 // scale, 1_000)
    ok = large.elapsed <= FULL_TARGET_S and incremental <= INCREMENTAL_TARGET_S and ratio <= GROWTH_TARGET
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
