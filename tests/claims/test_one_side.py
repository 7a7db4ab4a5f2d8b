"""A group and its own branch, or a state and the outlet that speaks for it, are one side:
never rival attributions, never independent corroboration of each other."""

from __future__ import annotations

import datetime as dt

from claims.casebook import T0, add_claim, add_incident, add_source
from tasdiq.claims import ledger
from tasdiq.claims.flags import Figure, FlagContext, reasons
from tasdiq.model import Claim, Source
from tasdiq.model.enums import ClaimKind, ClaimOrigin
from tasdiq.store import Store


def test_an_islamic_state_claim_beside_an_iskp_claim_is_not_a_competing_attribution(store: Store) -> None:
    with store.session() as s:
        mosque = add_incident(s, date=dt.date(2021, 10, 8), admin1="AF-KDZ")
        for publisher, subject in (("Courier (test)", "ISKP"), ("Daily (test)", "Islamic State")):
            source = add_source(s, publisher=publisher, text=f"{subject} said it carried out the bombing.")
            add_claim(s, incident_id=mosque.id, source_id=source.id, kind="responsibility", claimant=subject,
                      subject=subject, origin="extracted")
        book = ledger(session=s, incident_id=mosque.id or 0)
    assert len(book.groups) == 2 and not book.competing  # both shown, neither contests the other


def test_the_haqqanis_beside_the_islamic_state_still_compete(store: Store) -> None:
    with store.session() as s:
        mosque = add_incident(s, date=dt.date(2021, 10, 8), admin1="AF-KDZ")
        for subject in ("ISIS-K", "Haqqani Network"):
            source = add_source(s, publisher=f"{subject} wire (test)", text=f"Officials blamed the {subject}.")
            add_claim(s, incident_id=mosque.id, source_id=source.id, kind="attribution", subject=subject,
                      origin="extracted")
        assert ledger(session=s, incident_id=mosque.id or 0).competing


def _army_claim() -> Claim:
    # what the extractor writes for "the army said it killed 12 militants": the registry key
    return Claim(id=1, source_id=1, kind=ClaimKind.RESPONSIBILITY, claimant="PAK_GOV", subject="PAK_GOV",
                 killed_claimed=12, origin=ClaimOrigin.EXTRACTED)


def test_ispr_reporting_the_armys_own_toll_is_not_independent_of_the_pakistani_state() -> None:
    army = Source(id=1, kind="news", publisher="Frontier Wire (test)", published=T0)
    context = FlagContext(frozenset({"PAK_GOV"}), (Figure(2, "ISPR", T0.date(), 12, None),))
    assert [r.flag for r in reasons(_army_claim(), source=army, context=context)] == ["unverifiable"]


def test_an_outlet_outside_the_conflict_matching_the_armys_toll_corroborates_it() -> None:
    army = Source(id=1, kind="news", publisher="Frontier Wire (test)", published=T0)
    context = FlagContext(frozenset({"PAK_GOV"}), (Figure(2, "Valley Monitor (test)", T0.date(), 12, None),))
    assert reasons(_army_claim(), source=army, context=context) == []


def test_bakhtar_before_august_2021_is_the_republics_outlet_and_after_it_the_taliban_s() -> None:
    def released_by(day: dt.datetime) -> str:
        claim = Claim(id=1, source_id=1, kind=ClaimKind.ATTRIBUTION, subject="TALIBAN", origin=ClaimOrigin.EXTRACTED)
        source = Source(id=1, kind="news", publisher="Bakhtar News Agency", published=day)
        found = reasons(claim, source=source, context=FlagContext(frozenset(), ()))
        return found[0].grounds

    assert released_by(dt.datetime(2020, 6, 1, tzinfo=dt.UTC)).endswith("Government of Afghanistan (2001-2021)")
    assert released_by(dt.datetime(2022, 6, 1, tzinfo=dt.UTC)).endswith("Taliban")
