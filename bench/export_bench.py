"""Export time for 10,000 incidents in SQLite (issue 16, finding 5: STIX was quadratic).

Each incident has one report (a mention of one source) and one responsibility claim, so the
STIX bundle holds an incident, a relationship and the shared actors per incident. Prints
the seconds per format. Target: STIX of 10,000 incidents in under 30 s.
BENCH_INCIDENTS overrides the count; BENCH_FORMATS the formats (default stix,jsonl,csv).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from tasdiq.exchange.ucdp_gtd import export
from tasdiq.model import Claim, Incident, IncidentMention, Mention, Source
from tasdiq.settings import Settings
from tasdiq.store import Store

TARGET_S = 30.0
GROUPS = ["ISKP", "TTP", "BLA", "Haqqani Network"]


def generate(store: Store, n: int, rng: random.Random) -> None:
    start = dt.date(2021, 9, 1)
    with store.session(actor="bench") as s:
        for i in range(n):
            day = start + dt.timedelta(days=rng.randrange(1000))
            text = f"Generated report {i}: an attack on {day.isoformat()} killed {i % 9} people."
            digest = hashlib.sha256(text.encode()).hexdigest()
            source = Source(sha256=digest, text_sha256=digest, kind="news", publisher=f"Outlet {i % 40}", text=text,
                            published=dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC), url=f"https://x.test/{i}")
            incident = Incident(title=f"Generated incident {i}", date=day, date_precision="day", country="AF",
                                admin1="AF-KAB", killed_best=i % 9, created_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
            s.add_all([source, incident])
            s.flush()
            mention = Mention(source_id=source.id or 0, date=day, admin1="AF-KAB", killed_best=i % 9)
            s.add(mention)
            s.flush()
            s.add(IncidentMention(incident_id=incident.id or 0, mention_id=mention.id or 0, state="confirmed"))
            s.add(Claim(incident_id=incident.id, mention_id=mention.id, source_id=source.id, kind="responsibility",
                        claimant=rng.choice(GROUPS), subject=rng.choice(GROUPS), credibility=rng.choice([2, 3, 6])))
            if i % 2000 == 1999:
                s.flush()
                s.expunge_all()


def main() -> int:
    n = int(os.environ.get("BENCH_INCIDENTS", "10000"))
    formats = os.environ.get("BENCH_FORMATS", "stix,jsonl,csv").split(",")
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Settings(home=Path(tmp) / "home"))
        store.ensure_schema()
        started = time.perf_counter()
        generate(store, n, random.Random(3))
        print(f"generated {n:,} incidents in {time.perf_counter() - started:.1f} s", flush=True)
        for fmt in formats:
            with store.session() as s:
                out = io.StringIO()
                started = time.perf_counter()
                count = export(session=s, fmt=fmt, out=out)
                took = time.perf_counter() - started
            gated = fmt == "stix"
            failed |= gated and took > TARGET_S
            print(f"{fmt:<6} {count:,} incidents, {len(out.getvalue()) / 1e6:.1f} MB in {took:.1f} s"
                  + (f"  (target < {TARGET_S:.0f} s: {'ok' if took <= TARGET_S else 'OVER'})" if gated else ""),
                  flush=True)
        store.dispose()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
