"""Ingest: files and folders in, originals kept byte for byte, one Source per report found.

Each file is one unit of work. Its bytes go to the write-once object store and its rows
(Original, Sources or Evidence) are written in one transaction; if anything fails, the
transaction rolls back and an object written for it is removed again, so a failed file
leaves neither rows nor an orphan object. A bad file is reported on one line and the run
carries on with the next.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import enum
import errno
import hashlib
import os
import signal
import stat
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from tasdiq.errors import InputError, NotAReport, StoreError, TasdiqError
from tasdiq.ingest.readers import (
    DEFAULT_LIMITS,
    EvidenceRecord,
    Limits,
    SourceRecord,
    check_size,
    read_as,
    read_file,
    sniff,
    unreadable_because,
)
from tasdiq.ingest.readers.sniffing import check_is_text
from tasdiq.ingest.readers.tabular import iter_csv, iter_json, iter_jsonl, some
from tasdiq.model import Evidence, Original, Source
from tasdiq.store import ObjectStore, Store
from tasdiq.store.bulk import insert_audited
from tasdiq.store.fit import fit_value
from tasdiq.store.integrity import lock_objects
from tasdiq.store.objects import sha256_bytes
from tasdiq.store.schema import TABLES

Status = Literal["new", "duplicate", "failed", "skipped"]
SNIFF_BYTES = 64 * 1024
# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 400
ORIGINALS = TABLES[Original]
EVIDENCE_FORMATS = frozenset({"image", "video", "audio", "binary"})
# Evidence kinds fingerprinted as soon as they arrive (PDQ, frames, metadata).
ANALYSED_AT_INGEST = frozenset({"image", "video"})
# Record files over Limits.stream_from_bytes are written as they are parsed, in groups of
# STREAM_GROUP rows inside the file's one transaction, so memory stays flat: 843,298 tiny
# JSONL records parsed into one list took 3.25 GiB (issue 16).
STREAM_GROUP = 1000
STREAMED_READERS = {"jsonl": iter_jsonl, "json": iter_json, "csv": iter_csv}
PR_SET_PDEATHSIG = 1  # linux/prctl.h
# Files a folder walk passes over: editor backups and version-control or OS bookkeeping.
SKIPPED_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})
_MISSING = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})


class _Unidentified(enum.Enum):
    """A record whose language nobody has identified yet (None is a finding: no language)."""

    LANGUAGE = "unidentified"


UNKNOWN = _Unidentified.LANGUAGE
Language = str | None | _Unidentified


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
    languages: list[str] = field(default_factory=list)  # of each source, as identified


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

    @property
    def unreadable(self) -> dict[str, int]:
        """Sources per language that Tasdiq cannot read (kept, but no events come from them)."""
        from tasdiq.extract.native import NAMES

        found: dict[str, int] = {}
        for o in self.outcomes:
            for code in o.languages:
                if code not in NAMES:
                    found[code] = found.get(code, 0) + 1
        return found

    @property
    def unanalysed(self) -> list[FileOutcome]:
        """Media kept as opaque originals because they could not be analysed (corrupt, bomb...)."""
        return [o for o in self.outcomes if o.status == "new" and o.problem]

    def as_dict(self) -> dict[str, object]:
        return {
            "files": len(self.outcomes),
            "new": self.count("new"),
            "already_had": self.count("duplicate"),
            "failed": self.count("failed"),
            "skipped": [{"path": o.path, "problem": o.problem} for o in self.outcomes if o.status == "skipped"],
            "sources_added": self.sources_added,
            "evidence_added": self.evidence_added,
            "failures": [{"path": o.path, "problem": o.problem} for o in self.failed],
            "kept_unanalysed": [{"path": o.path, "problem": o.problem} for o in self.unanalysed],
            "unreadable_languages": self.unreadable,
            "files_detail": [
                {
                    "path": o.path,
                    "status": o.status,
                    "sha256": o.sha256,
                    "format": o.format,
                    "sources": o.sources,
                    "evidence": o.evidence,
                    "source_ids": o.source_ids,
                    "languages": o.languages,
                }
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


def display_name(path: Path) -> str:
    """The path as text that prints and stores anywhere: a byte that is not UTF-8 shows as U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def normalised_text_sha256(text: str) -> str:
    """Hash of the text with case, spacing and Unicode form folded: syndicated copies share it."""
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _source_row(record: SourceRecord, sha256: str, now: dt.datetime, *, language: Language = UNKNOWN) -> Source:
    # Fitted here, not only on insert: the text's hash must be of the text as stored.
    text = fit_value(record.text)
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
        # identified from the text: a page's declared lang is often the site template's
        language=_language_of(record) if language is UNKNOWN else language,
        text=text,
        text_sha256=normalised_text_sha256(text),
        extra=dict(record.extra),
        ingested_at=now,
    )


