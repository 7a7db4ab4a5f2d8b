"""Rules that raise a claim's credibility flags where the text gives grounds.

Three rules, each documented in docs/claims.md with the reason behind it:

- `party_outlet`: the claim reached us through an outlet run by a party to the conflict
  (its channel, or else the publisher of its source, is an outlet of an actor in the registry,
  `reference/data/registry/actors.yaml`, on the day the source was published)
  -> `released_by_party`.
- `confession_aired_by_party`: a confession released by a party's outlet, where that party
  is not the confessor's own side (a captor airing a prisoner) or the confessor is unknown
  -> `possible_coercion`.
- `perpetrator_figures`: casualty figures given by the side that claims the attack
  -> `unverifiable`, until a mention from a source independent of that side reports at
  least as many; then the rule clears the flag again.

The rules only ever raise `released_by_party` and `possible_coercion`; `unverifiable` is
the one flag they also lower, because its ground (no corroboration) can go away.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tasdiq.claims.reference import Party, actor_key, outlet_party, same_actor
from tasdiq.model.entities import Claim, Mention, Source
from tasdiq.model.enums import ClaimKind


@dataclass(frozen=True)
class FlagReason:
    flag: str
    rule: str
    grounds: str


@dataclass(frozen=True)
class Figure:
    """A casualty figure one source gives for the incident, for corroboration."""

    source_id: int
    publisher: str | None
    published: dt.date | None
    killed: int | None
    injured: int | None


@dataclass(frozen=True)
class FlagContext:
    """What the rules need to know about the incident beyond the claim itself."""

    claimants_of_responsibility: frozenset[str]
    figures: tuple[Figure, ...]


def releasing_party(claim: Claim, source: Source | None) -> tuple[Party, str] | None:
    """The party whose outlet released the claim, and that outlet's name."""
    day = source.published.date() if source and source.published else None
    for outlet in (claim.channel, source.publisher if source else None):
        party = outlet_party(outlet, day)
        if party is not None and outlet:
            return party, outlet
    return None


def is_perpetrator_figure(claim: Claim, source: Source | None, context: FlagContext) -> bool:
    """Casualty figures given by the side that claims the attack."""
    if claim.killed_claimed is None and claim.injured_claimed is None:
        return False
    if claim.kind == ClaimKind.DENIAL:
        return False
    released = releasing_party(claim, source)
    speaker = claim.claimant or (released[0].key if released else None)
    if speaker is None:
        return False
    # ISKP's figures for an attack the Islamic State claimed are the claimant's own figures
    claimants = context.claimants_of_responsibility
    return same_actor(speaker, claim.subject) or any(same_actor(speaker, k) for k in claimants)


def _independent(figure: Figure, claim: Claim, speaker: str | None) -> bool:
    if figure.source_id == claim.source_id:
        return False
    # ISPR reporting the army's own toll is the army speaking: one side, not a second voice
    party = outlet_party(figure.publisher, figure.published)
    return party is None or not same_actor(party.key, speaker)


def corroborated(claim: Claim, source: Source | None, context: FlagContext) -> bool:
    """True when an independent source reports at least the claimed toll."""
    released = releasing_party(claim, source)
    speaker = claim.claimant or (released[0].key if released else None)
    for figure in context.figures:
        if not _independent(figure, claim, speaker):
            continue
        killed_ok = claim.killed_claimed is None or (figure.killed or 0) >= claim.killed_claimed
        injured_ok = claim.injured_claimed is None or (figure.injured or 0) >= claim.injured_claimed
        if killed_ok and injured_ok:
            return True
    return False


def reasons(claim: Claim, *, source: Source | None, context: FlagContext) -> list[FlagReason]:
    """Every rule that fires on this claim, with its grounds in words."""
    found: list[FlagReason] = []
    released = releasing_party(claim, source)
    if released:
        party, outlet = released
        grounds = f"released by {outlet}, an outlet of {party.name}"
        found.append(FlagReason("released_by_party", "party_outlet", grounds))
        if claim.kind == ClaimKind.CONFESSION and not same_actor(party.key, claim.subject):
            found.append(
                FlagReason(
                    "possible_coercion",
                    "confession_aired_by_party",
                    f"a confession aired by {outlet} ({party.name}), not by the confessor's own side",
                )
            )
    if is_perpetrator_figure(claim, source, context) and not corroborated(claim, source, context):
        found.append(
            FlagReason(
                "unverifiable",
                "perpetrator_figures",
                "casualty figures from the side claiming the attack, not matched by an independent source",
            )
        )
    return found


def apply(claim: Claim, *, source: Source | None, context: FlagContext) -> list[FlagReason]:
    """Set the flags the rules give grounds for; lower `unverifiable` once corroborated."""
    found = reasons(claim, source=source, context=context)
    fired = {r.flag for r in found}
    if "released_by_party" in fired:
        claim.released_by_party = True
    if "possible_coercion" in fired:
        claim.possible_coercion = True
    if "unverifiable" in fired:
        claim.unverifiable = True
    elif claim.unverifiable and is_perpetrator_figure(claim, source, context):
        claim.unverifiable = False
    return found


def context_for(claims: Sequence[Claim], mentions: Iterable[tuple[Mention, Source]]) -> FlagContext:
    """The incident-wide facts the rules read: who claimed it, and what each source counted."""
    # A responsibility claim is its subject speaking about itself, whoever relayed it.
    claimants = frozenset(
        key
        for c in claims
        if c.kind == ClaimKind.RESPONSIBILITY
        for key in [actor_key(c.subject or c.claimant)]
        if key
    )
    figures = tuple(
        Figure(source.id or 0, source.publisher, source.published.date() if source.published else None,
               m.killed_high or m.killed_best, m.injured_high or m.injured_best)
        for m, source in mentions
    )
    return FlagContext(claimants, figures)
