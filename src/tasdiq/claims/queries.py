"""Reads about one incident shared by the claims, verify and exchange stages.

Claims reach an incident two ways: directly (`Claim.incident_id`, set when the linker or an
analyst attaches them) or through the mention they were extracted from, once that mention
is linked to the incident. Both count; a rejected link does not.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from tasdiq.errors import NotFound
from tasdiq.model.entities import Claim, Entity, Incident, IncidentMention, Mention, Source
from tasdiq.model.enums import LinkState
from tasdiq.store.read import incident_mentions
from tasdiq.store.schema import table_of


def col(entity: type[Entity], name: str) -> ColumnElement[Any]:
    """A typed column of an entity's table, for `where` and `order_by`."""
    return table_of(entity).c[name]


def get_incident(session: Session, incident_id: int) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound("incident", incident_id)
    return incident


def linked_mention_ids(session: Session, incident_id: int) -> list[int]:
    query = (
        select(col(IncidentMention, "mention_id"))
        .where(col(IncidentMention, "incident_id") == incident_id)
        .where(col(IncidentMention, "state") != LinkState.REJECTED.value)
    )
    return [int(m) for m in session.scalars(query)]


def linked_mentions(session: Session, incident_id: int) -> list[tuple[Mention, Source]]:
    """The incident's mentions (not rejected links) with their sources, in source order."""
    return [(r.mention, r.source) for r in incident_mentions(session, incident_id)]


def incident_claims(session: Session, incident_id: int) -> list[Claim]:
    mention_ids = linked_mention_ids(session, incident_id)
    condition = col(Claim, "incident_id") == incident_id
    if mention_ids:
        condition = or_(condition, col(Claim, "mention_id").in_(mention_ids))
    return list(session.scalars(select(Claim).where(condition).order_by(col(Claim, "id"))))


def sources_by_id(session: Session, ids: Iterable[int | None]) -> dict[int, Source]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return {s.id or 0: s for s in session.scalars(select(Source).where(col(Source, "id").in_(wanted)))}


def claim_sources(session: Session, claims: Iterable[Claim]) -> dict[int, Source]:
    """Each claim's source: its own `source_id`, else the source of its mention."""
    claims = list(claims)
    mention_ids = [c.mention_id for c in claims if c.source_id is None and c.mention_id is not None]
    via_mention: dict[int, int] = {}
    if mention_ids:
        rows = session.execute(
            select(col(Mention, "id"), col(Mention, "source_id")).where(col(Mention, "id").in_(mention_ids))
        )
        via_mention = {int(m): int(s) for m, s in rows}
    wanted = {c.id or 0: c.source_id or via_mention.get(c.mention_id or -1) for c in claims}
    found = sources_by_id(session, wanted.values())
    return {cid: found[sid] for cid, sid in wanted.items() if sid is not None and sid in found}


def personal_fields(entity: type[Entity]) -> frozenset[str]:
    """Fields the model marks `personal=True`: withheld unless a role allows them."""
    return frozenset(f.name for f in dataclasses.fields(entity) if f.metadata.get("personal"))