def _language_of(record: SourceRecord) -> str | None:
    """The language stored on a record's source, identified from its text as stored."""
    from tasdiq.extract.native import source_language

    return source_language(fit_value(record.text), record.language)


def _warm_language_model() -> None:
    """Load the language model in this process, so reader workers forked after it share it
    (unpacking it costs ~0.5 CPU s: once, not once per worker)."""
    from tasdiq.extract.native import source_language

    source_language("warm", None)


@dataclass
class _Parsed:
    """A text file read and parsed, not yet written."""

    name: str
    path: Path
    sha256: str
    size: int
    format: str
    records: list[SourceRecord]
    # True when reading this file put its bytes into the object store (they were new there).
    written: bool
    # Each record's language, identified by the reader (in parallel) for files new to the
    # object store; None when left to the writer (a file stored before is likely a duplicate).
    languages: list[str | None] | None = None


class Ingester:
    """Ingests files into one store; `actor` is recorded in the audit chain.

    Text files are read and parsed first (every refusal happens here, before anything is
    written), then written in groups: one transaction holds a group's originals, sources
    and audit entries. A file's rows are therefore written together or not at all; if a
    group's transaction fails, its objects are removed again and its files are retried
    one transaction each, so one file cannot take the others down with it.
    """

    def __init__(
        self,
        store: Store,
        *,
        actor: str,
        limits: Limits = DEFAULT_LIMITS,
        group_size: int = 1000,
        workers: int | None = None,
    ) -> None:
        self.store = store
        self.workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
        self.actor = actor
        self.limits = limits
        self.group_size = group_size

    def ingest_file(self, path: Path, *, display: str | None = None) -> FileOutcome:
        summary = self.ingest_paths([path], displays={path: display} if display else None)
        return summary.outcomes[0]

    def ingest_paths(
        self,
        paths: Iterable[Path],
        *,
        on_file: Callable[[FileOutcome], None] | None = None,
        displays: dict[Path, str] | None = None,
    ) -> IngestSummary:
        summary = IngestSummary()
        group: list[_Parsed] = []

        def emit(outcome: FileOutcome) -> None:
            summary.outcomes.append(outcome)
            if on_file:
                on_file(outcome)

        files = [(path, (displays or {}).get(path) or display_name(path)) for path in iter_files(paths)]
        for path, name, read in self._read_all(files):
            if not isinstance(read, _Parsed) or read.format == "telegram":
                emit(self.write(ReadFile(path, name, read)))
                continue
            group.append(read)
            if len(group) >= self.group_size:
                for outcome in self._write_group(group):
                    emit(outcome)
                group = []
        for outcome in self._write_group(group):
            emit(outcome)
        return summary

    def read(self, path: Path, *, display: str | None = None) -> ReadFile:
        """Read, check and parse one file; nothing is written to the database yet. The web
        upload reads before it takes a writer slot, so parsing a PDF holds no other writer up."""
        name = display or display_name(path)
        return ReadFile(path, name, _read_job((path, name, self.limits, self.store.objects.root)))

    def write(self, done: ReadFile) -> FileOutcome:
        """Write one file `read` prepared, in its own transaction(s). Evidence and large record
        files are read as they are written (streamed), so their reading happens here."""
        read = done.read
        if isinstance(read, _Evidence | _Streamed):
            return self._store_alone(done.path, done.name, read)
        if isinstance(read, FileOutcome):
            return read
        if read.format == "telegram":  # a chat export: message by message, media beside it
            return self._telegram(done.path, read)
        return self._write_group([read])[0]

    def forget(self, done: ReadFile) -> None:
        """Give up a file `read` prepared and that will not be written: its bytes, kept in the
        object store while reading, go again unless a stored row refers to them."""
        if isinstance(done.read, _Parsed) and done.read.written:
            self.store.discard_objects([done.read.sha256])

    def _store_alone(self, path: Path, name: str, read: _Evidence | _Streamed) -> FileOutcome:
        """A file written in its own transaction(s) by this process; any failure is its outcome."""
        try:
            if isinstance(read, _Streamed):
                return self._ingest_streamed(path, name, read.format)
            return self._ingest_evidence(path, name, read.format, read.head)
        except TasdiqError as exc:
            return _failed(name, exc)
        except OSError as exc:  # a full disk or quota while keeping the original, a vanished file
            return FileOutcome(path=name, status="failed", problem=f"could not be stored: {_os_problem(exc)}")
        except SQLAlchemyError as exc:  # the database refused the rows: say why, never the SQL
            return FileOutcome(path=name, status="failed", problem=f"could not be stored: {_db_problem(exc)}")

    def _read_all(self, files: list[tuple[Path, str]]) -> Iterator[tuple[Path, str, _Read]]:
        """Read and parse files, in worker processes when there are many (parsing is CPU-bound)."""
        jobs = [(path, name, self.limits, self.store.objects.root) for path, name in files]
        if self.workers <= 1 or len(jobs) < PARALLEL_FROM:
            for job in jobs:
                yield job[0], job[1], _read_job(job)
            return
        _warm_language_model()
        pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=get_context("fork"),
            initializer=_die_with_parent,
            initargs=(os.getpid(),),
        )
        with pool:
            for job, read in zip(jobs, pool.map(_read_job, jobs, chunksize=64), strict=True):
                yield job[0], job[1], read

    def _known(self, hashes: Iterable[str]) -> set[str]:
        """Originals already stored: a look before writing, which another run may overtake."""
        with self.store.engine.connect() as conn:
            return _known_in(conn, hashes)

    def _write_group(self, group: list[_Parsed]) -> list[FileOutcome]:
        if not group:
            return []
        known = self._known(p.sha256 for p in group)
        outcomes: dict[int, FileOutcome] = {}
        fresh: list[tuple[int, _Parsed]] = []
        for i, parsed in enumerate(group):
            if parsed.sha256 in known:
                outcomes[i] = _duplicate(parsed.name, parsed.sha256, parsed.format)
            else:
                known.add(parsed.sha256)  # the same bytes twice in one run: the second is a duplicate
                fresh.append((i, parsed))
        try:
            outcomes.update(self._insert(fresh))
        except Exception:
            for i, parsed in fresh:
                outcomes[i] = self._write_alone(parsed)
        return [outcomes[i] for i in range(len(group))]

    def _write_alone(self, parsed: _Parsed) -> FileOutcome:
        try:
            return self._insert([(0, parsed)])[0]
        except (TasdiqError, SQLAlchemyError, OSError) as exc:
            if parsed.written:
                # Only if no committed row references it: another run may have stored the same file.
                self.store.discard_objects([parsed.sha256])
            return FileOutcome(path=parsed.name, status="failed", problem=f"could not be stored: {_reason(exc)}")

    def _original(self, *, sha256: str, size: int, media_type: str, name: str, fmt: str, now: dt.datetime) -> Original:
        return Original(sha256=sha256, size=size, media_type=media_type, name=name, format=fmt,
                        received_at=now, received_by=self.actor)

    def _insert(self, fresh: list[tuple[int, _Parsed]]) -> dict[int, FileOutcome]:
        """Write the files' rows in one transaction, under the object lock.

        Under the lock, files another run committed since `_known` looked are duplicates, and
        every object the rows will reference is checked to be on disk: a run that failed may
        have removed an object this run found already there when it read the file."""
        now = _now()
        outcomes: dict[int, FileOutcome] = {}
        with self.store.engine.begin() as conn:
            lock_objects(conn)
            taken = _known_in(conn, (p.sha256 for _, p in fresh))
            todo = [(i, p) for i, p in fresh if p.sha256 not in taken]
            if any(p.written for _, p in todo):  # a reader worker's writes: flushed before the commit
                self.store.objects.note_written()
            outcomes.update({i: _duplicate(p.name, p.sha256, p.format) for i, p in fresh if p.sha256 in taken})
            for _, p in todo:
                self._keep_on_disk(p)
            originals = [
                self._original(sha256=p.sha256, size=p.size, media_type=_media_type(p.format), name=p.name,
                               fmt=p.format, now=now)
                for _, p in todo
            ]
            sources = [_source_rows(p, now) for _, p in todo]
            insert_audited(conn, actor=self.actor, objects=originals)
            insert_audited(conn, actor=self.actor, objects=[s for rows in sources for s in rows])
        for (i, p), rows in zip(todo, sources, strict=True):
            outcomes[i] = FileOutcome(
                path=p.name,
                status="new",
                sha256=p.sha256,
                format=p.format,
                sources=len(rows),
                source_ids=[s.id for s in rows if s.id is not None],
                languages=[s.language or "und" for s in rows],
            )
        return outcomes

    def _keep_on_disk(self, parsed: _Parsed) -> None:
        """Put a file's bytes back if its object is gone (called under the object lock)."""
        if self.store.objects.exists(parsed.sha256):
            return
        try:
            data = parsed.path.read_bytes()
        except OSError as exc:
            raise InputError(parsed.name, f"could not be read again: {exc.strerror or exc}") from None
        if sha256_bytes(data) != parsed.sha256:
            raise InputError(parsed.name, "changed on disk while it was being ingested")
        self.store.objects.put(data)

    def _ingest_evidence(self, path: Path, name: str, fmt: str, head: bytes) -> FileOutcome:
        sha256, size, written = self.store.objects.put_file(path)
        if not written and self._known([sha256]):
            return _duplicate(name, sha256, fmt)
        record = read_file(name=name, data=head, limits=self.limits)
        media_type, kind = (
            (record.media_type, record.kind)
            if isinstance(record, EvidenceRecord)
            else ("application/octet-stream", "other")
        )
        now = _now()
        try:
            with self.store.session(actor=self.actor) as session:
                conn = session.connection()
                lock_objects(conn)
                if _known_in(conn, [sha256]):  # another run committed it since this one looked
                    return _duplicate(name, sha256, fmt)
                if not self.store.objects.exists(sha256):  # and a failed run took its object back
                    self.store.objects.put_file(path, expect=sha256)
                session.add(
                    self._original(sha256=sha256, size=size, media_type=media_type, name=name, fmt=fmt, now=now)
                )
                evidence = Evidence(
                    sha256=sha256, kind=kind, media_type=media_type, name=Path(name).name, first_seen=now
                )
                session.add(evidence)
                session.flush()
                evidence_id = evidence.id
        except (TasdiqError, SQLAlchemyError, OSError) as exc:
            if written:
                self.store.discard_objects([sha256])
            if isinstance(exc, TasdiqError):
                raise
            raise StoreError(f"could not be stored: {_reason(exc)}") from None
        ids = [evidence_id] if evidence_id is not None else []
        outcome = FileOutcome(path=name, status="new", sha256=sha256, format=fmt, evidence=1, evidence_ids=ids)
        if kind in ANALYSED_AT_INGEST and evidence_id is not None:
            outcome.problem = self._analyse(evidence_id)
        return outcome

    def _telegram(self, path: Path, parsed: _Parsed) -> FileOutcome:
        from tasdiq.ingest.telegram import import_export

        try:
            result = import_export(self.store, path=path, actor=self.actor, limits=self.limits)
        except TasdiqError as exc:
            if parsed.written:
                self.store.discard_objects([parsed.sha256])  # unless another run stored the same file
            return _failed(parsed.name, exc)
        return FileOutcome(path=parsed.name, status="new" if result.source_ids else "duplicate",
                           sha256=parsed.sha256, format="telegram", sources=len(result.source_ids),
                           evidence=len(result.evidence_ids), source_ids=result.source_ids,
                           evidence_ids=result.evidence_ids)

    def _ingest_streamed(self, path: Path, name: str, fmt: str) -> FileOutcome:
        """A large record file: its rows written group by group as they are parsed, in one transaction.

        The original is kept only after every record has been read and written, just before
        the commit, so a bad record (which rolls the transaction back) leaves no object behind.
        """
        data = path.read_bytes()
        sha256 = sha256_bytes(data)
        if self._known([sha256]):
            return FileOutcome(path=name, status="duplicate", sha256=sha256, format=fmt)
        records = some(name, STREAMED_READERS[fmt](name, data, self.limits))
        written = False
        try:
            with self.store.engine.begin() as conn:
                lock_objects(conn)  # the original is written below: no remover may run meanwhile
                if _known_in(conn, [sha256]):  # another run stored it since the look above
                    return FileOutcome(path=name, status="duplicate", sha256=sha256, format=fmt)
                now = _now()
                original = self._original(sha256=sha256, size=len(data), media_type=_media_type(fmt), name=name,
                                          fmt=fmt, now=now)
                insert_audited(conn, actor=self.actor, objects=[original])
                ids = _insert_in_groups(conn, actor=self.actor, sha256=sha256, records=records, now=now)
                _, written = self.store.objects.put(data)
        except BaseException:
            if written:
                self.store.discard_objects([sha256])  # the commit failed: removed unless a row refers to it
            raise
        return FileOutcome(path=name, status="new", sha256=sha256, format=fmt, sources=len(ids), source_ids=ids)

    def _analyse(self, evidence_id: int) -> str | None:
        """Fingerprint new media at once; a file that cannot be analysed stays kept as it is."""
        from tasdiq.media.service import analyse_evidence

        with self.store.session(actor=self.actor) as session:
            analyse_evidence(session=session, objects=self.store.objects, evidence_id=evidence_id)
            evidence = session.get(Evidence, evidence_id)
            return evidence.analysis_error if evidence is not None else None


