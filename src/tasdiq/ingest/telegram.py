"""Telegram channel exports into the store: one Source per message, media as linked Evidence.

A later export of the same chat repeats everything the earlier one had. Messages are
known by (chat id, message id), carried in the source's locator: a message seen before
adds nothing, unless it was edited since (a later `edited` time or a different text),
in which case the new text is a new Source superseding the last version. Every media file
the export names is checked before anything is written, so an export with a missing file
is refused whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.errors import InputError
from tasdiq.ingest.incremental import add_sources, kept_document
from tasdiq.ingest.pipeline import Ingester, normalised_text_sha256
from tasdiq.ingest.readers import DEFAULT_LIMITS, Limits, check_size, sniff
from tasdiq.ingest.readers.telegram import TelegramExport, TelegramMessage, parse_export
from tasdiq.model import Evidence, Source
from tasdiq.store import Store
from tasdiq.store.schema import cols

RESULT = "result.json"
_LOCATOR = re.compile(r"^telegram (-?\d+)/(\d+)(?: edited (\d+))?$")


@dataclass
class TelegramImport:
    path: str
    chat: str = ""
    messages: int = 0
    new: int = 0
    edited: int = 0
    unchanged: int = 0
    source_ids: list[int] = field(default_factory=list)
    evidence_ids: list[int] = field(default_factory=list)
    media_not_included: int = 0
    media_problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"telegram: {self.path}: {self.chat}: {self.messages} message(s): {self.new} new, "
                f"{self.edited} edited (new versions), {self.unchanged} already had; "
                f"{len(self.evidence_ids)} media as evidence"
                + (f"; {self.media_not_included} media not in the export" if self.media_not_included else ""))


@dataclass(frozen=True)
class _Known:
    source_id: int
    edited: int
    text_sha256: str


def export_file(path: Path) -> Path | None:
    """The result.json of a Telegram export folder (or the file itself); None if not one."""
    candidate = path / RESULT if path.is_dir() else path
    if not candidate.is_file() or candidate.suffix.lower() != ".json":
        return None
    with candidate.open("rb") as fh:
        head = fh.read(4096)
    return candidate if sniff(candidate.name, head) == "telegram" else None


def import_export(store: Store, *, path: Path, actor: str, limits: Limits = DEFAULT_LIMITS) -> TelegramImport:
    result_json = export_file(path)
    if result_json is None:
        raise InputError(str(path), "not a Telegram Desktop export (no result.json with messages)")
    name = str(result_json)
    check_size(name, result_json.stat().st_size, "telegram", limits=limits)
    data = result_json.read_bytes()
    export = parse_export(name, data)
    media = _media_files(export, result_json.parent, limits=limits)
    summary = TelegramImport(path=name, chat=export.name, messages=len(export.messages),
                             media_not_included=sum(m.media_not_included for m in export.messages))
    with kept_document(store, actor=actor, data=data, name=name, fmt="telegram",
                       media_type="application/json") as (session, sha256):
        fresh, supersedes = _changes(session, export, summary)
        rows = add_sources(session, sha256=sha256, records=[export.record(m) for m in fresh], supersedes=supersedes)
        written = [(m, row.id) for m, row in zip(fresh, rows, strict=True) if row.id is not None]
    summary.source_ids = [source_id for _, source_id in written]
    # An edited message's media were kept with its first version; only new messages bring media.
    firsts = [pair for position, pair in enumerate(written) if position not in supersedes]
    _keep_media(store, actor=actor, written=firsts, media=media, summary=summary)
    return summary


def _media_files(export: TelegramExport, folder: Path, *, limits: Limits) -> dict[tuple[int, str], Path]:
    """Every media file the export names, checked present and inside the export folder."""
    root = folder.resolve()
    found: dict[tuple[int, str], Path] = {}
    for message in export.messages:
        for relative in message.media:
            path = (folder / relative).resolve()
            where = f"{export.name}: message {message.id}"
            if not path.is_relative_to(root):
                raise InputError(str(folder / RESULT), f"{where}: media path {relative!r} leaves the export folder")
            if not path.is_file():
                raise InputError(str(folder / RESULT), f"{where}: media file {relative} is missing")
            check_size(str(path), path.stat().st_size, "image", limits=limits)
            found[(message.id, relative)] = path
    return found


def _changes(session: Session, export: TelegramExport, summary: TelegramImport
             ) -> tuple[list[TelegramMessage], dict[int, int]]:
    """The messages to write, and for edited ones the source each supersedes (by position)."""
    known = _known_versions(session, export.chat_id)
    fresh: list[TelegramMessage] = []
    supersedes: dict[int, int] = {}
    for message in export.messages:
        before = known.get(message.id)
        edited = int(message.edited.timestamp()) if message.edited else 0
        if before is None:
            summary.new += 1
        elif edited > before.edited or (edited == before.edited
                                        and normalised_text_sha256(message.text) != before.text_sha256):
            supersedes[len(fresh)] = before.source_id
            summary.edited += 1
        else:
            summary.unchanged += 1
            continue
        fresh.append(message)
    return fresh, supersedes


def _known_versions(session: Session, chat_id: int) -> dict[int, _Known]:
    """The latest stored version of each message of this chat."""
    c = cols(Source)
    rows = session.execute(select(c.id, c.locator, c.text_sha256).where(c.locator.like(f"telegram {chat_id}/%")))
    latest: dict[int, _Known] = {}
    for source_id, locator, text_sha in rows:
        match = _LOCATOR.match(locator)
        if match is None:
            continue
        message_id, edited = int(match.group(2)), int(match.group(3) or 0)
        current = latest.get(message_id)
        if current is None or (edited, source_id) > (current.edited, current.source_id):
            latest[message_id] = _Known(int(source_id), edited, str(text_sha))
    return latest


def _keep_media(store: Store, *, actor: str, written: list[tuple[TelegramMessage, int]],
                media: dict[tuple[int, str], Path], summary: TelegramImport) -> None:
    ingester = Ingester(store, actor=actor, workers=1)
    for message, source_id in written:
        for relative in message.media:
            outcome = ingester.ingest_file(media[(message.id, relative)], display=f"{summary.chat}/{relative}")
            if outcome.status == "failed" or outcome.sha256 is None:
                summary.media_problems.append(f"{relative}: {outcome.problem}")
                continue
            with store.session(actor=actor) as session:
                evidence = session.scalars(select(Evidence).where(cols(Evidence).sha256 == outcome.sha256)).first()
                if evidence is not None and evidence.id is not None:
                    if evidence.source_id is None:  # the first message that posted it keeps the link
                        evidence.source_id = source_id
                    summary.evidence_ids.append(evidence.id)

