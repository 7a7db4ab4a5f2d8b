"""The media library tied to the store: analyse stored evidence, keep its fingerprints and
derived copies, and match files against everything stored.

Every function takes the session and never commits; the caller owns the transaction (one
per evidence item when analysing many, so one bad file loses nothing of the others).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tasdiq.errors import InputError, NotFound
from tasdiq.media.analyse import analyse_path
from tasdiq.media.hashes import MIN_USEFUL_QUALITY
from tasdiq.media.index import HashIndex
from tasdiq.media.limits import DEFAULT_LIMITS, Limits
from tasdiq.media.matching import Match, centre_index, match_analysis, match_image, match_video
from tasdiq.media.recycled import GRACE, IncidentRef, RecycledFlag, Sighting, recycled_flags
from tasdiq.media.results import FrameHash, MediaAnalysis
from tasdiq.media.video import DEFAULT_FPS
from tasdiq.model import DerivedObject, Evidence, EvidenceLink, Incident, MediaHash
from tasdiq.model.enums import EvidenceKind
from tasdiq.store.objects import ObjectStore
from tasdiq.store.schema import table_of

PDQ, CENTRE = "pdq", "cdhash"
ANALYSABLE = (EvidenceKind.IMAGE.value, EvidenceKind.VIDEO.value)


@dataclass(frozen=True)
class StoredMatch:
    """A match with what the store knows of the matched evidence."""

    match: Match
    evidence_id: int
    name: str
    first_seen: dt.datetime | None
    kind: str


def pending(*, session: Session, redo: bool = False, ids: Sequence[int] = ()) -> list[int]:
    """Ids of image and video evidence not analysed yet (all of them with `redo`)."""
    t = table_of(Evidence)
    query = select(t.c.id).where(t.c.kind.in_(ANALYSABLE)).order_by(t.c.id)
    if ids:
        query = query.where(t.c.id.in_(list(ids)))
    elif not redo:
        query = query.where(t.c.analysed_at.is_(None))
    return [int(i) for i in session.scalars(query)]


def analyse_evidence(
    *, session: Session, objects: ObjectStore, evidence_id: int, limits: Limits = DEFAULT_LIMITS
) -> MediaAnalysis | None:
    """Analyse one stored original and record the result on its Evidence row.

    A file that cannot be analysed keeps its row and original untouched apart from
    `analysis_error` (the one-line reason) and `analysed_at`; None is returned.
    """
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        raise NotFound("evidence", evidence_id)
    now = dt.datetime.now(dt.UTC)
    evidence.analysed_at = now
    try:
        analysis = analyse_path(objects.path(evidence.sha256), name=evidence.name or evidence.sha256, limits=limits)
    except InputError as error:
        evidence.analysis_error = error.problem
        return None
    _replace_derived(session=session, objects=objects, evidence=evidence, analysis=analysis)
    _apply(evidence, analysis)
    return analysis


def _apply(evidence: Evidence, analysis: MediaAnalysis) -> None:
    meta = analysis.metadata
    evidence.kind = analysis.kind
    if evidence.media_type == "application/octet-stream":
        evidence.media_type = analysis.media_type
    evidence.width, evidence.height = meta.width, meta.height
    evidence.duration_s, evidence.codec = meta.duration_s, meta.codec
    evidence.captured_at, evidence.device = meta.captured_at, meta.device
    evidence.gps_lat, evidence.gps_lon = meta.gps_lat, meta.gps_lon
    evidence.pdq, evidence.pdq_quality = analysis.pdq, analysis.pdq_quality
    evidence.analysis_error = None
    evidence.metadata_json = {
        "format": meta.format,
        "frame_rate": meta.frame_rate,
        "tags": meta.tags,
        "crop_hash": analysis.crop_hash,
        # Kept so a stored still can be matched later as a query, flips and rotations included.
        "pdq_dihedral": list(analysis.dihedral),
        "warnings": list(analysis.warnings),
    }


def _replace_derived(*, session: Session, objects: ObjectStore, evidence: Evidence, analysis: MediaAnalysis) -> None:
    """Swap the previous hashes and derived copies for the new ones (re-analysis is idempotent).

    Derived JPEGs are content-addressed: if the transaction rolls back, an unreferenced copy
    may stay in the object store, which costs disk but never correctness.
    """
    assert evidence.id is not None
    for entity in (MediaHash, DerivedObject):
        t = table_of(entity)
        session.execute(delete(t).where(t.c.evidence_id == evidence.id))
    session.add_all(_hash_rows(evidence.id, analysis))
    for item in analysis.derived:
        sha256, _ = objects.put(item.data)
        session.add(
            DerivedObject(evidence_id=evidence.id, role=item.role, sha256=sha256, media_type=item.media_type, t=item.t)
        )


def _hash_rows(evidence_id: int, analysis: MediaAnalysis) -> list[MediaHash]:
    rows = [MediaHash(evidence_id=evidence_id, algorithm=CENTRE, hash_hex=analysis.crop_hash)]
    if analysis.kind == "image":
        return [
            MediaHash(evidence_id=evidence_id, algorithm=PDQ, hash_hex=analysis.pdq, quality=analysis.pdq_quality),
            *rows,
        ]
    step = 1.0 / DEFAULT_FPS
    rows += [
        MediaHash(
            evidence_id=evidence_id, algorithm=PDQ, hash_hex=f.pdq, quality=f.quality, t_start=f.t, t_end=f.t + step
        )
        for f in analysis.frames
    ]
    return rows


@dataclass
class StoreIndex:
    """The store's hashes, loaded once per command: PDQ of stills and frames, centre hashes."""

    pdq: HashIndex
    centre: HashIndex


