"""Exchange: incidents out as CSV (ACLED column names), GeoJSON, JSON Lines and STIX 2.1.

`export(session=, fmt=, out=, include_personal=False)` writes one format to a text stream and
returns the number of incidents written. The web app passes `include_personal` from the
user's role; the CLI from `--include-personal`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TextIO

from sqlalchemy.orm import Session

from tasdiq.errors import InputError
from tasdiq.exchange.columns import COLUMNS, columns
from tasdiq.exchange.formats import write_csv, write_geojson, write_jsonl
from tasdiq.exchange.records import IncidentRecord, records
from tasdiq.exchange.stix import write_stix

Writer = Callable[..., int]
WRITERS: dict[str, Writer] = {
    "csv": write_csv,
    "geojson": write_geojson,
    "jsonl": write_jsonl,
    "stix": write_stix,
}
FORMATS = tuple(WRITERS)


def writer(fmt: str) -> Writer:
    try:
        return WRITERS[fmt]
    except KeyError:
        raise InputError("format", f"{fmt!r} is not one of {', '.join(FORMATS)}") from None


def export(
    *,
    session: Session,
    fmt: str,
    out: TextIO,
    include_personal: bool = False,
    incident_ids: Sequence[int] | None = None,
) -> int:
    """Write the chosen incidents (all by default) in one format; returns how many."""
    write = writer(fmt)
    chosen: Iterable[IncidentRecord] = records(session, incident_ids=incident_ids)
    return write(chosen, out, include_personal=include_personal)


__all__ = ["COLUMNS", "FORMATS", "columns", "export", "records"]
