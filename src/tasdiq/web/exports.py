"""Exports from the web and the API: the filters choose the incidents, `tasdiq.exchange`
writes them. One implementation of every format (CSV with ACLED columns, GeoJSON, JSON
Lines, STIX, the UCDP and GTD column sets) for the CLI and the web alike; personal fields
go out only to analysts and up, as on the pages.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.errors import InputError
from tasdiq.exchange import ucdp_gtd
from tasdiq.exchange.records import IncidentRecord, records
from tasdiq.model.enums import Role
from tasdiq.web.filters import IncidentFilter
from tasdiq.web.queries import INC, incident_conditions
from tasdiq.web.writers import StoreBusy, TooManyAtOnce

FORMATS = ucdp_gtd.FORMATS
# SQLite binds at most 32,766 parameters per statement and the exchange selects by id list;
# an export this large also takes minutes (several queries per incident): the CLI is for more.
MAX_INCIDENTS = 20_000
MEDIA_TYPES = {"csv": "text/csv", "csv-ucdp": "text/csv", "csv-gtd": "text/csv", "geojson": "application/geo+json",
               "jsonl": "application/jsonl", "stix": "application/stix+json"}
SUFFIXES = {"csv-ucdp": "ucdp.csv", "csv-gtd": "gtd.csv", "stix": "stix.json"}


def chosen_ids(session: Session, f: IncidentFilter, *, limit: int) -> list[int]:
    """Ids of the incidents matching the filters, in id order (the exchange's order), at most `limit`."""
    query = select(INC.c.id).where(*incident_conditions(f)).order_by(INC.c.id).limit(limit)
    return [int(i) for i in session.scalars(query)]


class ExportSlots:
    """One export per user at a time and at most `total` at once; each stops after `max_s`.

    An export is the one read whose work grows with the store (1,710 incidents as STIX once
    ran 18 minutes at full CPU as a viewer's request): without a bound, a few clicks by one
    viewer could take every core (issue 16, finding 5).
    """

    def __init__(self, *, total: int, max_s: float, retry_after_s: int) -> None:
        self.total = total
        self.max_s = max_s
        self.retry_after_s = retry_after_s
        self._running: set[int] = set()
        self._lock = threading.Lock()
        self.stopping = False  # set when the server shuts down: running exports end at once

    @contextlib.contextmanager
    def slot(self, user_id: int) -> Iterator[Callable[[], bool]]:
        """Yields a test the export calls as it goes: True once it must stop (too long, or
        the server is stopping, so SIGTERM never waits for a long export)."""
        with self._lock:
            if user_id in self._running:
                raise TooManyAtOnce("you already have an export running; wait for it to finish",
                                    retry_after_s=self.retry_after_s)
            if len(self._running) >= self.total:
                raise StoreBusy(f"{self.total} exports are running; try again shortly",
                                retry_after_s=self.retry_after_s)
            self._running.add(user_id)
        deadline = time.monotonic() + self.max_s
        try:
            yield lambda: self.stopping or time.monotonic() > deadline
        finally:
            with self._lock:
                self._running.discard(user_id)


# An export up to this size stays in memory; a larger one is spooled to a temporary file,
# so a 20,000-incident export does not sit in the server's memory as one string.
SPOOL_BYTES = 4 * 1024 * 1024
CHUNK_BYTES = 256 * 1024


def export_file(*, session: Session, f: IncidentFilter, fmt: str, role: Role, limit: int,
                expired: Callable[[], bool] | None = None) -> IO[bytes]:
    """The export written to a spooled file, rewound for reading; the caller closes it."""
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 (closed by `chunks`)
    try:
        out = io.TextIOWrapper(spool, encoding="utf-8", newline="", write_through=True)
        ids = chosen_ids(session, f, limit=min(limit, MAX_INCIDENTS))
        chosen = records(session, incident_ids=ids)
        if expired is not None:
            chosen = _bounded(chosen, expired)
        ucdp_gtd.write(fmt, chosen, out, include_personal=role.allows(Role.ANALYST))
        out.detach()  # keep the spool open when the wrapper goes
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return spool


def chunks(body: IO[bytes]) -> Iterator[bytes]:
    """The export's bytes in pieces, for a streamed response; closes the file at the end."""
    with body:
        while piece := body.read(CHUNK_BYTES):
            yield piece


def _bounded(chosen: Iterator[IncidentRecord], expired: Callable[[], bool]) -> Iterator[IncidentRecord]:
    """The records, stopping the export once it must (checked per incident)."""
    for record in chosen:
        if expired():
            raise InputError("export", "took too long for the web; narrow the filters or use `tasdiq export`")
        yield record


def filename(fmt: str) -> str:
    return f"tasdiq-incidents.{SUFFIXES.get(fmt, fmt)}"
