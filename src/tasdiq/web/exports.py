"""Exports from the web and the API: the filters choose the incidents, `tasdiq.exchange`
writes them. One implementation of every format (CSV with ACLED columns, GeoJSON, JSON
Lines, STIX, the UCDP and GTD column sets) for the CLI and the web alike; personal fields
go out only to analysts and up, as on the pages.
"""

from __future__ import annotations

import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.exchange import ucdp_gtd
from tasdiq.model.enums import Role
from tasdiq.web.filters import IncidentFilter
from tasdiq.web.queries import INC, incident_conditions

FORMATS = ucdp_gtd.FORMATS
# SQLite binds at most 32,766 parameters per statement and the exchange selects by id list;
# an export this large also takes minutes (several queries per incident): the CLI is for more.
MAX_INCIDENTS = 20_000
MEDIA_TYPES = {"csv": "text/csv", "csv-ucdp": "text/csv", "csv-gtd": "text/csv", "geojson": "application/geo+json",
               "jsonl": "application/jsonl", "stix": "application/stix+json"}
SUFFIXES = {"csv-ucdp": "ucdp.csv", "csv-gtd": "gtd.csv", "stix": "stix.json"}


def chosen_ids(session: Session, f: IncidentFilter, *, limit: int) -> list[int]:
    """Ids of the incidents matching the filters, in id order (the exchange's order), at most `limit`."""
    query = select(INC.c.id).where(*incident_conditions(f)).order_by(INC.c.id).limit(limit)
    return [int(i) for i in session.scalars(query)]


def export_text(*, session: Session, f: IncidentFilter, fmt: str, role: Role, limit: int) -> str:
    out = io.StringIO()
    ucdp_gtd.export(session=session, fmt=fmt, out=out, include_personal=role.allows(Role.ANALYST),
                    incident_ids=chosen_ids(session, f, limit=min(limit, MAX_INCIDENTS)))
    return out.getvalue()


def filename(fmt: str) -> str:
    return f"tasdiq-incidents.{SUFFIXES.get(fmt, fmt)}"
