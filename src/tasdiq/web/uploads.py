"""Uploads for ingest: streamed to a temporary file (size-capped), read and parsed, then written.

Only the write takes one of the store's writer slots (`web.writers`): saving and parsing an
upload (seconds for a large PDF) hold up no other writer."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi import UploadFile
from starlette.concurrency import run_in_threadpool

from tasdiq.errors import InputError
from tasdiq.store import Store
from tasdiq.web.writers import StoreBusy, WriterGate

CHUNK = 1024 * 1024


def _safe_name(name: str | None) -> str:
    # Keep the extension (readers sniff by name and content) but never a path.
    base = (name or "upload").replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(c if c.isalnum() or c in "._-" else "_" for c in base).lstrip(".")
    return cleaned[:150] or "upload"


async def ingest_uploads(*, store: Store, files: list[UploadFile], actor: str, max_bytes: int, writers: WriterGate
                         ) -> list[dict[str, object]]:
    """Ingest each uploaded file as one unit of work; one result line per file."""
    from tasdiq.ingest.pipeline import Ingester  # the pipeline loads readers; import when needed

    ingester = Ingester(store, actor=actor)
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="tasdiq-upload-") as tmp:
        for upload in files:
            name = _safe_name(upload.filename)
            path = Path(tmp) / name
            try:
                await _save(upload, path, max_bytes=max_bytes)
            except InputError as exc:
                results.append({"name": name, "status": "failed", "problem": exc.problem})
                continue
            # Parsing can take seconds (PDF, archives): off the event loop, so other requests go
            # on, and before the writer slot, so other writers do too.
            done = await run_in_threadpool(ingester.read, path, display=name)
            try:
                async with writers.slot():
                    outcome = await run_in_threadpool(ingester.write, done)
            except StoreBusy as exc:
                await run_in_threadpool(ingester.forget, done)
                results.append({"name": name, "status": "failed", "problem": str(exc)})
                continue
            results.append({"name": name, "status": outcome.status, "problem": outcome.problem,
                            "sources": outcome.source_ids, "evidence": outcome.evidence_ids})
    return results


async def _save(upload: UploadFile, path: Path, *, max_bytes: int) -> None:
    size = 0
    with path.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise InputError(path.name, f"larger than the upload limit of {max_bytes // (1024 * 1024)} MB")
            out.write(chunk)
