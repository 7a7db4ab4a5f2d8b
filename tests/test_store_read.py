"""`names_actor`: the one meaning of an actor filter (web list, map, API, `incidents list --actor`)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from claims.casebook import add_incident, add_mention, add_source
from tasdiq.model import Incident
from tasdiq.store import Store
from tasdiq.store.read import INC, incident_mentions, names_actor

SUMMARIES = {
    "kabul-claimed-by-iskp": ("AF", "claimed: ISKP; denied: TALIBAN"),
    "kunduz-claimed-by-both": ("AF", "claimed: ISKP, IS; attributed: ISKP"),
    "kabul-claimed-by-is-only": ("AF", "claimed: IS; attributed: IS"),
    "quetta-claimed-by-is-only": ("PK", "claimed: IS"),
    "khost-haqqanis": ("AF", "attributed: HAQQANI"),
    "islamabad-isis-pakistan": ("PK", "claimed: ISPP"),
    "unclaimed": ("AF", None),
}


def _found(store: Store, actor: str) -> set[str]:
    with store.session() as s:
        for title, (country, summary) in SUMMARIES.items():
            add_incident(s, title=title, country=country, perpetrator_summary=summary, date=dt.date(2022, 1, 1))
        return set(s.scalars(select(INC.c.title).where(names_actor(actor))))


def test_actor_iskp_finds_every_iskp_incident_and_islamic_state_ones_in_afghanistan(store: Store) -> None:
    assert _found(store, "ISKP") == {"kabul-claimed-by-iskp", "kunduz-claimed-by-both", "kabul-claimed-by-is-only"}


@pytest.mark.parametrize("spelling", ["ISIS-K", "Islamic State Khorasan Province", "iskp"])
def test_any_spelling_of_a_group_finds_the_same_incidents(store: Store, spelling: str) -> None:
    assert _found(store, spelling) == {"kabul-claimed-by-iskp", "kunduz-claimed-by-both", "kabul-claimed-by-is-only"}


def test_the_islamic_state_finds_its_branches_and_never_matches_inside_another_name(store: Store) -> None:
    assert _found(store, "IS") == set(SUMMARIES) - {"khost-haqqanis", "unclaimed"}


def test_the_taliban_find_the_haqqanis_and_their_own_denials(store: Store) -> None:
    assert _found(store, "Taliban") == {"khost-haqqanis", "kabul-claimed-by-iskp"}


def test_text_that_is_no_known_actor_is_matched_within_the_summary(store: Store) -> None:
    assert _found(store, "denied") == {"kabul-claimed-by-iskp"}


def test_an_unclaimed_incident_names_nobody(store: Store) -> None:
    with store.session() as s:
        add_incident(s, title="unclaimed", perpetrator_summary=None)
        assert list(s.scalars(select(Incident).where(names_actor("ISKP")))) == []


def test_a_claimant_spelt_as_a_bulletin_spells_it_is_found_by_the_key(store: Store) -> None:
    with store.session() as s:
        add_incident(s, title="bulletin spelling", perpetrator_summary="claimed: islamic_state_khorasan")
        assert list(s.scalars(select(INC.c.title).where(names_actor("ISKP")))) == ["bulletin spelling"]


def test_an_incidents_mentions_leave_out_a_rejected_link_unless_asked(store: Store) -> None:
    with store.session() as s:
        bombing = add_incident(s, title="market bombing", date=dt.date(2022, 1, 1))
        wire = add_source(s, publisher="Wire (test)", text="A bomb went off in the market.")
        other = add_source(s, publisher="Radio (test)", text="A bus was attacked on the highway.")
        add_mention(s, incident=bombing, source=wire, state="confirmed")
        add_mention(s, incident=bombing, source=other, state="rejected")
        kept = incident_mentions(s, bombing.id or 0)
        every = incident_mentions(s, bombing.id or 0, include_rejected=True)
    assert [r.source.publisher for r in kept] == ["Wire (test)"]
    assert [(r.source.publisher, r.link.state) for r in every] == [("Wire (test)", "confirmed"),
                                                                  ("Radio (test)", "rejected")]
