"""Reads about one incident shared by the claims, verify and exchange stages.

Claims reach an incident two ways: directly (`Claim.incident_id`, set when the linker or an
analyst attaches them) or through the mention they were extracted from, once that mention
is linked to the incident. Both count; a rejected link does not.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, defer

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


# Enough ids per IN (...) to keep statements few, few enough for every backend's parameter cap.
IN_CHUNK = 500


@dataclass(frozen=True)
class IncidentReads:
    """What the flag rules and the status rules read about one incident, loaded in bulk."""

    mentions: list[tuple[Mention, Source]]
    claims: list[Claim]
    claim_sources: dict[int, Source]


def in_chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), IN_CHUNK):
        yield ids[start : start + IN_CHUNK]


def _links_of(session: Session, incident_ids: Sequence[int]) -> dict[int, list[int]]:
    links: dict[int, list[int]] = {i: [] for i in incident_ids}
    im = table_of(IncidentMention).c
    for chunk in in_chunks(incident_ids):
        query = select(im.incident_id, im.mention_id).where(
            im.incident_id.in_(chunk), im.state != LinkState.REJECTED.value
        )
        for incident_id, mention_id in session.execute(query):
            links[int(incident_id)].append(int(mention_id))
    return links


def incidents_by_id(session: Session, incident_ids: Iterable[int]) -> dict[int, Incident]:
    """The incidents among these ids that exist (a link run may have merged some away)."""
    found: dict[int, Incident] = {}
    for chunk in in_chunks(sorted(set(incident_ids))):
        found.update({i.id or 0: i for i in session.scalars(select(Incident).where(col(Incident, "id").in_(chunk)))})
    return found


# Columns the flag and status rules never read. Decoding their JSON (and carrying report
# texts) was most of the cost of reading a thousand incidents; they load on access if needed.
_UNREAD = (
    (Mention, ("spans", "components", "victims_named", "targets")),
    (Source, ("text", "extra")),
)


def _mentions_with_sources(session: Session, mention_ids: Sequence[int]) -> dict[int, tuple[Mention, Source]]:
    found: dict[int, tuple[Mention, Source]] = {}
    deferred = [defer(getattr(entity, name)) for entity, names in _UNREAD for name in names]
    for chunk in in_chunks(mention_ids):
        query = select(Mention, Source).join(Source, col(Source, "id") == col(Mention, "source_id")).options(*deferred)
        found.update({m.id or 0: (m, s) for m, s in session.execute(query.where(col(Mention, "id").in_(chunk)))})
    return found


def _claims_of(session: Session, incident_ids: Sequence[int], mention_ids: Sequence[int]) -> dict[int, Claim]:
    found: dict[int, Claim] = {}
    for column, ids in (("incident_id", incident_ids), ("mention_id", mention_ids)):
        for chunk in in_chunks(ids):
            found.update({c.id or 0: c for c in session.scalars(select(Claim).where(col(Claim, column).in_(chunk)))})
    return found


def incident_reads(session: Session, incident_ids: Iterable[int]) -> dict[int, IncidentReads]:
    """`linked_mentions`, `incident_claims` and `claim_sources` for many incidents at once.

    The same rows as the one-incident functions give, in the same order, from a few
    statements per 500 incidents instead of several per incident: after a link run of a
    thousand incidents the one-at-a-time reads cost more than the linking itself (issue 15).
    """
    ids = sorted(set(incident_ids))
    links = _links_of(session, ids)
    linked = _mentions_with_sources(session, sorted({m for ms in links.values() for m in ms}))
    claims = _claims_of(session, ids, sorted(linked))
    sources = _sources_of_claims(session, claims.values(), linked)
    by_key: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims.values():
        for key in (("incident", claim.incident_id), ("mention", claim.mention_id)):
            if key[1] is not None:
                by_key.setdefault((key[0], key[1]), []).append(claim)
    reads: dict[int, IncidentReads] = {}
    for incident_id, mention_ids in links.items():
        members = set(mention_ids)
        rows = sorted((linked[m] for m in members if m in linked), key=lambda ms: (ms[1].id or 0, ms[0].ordinal))
        keys = [("incident", incident_id), *(("mention", m) for m in members)]
        own = sorted({c.id or 0: c for k in keys for c in by_key.get(k, [])}.values(), key=lambda c: c.id or 0)
        reads[incident_id] = IncidentReads(rows, own, {c.id or 0: sources[c.id or 0] for c in own if c.id in sources})
    return reads


def _sources_of_claims(
    session: Session, claims: Iterable[Claim], linked: dict[int, tuple[Mention, Source]]
) -> dict[int, Source]:
    """Each claim's source, as `claim_sources` finds it, reusing the mentions already loaded."""
    claims = list(claims)
    missing = sorted(
        {c.mention_id for c in claims if c.source_id is None and c.mention_id and c.mention_id not in linked}
    )
    via_mention = {m: s.id or 0 for m, (_, s) in linked.items()}
    for chunk in in_chunks(missing):
        query = select(col(Mention, "id"), col(Mention, "source_id")).where(col(Mention, "id").in_(chunk))
        rows = session.execute(query)
        via_mention.update({int(m): int(s) for m, s in rows})
    wanted = {c.id or 0: c.source_id or via_mention.get(c.mention_id or -1) for c in claims}
    known = {s.id or 0: s for _, s in linked.values()}
    found = known | sources_by_id(session, [s for s in wanted.values() if s not in known])
    return {cid: found[sid] for cid, sid in wanted.items() if sid is not None and sid in found}
