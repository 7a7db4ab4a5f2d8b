"""A small newsroom for linking tests: sources and mentions written straight into the store.

The texts are the team's own short reports. `Reports.add` makes one Source with one
Mention (ordinal 0 unless told), the way `tasdiq extract` would have stored them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from typing import Any

from sqlalchemy import func, select

from tasdiq.model import Claim, Incident, IncidentMention, Mention, Source
from tasdiq.store import Store

PLACES: dict[str, dict[str, Any]] = {
    "Kabul": {"country": "AF", "admin1": "AF-KAB", "admin2": "Kabul", "lat": 34.5553, "lon": 69.2075},
    "Jalalabad": {"country": "AF", "admin1": "AF-NAN", "admin2": "Jalalabad", "lat": 34.4265, "lon": 70.4515},
    "Peshawar": {"country": "PK", "admin1": "PK-KP", "admin2": "Peshawar", "lat": 34.0151, "lon": 71.5249},
    "Quetta": {"country": "PK", "admin1": "PK-BA", "admin2": "Quetta", "lat": 30.1798, "lon": 66.9750},
}
_serial = itertools.count()


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Reports:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, *, publisher: str, text: str, place: str | None = "Kabul", day: str | None = "2023-03-14",
            precision: str = "day", published: str | None = None, kind: str = "news", ordinal: int = 0,
            source_id: int | None = None, claims: list[dict[str, Any]] = (), **fields: Any) -> int:  # type: ignore[assignment]
        """One report (or, with source_id, one more event of an existing report); returns the mention id."""
        with self.store.session(actor="test") as s:
            if source_id is None:
                stamp = dt.datetime.fromisoformat(published or day or "2023-03-14").replace(tzinfo=dt.UTC)
                source = Source(sha256=sha(f"{publisher}{text}{next(_serial)}"), kind=kind, publisher=publisher,
                                published=stamp, text=text, text_sha256=sha(text))
                s.add(source)
                s.flush()
                source_id = source.id
            assert source_id is not None
            values = self.mention_fields(place, day, precision, fields)
            mention = Mention(source_id=source_id, ordinal=ordinal, **values)
            s.add(mention)
            s.flush()
            for c in claims:
                s.add(Claim(mention_id=mention.id, source_id=source_id, **c))
            assert mention.id is not None
            return mention.id

    @staticmethod
    def mention_fields(place: str | None, day: str | None, precision: str, fields: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {"attack_type": "bombing", "date_precision": precision if day else "unknown",
                                  "date": dt.date.fromisoformat(day) if day else None}
        if place:
            values |= PLACES[place] | {"place_name": place, "geo_precision": 2}
        killed = fields.pop("killed", None)
        if isinstance(killed, int):
            fields |= {"killed_low": killed, "killed_best": killed, "killed_high": killed}
        elif isinstance(killed, tuple):
            fields |= dict(zip(("killed_low", "killed_best", "killed_high"), killed, strict=True))
        return values | fields

    def reextract(self, source_id: int, events: list[dict[str, Any]]) -> list[int]:
        """What `tasdiq extract --all` does to a source: its mentions go, new ones with the same ordinals come."""
        with self.store.session(actor="extract") as s:
            old = list(s.scalars(select(Mention).where(Mention.source_id == source_id)))  # type: ignore[arg-type]
            ids = [m.id for m in old]
            for row in s.scalars(select(IncidentMention).where(IncidentMention.mention_id.in_(ids))):  # type: ignore[attr-defined]
                s.delete(row)
            for row in s.scalars(select(Claim).where(Claim.mention_id.in_(ids))):  # type: ignore[union-attr]
                s.delete(row)
            s.flush()
            for m in old:
                s.delete(m)
            s.flush()
        return [self.add(publisher="", text="", source_id=source_id, **e) for e in events]

    def source_of(self, mention_id: int) -> int:
        with self.store.session() as s:
            m = s.get(Mention, mention_id)
            assert m is not None
            return m.source_id

    def incident_of(self, mention_id: int) -> int | None:
        with self.store.session() as s:
            row = s.scalar(select(IncidentMention).where(IncidentMention.mention_id == mention_id))  # type: ignore[arg-type]
            return row.incident_id if row else None

    def state_of(self, mention_id: int) -> str | None:
        with self.store.session() as s:
            row = s.scalar(select(IncidentMention).where(IncidentMention.mention_id == mention_id))  # type: ignore[arg-type]
            return row.state if row else None

    def incident(self, incident_id: int) -> Incident:
        with self.store.session() as s:
            found = s.get(Incident, incident_id)
            assert found is not None
            return found

    def incident_count(self) -> int:
        with self.store.session() as s:
            return int(s.scalar(select(func.count()).select_from(Incident)) or 0)
