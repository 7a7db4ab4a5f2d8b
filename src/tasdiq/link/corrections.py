"""Analysts' corrections of an incident's derived fields, each with its reason.

The machine's value is kept beside the analyst's (`Correction.machine_value`), both are
shown, and the analyst's is used: `tasdiq.link.apply` lays standing corrections over the
figures it derives, so re-linking does not undo them, and when the derived value moves the
correction's `machine_value` follows, so "the machine says" stays true. Every change is an
ORM write, so the audit chain holds both values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.errors import InputError, NotFound
from tasdiq.model import Correction, Incident
from tasdiq.model.enums import AttackType
from tasdiq.store.schema import cols

# The fields an analyst may correct, and the type their text is read as.
CORRECTABLE: dict[str, type] = {
    "title": str, "killed_low": int, "killed_best": int, "killed_high": int,
    "injured_low": int, "injured_best": int, "injured_high": int,
    "date": dt.date, "place_name": str, "admin1": str, "attack_type": str, "perpetrator_summary": str,
}
MIN_REASON = 5
# Dates an incident can have: Tasdiq records attacks of our time, and a year like 471 (a typo,
# or a fuzzer's) breaks every monthly chart that would have to draw fifteen centuries.
EARLIEST = dt.date(1900, 1, 1)
MAX_TEXT = 1000


def parse(field: str, text: str | None) -> Any:
    """The value a correction's text stands for; blank means unknown (None), never zero."""
    kind = CORRECTABLE.get(field)
    if kind is None:
        raise InputError("field", f"{field!r} cannot be corrected; one of {', '.join(CORRECTABLE)}")
    raw = (text or "").strip()
    if not raw:
        return None
    if len(raw) > MAX_TEXT:
        raise InputError("value", f"at most {MAX_TEXT} characters")
    if kind is int:
        if not raw.isdigit() or len(raw) > 7:
            raise InputError("value", f"{field} is a count: a whole number from 0 (blank for unknown)")
        return int(raw)
    if kind is dt.date:
        try:
            day = dt.date.fromisoformat(raw)
        except ValueError:
            raise InputError("value", f"{field} is a date: YYYY-MM-DD") from None
        return check_date("value", day)
    if field == "attack_type" and raw not in set(AttackType):
        raise InputError("value", f"attack_type is one of {', '.join(AttackType)}")
    return raw.upper() if field == "admin1" else raw


def check_date(name: str, value: dt.date) -> dt.date:
    latest = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)
    if not EARLIEST <= value <= latest:
        raise InputError(name, f"a date from {EARLIEST.isoformat()} to today")
    return value


def show(value: Any) -> str | None:
    """A value as the text a correction keeps (dates in ISO form)."""
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def correct(*, session: Session, incident_id: int, field: str, value: str | None, reason: str,
            analyst: str) -> Correction:
    """Record the analyst's value for `field` with the reason, and put it on the incident."""
    parsed = parse(field, value)
    why = reason.strip()
    if len(why) < MIN_REASON:
        raise InputError("reason", "say why (a few words at least): the next analyst will ask")
    if len(why) > MAX_TEXT:
        raise InputError("reason", f"at most {MAX_TEXT} characters")
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound("incident", incident_id)
    earlier = standing(session, [incident_id]).get(incident_id, {}).get(field)
    machine = earlier.machine_value if earlier else show(getattr(incident, field))
    if earlier is not None:
        earlier.withdrawn = True  # the newer correction replaces it; both stay in the chain
    now = dt.datetime.now(dt.UTC)
    correction = Correction(incident_id=incident_id, field=field, machine_value=machine, value=show(parsed),
                            reason=why, analyst=analyst, at=now)
    session.add(correction)
    setattr(incident, field, parsed)
    incident.updated_at = now
    session.flush()
    return correction


def withdraw(*, session: Session, correction_id: int) -> Correction:
    """The analyst's value stops counting; the incident takes the machine's value again."""
    correction = session.get(Correction, correction_id)
    if correction is None or correction.withdrawn:
        raise NotFound("standing correction", correction_id)
    correction.withdrawn = True
    incident = session.get(Incident, correction.incident_id)
    if incident is not None:
        setattr(incident, correction.field, parse(correction.field, correction.machine_value))
        incident.updated_at = dt.datetime.now(dt.UTC)
    session.flush()
    return correction


def standing(session: Session, incident_ids: Iterable[int]) -> dict[int, dict[str, Correction]]:
    """The corrections in force, by incident and field (the newest per field)."""
    ids = list(incident_ids)
    if not ids:
        return {}
    c = cols(Correction)
    rows = session.scalars(select(Correction).where(c.incident_id.in_(ids), c.withdrawn.is_(False)).order_by(c.id))
    found: dict[int, dict[str, Correction]] = {}
    for row in rows:
        found.setdefault(row.incident_id, {})[row.field] = row
    return found


def history(session: Session, incident_id: int) -> list[Correction]:
    c = cols(Correction)
    return list(session.scalars(select(Correction).where(c.incident_id == incident_id).order_by(c.id.desc())))


def overlay(values: dict[str, Any], corrected: dict[str, Correction] | None) -> dict[str, Any]:
    """Derived values with the standing corrections laid over them; each correction's
    machine value follows what the machine now derives."""
    if not corrected:
        return values
    out = dict(values)
    for name, correction in corrected.items():
        machine = show(values.get(name))
        if name in values and correction.machine_value != machine:
            correction.machine_value = machine
        out[name] = parse(name, correction.value)
    for count in ("killed", "injured"):
        _widen(out, count, corrected)
    return out


def _widen(values: dict[str, Any], count: str, corrected: dict[str, Correction]) -> None:
    """Keep low <= best <= high when only the best figure was corrected: the reports' range
    widens to take the analyst's figure in (2 reported, 4 by the analyst: 4, range 2-4)."""
    best = values.get(f"{count}_best")
    if best is None or f"{count}_best" not in corrected:
        return
    low, high = values.get(f"{count}_low"), values.get(f"{count}_high")
    if f"{count}_low" not in corrected and (low is None or low > best):
        values[f"{count}_low"] = best if low is None else min(low, best)
    if f"{count}_high" not in corrected and high is not None and high < best:
        values[f"{count}_high"] = best