@dataclass
class _Evidence:
    """A binary file to keep as evidence; stored by the main process, streamed from disk."""

    format: str
    head: bytes


@dataclass
class _Streamed:
    """A large record file, parsed and written by the main process as it streams (Limits.stream_from_bytes)."""

    format: str


_Read = _Parsed | _Evidence | _Streamed | FileOutcome


@dataclass
class ReadFile:
    """One file as `Ingester.read` left it, for `Ingester.write`."""

    path: Path
    name: str
    read: _Read


def _source_rows(parsed: _Parsed, now: dt.datetime) -> list[Source]:
    if parsed.languages is None:
        return [_source_row(r, parsed.sha256, now) for r in parsed.records]
    return [_source_row(r, parsed.sha256, now, language=lang)
            for r, lang in zip(parsed.records, parsed.languages, strict=True)]


def _insert_in_groups(
    conn: Connection, *, actor: str, sha256: str, records: Iterator[SourceRecord], now: dt.datetime
) -> list[int]:
    ids: list[int] = []
    while group := [_source_row(r, sha256, now) for r in islice(records, STREAM_GROUP)]:
        insert_audited(conn, actor=actor, objects=group)
        ids.extend(s.id for s in group if s.id is not None)
    return ids


def _die_with_parent(parent: int) -> None:
    """Make a reader worker end when ingest does, even after `kill -9` (issue 16).

    A forked worker holds its own copy of the task queue's pipe, so it never sees
    end-of-file when the parent dies and would wait forever; the kernel's parent-death
    signal ends it instead. The signal follows the thread that forked the worker, which is
    the caller of `ingest_paths` (the CLI's main thread; uploads never start a pool).
    """
    # Not Linux (no prctl): there, workers may outlive a killed parent.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)


