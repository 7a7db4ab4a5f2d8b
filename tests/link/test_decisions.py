"""Analyst decisions stand through re-extraction and re-linking, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from newsroom import Reports
from sqlalchemy import select

from tasdiq.link import confirm, link, merge, reject, split
from tasdiq.model import Claim, Incident, LinkDecision
from tasdiq.store import Store

KABUL = "A blast hit the Kabul bus terminal on Tuesday, killing 9 commuters, police said."
KABUL_2 = "Nine people died when a bomb went off at the main bus station in Kabul, a health official said."
KABUL_3 = "An explosion at a Kabul bus depot killed at least 9 and wounded 20, residents told us."
KABUL_SHRINE = "A bomb exploded at a shrine in Kabul on Tuesday evening, killing 4 worshippers."

BUS: dict[str, Any] = {"killed": 9, "targets": ["bus station"]}


def _link(store: Store, *, relink_all: bool = False) -> None:
    with store.session(actor="linker") as s:
        link(session=s, relink_all=relink_all)


def _decide(store: Store, fn: Any, **kwargs: Any) -> Any:
    with store.session(actor="analyst") as s:
        return fn(session=s, analyst="analyst", **kwargs)


def test_confirmed_link_comes_back_to_the_same_incident_after_reextraction(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Kabul Daily", text=KABUL, **BUS)
    b = reports.add(publisher="Hindukush Radio", text=KABUL_2, **BUS)
    _link(store)
    incident_id = reports.incident_of(a)
    assert incident_id is not None and reports.incident_of(b) == incident_id
    _decide(store, confirm, incident_id=incident_id, mention_id=b)

    # Re-extraction gives the event a different toll and no targets: no machine would link it now.
    [b2] = reports.reextract(reports.source_of(b), [{"killed": 30, "attack_type": "other"}])
    _link(store)

    assert reports.incident_of(b2) == incident_id
    assert reports.state_of(b2) == "confirmed"


def test_rejected_mention_stays_out_after_reextraction_and_full_relink(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Kabul Daily", text=KABUL, **BUS)
    b = reports.add(publisher="Hindukush Radio", text=KABUL_2, **BUS)
    _link(store)
    incident_id = reports.incident_of(a)
    assert incident_id is not None
    placed = _decide(store, reject, incident_id=incident_id, mention_id=b)
    assert placed is not None and placed != incident_id

    [b2] = reports.reextract(reports.source_of(b), [BUS])
    _link(store)
    assert reports.incident_of(b2) not in (None, incident_id)
    _link(store, relink_all=True)
    assert reports.incident_of(b2) != incident_id
    assert reports.incident_of(a) == incident_id


def test_split_stands_after_reextraction_of_every_source(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Kabul Daily", text=KABUL, **BUS)
    b = reports.add(publisher="Hindukush Radio", text=KABUL_2, **BUS)
    c = reports.add(publisher="Frontier Post", text=KABUL_3, killed=(9, 9, None), targets=["bus station"])
    _link(store)
    original = reports.incident_of(a)
    assert original is not None and reports.incident_of(c) == original
    new = _decide(store, split, incident_id=original, mention_ids=[c])
    assert reports.incident_of(c) == new and reports.incident_of(b) == original

    fresh = [reports.reextract(reports.source_of(m), [BUS])[0] for m in (a, b, c)]
    _link(store)

    assert [reports.incident_of(m) for m in fresh] == [original, original, new]


def test_merge_stands_after_reextraction_and_moves_claims(store: Store, reports: Reports) -> None:
    bus = reports.add(publisher="Kabul Daily", text=KABUL, **BUS)
    shrine = reports.add(publisher="Hindukush Radio", text=KABUL_SHRINE, killed=4, targets=["shrine"],
                         claims=[{"kind": "responsibility", "claimant": "ISKP"}])
    _link(store)
    keep, other = reports.incident_of(bus), reports.incident_of(shrine)
    assert keep is not None and other is not None and keep != other
    _decide(store, merge, into=keep, other=other)
    with store.session() as s:
        assert s.get(Incident, other) is None
        assert {c.incident_id for c in s.scalars(select(Claim))} == {keep}
        assert {d.incident_id for d in s.scalars(select(LinkDecision))} == {keep}

    fresh = [reports.reextract(reports.source_of(m), [BUS])[0] for m in (bus, shrine)]
    _link(store)
    assert [reports.incident_of(m) for m in fresh] == [keep, keep]
    _link(store, relink_all=True)
    assert [reports.incident_of(m) for m in fresh] == [keep, keep]


def test_unconfirmed_links_come_back_to_their_incident_after_reextraction(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Kabul Daily", text=KABUL, **BUS)
    b = reports.add(publisher="Hindukush Radio", text=KABUL_2, **BUS)
    _link(store)
    incident_id = reports.incident_of(a)

    fresh = [reports.reextract(reports.source_of(m), [BUS])[0] for m in (a, b)]
    _link(store)

    assert [reports.incident_of(m) for m in fresh] == [incident_id, incident_id]
    assert reports.incident_count() == 1


def test_full_relink_keeps_machine_links_where_the_evidence_still_holds(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Kabul Daily", text=KABUL, **BUS)
    b = reports.add(publisher="Hindukush Radio", text=KABUL_2, **BUS)
    s2 = reports.add(publisher="Kabul Daily", text=KABUL_SHRINE, killed=4, targets=["shrine"])
    _link(store)
    before = [reports.incident_of(m) for m in (a, b, s2)]
    _link(store, relink_all=True)
    assert [reports.incident_of(m) for m in (a, b, s2)] == before
    assert reports.incident_count() == 2
