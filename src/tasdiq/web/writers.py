"""Writers queue in the event loop, a bounded number at a time; a busy store answers 503.

Why: SQLite has one write lock. Before this gate, every POST took it (BEGIN IMMEDIATE) and
then waited for one of the few worker threads, while the threads were taken by other POSTs
waiting for the lock: with seven writers the server froze, reads included, and the lock
waits ended as HTTP 500 "database is locked" (issue 16, finding 2). Now a write request
first takes a slot here, waiting on the event loop (no thread, no lock held); only the
holder of a slot opens a transaction. When the queue is full, or a slot does not come
within `wait_s`, or the store itself stays locked by another process (a CLI run) for
longer than the lock wait, the answer is 503 with Retry-After, never a 500.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from sqlalchemy.exc import OperationalError

# Messages of lock and contention failures: SQLite's busy lock, PostgreSQL's lock timeout,
# serialization failure and deadlock. Any of them means "try again", not "the server broke".
BUSY_MARKERS = ("database is locked", "database is busy", "lock timeout", "could not obtain lock",
                "could not serialize", "deadlock detected")


class StoreBusy(Exception):
    """The store cannot take this write now; the client should retry after `retry_after_s`."""

    status = 503

    def __init__(self, reason: str, *, retry_after_s: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after_s = retry_after_s


class TooManyAtOnce(StoreBusy):
    """This caller already runs a heavy request (an export): 429, retry when it is done."""

    status = 429


def is_busy(exc: OperationalError) -> bool:
    text = str(exc.orig if exc.orig is not None else exc).lower()
    return any(marker in text for marker in BUSY_MARKERS)


class WriterGate:
    """At most `slots` writes at once; at most `queue` more wait, each for at most `wait_s`."""

    def __init__(self, *, slots: int, queue: int, wait_s: float, retry_after_s: int) -> None:
        self.slots = slots
        self.queue = queue
        self.wait_s = wait_s
        self.retry_after_s = retry_after_s
        self.waiting = 0
        self._semaphore: asyncio.Semaphore | None = None  # made in the serving loop, on first use

    def _busy(self, reason: str) -> StoreBusy:
        return StoreBusy(reason, retry_after_s=self.retry_after_s)

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(self.slots)
        semaphore = self._semaphore
        if semaphore.locked() and self.waiting >= self.queue:
            raise self._busy(f"{self.waiting} writes are already waiting; try again shortly")
        self.waiting += 1
        try:
            await asyncio.wait_for(semaphore.acquire(), timeout=self.wait_s)
        except TimeoutError:
            raise self._busy(f"no write slot within {self.wait_s:g} s; try again shortly") from None
        finally:
            self.waiting -= 1
        try:
            yield
        finally:
            semaphore.release()
