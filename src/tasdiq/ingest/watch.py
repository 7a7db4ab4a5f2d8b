"""`tasdiq watch`: poll feeds and folders, ingest what is new, extract and link it.

Feeds are asked with the validators of the last answer (If-None-Match, If-Modified-Since),
so an unchanged feed is a 304 and no parsing. A changed feed's items are new when no source
has their link yet. Folder files are new when their (name, size, mtime) was not seen. The
validators and seen files live in the status file, so a restarted watch carries on where it
stopped. SIGTERM and SIGINT end the run between steps, with the status file written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tasdiq.errors import InputError, TasdiqError
from tasdiq.ingest.incremental import add_sources, kept_document, known_texts, known_urls
from tasdiq.ingest.pipeline import Ingester, iter_files, normalised_text_sha256
from tasdiq.ingest.readers import DEFAULT_LIMITS, Limits, SourceRecord, read_file, sniff
from tasdiq.store import Store

FETCH_TIMEOUT_S = 30.0
USER_AGENT = "tasdiq-watch (+https://github.com/tasdiq)"


@dataclass
class Cycle:
    number: int
    started: dt.datetime
    feeds_changed: int = 0
    feeds_unchanged: int = 0
    files_new: int = 0
    source_ids: list[int] = field(default_factory=list)
    mentions: int = 0
    incident_ids: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        problems = f"; {len(self.problems)} problem(s): {'; '.join(self.problems)}" if self.problems else ""
        return (f"watch cycle {self.number} at {self.started:%Y-%m-%d %H:%M:%S} UTC: "
                f"feeds {self.feeds_changed} changed, {self.feeds_unchanged} unchanged; {self.files_new} new file(s); "
                f"{len(self.source_ids)} new source(s), {self.mentions} mention(s), "
                f"incident(s) {', '.join(map(str, self.incident_ids)) or 'none'}{problems}")

    def as_dict(self) -> dict[str, Any]:
        return {"number": self.number, "started": self.started.isoformat(), "feeds_changed": self.feeds_changed,
                "feeds_unchanged": self.feeds_unchanged, "files_new": self.files_new,
                "source_ids": self.source_ids, "mentions": self.mentions, "incident_ids": self.incident_ids,
                "problems": self.problems}


class Watcher:
    def __init__(self, store: Store, *, actor: str, feeds: list[str], folders: list[Path], status_file: Path,
                 second_reviewer: bool = False, limits: Limits = DEFAULT_LIMITS) -> None:
        self.store = store
        self.actor = actor
        self.feeds = feeds
        self.folders = folders
        self.status_file = status_file
        self.second_reviewer = second_reviewer
        self.limits = limits
        self.stopping = threading.Event()
        self.state: dict[str, Any] = _load(status_file)

    def run(self, *, every_s: float, cycles: int | None, on_cycle: Callable[[str], None]) -> int:
        """Poll until `cycles` are done or a stop signal; returns the number of cycles run."""
        self._install_signals()
        done = 0
        self._write_status("running")
        while not self.stopping.is_set() and (cycles is None or done < cycles):
            on_cycle(self.cycle().line())
            done += 1
            if cycles is None or done < cycles:
                self.stopping.wait(every_s)
        self._write_status("stopped")
        return done

    def cycle(self) -> Cycle:
        number = int(self.state.get("cycles", 0)) + 1
        cycle = Cycle(number=number, started=dt.datetime.now(dt.UTC))
        for feed in self.feeds:
            if self.stopping.is_set():
                break
            self._poll_feed(feed, cycle)
        if not self.stopping.is_set():
            self._poll_folders(cycle)
        if cycle.source_ids:
            self._pipeline(cycle)
        self.state["cycles"] = number
        self.state["last_cycle"] = cycle.as_dict()
        self._write_status("running")
        return cycle

    def _poll_feed(self, feed: str, cycle: Cycle) -> None:
        validators = self.state.setdefault("feeds", {}).setdefault(feed, {})
        try:
            data = _fetch(feed, validators, max_bytes=self.limits.max_text_bytes)
            if data is None:
                cycle.feeds_unchanged += 1
                return
            cycle.feeds_changed += 1
            cycle.source_ids.extend(self._store_new_items(feed, data))
        except TasdiqError as exc:
            cycle.problems.append(str(exc))

    def _store_new_items(self, feed: str, data: bytes) -> list[int]:
        name = feed.rsplit("/", 1)[-1] or "feed.xml"
        records = read_file(name=name, data=data, limits=self.limits)
        if not isinstance(records, list):
            raise InputError(feed, "not a feed (it is a media file)")
        fmt = sniff(name, data)
        with kept_document(self.store, actor=self.actor, data=data, name=feed, fmt=fmt,
                           media_type=f"application/{fmt}+xml") as (session, sha256):
            seen = known_urls(session, (r.url for r in records))
            seen_texts = known_texts(session, (normalised_text_sha256(r.text) for r in records if not r.url))
            fresh = _new_records(records, seen, seen_texts)
            return [s.id for s in add_sources(session, sha256=sha256, records=fresh) if s.id is not None]

    def _poll_folders(self, cycle: Cycle) -> None:
        seen: dict[str, str] = self.state.setdefault("files", {})
        fresh = []
        for path in iter_files(self.folders):
            stat = path.stat()
            mark = f"{stat.st_size}:{stat.st_mtime_ns}"
            if seen.get(str(path)) != mark:
                fresh.append((path, mark))
        if not fresh:
            return
        summary = Ingester(self.store, actor=self.actor, workers=1).ingest_paths([p for p, _ in fresh])
        for (path, mark), outcome in zip(fresh, summary.outcomes, strict=True):
            seen[str(path)] = mark  # a failed file is not retried until it changes
            if outcome.status == "failed":
                cycle.problems.append(f"{path}: {outcome.problem}")
            elif outcome.status == "new":
                cycle.files_new += 1
                cycle.source_ids.extend(outcome.source_ids)

    def _pipeline(self, cycle: Cycle) -> None:
        from tasdiq.workflow import extract_and_link

        with self.store.session(actor=self.actor) as session:
            result = extract_and_link(session=session, source_ids=cycle.source_ids,
                                      second_reviewer=self.second_reviewer)
        cycle.mentions = result.mentions
        cycle.incident_ids = result.incident_ids

    def _install_signals(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return  # signals reach the main thread only; a watcher in a thread is stopped by its owner
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: self.stopping.set())

    def _write_status(self, state: str) -> None:
        self.state |= {"state": state, "pid": os.getpid(), "updated": dt.datetime.now(dt.UTC).isoformat(),
                       "feeds_watched": self.feeds, "folders_watched": [str(f) for f in self.folders]}
        self.status_file.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.status_file.with_suffix(".tmp")
        temporary.write_text(json.dumps(self.state, indent=1, default=str), encoding="utf-8")
        temporary.replace(self.status_file)  # readers never see half a file


def _new_records(records: list[SourceRecord], seen: set[str], seen_texts: set[str]) -> list[SourceRecord]:
    """Items whose link no source has; an item without a link is new when its text is."""
    fresh, urls, texts = [], set(seen), set(seen_texts)
    for record in records:
        key, known = (record.url, urls) if record.url else (normalised_text_sha256(record.text), texts)
        if key in known:
            continue
        known.add(key)
        fresh.append(record)
    return fresh


def _fetch(feed: str, validators: dict[str, str], *, max_bytes: int) -> bytes | None:
    """The feed's bytes, or None when unchanged since the last poll."""
    if not feed.startswith(("http://", "https://")):
        return _read_file(Path(feed), validators)
    request = urllib.request.Request(feed, headers={"User-Agent": USER_AGENT})
    if validators.get("etag"):
        request.add_header("If-None-Match", validators["etag"])
    if validators.get("last_modified"):
        request.add_header("If-Modified-Since", validators["last_modified"])
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
            data: bytes = response.read(max_bytes + 1)
            headers = response.headers
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return None
        raise InputError(feed, f"HTTP {exc.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise InputError(feed, f"unreachable ({getattr(exc, 'reason', exc)})") from None
    if len(data) > max_bytes:
        raise InputError(feed, f"larger than {max_bytes // 1024**2} MB")
    validators.clear()
    validators.update({k: v for k, v in (("etag", headers.get("ETag")),
                                         ("last_modified", headers.get("Last-Modified"))) if v})
    return data


def _read_file(path: Path, validators: dict[str, str]) -> bytes | None:
    try:
        stat = path.stat()
    except OSError:
        raise InputError(str(path), "no such file") from None
    mark = f"{stat.st_size}:{stat.st_mtime_ns}"
    if validators.get("file") == mark:
        return None
    validators["file"] = mark
    return path.read_bytes()


def _load(path: Path) -> dict[str, Any]:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}
