"""Writing only what is new from a document seen before in another form.

A feed fetched again, or a later Telegram export of the same channel, is a new file (new
bytes, new SHA-256) that repeats most of what the store already has. The file is kept as
an Original like any other, but only its new items become Sources: the caller decides which
records are new (by item URL, by channel and message id) and this module writes them in
one transaction with the file, or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.ingest.pipeline import _source_row  # one definition of record -> row, shared with the pipeline
from tasdiq.ingest.readers import SourceRecord
from tasdiq.model import Original, Source
from tasdiq.store import Store
from tasdiq.store.schema import cols


@contextmanager
def kept_document(store: Store, *, actor: str, data: bytes, name: str, fmt: str, media_type: str
                  ) -> Iterator[tuple[Session, str]]:
    """A session with the document's Original added (if new); its object is removed again
    when the block fails and the bytes were new to the object store."""
    sha256, written = store.objects.put(data)
    try:
        with store.session(actor=actor) as session:
            known = session.scalars(select(cols(Original).id).where(cols(Original).sha256 == sha256)).first()
            if known is None:
                session.add(Original(sha256=sha256, size=len(data), media_type=media_type, name=name[:1000],
                                     format=fmt, received_at=_now(), received_by=actor))
            yield session, sha256
    except BaseException:
        if written:
            store.objects.remove_new(sha256)
        raise


def add_sources(session: Session, *, sha256: str, records: Sequence[SourceRecord],
                supersedes: Mapping[int, int] | None = None) -> list[Source]:
    """Sources for these records of one document; `supersedes` maps a record's position to
    the source it is a new version of."""
    now = _now()
    rows = []
    for position, record in enumerate(records):
        row = _source_row(record, sha256, now)
        row.supersedes_id = (supersedes or {}).get(position)
        rows.append(row)
    session.add_all(rows)
    session.flush()
    return rows


def known_urls(session: Session, urls: Iterable[str | None]) -> set[str]:
    wanted = sorted({u for u in urls if u})
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(u for u in session.scalars(select(cols(Source).url).where(cols(Source).url.in_(chunk))) if u)
    return found


def known_texts(session: Session, hashes: Iterable[str]) -> set[str]:
    """Which of these normalised-text hashes a source already has (for items without a link)."""
    wanted = sorted(set(hashes))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(session.scalars(select(cols(Source).text_sha256).where(cols(Source).text_sha256.in_(chunk))))
    return found


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
