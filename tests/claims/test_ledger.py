"""The ledger keeps competing claims side by side and flags what the text gives grounds for."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from claims.casebook import add_claim, add_mention, add_source, ministry_confession, peshawar_mosque
from tasdiq.claims import (
    apply_flag_rules,
    ledger,
    list_claims,
    record_assessment,
    set_claim_credibility,
    set_source_reliability,
)
from tasdiq.errors import InputError
from tasdiq.model import AuditEntry, Source
from tasdiq.store import Store


def test_iskp_claim_and_haqqani_counter_attribution_stand_side_by_side(store: Store) -> None:
    with store.session(actor="analyst-a") as s:
        incident = peshawar_mosque(s)
        book = ledger(session=s, incident_id=incident.id or 0)
    assert book.competing
    assert [g.key for g in book.groups] == ["ISKP", "HAQQANI"]
    iskp, haqqani = book.groups
    assert iskp.claims[0].channel == "Amaq" and iskp.claims[0].kind == "responsibility"
    assert haqqani.claims[0].kind == "attribution" and haqqani.claims[0].source is not None
    assert haqqani.claims[0].source.publisher == "Valley Wire (test)"


def test_assessment_is_recorded_beside_the_claims_not_over_them(store: Store) -> None:
    with store.session(actor="analyst-a") as s:
        incident = peshawar_mosque(s)
        record_assessment(session=s, incident_id=incident.id or 0, perpetrator="ISKP", confidence="moderate",
                          rationale="claim detail matches the device; the counter-attribution cites nothing",
                          analyst="analyst-a", evidence_refs=["claim:1", "source:1"])
        book = ledger(session=s, incident_id=incident.id or 0)
    assert len(book.groups) == 2 and book.competing
    assert book.assessments[0].perpetrator == "ISKP"
    assert "analyst" not in book.assessments[0].to_dict()
    assert book.assessments[0].to_dict(include_personal=True)["analyst"] == "analyst-a"


def test_confession_aired_by_a_party_television_is_flagged_released_and_possibly_coerced(store: Store) -> None:
    with store.session() as s:
        incident = ministry_confession(s)
        fired = apply_flag_rules(session=s, incident_id=incident.id or 0)
        [claim] = list_claims(session=s, incident_id=incident.id)
    assert claim.released_by_party and claim.possible_coercion and not claim.unverifiable
    assert {r.rule for rs in fired.values() for r in rs} == {"party_outlet", "confession_aired_by_party"}


def test_a_groups_own_martyrdom_video_is_released_by_party_but_not_coerced(store: Store) -> None:
    with store.session() as s:
        incident = ministry_confession(s)
        amaq = add_source(s, publisher="Amaq", text="The outlet showed the fighter's farewell message.")
        mention = add_mention(s, incident=incident, source=amaq)
        own = add_claim(s, mention=mention, kind="confession", subject="ISKP", channel="Amaq")
        apply_flag_rules(session=s, incident_id=incident.id or 0)
    assert own.released_by_party and not own.possible_coercion


def test_perpetrator_toll_is_unverifiable_until_an_independent_source_matches_it(store: Store) -> None:
    with store.session() as s:
        incident = peshawar_mosque(s)
        apply_flag_rules(session=s, incident_id=incident.id or 0)
        claim = next(c for c in ledger(session=s, incident_id=incident.id or 0).claims if c.kind == "responsibility")
        assert claim.unverifiable and claim.released_by_party and not claim.possible_coercion
        later = add_source(s, publisher="Frontier Daily (test)", text="The toll from the mosque attack rose to 61.")
        add_mention(s, incident=incident, source=later, killed_best=61)
        apply_flag_rules(session=s, incident_id=incident.id or 0)
        claim = next(c for c in ledger(session=s, incident_id=incident.id or 0).claims if c.kind == "responsibility")
    assert not claim.unverifiable


def test_grades_are_checked_and_every_change_is_audited(store: Store) -> None:
    with store.session(actor="analyst-b") as s:
        incident = peshawar_mosque(s)
        source_id = s.scalars(select(Source.id)).first()  # type: ignore[call-overload]
        claim = list_claims(session=s, incident_id=incident.id)[0]
        set_source_reliability(session=s, source_id=source_id, grade="b")
        set_claim_credibility(session=s, claim_id=claim.id, credibility=3)
        with pytest.raises(InputError, match="Admiralty"):
            set_source_reliability(session=s, source_id=source_id, grade="G")
        with pytest.raises(InputError, match=r"1 \(confirmed\) to 6"):
            set_claim_credibility(session=s, claim_id=claim.id, credibility=7)
    with store.session() as s:
        updates = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "update")))
        book = ledger(session=s, incident_id=incident.id or 0)
    assert {(u.entity, u.actor) for u in updates} >= {("sources", "analyst-b"), ("claims", "analyst-b")}
    assert book.claims[0].credibility_label == "possibly true"


def test_claims_reach_the_incident_through_a_linked_mention_but_not_a_rejected_one(store: Store) -> None:
    with store.session() as s:
        incident = peshawar_mosque(s)
        stray = add_source(s, publisher="Rumour Mill (test)", text="Some said a rival faction did it.",
                           published=dt.datetime(2023, 2, 1, tzinfo=dt.UTC))
        m = add_mention(s, incident=incident, source=stray, state="rejected")
        add_claim(s, mention=m, kind="attribution", subject="TTP")
        book = ledger(session=s, incident_id=incident.id or 0)
    assert "TTP" not in {g.key for g in book.groups}


def test_a_flag_set_when_the_text_was_read_is_shown_with_its_origin(store: Store) -> None:
    with store.session(actor="analyst-a") as s:
        incident = peshawar_mosque(s)
        column = add_source(s, publisher="Opinion Weekly (test)",
                            text="The Haqqanis are staging attacks and hiding behind the ISIS-K brand.")
        mention = add_mention(s, incident=incident, source=column)
        add_claim(s, mention=mention, kind="attribution", claimant="columnist", subject="HAQQANI",
                  unverifiable=True, origin="extracted")
        book = ledger(session=s, incident_id=incident.id or 0)
    argued = next(c for g in book.groups for c in g.claims if c.claimant == "columnist")
    assert [(r.flag, r.rule) for r in argued.flag_reasons] == [("unverifiable", "extraction")]