def load_index(*, session: Session, threshold: int | None = None) -> StoreIndex:
    """Every stored hash in memory (about 40 bytes each: a million frames is ~40 MB).

    Featureless video frames (PDQ quality < 50: fades, black) are left out: they all hash
    alike and would join unrelated videos.
    """
    t = table_of(MediaHash)
    rows = session.execute(select(t.c.evidence_id, t.c.algorithm, t.c.hash_hex, t.c.quality, t.c.t_start)).all()
    index = HashIndex() if threshold is None else HashIndex(threshold=threshold)
    centre = centre_index()
    pdq_rows = [r for r in rows if r.algorithm == PDQ and (r.t_start is None or (r.quality or 0) >= MIN_USEFUL_QUALITY)]
    index.add_many(
        [r.evidence_id for r in pdq_rows], [r.hash_hex for r in pdq_rows], times=[r.t_start for r in pdq_rows]
    )
    centre_rows = [r for r in rows if r.algorithm == CENTRE]
    centre.add_many([r.evidence_id for r in centre_rows], [r.hash_hex for r in centre_rows])
    return StoreIndex(pdq=index, centre=centre)


def match(
    *, session: Session, analysis: MediaAnalysis, threshold: int | None = None, index: StoreIndex | None = None
) -> list[StoredMatch]:
    """Stored evidence that is a near-duplicate of an analysed file, nearest first."""
    index = index or load_index(session=session)
    found = match_analysis(analysis, index.pdq, threshold=threshold, centre_index=index.centre)
    return _with_evidence(session, found)


def match_evidence(
    *, session: Session, evidence_id: int, threshold: int | None = None, index: StoreIndex | None = None
) -> list[StoredMatch]:
    """Other stored evidence matching an analysed stored item, through its stored hashes."""
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        raise NotFound("evidence", evidence_id)
    index = index or load_index(session=session)
    t = table_of(MediaHash)
    rows = session.execute(
        select(t.c.hash_hex, t.c.quality, t.c.t_start).where(t.c.evidence_id == evidence_id, t.c.algorithm == PDQ)
    ).all()
    if any(r.t_start is not None for r in rows):
        frames = [FrameHash(t=r.t_start, pdq=r.hash_hex, quality=r.quality or 0) for r in rows if r.t_start is not None]
        found = match_video(sorted(frames, key=lambda f: f.t), index.pdq, threshold=threshold)
    elif evidence.pdq:
        found = match_image(
            evidence.metadata_json.get("pdq_dihedral") or [evidence.pdq],
            index.pdq,
            threshold=threshold,
            centre_hash=evidence.metadata_json.get("crop_hash"),
            centre_index=index.centre,
        )
    else:
        found = []
    return [m for m in _with_evidence(session, found) if m.evidence_id != evidence_id]


