"""What the linker knows about one mention: plain values loaded in bulk, never ORM objects.

Linking 100,000 mentions must not touch the ORM per row, so the store's rows are read as
tuples into `Features` (slots, dates as day ordinals) and everything after that runs in
memory. An incident left without mentions (its source was re-extracted) is represented by
a `Features` built from its own figures, so new mentions can still find it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from tasdiq.link import minhash as mh
from tasdiq.link.config import scoring
from tasdiq.link.names import names

Triple = tuple[int | None, int | None, int | None]
WORD = re.compile(r"\w+", re.UNICODE)
# Dates extraction gives when the text names none: the dateline's or the publication's own day.
FALLBACK_DATES = frozenset({"none", "dateline", "published", "anchor"})
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
# A link loads every member of the incidents near its new mentions, and a batch worker links
# again and again as partitions commit: the same members come back run after run, and their
# proper names and MinHash (most of a reload's cost) depend on their text alone. So each is
# worked out once per process and remembered by a 16-byte digest of its text, not the text
# itself (up to 3,000 characters), for this many texts at most: about 870 bytes a text (220 MiB
# when full), more texts than the 200,000 reports of bench/batch_bench.py's largest run.
TEXTS_REMEMBERED = 262_144


@dataclass(slots=True, eq=False)
class Features:
    mention_id: int | None
    source_id: int | None
    ordinal: int
    publisher: str | None
    source_kind: str
    text_sha256: str
    published: dt.datetime | None
    supersedes_id: int | None
    date: dt.date | None
    precision: str
    country: str | None
    admin1: str | None
    admin2: str | None
    place_name: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    attack_type: str
    suicide: bool
    killed: Triple
    injured: Triple
    perpetrator: str | None
    certainty: str
    targets: frozenset[str]
    victims: frozenset[str]
    text: str = ""
    # How extraction found the date ("weekday:on", "absolute", "dateline" when it fell back to the
    # report's own dateline); None when not known (an incident's own figures, generated data).
    date_how: str | None = None
    # Date as an interval of day ordinals [lo, hi]; None when the date is unknown.
    lo: int | None = None
    hi: int | None = None
    _signature: mh.Signature | None = field(default=None, repr=False)
    _names: frozenset[str] | None = field(default=None, repr=False)
    _digest: bytes | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.lo, self.hi = date_interval(self.date, self.precision)

    @property
    def key(self) -> tuple[int, int] | None:
        """(source_id, ordinal): what survives re-extraction."""
        return None if self.source_id is None else (self.source_id, self.ordinal)

    @property
    def dated(self) -> bool:
        return self.lo is not None

    @property
    def site(self) -> bool:
        """Placed at a spot (a landmark, a village), not at the centre of the town it names."""
        if self.geo_precision != 1 or not self.place_name:
            return False
        name = self.place_name.strip().lower()
        return name not in ((self.admin2 or "").lower(), (self.admin1 or "").lower())

    @property
    def told_same_day(self) -> bool:
        """A report written on the day of the attack: its own words ("on Tuesday", "today", a date)
        put the attack on the day it was published. Its day is firm, not a later outlet's reading
        of a weekday or a date it fell back to when the text gave none."""
        return bool(
            self.precision == "day" and self.date is not None and self.published is not None
            and self.date == self.published.date() and self.date_how and self.date_how not in FALLBACK_DATES
        )

    @property
    def rank(self) -> int:
        return PRECISION_RANK.get(self.precision, 4) if self.dated else 4

    def names(self) -> frozenset[str]:
        """Proper names around the event beyond places and groups (`tasdiq.link.names`), on first use."""
        if self._names is None:
            self._names = _names_of(self.text, self.publisher, self._text_digest())
        return self._names

    def signature(self) -> mh.Signature | None:
        """MinHash of the text around the event, computed on first use and cached."""
        if self._signature is None and self.text:
            self._signature = _minhash_of(self.text, self._text_digest())
        return self._signature

    def _text_digest(self) -> bytes:
        if self._digest is None:
            self._digest = text_digest(self.text)
        return self._digest


def date_interval(date: dt.date | None, precision: str) -> tuple[int | None, int | None]:
    """The days a date with this precision may mean, as ordinals (inclusive)."""
    if date is None or precision == "unknown":
        return None, None
    day = date.toordinal()
    if precision == "week":
        return day - 6, day + 6
    if precision == "month":
        last = calendar.monthrange(date.year, date.month)[1]
        return date.replace(day=1).toordinal(), date.replace(day=last).toordinal()
    if precision == "year":
        return dt.date(date.year, 1, 1).toordinal(), dt.date(date.year, 12, 31).toordinal()
    return day, day


def norm_set(values: Any) -> frozenset[str]:
    if not values:
        return frozenset()
    return frozenset(str(v).strip().lower() for v in values if str(v).strip())


def event_text(text: str, spans: Any) -> str:
    """The source text around this event's spans (the whole text, capped, when none)."""
    cfg = scoring()
    window, cap = int(cfg["text_window_chars"]), int(cfg["text_max_chars"])
    bounds = [int(v) for span in (spans or {}).values() if isinstance(span, list | tuple) for v in span[:2]
              if isinstance(v, int)]
    if not bounds:
        return text[:cap]
    start, end = max(0, min(bounds) - window), max(bounds) + window
    return text[start : min(end, start + cap)]


def minhash(text: str) -> mh.Signature | None:
    words = WORD.findall(text.lower())
    cfg = scoring()
    k = int(cfg["shingle_words"])
    if len(words) < k:
        return None
    shingles = {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}
    return mh.signature(list(shingles), num_perm=int(cfg["minhash_perms"]), seed=1)


K = TypeVar("K")
V = TypeVar("V")


class _Missing(enum.Enum):
    MISSING = enum.auto()


MISSING = _Missing.MISSING


class Remembered(Generic[K, V]):
    """The values of the `size` keys used most recently; the least recently used goes first.
    Safe across threads, as `functools.lru_cache` was (the web app links in its worker threads)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._values: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._values)

    def get(self, key: K) -> V | _Missing:
        """The value remembered for `key` (now the most recently used), else `MISSING`."""
        with self._lock:
            value = self._values.get(key, MISSING)
            if value is not MISSING:
                self._values.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> V:
        with self._lock:
            self._values[key] = value
            if len(self._values) > self.size:
                self._values.popitem(last=False)
        return value


def text_digest(text: str) -> bytes:
    """What a text is remembered by: 16 bytes of BLAKE2b (two texts share one with odds of 2**-128)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


_NAMES: Remembered[tuple[bytes, str | None], frozenset[str]] = Remembered(TEXTS_REMEMBERED)
_SIGNATURES: Remembered[bytes, mh.Signature | None] = Remembered(TEXTS_REMEMBERED)


def _names_of(text: str, publisher: str | None, digest: bytes | None = None) -> frozenset[str]:
    key = (digest or text_digest(text), publisher)
    found = _NAMES.get(key)
    return _NAMES.put(key, names(text, publisher)) if found is MISSING else found


def _minhash_of(text: str, digest: bytes | None = None) -> mh.Signature | None:
    key = digest or text_digest(text)
    found = _SIGNATURES.get(key)
    if found is not MISSING:
        return found
    signature = minhash(text)
    if signature is not None:
        signature.flags.writeable = False  # shared by every mention with this text
    return _SIGNATURES.put(key, signature)


def text_jaccard(a: Features, b: Features) -> float | None:
    sa, sb = a.signature(), b.signature()
    if sa is None or sb is None:
        return None
    return mh.similarity(sa, sb)
