"""Concurrent API writers on SQLite (issue 16, finding 2).

20 clients POST verification checks through `/api/v1` for 30 s while 4 clients read the
incident list; uvicorn on loopback, one worker. Prints writes/s, p99 of reads and writes,
how many answers were 500 (target 0), 503 (busy, with Retry-After: allowed), lost writes
(acknowledged with 201 but not in the store afterwards; target 0) and whether the audit
chain verifies. Target: no 500, no lost write, reads p99 < 1 s.
BENCH_QUICK=1: 10 s. BENCH_WRITERS / BENCH_SECONDS override the defaults.
"""

from __future__ import annotations

import asyncio
import collections
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import func, select

from tasdiq.model import Verification
from tasdiq.model.enums import Role
from tasdiq.settings import Settings
from tasdiq.store import Store
from tasdiq.store.audit import verify_chain
from tasdiq.web.accounts import create_user, issue_token

sys.path.insert(0, str(Path(__file__).resolve().parent))
from web_bench import _port, generate, pct, start_server

READERS = 4
TARGET_READ_P99_MS = 1000.0


def analyst_token(store: Store) -> str:
    with store.session(actor="bench") as s:
        user = create_user(session=s, username="writer", password="bench-password-1", role=Role.ANALYST)
        return issue_token(session=s, user=user, name="writers")


class Tally:
    def __init__(self) -> None:
        self.status: collections.Counter[int] = collections.Counter()
        self.write_ms: list[float] = []
        self.read_ms: list[float] = []
        self.retry_after_missing = 0


async def writer(client: httpx.AsyncClient, seed: int, deadline: float, ids: int, tally: Tally) -> None:
    rng = random.Random(seed)
    while time.monotonic() < deadline:
        body = {"check": "chronolocated", "result": "inconclusive", "note": f"bench {seed}"}
        started = time.perf_counter()
        try:
            response = await client.post(f"/api/v1/incidents/{rng.randint(1, ids)}/verifications", json=body)
        except httpx.TimeoutException:
            tally.status[0] += 1
            continue
        tally.write_ms.append((time.perf_counter() - started) * 1000)
        tally.status[response.status_code] += 1
        if response.status_code == 503:
            tally.retry_after_missing += "retry-after" not in response.headers
            await asyncio.sleep(min(float(response.headers.get("retry-after", "1")), 1.0) * rng.random())


async def reader(client: httpx.AsyncClient, seed: int, deadline: float, tally: Tally) -> None:
    rng = random.Random(seed)
    while time.monotonic() < deadline:
        started = time.perf_counter()
        response = await client.get(f"/api/v1/incidents?limit=20&offset={20 * rng.randrange(20)}")
        tally.read_ms.append((time.perf_counter() - started) * 1000)
        tally.status[1000 + response.status_code] += 1


async def run(base: str, token: str, writers: int, seconds: float, ids: int) -> Tally:
    tally = Tally()
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=writers + READERS)
    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits, timeout=60) as client:
        for _ in range(200):
            try:
                if (await client.get("/api/v1/me")).status_code == 200:
                    break
            except httpx.TransportError:
                await asyncio.sleep(0.1)
        deadline = time.monotonic() + seconds
        await asyncio.gather(*(writer(client, i, deadline, ids, tally) for i in range(writers)),
                             *(reader(client, 100 + i, deadline, tally) for i in range(READERS)))
    return tally


def stop(server: subprocess.Popen[bytes]) -> float | None:
    """Seconds the server took to stop on SIGTERM, or None if it had to be killed after 30 s."""
    started = time.perf_counter()
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
        return None
    return time.perf_counter() - started


def stored_checks(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(Verification)) or 0)


def main() -> int:
    seconds = float(os.environ.get("BENCH_SECONDS", "10" if os.environ.get("BENCH_QUICK") else "30"))
    writers = int(os.environ.get("BENCH_WRITERS", "20"))
    ids = 200
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        store = Store(Settings(home=home))
        store.ensure_schema()
        generate(store, ids, random.Random(5))
        token = analyst_token(store)
        before = stored_checks(store)
        port = _port()
        server = start_server(home, port)
        try:
            tally = asyncio.run(run(f"http://127.0.0.1:{port}", token, writers, seconds, ids))
        finally:
            stopped = stop(server)
        acknowledged = tally.status[201]
        lost = acknowledged - (stored_checks(store) - before)
        with store.engine.connect() as conn:
            try:
                chain = f"intact ({verify_chain(conn).entries} entries)"
            except Exception as exc:  # the report names the broken entry; the bench prints it
                chain = f"BROKEN: {exc}"
        store.dispose()
    reads = {k - 1000: v for k, v in tally.status.items() if k >= 1000}
    writes = {k: v for k, v in tally.status.items() if k < 1000}
    print(f"{writers} writers, {READERS} readers, {seconds:.0f} s on SQLite")
    print(f"writes/s {acknowledged / seconds:.1f}; write answers {dict(sorted(writes.items()))} (0 = client timeout)")
    print(f"write p99 {pct(tally.write_ms, 99):.0f} ms; read p99 {pct(tally.read_ms, 99):.0f} ms over "
          f"{len(tally.read_ms)} reads {dict(sorted(reads.items()))}")
    print(f"HTTP 500s {writes.get(500, 0) + reads.get(500, 0)}; 503 without Retry-After {tally.retry_after_missing}; "
          f"lost writes {lost}; audit chain {chain}")
    ok = (writes.get(500, 0) + reads.get(500, 0) == 0 and lost == 0 and chain.startswith("intact")
          and pct(tally.read_ms, 99) < TARGET_READ_P99_MS)
    print("server stopped on SIGTERM in " + (f"{stopped:.1f} s" if stopped is not None else "NO (killed after 30 s)"))
    ok = ok and stopped is not None
    print("target met" if ok else "TARGET MISSED: no 500, no lost write, reads p99 < 1 s, stops on SIGTERM")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
