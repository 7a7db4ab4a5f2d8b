"""Analysis of competing hypotheses (Heuer, *Psychology of Intelligence Analysis*, ch. 8).

Rows are hypotheses about who did the attack, columns are items of evidence, each cell says
whether the item is consistent, inconsistent or neutral with the hypothesis. Heuer's point
is that evidence refutes better than it confirms: hypotheses are ranked by how much
evidence is *inconsistent* with them, and the least rejected one comes first. Consistent
ratings are counted and shown but never add support.

- An item's inconsistency weighs `weight × credibility factor` (data/credibility.csv), so a
  doubtful item counts less against a hypothesis than a confirmed one.
- An item rated the same against every hypothesis is non-diagnostic: it cannot tell them
  apart. It is shown, marked, and left out of the scores. Unrated cells count as neutral
  for this and for scoring, and make the item `complete=False`.
- Ties are ties: every hypothesis with the lowest score is listed as least rejected.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.claims.edits import check_credibility
from tasdiq.claims.ledger import ATTRIBUTING
from tasdiq.claims.queries import claim_sources, col, get_incident, incident_claims, linked_mentions
from tasdiq.claims.reference import actor_key, credibility_levels, party_named
from tasdiq.errors import InputError, NotFound
from tasdiq.model.entities import AchItem, AchRatingEntry, Claim, Hypothesis
from tasdiq.model.enums import AchRating, ClaimKind

OTHER_LABEL = "Other or unknown perpetrator"


@dataclass(frozen=True)
class ItemView:
    id: int
    description: str
    weight: float
    credibility: int | None
    factor: float
    claim_id: int | None
    source_id: int | None
    evidence_id: int | None
    ratings: dict[int, str | None]
    diagnostic: bool
    complete: bool

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__ | {"ratings": {str(k): v for k, v in self.ratings.items()}}


@dataclass(frozen=True)
class HypothesisScore:
    id: int
    label: str
    actor: str | None
    inconsistency: float
    inconsistent: int
    consistent: int
    neutral: int
    unrated: int

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass(frozen=True)
class AchMatrix:
    incident_id: int
    hypotheses: tuple[HypothesisScore, ...]
    items: tuple[ItemView, ...]

    @property
    def ranking(self) -> tuple[HypothesisScore, ...]:
        """Least rejected first (fewest weighted inconsistencies), then by label."""
        return tuple(sorted(self.hypotheses, key=lambda h: (h.inconsistency, h.label)))

    @property
    def least_rejected(self) -> tuple[HypothesisScore, ...]:
        if not self.hypotheses:
            return ()
        best = self.ranking[0].inconsistency
        return tuple(h for h in self.ranking if h.inconsistency == best)

    def to_dict(self) -> dict[str, Any]:
        return {
            "incident_id": self.incident_id,
            "hypotheses": [h.to_dict() for h in self.hypotheses],
            "items": [i.to_dict() for i in self.items],
            "ranking": [h.id for h in self.ranking],
            "least_rejected": [h.id for h in self.least_rejected],
        }


def factor(credibility: int | None) -> float:
    level = credibility_levels().get(credibility) if credibility is not None else None
    return level.ach_factor if level and level.ach_factor is not None else 1.0


def _score(hypothesis: Hypothesis, items: list[ItemView]) -> HypothesisScore:
    hid = hypothesis.id or 0
    ratings = [i.ratings.get(hid) for i in items]
    weighted = sum(i.weight * i.factor for i in items if i.diagnostic and i.ratings.get(hid) == AchRating.INCONSISTENT)
    return HypothesisScore(
        id=hid, label=hypothesis.label, actor=hypothesis.actor, inconsistency=round(weighted, 6),
        inconsistent=ratings.count(AchRating.INCONSISTENT.value), consistent=ratings.count(AchRating.CONSISTENT.value),
        neutral=ratings.count(AchRating.NEUTRAL.value), unrated=ratings.count(None),
    )


def _item_view(item: AchItem, hypotheses: list[Hypothesis], cells: dict[tuple[int, int], str],
               claim_credibility: dict[int, int | None]) -> ItemView:
    ratings = {h.id or 0: cells.get((h.id or 0, item.id or 0)) for h in hypotheses}
    as_scored = {r or AchRating.NEUTRAL.value for r in ratings.values()}
    credibility = item.credibility
    if credibility is None and item.claim_id is not None:
        credibility = claim_credibility.get(item.claim_id)
    return ItemView(
        id=item.id or 0, description=item.description, weight=item.weight, credibility=credibility,
        factor=factor(credibility), claim_id=item.claim_id, source_id=item.source_id, evidence_id=item.evidence_id,
        ratings=ratings, diagnostic=len(as_scored) > 1, complete=None not in ratings.values(),
    )


def hypotheses_of(session: Session, incident_id: int) -> list[Hypothesis]:
    query = select(Hypothesis).where(col(Hypothesis, "incident_id") == incident_id).order_by(col(Hypothesis, "id"))
    return list(session.scalars(query))


def items_of(session: Session, incident_id: int) -> list[AchItem]:
    query = select(AchItem).where(col(AchItem, "incident_id") == incident_id).order_by(col(AchItem, "id"))
    return list(session.scalars(query))


def ach_matrix(*, session: Session, incident_id: int) -> AchMatrix:
    """The incident's matrix with every cell, each item's diagnosticity, and the scores."""
    get_incident(session, incident_id)
    hypotheses, items = hypotheses_of(session, incident_id), items_of(session, incident_id)
    ids = [h.id for h in hypotheses]
    cells: dict[tuple[int, int], str] = {}
    if ids:
        query = select(AchRatingEntry).where(col(AchRatingEntry, "hypothesis_id").in_(ids))
        cells = {(r.hypothesis_id, r.item_id): r.rating for r in session.scalars(query)}
    claim_ids = [i.claim_id for i in items if i.claim_id is not None]
    credibility = {c.id or 0: c.credibility for c in incident_claims(session, incident_id) if c.id in claim_ids}
    views = [_item_view(i, hypotheses, cells, credibility) for i in items]
    return AchMatrix(incident_id, tuple(_score(h, views) for h in hypotheses), tuple(views))


def add_hypothesis(*, session: Session, incident_id: int, label: str, actor: str | None = None) -> Hypothesis:
    get_incident(session, incident_id)
    if not label.strip():
        raise InputError("label", "a hypothesis needs a label")
    hypothesis = Hypothesis(incident_id=incident_id, label=label.strip(), actor=actor)
    session.add(hypothesis)
    session.flush()
    return hypothesis


def seed_hypotheses(*, session: Session, incident_id: int, include_other: bool = False) -> list[Hypothesis]:
    """One hypothesis per actor the claims name (and 'other/unknown' if asked); skips existing."""
    existing = {actor_key(h.actor) for h in hypotheses_of(session, incident_id)}
    labels = {h.label for h in hypotheses_of(session, incident_id)}
    added: list[Hypothesis] = []
    for claim in incident_claims(session, incident_id):
        key = actor_key(claim.subject)
        if claim.kind not in (*ATTRIBUTING, ClaimKind.DENIAL) or key is None or key in existing:
            continue
        party = party_named(claim.subject)
        label = f"{party.name if party else claim.subject} carried out the attack"
        added.append(add_hypothesis(session=session, incident_id=incident_id, label=label, actor=claim.subject))
        existing.add(key)
    if include_other and OTHER_LABEL not in labels:
        added.append(add_hypothesis(session=session, incident_id=incident_id, label=OTHER_LABEL))
    return added


def add_item(
    *,
    session: Session,
    incident_id: int,
    description: str,
    weight: float = 1.0,
    credibility: int | None = None,
    claim_id: int | None = None,
    source_id: int | None = None,
    evidence_id: int | None = None,
) -> AchItem:
    get_incident(session, incident_id)
    if not description.strip():
        raise InputError("description", "an item of evidence needs a description")
    if weight <= 0:
        raise InputError("weight", f"{weight} is not a positive weight")
    item = AchItem(
        incident_id=incident_id, description=description.strip(), weight=weight,
        credibility=check_credibility(credibility), claim_id=claim_id, source_id=source_id, evidence_id=evidence_id,
    )
    session.add(item)
    session.flush()
    return item


def describe_claim(claim: Claim) -> str:
    speaker = claim.claimant or claim.subject or "unnamed party"
    verb = {
        ClaimKind.RESPONSIBILITY: "claims responsibility",
        ClaimKind.ATTRIBUTION: f"attributes the attack to {claim.subject or 'an unnamed party'}",
        ClaimKind.DENIAL: f"denies that {claim.subject or 'it'} did it",
        ClaimKind.CONFESSION: "confession aired",
        ClaimKind.CASUALTY_CLAIM: "gives casualty figures",
    }.get(ClaimKind(claim.kind), claim.kind)
    via = f" via {claim.channel}" if claim.channel else ""
    return f"{speaker}: {verb}{via}"


def seed_items(*, session: Session, incident_id: int) -> list[AchItem]:
    """One item per claim and per reporting source not yet in the matrix."""
    present = items_of(session, incident_id)
    claim_ids = {i.claim_id for i in present}
    source_ids = {i.source_id for i in present}
    claims = incident_claims(session, incident_id)
    sources = claim_sources(session, claims)
    added: list[AchItem] = []
    for claim in claims:
        if claim.id in claim_ids:
            continue
        source = sources.get(claim.id or 0)
        added.append(add_item(session=session, incident_id=incident_id, description=describe_claim(claim),
                              credibility=claim.credibility, claim_id=claim.id,
                              source_id=source.id if source else None))
        source_ids.add(source.id if source else None)
    for _mention, source in linked_mentions(session, incident_id):
        if source.id in source_ids:
            continue
        text = f"report by {source.publisher or 'unknown publisher'}: {source.title or source.text[:80]}"
        added.append(add_item(session=session, incident_id=incident_id, description=text, source_id=source.id))
        source_ids.add(source.id)
    return added


def rate(*, session: Session, hypothesis_id: int, item_id: int, rating: str, analyst: str) -> AchRatingEntry:
    """Set one cell (replacing an earlier rating of it)."""
    try:
        value = AchRating(rating)
    except ValueError:
        raise InputError("rating", f"{rating!r} is not one of consistent, inconsistent, neutral") from None
    hypothesis, item = session.get(Hypothesis, hypothesis_id), session.get(AchItem, item_id)
    if hypothesis is None:
        raise NotFound("hypothesis", hypothesis_id)
    if item is None:
        raise NotFound("ACH item", item_id)
    if hypothesis.incident_id != item.incident_id:
        raise InputError("item", f"item {item_id} belongs to incident {item.incident_id}, "
                                 f"hypothesis {hypothesis_id} to incident {hypothesis.incident_id}")
    query = select(AchRatingEntry).where(col(AchRatingEntry, "hypothesis_id") == hypothesis_id,
                                         col(AchRatingEntry, "item_id") == item_id)
    cell = session.scalars(query).one_or_none()
    if cell is None:
        cell = AchRatingEntry(hypothesis_id=hypothesis_id, item_id=item_id)
        session.add(cell)
    cell.rating, cell.analyst = value.value, analyst
    session.flush()
    return cell
