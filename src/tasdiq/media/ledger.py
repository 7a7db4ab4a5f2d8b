"""Evidence in the ledger: what a photo or video shows about an incident, and whether it is old.

An `EvidenceLink` ties one stored item to one incident with the analyst's note and the
frame or time range that shows it. Attaching runs the recycled-footage check at once, so
an old video passed off as new is flagged the moment someone files it under the new
incident, not when someone remembers to look.

Every write is an ORM write on the caller's session (the audit chain records who attached,
detached or flagged what); nothing here commits.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.claims.queries import get_incident, personal_fields
from tasdiq.errors import InputError, NotFound
from tasdiq.media.recycled import IncidentRef, RecycledFlag, media_not_recycled
from tasdiq.media.service import StoreIndex, load_index, recycled_for_incident
from tasdiq.model import DerivedObject, Evidence, EvidenceLink, Incident, MediaHash, Source, Verification
from tasdiq.model.enums import CheckKind, CheckResult
from tasdiq.store.schema import cols
from tasdiq.verify import add_check

# The name automatic checks are recorded under: one analyst in the status rules, so a
# re-run replaces its own earlier answer and a human's contrary check shows as a dispute.
AUTOMATIC_ANALYST = "tasdiq"


# ---- attaching ------------------------------------------------------------------------


def attach_evidence(
    *,
    session: Session,
    evidence_id: int,
    incident_id: int,
    analyst: str,
    note: str | None = None,
    t_start: float | None = None,
    t_end: float | None = None,
    check: bool = True,
    index: StoreIndex | None = None,
    second_reviewer: bool = False,
) -> EvidenceLink:
    """Attach evidence to an incident, or update what an existing link shows.

    `t_start` alone is one frame, with `t_end` a time range (seconds into the video). Then
    the incident's media are checked for recycled footage (`check=False` defers that, e.g.
    when attaching many items before one `check_recycled`).
    """
    evidence = _evidence(session, evidence_id)
    get_incident(session, incident_id)
    _check_range(evidence, t_start, t_end)
    link = _link(session, evidence_id, incident_id)
    if link is None:
        link = EvidenceLink(evidence_id=evidence_id, incident_id=incident_id)
        session.add(link)
    # Attaching again changes only what is given: a new note keeps the range and vice versa.
    if note is not None:
        link.note = note
    if t_start is not None:
        link.t_start, link.t_end = t_start, t_end
    link.analyst, link.at = analyst, dt.datetime.now(dt.UTC)
    session.flush()
    if check:
        check_recycled(session=session, incident_id=incident_id, index=index, second_reviewer=second_reviewer)
    return link


def detach_evidence(
    *, session: Session, evidence_id: int, incident_id: int, check: bool = True, second_reviewer: bool = False
) -> None:
    """Remove a link; the incident and those it shared media with are checked again.

    Flags raised because of this link (on this incident's other media and on the other
    incidents' links) would otherwise outlive it.
    """
    link = _link(session, evidence_id, incident_id)
    if link is None:
        raise NotFound("evidence link", f"{evidence_id} -> incident {incident_id}")
    index = load_index(session=session) if check else None
    related = _related_incidents(session, incident_id, index) if index is not None else set()
    session.delete(link)
    session.flush()
    if index is None:
        return
    for other in sorted(related - {incident_id}):
        _check(session, other, _Options(AUTOMATIC_ANALYST, None, index, second_reviewer), only_if_recorded=True)
    check_recycled(session=session, incident_id=incident_id, index=index, second_reviewer=second_reviewer)


def set_graphic(*, session: Session, evidence_id: int, graphic: bool) -> Evidence:
    """Mark evidence as graphic (the web app blurs it until clicked) or clear the mark."""
    evidence = _evidence(session, evidence_id)
    if evidence.graphic != graphic:
        evidence.graphic = graphic
        session.flush()
    return evidence


def set_source(*, session: Session, evidence_id: int, source_id: int | None) -> Evidence:
    """Record the report the evidence came with (None: it came on its own)."""
    evidence = _evidence(session, evidence_id)
    if source_id is not None and session.get(Source, source_id) is None:
        raise NotFound("source", source_id)
    evidence.source_id = source_id
    session.flush()
    return evidence


def _evidence(session: Session, evidence_id: int) -> Evidence:
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        raise NotFound("evidence", evidence_id)
    return evidence


def _link(session: Session, evidence_id: int, incident_id: int) -> EvidenceLink | None:
    c = cols(EvidenceLink)
    query = select(EvidenceLink).where(c.evidence_id == evidence_id, c.incident_id == incident_id)
    return session.scalars(query).one_or_none()


def _check_range(evidence: Evidence, t_start: float | None, t_end: float | None) -> None:
    if t_start is None and t_end is None:
        return
    if evidence.kind != "video":
        raise InputError("t_start", f"evidence {evidence.id} is a {evidence.kind}, which has no time range")
    if t_start is None:
        raise InputError("t_start", "a range needs its start (--from) as well as its end")
    if t_start < 0 or (t_end is not None and t_end < t_start):
        raise InputError("t_end", f"{t_start}-{t_end} is not a range of seconds from start to end")
    if evidence.duration_s is not None and max(t_start, t_end or 0.0) > evidence.duration_s + 0.5:
        raise InputError("t_end", f"the video lasts {evidence.duration_s:.1f} s; the range goes past it")


# ---- reading --------------------------------------------------------------------------


def evidence_for_incident(*, session: Session, incident_id: int) -> list[tuple[EvidenceLink, Evidence]]:
    """The incident's evidence with what each item shows, in the order it was attached."""
    get_incident(session, incident_id)
    c = cols(EvidenceLink)
    query = (
        select(EvidenceLink, Evidence)
        .join(Evidence, cols(Evidence).id == c.evidence_id)
        .where(c.incident_id == incident_id)
        .order_by(c.id)
    )
    return [(link, evidence) for link, evidence in session.execute(query)]


def list_evidence(*, session: Session, limit: int | None = None) -> list[Evidence]:
    """Stored evidence, newest first."""
    query = select(Evidence).order_by(cols(Evidence).id.desc()).limit(limit)
    return list(session.scalars(query))


@dataclass(frozen=True)
class AttachedTo:
    """One incident a piece of evidence is attached to, and what it shows there."""

    link: EvidenceLink
    incident: IncidentRef


@dataclass(frozen=True)
class EvidenceDetail:
    evidence: Evidence
    source: Source | None
    hashes: dict[str, int]
    derived: tuple[DerivedObject, ...]
    attached: tuple[AttachedTo, ...]

    @property
    def recycled(self) -> list[AttachedTo]:
        return [a for a in self.attached if a.link.recycled]

    def to_dict(self, *, include_personal: bool = False) -> dict[str, Any]:
        return {
            **evidence_dict(self.evidence, include_personal=include_personal),
            "source": _source_dict(self.source),
            "hashes": self.hashes,
            "derived": [
                {"role": d.role, "sha256": d.sha256, "media_type": d.media_type, "t": d.t} for d in self.derived
            ],
            "incidents": [_attached_dict(a) for a in self.attached],
            "recycled": [{"incident_id": a.incident.id, "note": a.link.recycled_note} for a in self.recycled],
        }


def evidence_detail(*, session: Session, evidence_id: int) -> EvidenceDetail:
    """Everything known of one item: metadata, fingerprints, derived copies, source, incidents."""
    evidence = _evidence(session, evidence_id)
    hashes = session.scalars(select(cols(MediaHash).algorithm).where(cols(MediaHash).evidence_id == evidence_id))
    derived = session.scalars(
        select(DerivedObject).where(cols(DerivedObject).evidence_id == evidence_id).order_by(cols(DerivedObject).id)
    )
    links = session.execute(
        select(EvidenceLink, Incident)
        .join(Incident, cols(Incident).id == cols(EvidenceLink).incident_id)
        .where(cols(EvidenceLink).evidence_id == evidence_id)
        .order_by(cols(EvidenceLink).id)
    )
    return EvidenceDetail(
        evidence=evidence,
        source=session.get(Source, evidence.source_id) if evidence.source_id is not None else None,
        hashes=dict(sorted(Counter(hashes).items())),
        derived=tuple(derived),
        attached=tuple(AttachedTo(link, IncidentRef(i.id or 0, i.date, i.title)) for link, i in links),
    )


def evidence_dict(evidence: Evidence, *, include_personal: bool = False) -> dict[str, Any]:
    """The evidence row as plain values; personal fields left out unless asked for.

    Raw EXIF and container tags are withheld with them: they carry camera serial numbers,
    owner names and locations that the model's personal fields only summarise.
    """
    hidden = set() if include_personal else set(personal_fields(Evidence))
    row = {f.name: getattr(evidence, f.name) for f in fields(Evidence) if f.name not in hidden | {"metadata_json"}}
    meta = dict(evidence.metadata_json)
    if not include_personal and meta.pop("tags", None):
        hidden.add("metadata.tags")
    row["metadata"] = {k: v for k, v in meta.items() if k != "pdq_dihedral"}
    row["withheld"] = sorted(hidden)
    return row


def _source_dict(source: Source | None) -> dict[str, Any] | None:
    if source is None:
        return None
    return {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "published": source.published,
    }


def link_dict(link: EvidenceLink) -> dict[str, Any]:
    """What an evidence link says: what it shows, when in the media, and its recycled flag."""
    return {
        "note": link.note,
        "t_start": link.t_start,
        "t_end": link.t_end,
        "recycled": link.recycled,
        "recycled_note": link.recycled_note,
        "analyst": link.analyst,
        "at": link.at,
    }


def _attached_dict(a: AttachedTo) -> dict[str, Any]:
    return {"incident_id": a.incident.id, "title": a.incident.title, "date": a.incident.date} | link_dict(a.link)


# ---- recycled footage -----------------------------------------------------------------


@dataclass(frozen=True)
class RecycledCheck:
    """The outcome of checking one incident's media for recycled footage."""

    incident_id: int
    result: CheckResult
    note: str
    media_checked: int
    flags: tuple[RecycledFlag, ...]
    flagged: tuple[tuple[int, int], ...]  # (evidence_id, incident_id) of every link now flagged
    verification_id: int | None  # the check recorded; None when nothing new was recorded

    def to_dict(self) -> dict[str, Any]:
        return {
            "incident_id": self.incident_id,
            "result": self.result.value,
            "note": self.note,
            "media_checked": self.media_checked,
            "flags": [
                {
                    "kind": f.kind,
                    "evidence_id": f.evidence_id,
                    "earlier_evidence_id": f.earlier_evidence_id,
                    "earlier_first_seen": f.earlier_first_seen,
                    "other_incident_id": f.other_incident_id,
                    "message": f.message,
                }
                for f in self.flags
            ],
            "flagged_links": [{"evidence_id": e, "incident_id": i} for e, i in self.flagged],
            "verification_id": self.verification_id,
        }


def check_recycled(
    *,
    session: Session,
    incident_id: int,
    analyst: str = AUTOMATIC_ANALYST,
    threshold: int | None = None,
    index: StoreIndex | None = None,
    second_reviewer: bool = False,
) -> RecycledCheck:
    """Flag the incident's recycled media and answer its `media_not_recycled` check.

    A link is flagged when its media match media first seen before the incident's date or
    attached to another incident; the other incident's link is flagged too, naming this
    one. The check goes through `verify.add_check` (so the status rules apply) as an
    automatic check, and only when its answer changed: re-running adds nothing.
    """
    options = _Options(analyst, threshold, index, second_reviewer)
    return _check(session, incident_id, options, only_if_recorded=False)


@dataclass(frozen=True)
class _Options:
    analyst: str
    threshold: int | None
    index: StoreIndex | None
    second_reviewer: bool


def _check(session: Session, incident_id: int, options: _Options, *, only_if_recorded: bool) -> RecycledCheck:
    incident = get_incident(session, incident_id)
    flags, checked = recycled_for_incident(
        session=session, incident_id=incident_id, threshold=options.threshold, index=options.index
    )
    flagged = _mark_links(session, incident, flags)
    result, note = _answer(session, incident, flags, checked)
    previous = _automatic_check(session, incident_id, options.analyst)
    wanted = previous is not None or (checked > 0 and not only_if_recorded)
    unchanged = previous is not None and (previous.result, previous.note) == (result.value, note)
    recorded = None
    if wanted and not unchanged:
        row = add_check(
            session=session,
            incident_id=incident_id,
            check=CheckKind.MEDIA_NOT_RECYCLED.value,
            result=result.value,
            analyst=options.analyst,
            note=note,
            second_reviewer=options.second_reviewer,
        )
        row.automatic = True
        session.flush()
        recorded = row.id
    return RecycledCheck(incident_id, result, note, checked, tuple(flags), flagged, recorded)


def _answer(
    session: Session, incident: Incident, flags: Sequence[RecycledFlag], checked: int
) -> tuple[CheckResult, str]:
    """Fail on media seen before the incident or shared with an incident no later than it.

    Media shared with a *later* incident were reused there, not here: that incident's
    check fails and this one's passes, saying where its media turned up again. On the
    same day, or undated, there is no telling which came first, so both fail.
    """
    against = [f for f in flags if _counts_against(session, incident, f)]
    result, note = media_not_recycled(against, media_checked=checked)
    later = [f for f in flags if f not in against]
    if later and result is CheckResult.PASS:
        more = f" (and {len(later) - 1} more)" if len(later) > 1 else ""
        note = f"{checked} media item(s) matched nothing seen before this incident; reused later: {later[0].message}"
        note += more
    return result, note


def _counts_against(session: Session, incident: Incident, flag: RecycledFlag) -> bool:
    if flag.kind == "seen_before_incident" or flag.other_incident_id is None:
        return True
    other = session.get(Incident, flag.other_incident_id)
    if other is None or other.date is None or incident.date is None:
        return True
    return other.date <= incident.date


def _mark_links(session: Session, incident: Incident, flags: Sequence[RecycledFlag]) -> tuple[tuple[int, int], ...]:
    """Set this incident's link flags afresh from `flags`, and flag the other side of each."""
    assert incident.id is not None
    ref = IncidentRef(incident.id, incident.date, incident.title)
    flagged: list[tuple[int, int]] = []
    for link, _ in evidence_for_incident(session=session, incident_id=incident.id):
        messages = [f.message for f in flags if f.evidence_id == link.evidence_id]
        _set_flag(link, messages)
        if messages:
            flagged.append((link.evidence_id, incident.id))
    for f in flags:
        other = _link(session, f.earlier_evidence_id, f.other_incident_id) if f.other_incident_id else None
        if other is not None:
            _set_flag(other, [*_notes(other), f"same media as evidence {f.evidence_id} attached to {ref.label()}"])
            flagged.append((other.evidence_id, other.incident_id))
    session.flush()
    return tuple(dict.fromkeys(flagged))


def _notes(link: EvidenceLink) -> list[str]:
    return link.recycled_note.split("; ") if link.recycled_note else []


def _set_flag(link: EvidenceLink, messages: Sequence[str]) -> None:
    # Assign only on change, so an unchanged re-run leaves no audit entries behind.
    note = "; ".join(dict.fromkeys(messages)) or None
    if (link.recycled, link.recycled_note) != (bool(messages), note):
        link.recycled, link.recycled_note = bool(messages), note


def _automatic_check(session: Session, incident_id: int, analyst: str) -> Verification | None:
    c = cols(Verification)
    query = (
        select(Verification)
        .where(c.incident_id == incident_id, c.check == CheckKind.MEDIA_NOT_RECYCLED.value, c.analyst == analyst)
        .where(c.evidence_id.is_(None), c.automatic.is_(True))
        .order_by(c.at.desc(), c.id.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def _related_incidents(session: Session, incident_id: int, index: StoreIndex) -> set[int]:
    """Other incidents whose links carry a flag because of this incident's media."""
    flags, _ = recycled_for_incident(session=session, incident_id=incident_id, index=index)
    return {f.other_incident_id for f in flags if f.other_incident_id is not None}