def _read_job(job: tuple[Path, str, Limits, Path]) -> _Read:
    path, name, limits, objects = job
    try:
        return _read(path, name, limits, ObjectStore(objects))
    except TasdiqError as exc:
        return _failed(name, exc)
    except OSError as exc:
        return FileOutcome(path=name, status="failed", problem=_os_problem(exc))
    except Exception as exc:  # read_file turns reader failures into InputError; this is the last net
        return FileOutcome(path=name, status="failed", problem=f"could not be read ({unreadable_because(exc)})")


def _read(path: Path, name: str, limits: Limits, objects: ObjectStore) -> _Read:
    """Read, check and parse a file, then keep its bytes in the object store.

    Everything that can refuse a text file happens before the bytes are kept; the caller
    removes a kept object again if its rows cannot be written.
    """
    size = _regular_size(path, name)
    if size == 0:
        raise InputError(name, "empty file")
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    fmt = sniff(path.name, head)
    check_size(name, size, fmt, limits=limits)
    check_is_text(name, head, fmt)
    if fmt in EVIDENCE_FORMATS:
        return _Evidence(fmt, head)
    if fmt in STREAMED_READERS and size > limits.stream_from_bytes:
        return _Streamed(fmt)
    data = head if size <= len(head) else path.read_bytes()
    # Sniffed, size-checked and text-checked above from the head, which is all those look at.
    parsed = read_as(fmt, name=name, data=data, limits=limits)
    if isinstance(parsed, EvidenceRecord):
        return _Evidence(fmt, head)
    sha256, written = objects.put(data)
    # A chat export is written message by message by `import_export`, which reads it again.
    languages = [_language_of(r) for r in parsed] if written and fmt != "telegram" else None
    return _Parsed(name, path, sha256, size, fmt, parsed, written, languages)