def _with_evidence(session: Session, found: Sequence[Match]) -> list[StoredMatch]:
    out: list[StoredMatch] = []
    for m in found:
        row = session.get(Evidence, m.key)
        if row is not None:
            out.append(StoredMatch(match=m, evidence_id=m.key, name=row.name, first_seen=row.first_seen, kind=row.kind))
    return out


def incident_refs(*, session: Session, evidence_id: int) -> tuple[IncidentRef, ...]:
    """The incidents a piece of evidence is attached to."""
    links, incidents = table_of(EvidenceLink), table_of(Incident)
    rows = session.execute(
        select(incidents.c.id, incidents.c.date, incidents.c.title)
        .join(links, links.c.incident_id == incidents.c.id)
        .where(links.c.evidence_id == evidence_id)
    ).all()
    return tuple(IncidentRef(id=r.id, date=r.date, title=r.title or "") for r in rows)


def recycled_for_incident(
    *, session: Session, incident_id: int, threshold: int | None = None, index: StoreIndex | None = None
) -> tuple[list[RecycledFlag], int]:
    """Recycled-footage flags of every piece of evidence attached to an incident.

    Returns the flags and how many analysed media items were checked, the two inputs of
    `recycled.media_not_recycled`. `tasdiq.media.ledger.check_recycled` marks the evidence
    links from these flags and records the incident's check.
    """
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound("incident", incident_id)
    ref = IncidentRef(id=incident_id, date=incident.date, title=incident.title)
    links = table_of(EvidenceLink)
    evidence_ids = list(session.scalars(select(links.c.evidence_id).where(links.c.incident_id == incident_id)))
    index = index or load_index(session=session, threshold=threshold)
    flags: list[RecycledFlag] = []
    checked = 0
    for evidence_id in evidence_ids:
        evidence = session.get(Evidence, evidence_id)
        if evidence is None or evidence.analysed_at is None or evidence.analysis_error:
            continue
        checked += 1
        flags += same_file_flags(evidence, ref, incident_refs(session=session, evidence_id=evidence_id))
        sightings = [
            Sighting(
                evidence_id=m.evidence_id,
                name=m.name,
                first_seen=m.first_seen,
                incidents=incident_refs(session=session, evidence_id=m.evidence_id),
                distance=m.match.distance,
            )
            for m in match_evidence(session=session, evidence_id=evidence_id, threshold=threshold, index=index)
        ]
        flags += recycled_flags(evidence_id=evidence_id, incident=ref, matches=sightings)
    return sorted(flags, key=_earliest_first), checked


def same_file_flags(evidence: Evidence, incident: IncidentRef, attached: Sequence[IncidentRef]) -> list[RecycledFlag]:
    """Flags the file earns by itself, which a near-duplicate search cannot see.

    The search leaves out the item's own hashes, so one stored photo attached to two
    incidents, or a file whose own first sighting predates the incident, would otherwise
    pass. Only analysed media come here: one report document may rightly cover several
    incidents, one photo rarely shows two events.
    """
    assert evidence.id is not None
    flags = [
        RecycledFlag(
            kind="attached_to_other_incident",
            evidence_id=evidence.id,
            incident_id=incident.id,
            earlier_evidence_id=evidence.id,
            earlier_first_seen=evidence.first_seen,
            other_incident_id=other.id,
            message=f"the same file, evidence {evidence.id} ({evidence.name}), is attached to {other.label()}",
        )
        for other in attached
        if other.id != incident.id
    ]
    first_seen = evidence.first_seen
    if first_seen is not None and incident.date is not None and first_seen.date() < incident.date - GRACE:
        seen = first_seen.date().isoformat()
        flags.insert(
            0,
            RecycledFlag(
                kind="seen_before_incident",
                evidence_id=evidence.id,
                incident_id=incident.id,
                earlier_evidence_id=evidence.id,
                earlier_first_seen=first_seen,
                other_incident_id=None,
                message=f"evidence {evidence.id} ({evidence.name}) itself first seen {seen}, before {incident.label()}",
            ),
        )
    return flags


def _earliest_first(flag: RecycledFlag) -> tuple[int, dt.datetime]:
    """Sightings before the incident first, then the earliest: the one a check note names."""
    when = flag.earlier_first_seen or dt.datetime.max.replace(tzinfo=dt.UTC)
    return (0 if flag.kind == "seen_before_incident" else 1, when if when.tzinfo else when.replace(tzinfo=dt.UTC))
