"""Linking reports into incidents, on SQLite and PostgreSQL."""

from __future__ import annotations

from newsroom import Reports
from sqlalchemy import select

from tasdiq.link import link
from tasdiq.model import AuditEntry, IncidentMention
from tasdiq.store import Store

MARKET_A = ("A bomb hidden in a cart exploded in the vegetable market of Kabul's fifth district on Tuesday "
            "morning, killing 12 people, police said. Shopkeepers said the blast tore through stalls.")
MARKET_B = ("Twelve? No: hospital officials in Kabul counted 15 dead after Tuesday's market explosion; "
            "doctors said many of the wounded were porters who had been unloading carts near the stalls.")
MARKET_C = ("At least 19 people were killed when explosives went off among market stalls in the Afghan capital, "
            "a local health worker told our reporter, adding that the toll could rise.")
CHECKPOINT = ("Gunmen attacked a police checkpoint on the Torkham road near Jalalabad overnight, "
              "killing three officers before fleeing into the hills, a provincial spokesman said.")


def _run(store: Store) -> None:
    with store.session(actor="linker") as s:
        link(session=s)


def test_three_outlets_with_different_tolls_make_one_incident_whose_range_spans_them(
    store: Store, reports: Reports
) -> None:
    a = reports.add(publisher="Kabul Daily", text=MARKET_A, killed=12, targets=["market"])
    b = reports.add(publisher="Hindukush Radio", text=MARKET_B, killed=15, targets=["market"])
    c = reports.add(publisher="Frontier Post", text=MARKET_C, killed=(19, 19, None), day="2023-03-15",
                    targets=["market"])
    _run(store)

    incident_id = reports.incident_of(a)
    assert incident_id is not None
    assert reports.incident_of(b) == incident_id == reports.incident_of(c)
    incident = reports.incident(incident_id)
    # "At least 19" is the largest figure: it raises the floor and leaves the top unknown.
    assert (incident.killed_low, incident.killed_best, incident.killed_high) == (19, 19, None)
    explained = incident.explanation
    assert "at least" in explained["killed"]["why"]["high"]
    assert {row["publisher"] for row in explained["sources"]} == {"Kabul Daily", "Hindukush Radio", "Frontier Post"}
    assert "at least 19" in explained["killed"]["why"]["low"]
    assert explained["independent_sources"] == 3
    assert incident.title == "Bombing, Kabul, 2023-03-14"


def test_range_spans_the_outlets_exact_figures(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Kabul Daily", text=MARKET_A, killed=12, targets=["market"])
    reports.add(publisher="Hindukush Radio", text=MARKET_B, killed=15, targets=["market"])
    reports.add(publisher="Frontier Post", text=MARKET_C, killed=21, day="2023-03-15", targets=["market"])
    _run(store)

    incident = reports.incident(reports.incident_of(a) or 0)
    assert (incident.killed_low, incident.killed_best, incident.killed_high) == (12, 15, 21)
    assert "median" in incident.explanation["killed"]["why"]["best"]


def test_two_attacks_on_the_same_day_in_different_provinces_stay_apart(store: Store, reports: Reports) -> None:
    market = reports.add(publisher="Kabul Daily", text=MARKET_A, killed=12)
    checkpoint = reports.add(publisher="Kabul Daily", text=CHECKPOINT, place="Jalalabad", killed=3,
                             attack_type="armed_assault", targets=["police"])
    _run(store)

    assert reports.incident_of(market) != reports.incident_of(checkpoint)
    assert reports.incident_count() == 2


def test_undated_report_with_only_place_and_type_stays_apart(store: Store, reports: Reports) -> None:
    dated = reports.add(publisher="Kabul Daily", text=MARKET_A, killed=12, targets=["market"])
    undated = reports.add(publisher="Weekly Review", text="A bombing in Kabul was reported.", day=None)
    _run(store)

    assert reports.incident_of(dated) != reports.incident_of(undated)


def test_undated_report_with_matching_place_type_targets_and_toll_joins(store: Store, reports: Reports) -> None:
    dated = reports.add(publisher="Kabul Daily", text=MARKET_A, killed=12, targets=["market"])
    undated = reports.add(publisher="Weekly Review", text="The market bombing in Kabul that killed twelve.",
                          day=None, killed=12, targets=["market"])
    _run(store)

    assert reports.incident_of(dated) == reports.incident_of(undated)


def test_syndicated_copies_count_once(store: Store, reports: Reports) -> None:
    wire = reports.add(publisher="Wire Agency", text=MARKET_A, killed=12)
    copy1 = reports.add(publisher="Evening Mirror", text=MARKET_A, killed=12)
    copy2 = reports.add(publisher="Morning Star", text=MARKET_A, killed=12)
    own = reports.add(publisher="Hindukush Radio", text=MARKET_B, killed=15)
    _run(store)

    incident_id = reports.incident_of(wire)
    assert incident_id is not None and {reports.incident_of(m) for m in (copy1, copy2, own)} == {incident_id}
    explained = reports.incident(incident_id).explanation
    assert explained["independent_sources"] == 2
    assert len(explained["syndicated"]) == 1 and len(explained["syndicated"][0]) == 3
    # one figure per independent voice: the wire story's 12 once, the radio's 15
    assert explained["killed"]["why"]["best"].startswith("median of 2")


def test_new_mention_joins_existing_incident_without_touching_others(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Kabul Daily", text=MARKET_A, killed=12, targets=["market"])
    other = reports.add(publisher="Kabul Daily", text=CHECKPOINT, place="Jalalabad", killed=3,
                        attack_type="armed_assault")
    _run(store)
    with store.session() as s:
        before = s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))  # type: ignore[attr-defined]

    late = reports.add(publisher="Hindukush Radio", text=MARKET_B, killed=15, targets=["market"])
    _run(store)

    assert reports.incident_of(late) == reports.incident_of(a)
    other_incident = reports.incident_of(other)
    with store.session() as s:
        touched = {(e.entity, e.entity_id) for e in s.scalars(select(AuditEntry).where(AuditEntry.id > before))}  # type: ignore[operator]
        assert ("incidents", str(other_incident)) not in touched
        assert len(list(s.scalars(select(IncidentMention)))) == 3
    assert reports.incident(reports.incident_of(a) or 0).killed_best == 12