def _regular_size(path: Path, name: str) -> int:
    """The size of a regular file, from one stat (is_file, exists and stat were three a file)."""
    try:
        found = path.stat()
    except OSError as exc:
        if exc.errno in _MISSING:  # what pathlib's is_file and exists read as "not there"
            raise InputError(name, "no such file") from None
        raise
    if not stat.S_ISREG(found.st_mode):
        raise InputError(name, "not a regular file")
    return found.st_size


def _known_in(conn: Connection, hashes: Iterable[str]) -> set[str]:
    wanted = list(set(hashes))
    known: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        known.update(conn.scalars(select(ORIGINALS.c.sha256).where(ORIGINALS.c.sha256.in_(chunk))))
    return known


def _duplicate(name: str, sha256: str, fmt: str) -> FileOutcome:
    return FileOutcome(path=name, status="duplicate", sha256=sha256, format=fmt)


def _reason(exc: BaseException) -> str:
    """One line for a failure: a database error's first line, never its SQL and parameters."""
    orig = getattr(exc, "orig", None)
    if isinstance(exc, SQLAlchemyError) and isinstance(orig, BaseException):
        exc = orig
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _failed(name: str, exc: TasdiqError) -> FileOutcome:
    problem = exc.problem if isinstance(exc, InputError) else str(exc)
    # A README or a JSON of settings in a folder of reports is passed over, not a failure.
    return FileOutcome(path=name, status="skipped" if isinstance(exc, NotAReport) else "failed", problem=problem)


def _db_problem(exc: SQLAlchemyError) -> str:
    """The driver's own message, first line only: SQLAlchemy's adds the statement and parameters."""
    cause = getattr(exc, "orig", None) or exc
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0]


def _os_problem(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def _media_type(fmt: str) -> str:
    return {
        "text": "text/plain",
        "markdown": "text/markdown",
        "html": "text/html",
        "jsonl": "application/jsonl",
        "json": "application/json",
        "csv": "text/csv",
        "rss": "application/rss+xml",
        "atom": "application/atom+xml",
        "warc": "application/warc",
        "pdf": "application/pdf",
    }.get(fmt, "application/octet-stream")
