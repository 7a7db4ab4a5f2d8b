"""Analysis of competing hypotheses: fewest weighted inconsistencies wins; flat items are non-diagnostic."""

from __future__ import annotations

import pytest

from claims.casebook import peshawar_mosque
from tasdiq.claims import ach_matrix, add_hypothesis, add_item, rate, seed_hypotheses, seed_items
from tasdiq.claims.ach import OTHER_LABEL
from tasdiq.errors import InputError
from tasdiq.store import Store


def test_hypotheses_are_seeded_one_per_named_actor_plus_other_on_request(store: Store) -> None:
    with store.session() as s:
        incident = peshawar_mosque(s)
        added = seed_hypotheses(session=s, incident_id=incident.id or 0, include_other=True)
        again = seed_hypotheses(session=s, incident_id=incident.id or 0, include_other=True)
        items = seed_items(session=s, incident_id=incident.id or 0)
    assert [h.label for h in added] == [
        "Islamic State Khorasan Province carried out the attack",
        "Haqqani Network carried out the attack",
        OTHER_LABEL,
    ]
    assert again == []
    # two claims, and the one report that carries no claim
    assert len(items) == 3 and sum(1 for i in items if i.claim_id) == 2


def test_scoring_picks_the_hypothesis_with_fewest_inconsistencies_and_marks_flat_items(store: Store) -> None:
    with store.session() as s:
        incident = peshawar_mosque(s)
        iid = incident.id or 0
        iskp, haqqani, other = (add_hypothesis(session=s, incident_id=iid, label=x) for x in ("ISKP", "HQN", "other"))
        claim = add_item(session=s, incident_id=iid, description="claim names the bomber", credibility=2)
        device = add_item(session=s, incident_id=iid, description="vest matches earlier ISKP attacks", weight=2)
        sect = add_item(session=s, incident_id=iid, description="target is a police mosque")
        flat = add_item(session=s, incident_id=iid, description="attack on a Monday")
        cells = {
            claim: ("consistent", "inconsistent", "inconsistent"),
            device: ("consistent", "inconsistent", "neutral"),
            sect: ("neutral", "neutral", "inconsistent"),
            flat: ("neutral", "neutral", "neutral"),
        }
        for item, row in cells.items():
            for h, r in zip((iskp, haqqani, other), row, strict=True):
                rate(session=s, hypothesis_id=h.id or 0, item_id=item.id or 0, rating=r, analyst="a")
        matrix = ach_matrix(session=s, incident_id=iid)
    scores = {h.label: h.inconsistency for h in matrix.hypotheses}
    assert scores == {"ISKP": 0.0, "HQN": pytest.approx(0.9 + 2.0), "other": pytest.approx(0.9 + 1.0)}
    assert [h.label for h in matrix.least_rejected] == ["ISKP"]
    assert [h.label for h in matrix.ranking] == ["ISKP", "other", "HQN"]
    diagnostic = {i.description: i.diagnostic for i in matrix.items}
    assert diagnostic["attack on a Monday"] is False
    assert diagnostic["target is a police mosque"] is True


def test_equal_scores_are_reported_as_a_tie_not_a_winner(store: Store) -> None:
    with store.session() as s:
        iid = peshawar_mosque(s).id or 0
        for label in ("A", "B"):
            add_hypothesis(session=s, incident_id=iid, label=label)
        add_item(session=s, incident_id=iid, description="unrated item")
        matrix = ach_matrix(session=s, incident_id=iid)
    assert {h.label for h in matrix.least_rejected} == {"A", "B"}
    assert matrix.items[0].complete is False and matrix.items[0].diagnostic is False


def test_a_rating_outside_the_three_is_refused(store: Store) -> None:
    with store.session() as s:
        iid = peshawar_mosque(s).id or 0
        h = add_hypothesis(session=s, incident_id=iid, label="A")
        item = add_item(session=s, incident_id=iid, description="x")
        with pytest.raises(InputError, match="consistent, inconsistent, neutral"):
            rate(session=s, hypothesis_id=h.id or 0, item_id=item.id or 0, rating="likely", analyst="a")
