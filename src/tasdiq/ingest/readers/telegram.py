"""Telegram Desktop chat exports ("Export chat history", JSON): `result.json` and its media.

The format, as Telegram Desktop writes it: a top-level object with the chat's `name`,
`type` (public_channel, private_channel, public_supergroup...) and `id`, and `messages[]`.
A message has `id`, `type` ("message", or "service" for joins and pins), `date` (local
time, no zone) and `date_unixtime` (the instant, as a string), `from`/`from_id`, optional
`edited`/`edited_unixtime`, `forwarded_from`, `reply_to_message_id`, `views` in some
versions, and `text` either as a string or as a list of plain strings and entity objects
(`{"type": "bold", "text": ...}`, links with `href`). Media are paths relative to the
export folder: `photo`, or `file` with `media_type` and `mime_type`. When media were not
downloaded, the path is the sentence "(File not included. Change data exporting settings
to download.)".
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tasdiq.errors import InputError

from .decoding import decode, normalise
from .records import Limits, SourceRecord

NOT_INCLUDED = "(File not included"
CHAT_TYPES = frozenset({"public_channel", "private_channel", "public_supergroup", "private_supergroup",
                        "private_group", "personal_chat", "bot_chat", "saved_messages"})


@dataclass(frozen=True, kw_only=True)
class TelegramMessage:
    id: int
    date: datetime
    text: str
    author: str | None = None
    edited: datetime | None = None
    forwarded_from: str | None = None
    reply_to: int | None = None
    views: int | None = None
    media: list[str] = field(default_factory=list)
    media_not_included: int = 0


@dataclass(frozen=True, kw_only=True)
class TelegramExport:
    name: str
    chat_type: str
    chat_id: int
    messages: list[TelegramMessage]
    skipped_service: int = 0

    def locator(self, message: TelegramMessage) -> str:
        """Stable across exports: the chat and the message id (an edit adds its time)."""
        base = f"telegram {self.chat_id}/{message.id}"
        return f"{base} edited {int(message.edited.timestamp())}" if message.edited else base

    def record(self, message: TelegramMessage) -> SourceRecord:
        extra = {"telegram_chat": self.name, "telegram_chat_id": str(self.chat_id),
                 "telegram_message_id": str(message.id)}
        for key, value in (("forwarded_from", message.forwarded_from), ("reply_to_message_id", message.reply_to),
                           ("views", message.views), ("edited", message.edited and message.edited.isoformat())):
            if value is not None:
                extra[key] = str(value)
        return SourceRecord(text=message.text, kind="social_post", title=None, author=message.author,
                            publisher=self.name, published=message.date, locator=self.locator(message),
                            url=_url(self, message), extra=extra)


def is_telegram_export(document: object) -> bool:
    return (isinstance(document, dict) and isinstance(document.get("messages"), list)
            and document.get("type") in CHAT_TYPES)


def read_telegram(name: str, data: bytes, limits: Limits) -> list[SourceRecord]:
    export = parse_export(name, data)
    return [export.record(m) for m in export.messages]


def parse_export(name: str, data: bytes) -> TelegramExport:
    text = decode(name, data)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        where = "ends early (truncated?)" if exc.pos >= len(text.rstrip()) - 1 else f"line {exc.lineno}"
        raise InputError(name, f"not valid JSON: {exc.msg} ({where})") from None
    if not is_telegram_export(document):
        raise InputError(name, "not a Telegram Desktop chat export (no chat type and messages[])")
    messages, service = [], 0
    for number, raw in enumerate(document["messages"], start=1):
        if not isinstance(raw, dict):
            raise InputError(name, f"message {number}: expected an object")
        if raw.get("type") != "message":
            service += 1
            continue
        messages.append(_message(name, raw))
    return TelegramExport(name=str(document.get("name") or "unnamed chat"), chat_type=str(document["type"]),
                          chat_id=_int(name, document.get("id"), "chat id"), messages=messages,
                          skipped_service=service)


def _message(name: str, raw: dict[str, Any]) -> TelegramMessage:
    message_id = _int(name, raw.get("id"), "message id")
    where = f"message {message_id}"
    media = [str(raw[key]) for key in ("photo", "file") if isinstance(raw.get(key), str)]
    return TelegramMessage(
        id=message_id,
        date=_instant(name, raw, "date", where=where) or datetime.fromtimestamp(0, UTC),
        text=normalise(_text(name, raw.get("text", ""), where=where)),
        author=_str(raw.get("from")),
        edited=_instant(name, raw, "edited", where=where),
        forwarded_from=_str(raw.get("forwarded_from")),
        reply_to=raw.get("reply_to_message_id") if isinstance(raw.get("reply_to_message_id"), int) else None,
        views=raw.get("views") if isinstance(raw.get("views"), int) else None,
        media=[m for m in media if not m.startswith(NOT_INCLUDED)],
        media_not_included=sum(1 for m in media if m.startswith(NOT_INCLUDED)),
    )


def _text(name: str, value: object, *, where: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict) else ""
                       for part in value)
    raise InputError(name, f"{where}: text is neither a string nor a list of parts")


def _instant(name: str, raw: dict[str, Any], key: str, *, where: str) -> datetime | None:
    """`<key>_unixtime` is the instant; `<key>` alone is local time of the exporting machine."""
    unix = raw.get(f"{key}_unixtime")
    if unix is not None:
        try:
            return datetime.fromtimestamp(int(unix), UTC)
        except (TypeError, ValueError, OverflowError):
            raise InputError(name, f"{where}: {key}_unixtime is not a time: {unix!r}") from None
    local = raw.get(key)
    if local is None:
        return None
    try:
        return datetime.fromisoformat(str(local)).replace(tzinfo=UTC)
    except ValueError:
        raise InputError(name, f"{where}: {key} is not a date: {local!r}") from None


def _int(name: str, value: object, what: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise InputError(name, f"{what} missing or not a number: {value!r}")


def _str(value: object) -> str | None:
    return normalise(value) or None if isinstance(value, str) else None


def _url(export: TelegramExport, message: TelegramMessage) -> str | None:
    # Public channels have t.me links by username, which the export does not give; the
    # private-link form with the numeric id works for members of any channel.
    if export.chat_type.endswith("channel") or export.chat_type.endswith("supergroup"):
        return f"https://t.me/c/{export.chat_id}/{message.id}"
    return None
