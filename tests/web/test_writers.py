"""Concurrent writers (issue 16, finding 2): writes queue for a slot on the event loop, a busy
store answers 503 with Retry-After, never 500, and reads are not held up by writers."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Iterator

import anyio.to_thread
import httpx
import pytest
from sqlalchemy import text

from tasdiq.model.enums import Role
from tasdiq.store import Store
from tasdiq.web.app import create_app
from tasdiq.web.config import WebConfig
from tasdiq.web.writers import StoreBusy, WriterGate

from .seed import Seeded

A = Role.ANALYST


def _config(**overrides: object) -> WebConfig:
    return WebConfig(secret_key="test-secret-not-for-production", **overrides)  # type: ignore[arg-type]


@contextlib.contextmanager
def write_lock_held_elsewhere(store: Store) -> Iterator[None]:
    """Another process's long write, as `tasdiq extract` or `ingest` hold it: the SQLite write
    lock, or on PostgreSQL the audit head's row lock that every audited write takes."""
    with store.engine.connect() as conn, conn.begin():
        conn.execute(text("SELECT 1 FROM audit_head FOR UPDATE") if not store.is_sqlite
                     else text("UPDATE audit_head SET id = id"))
        yield


def test_a_web_write_during_a_long_cli_write_answers_503_with_retry_after(seeded: Seeded) -> None:
    app = create_app(store=seeded.store, config=_config(lock_wait_s=0.3))
    path = f"/api/v1/incidents/{seeded.incident_ids[0]}/verifications"
    headers = {"authorization": f"Bearer {seeded.tokens[A]}"}
    body = {"check": "chronolocated", "result": "inconclusive"}
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as client:
        client.get("/api/v1/me", headers=headers)  # the token is known before the lock is taken
        with write_lock_held_elsewhere(seeded.store):
            started = time.monotonic()
            busy = client.post(path, json=body, headers=headers)
            waited = time.monotonic() - started
        after = client.post(path, json=body, headers=headers)
    assert busy.status_code == 503, busy.text
    assert busy.headers["retry-after"] == "2"
    assert waited < 10
    assert after.status_code == 201, after.text


async def _hammer(app: object, seeded: Seeded, writers: int) -> tuple[list[int], list[float]]:
    # The server's own thread pool size (app._lifespan sets it; ASGITransport runs no lifespan).
    anyio.to_thread.current_default_thread_limiter().total_tokens = 6
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    headers = {"authorization": f"Bearer {seeded.tokens[A]}"}
    body = {"check": "chronolocated", "result": "inconclusive"}
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", headers=headers,
                                 timeout=120) as client:
        await client.get("/api/v1/me")

        async def write() -> int:
            path = f"/api/v1/incidents/{seeded.incident_ids[0]}/verifications"
            return (await client.post(path, json=body)).status_code

        async def read() -> float:
            await asyncio.sleep(0.05)  # while the writers are queued
            started = time.perf_counter()
            (await client.get("/api/v1/incidents?limit=5")).raise_for_status()
            return time.perf_counter() - started

        results = await asyncio.gather(*(write() for _ in range(writers)), *(read() for _ in range(3)))
    return [int(r) for r in results[:writers]], [float(r) for r in results[writers:]]


def test_twenty_concurrent_writers_all_succeed_and_reads_are_not_held_up(seeded: Seeded) -> None:
    app = create_app(store=seeded.store, config=_config())
    codes, read_s = asyncio.run(_hammer(app, seeded, writers=20))
    assert codes == [201] * 20
    assert max(read_s) < 5.0  # before the gate, reads waited behind the frozen writers (30 s)


def test_a_full_writer_queue_answers_busy_at_once() -> None:
    async def scenario() -> list[str]:
        gate = WriterGate(slots=1, queue=1, wait_s=0.2, retry_after_s=3)
        outcomes: list[str] = []

        async def writer(hold_s: float) -> None:
            try:
                async with gate.slot():
                    await asyncio.sleep(hold_s)
                outcomes.append("wrote")
            except StoreBusy as exc:
                outcomes.append(f"busy {exc.retry_after_s}")

        holder = asyncio.create_task(writer(0.5))
        await asyncio.sleep(0.01)
        waiting = asyncio.create_task(writer(0))  # waits 0.2 s for the slot, then gives up
        await asyncio.sleep(0.01)
        await writer(0)  # the queue (1) is full: refused without waiting
        await asyncio.gather(holder, waiting)
        return outcomes

    assert asyncio.run(scenario()) == ["busy 3", "busy 3", "wrote"]


@pytest.mark.parametrize("path", ["/incidents", "/api/v1/incidents"])
def test_pages_and_api_answers_are_not_cached(seeded: Seeded, path: str) -> None:
    from fastapi.testclient import TestClient

    app = create_app(store=seeded.store, config=_config())
    with TestClient(app) as client:
        response = client.get(path, headers={"authorization": f"Bearer {seeded.tokens[A]}"})
        static = client.get("/static/app.css")
    assert response.headers["cache-control"] == "no-store"
    assert "no-store" not in static.headers.get("cache-control", "")


def test_a_viewer_cannot_start_a_second_export_while_one_runs(seeded: Seeded) -> None:
    from fastapi.testclient import TestClient

    app = create_app(store=seeded.store, config=_config())
    viewer = {"authorization": f"Bearer {seeded.tokens[Role.VIEWER]}"}
    analyst = {"authorization": f"Bearer {seeded.tokens[A]}"}
    with TestClient(app) as client:
        with app.state.web.exports.slot(seeded.user_ids[Role.VIEWER]):  # the viewer's first export, running
            second = client.get("/api/v1/exports/incidents?format=stix", headers=viewer)
            other = client.get("/api/v1/exports/incidents?format=stix", headers=analyst)
        after = client.get("/api/v1/exports/incidents?format=stix", headers=viewer)
    assert second.status_code == 429 and second.headers["retry-after"] == "2"
    assert other.status_code == 200
    assert after.status_code == 200


def test_an_export_that_runs_past_its_time_is_stopped_with_one_line(seeded: Seeded) -> None:
    from fastapi.testclient import TestClient

    app = create_app(store=seeded.store, config=_config(export_max_s=0))
    with TestClient(app) as client:
        response = client.get("/api/v1/exports/incidents?format=jsonl",
                              headers={"authorization": f"Bearer {seeded.tokens[A]}"})
    assert response.status_code == 400
    assert "took too long" in response.json()["detail"]
