"""Publication and capture dates: ISO 8601 or RFC 2822, always to tz-aware UTC.

A date is never guessed from free text here ("yesterday", "3/4/23"): a wrong publication
date silently moves every relative date the extractor resolves against it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

# How much of a partial ISO date was given, and the precision that implies.
_PARTIAL = (
    (re.compile(r"\d{4}"), "%Y", "year"),
    (re.compile(r"\d{4}-\d{2}"), "%Y-%m", "month"),
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "%Y-%m-%d", "day"),
)


def parse_date(value: str) -> tuple[datetime, str | None]:
    """(UTC datetime, precision); precision None means an exact time was given.

    A time without a zone is taken as UTC. Raises ValueError on anything else.
    """
    value = value.strip()
    for pattern, fmt, precision in _PARTIAL:
        if pattern.fullmatch(value):
            return datetime.strptime(value, fmt).replace(tzinfo=UTC), precision
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        parsed = _rfc2822(value)
    return _as_utc(parsed), None


def _rfc2822(value: str) -> datetime:
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"{value!r} is not an ISO 8601 or RFC 2822 date") from None


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
