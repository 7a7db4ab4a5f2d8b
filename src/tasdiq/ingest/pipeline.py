"""Ingest: files and folders in, originals kept byte for byte, one Source per report found.

Each file is one unit of work. Its bytes go to the write-once object store and its rows
(Original, Sources or Evidence) are written in one transaction; if anything fails, the
transaction rolls back and an object written for it is removed again, so a failed file
leaves neither rows nor an orphan object. A bad file is reported on one line and the run
carries on with the next.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import select

from tasdiq.errors import InputError, TasdiqError
from tasdiq.ingest.readers import DEFAULT_LIMITS, EvidenceRecord, Limits, SourceRecord, check_size, read_file, sniff
from tasdiq.model import Evidence, Original, Source
from tasdiq.store import Store

Status = Literal["new", "duplicate", "failed"]
SNIFF_BYTES = 64 * 1024
EVIDENCE_FORMATS = frozenset({"image", "video", "audio", "binary"})
# Files a folder walk passes over: editor backups and version-control or OS bookkeeping.
SKIPPED_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})


@dataclass
class FileOutcome:
    path: str
    status: Status
    sha256: str | None = None
    format: str | None = None
    sources: int = 0
    evidence: int = 0
    source_ids: list[int] = field(default_factory=list)
    evidence_ids: list[int] = field(default_factory=list)
    problem: str | None = None


@dataclass
class IngestSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def sources_added(self) -> int:
        return sum(o.sources for o in self.outcomes if o.status == "new")

    @property
    def evidence_added(self) -> int:
        return sum(o.evidence for o in self.outcomes if o.status == "new")

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def as_dict(self) -> dict[str, object]:
        return {
            "files": len(self.outcomes),
            "new": self.count("new"),
            "already_had": self.count("duplicate"),
            "failed": self.count("failed"),
            "sources_added": self.sources_added,
            "evidence_added": self.evidence_added,
            "failures": [{"path": o.path, "problem": o.problem} for o in self.failed],
            "files_detail": [
                {"path": o.path, "status": o.status, "sha256": o.sha256, "format": o.format,
                 "sources": o.sources, "evidence": o.evidence, "source_ids": o.source_ids}
                for o in self.outcomes
            ],
        }


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every file under the given paths, in a stable order; a missing path is an error."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name not in SKIPPED_NAMES and not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def normalised_text_sha256(text: str) -> str:
    """Hash of the text with case, spacing and Unicode form folded: syndicated copies share it."""
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _source_row(record: SourceRecord, sha256: str, now: dt.datetime) -> Source:
    return Source(
        sha256=sha256,
        locator=record.locator or "",
        kind=record.kind,
        title=record.title,
        author=record.author,
        publisher=record.publisher,
        url=record.url,
        published=record.published,
        published_precision=record.published_precision,
        retrieved=record.retrieved,
        language=record.language,
        text=record.text,
        text_sha256=normalised_text_sha256(record.text),
        extra=dict(record.extra),
        ingested_at=now,
    )


class Ingester:
    """Ingests files into one store; `actor` is recorded in the audit chain."""

    def __init__(self, store: Store, *, actor: str, limits: Limits = DEFAULT_LIMITS) -> None:
        self.store = store
        self.actor = actor
        self.limits = limits

    def _known(self, sha256: str) -> bool:
        with self.store.session(actor=self.actor) as session:
            return session.scalar(select(Original.id).where(Original.sha256 == sha256)) is not None

    def ingest_file(self, path: Path, *, display: str | None = None) -> FileOutcome:
        name = display or str(path)
        try:
            return self._ingest(path, name)
        except TasdiqError as exc:
            problem = exc.problem if isinstance(exc, InputError) else str(exc)
            return FileOutcome(path=name, status="failed", problem=problem)
        except OSError as exc:
            return FileOutcome(path=name, status="failed", problem=exc.strerror or str(exc))

    def _ingest(self, path: Path, name: str) -> FileOutcome:
        if not path.is_file():
            raise InputError(name, "no such file" if not path.exists() else "not a regular file")
        size = path.stat().st_size
        if size == 0:
            raise InputError(name, "empty file")
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
        fmt = sniff(path.name, head)
        check_size(name, size, fmt, self.limits)
        if fmt in EVIDENCE_FORMATS:
            return self._ingest_evidence(path, name, fmt, head)
        data = path.read_bytes()
        sha256 = hashlib.sha256(data).hexdigest()
        if self._known(sha256):
            return FileOutcome(path=name, status="duplicate", sha256=sha256, format=fmt)
        parsed = read_file(name=name, data=data, limits=self.limits)
        if isinstance(parsed, EvidenceRecord):
            return self._ingest_evidence(path, name, fmt, head)
        _, written = self.store.objects.put(data)
        try:
            return self._write_sources(name, sha256, size, fmt, parsed)
        except BaseException:
            if written:
                self.store.objects.remove_new(sha256)
            raise

    def _write_sources(
        self, name: str, sha256: str, size: int, fmt: str, records: list[SourceRecord]
    ) -> FileOutcome:
        now = _now()
        with self.store.session(actor=self.actor) as session:
            session.add(Original(sha256=sha256, size=size, media_type=_media_type(fmt), name=name,
                                 format=fmt, received_at=now, received_by=self.actor))
            rows = [_source_row(record, sha256, now) for record in records]
            session.add_all(rows)
            session.flush()
            ids = [row.id for row in rows if row.id is not None]
        return FileOutcome(path=name, status="new", sha256=sha256, format=fmt, sources=len(ids), source_ids=ids)

    def _ingest_evidence(self, path: Path, name: str, fmt: str, head: bytes) -> FileOutcome:
        sha256, size, written = self.store.objects.put_file(path)
        if not written and self._known(sha256):
            return FileOutcome(path=name, status="duplicate", sha256=sha256, format=fmt)
        record = read_file(name=name, data=head, limits=self.limits)
        media_type, kind = (record.media_type, record.kind) if isinstance(record, EvidenceRecord) else (
            "application/octet-stream", "other")
        now = _now()
        try:
            with self.store.session(actor=self.actor) as session:
                session.add(Original(sha256=sha256, size=size, media_type=media_type, name=name,
                                     format=fmt, received_at=now, received_by=self.actor))
                evidence = Evidence(sha256=sha256, kind=kind, media_type=media_type, name=Path(name).name,
                                    first_seen=now)
                session.add(evidence)
                session.flush()
                evidence_id = evidence.id
        except BaseException:
            if written:
                self.store.objects.remove_new(sha256)
            raise
        ids = [evidence_id] if evidence_id is not None else []
        return FileOutcome(path=name, status="new", sha256=sha256, format=fmt, evidence=1, evidence_ids=ids)

    def ingest_paths(
        self, paths: Iterable[Path], *, on_file: Callable[[FileOutcome], None] | None = None
    ) -> IngestSummary:
        summary = IngestSummary()
        for path in iter_files(paths):
            outcome = self.ingest_file(path)
            summary.outcomes.append(outcome)
            if on_file:
                on_file(outcome)
        return summary


def _media_type(fmt: str) -> str:
    return {
        "text": "text/plain", "markdown": "text/markdown", "html": "text/html", "jsonl": "application/jsonl",
        "json": "application/json", "csv": "text/csv", "rss": "application/rss+xml",
        "atom": "application/atom+xml", "warc": "application/warc", "pdf": "application/pdf",
    }.get(fmt, "application/octet-stream")