def test_perpetrators_claimed_toll_never_sets_best(store: Store, reports: Reports) -> None:
    a = reports.add(publisher="Kabul Daily", text=MARKET_A, killed=12, targets=["market"])
    claim = reports.add(publisher="Group media office", kind="claim_bulletin", killed=60, targets=["market"],
                        text="Our soldiers struck the gathering in Kabul market and killed sixty.",
                        perpetrator="ISKP", perpetrator_certainty="claimed",
                        claims=[{"kind": "responsibility", "claimant": "ISKP", "killed_claimed": 60}])
    _run(store)

    incident = reports.incident(reports.incident_of(a) or 0)
    assert reports.incident_of(claim) == incident.id
    assert (incident.killed_best, incident.killed_high) == (12, 12)
    assert incident.explanation["claimed"][0]["killed"] == 60
    assert incident.perpetrator_summary == "claimed: ISKP"


def test_later_report_of_one_outlet_supersedes_its_first(store: Store, reports: Reports) -> None:
    first = reports.add(publisher="Kabul Daily", text=MARKET_A, killed=12, published="2023-03-14T08:00:00")
    reports.add(publisher="Kabul Daily", text=MARKET_A.replace("12", "16") + " Update.", killed=16,
                published="2023-03-14T18:00:00")
    _run(store)

    incident = reports.incident(reports.incident_of(first) or 0)
    assert (incident.killed_low, incident.killed_best, incident.killed_high) == (16, 16, 16)
    roles = [row["role"] for row in incident.explanation["sources"]]
    assert any("earlier report" in r for r in roles)


def test_bulk_written_links_and_incidents_are_in_the_audit_chain(store: Store, reports: Reports) -> None:
    from tasdiq.store.audit import verify_chain

    reports.add(publisher="Kabul Daily", text=MARKET_A, killed=12, targets=["market"])
    reports.add(publisher="Hindukush Radio", text=MARKET_B, killed=15, targets=["market"])
    _run(store)
    with store.session() as s:
        entities = [e.entity for e in s.scalars(select(AuditEntry).where(AuditEntry.actor == "linker"))]
        assert entities.count("incidents") == 1 and entities.count("incident_mentions") == 2
        verify_chain(s.connection())


def test_link_summary_reports_cpu_per_stage_and_the_incidents_scored(store: Store, reports: Reports) -> None:
    reports.add(publisher="Kabul Daily", text=MARKET_A, killed=12, targets=["market"])
    reports.add(publisher="Hindukush Radio", text=MARKET_B, killed=15, targets=["market"])
    reports.add(publisher="Nangarhar Voice", text=CHECKPOINT, place="Jalalabad", attack_type="armed_assault",
                killed=3, targets=["police"])
    with store.session(actor="linker") as s:
        summary = link(session=s)
    assert set(summary.cpu) == set(summary.stages) == {"load", "place", "write"}
    assert all(v >= 0 for v in summary.cpu.values())
    # The second market report is scored against the first; the other two start alone (Jalalabad is another block).
    assert summary.compared == 1
