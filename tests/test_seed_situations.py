"""The seed situations end to end, on the team's own texts (tests/fixtures/texts).

The three reports in ../shared/examples/seeds are the product's problem in miniature; tests
may not read them, so the team wrote texts that reproduce their situations. Here those
texts go through the whole pipeline a user runs (`tasdiq ingest`, `extract`, `link`) and
the results are read back through the library (`tasdiq.claims.ledger`, the model):

- one attack told by three reports (one dated, two not) is one incident fed by all three;
- a claim of responsibility and a counter-attribution stand side by side on one incident;
- a confession aired by one party's television is flagged as released by a party to the
  conflict, and as possibly coerced;
- attacks told without a date stay undated: a guessed date would mislead the linker.

Which mention is which comes from `expected.json` beside the texts (admin1 and attack type
of each coded incident), so the test and the coding of the texts cannot drift apart.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from tasdiq.claims import ledger
from tasdiq.claims.reference import actor_key
from tasdiq.cli.main import app
from tasdiq.model import Incident, IncidentMention, Mention, Source
from tasdiq.model.enums import ClaimKind
from tasdiq.store import Store
from tasdiq.store.schema import cols

TEXTS = Path(__file__).parent / "fixtures" / "texts"
EXPECTED: dict[str, Any] = json.loads((TEXTS / "expected.json").read_text(encoding="utf-8"))
REPORTS = sorted(p for p in TEXTS.glob("*.md") if p.name != "README.md")
runner = CliRunner()


def _cli(store: Store, *args: str) -> None:
    options = ["--data-dir", str(store.settings.home), "--as", "seed-test"]
    if store.settings.database_url:
        options += ["--database-url", store.settings.database_url]
    result = runner.invoke(app, [*options, *args])
    assert result.exit_code == 0, result.output


@pytest.fixture
def linked(store: Store) -> Store:
    """The team's texts ingested, extracted and linked, as a user would run it."""
    _cli(store, "ingest", *(str(p) for p in REPORTS))
    _cli(store, "extract")
    _cli(store, "link")
    return store


def _url(name: str) -> str:
    found = re.search(r"^url:\s*(\S+)", (TEXTS / name).read_text(encoding="utf-8"), re.MULTILINE)
    assert found, f"{name} has no url in its front matter"
    return found.group(1)


def _coded(ref: str) -> dict[str, Any]:
    """The coded incident `file.md#key` from expected.json."""
    name, key = ref.split("#")
    return next(i for i in EXPECTED[name]["incidents"] if i["key"] == key)


def _mention(session: Session, ref: str) -> Mention:
    """The one mention of `file.md#key`: the source's mention of that attack type in that province."""
    name = ref.split("#")[0]
    coded = _coded(ref)
    source = session.scalars(select(Source).where(cols(Source).url == _url(name))).one()
    found = [
        m for m in session.scalars(select(Mention).where(cols(Mention).source_id == source.id))
        if m.admin1 == coded["location"]["admin1"] and m.attack_type == coded["attack_type"]
    ]
    assert len(found) == 1, f"{ref}: {len(found)} mentions of a {coded['attack_type']} in {coded['location']}"
    return found[0]


def _incident_of(session: Session, mention: Mention) -> int:
    link = session.scalars(select(IncidentMention).where(cols(IncidentMention).mention_id == mention.id)).one()
    return link.incident_id


def test_airport_bombing_told_by_three_reports_is_one_incident_fed_by_all_three(linked: Store) -> None:
    [refs] = EXPECTED["same_incident_across_texts"]
    with linked.session(actor="seed-test") as session:
        mentions = [_mention(session, ref) for ref in refs]
        incidents = {_incident_of(session, m) for m in mentions}
        assert len(incidents) == 1, f"the airport bombing is split over incidents {sorted(incidents)}"
        [incident_id] = incidents
        feeding = session.scalars(
            select(IncidentMention).where(cols(IncidentMention).incident_id == incident_id)
        ).all()
        assert {f.mention_id for f in feeding} == {m.id for m in mentions}, "only its own reports feed it"


def test_isis_k_claim_and_haqqani_counter_attribution_stand_side_by_side(linked: Store) -> None:
    ref = "peshawar-mosque-opinion.md#peshawar-shia-mosque"
    with linked.session(actor="seed-test") as session:
        incident_id = _incident_of(session, _mention(session, ref))
        book = ledger(session=session, incident_id=incident_id)
    said = {(c.kind, actor_key(c.subject), c.claimant) for c in book.claims}
    for claim in _coded(ref)["claims"]:
        claimant = actor_key(claim["claimant"]) or claim["claimant"]
        assert (claim["kind"], actor_key(claim["subject"]), claimant) in said, f"{claim} is missing from {said}"
    by_subject = {g.key: g for g in book.groups}
    assert by_subject["ISKP"].claims and by_subject["HAQQANI"].claims, "neither claim may absorb the other"
    assert book.competing


def test_confession_aired_by_taliban_television_is_flagged_released_by_party_and_possible_coercion(
    linked: Store,
) -> None:
    ref = "ministry-confession-feature.md#kabul-refugees-ministry"
    with linked.session(actor="seed-test") as session:
        incident_id = _incident_of(session, _mention(session, ref))
        book = ledger(session=session, incident_id=incident_id)
    confessions = [c for c in book.claims if c.kind == ClaimKind.CONFESSION]
    assert len(confessions) == 1, book.claims
    [confession] = confessions
    assert confession.released_by_party and confession.possible_coercion
    assert actor_key(confession.claimant) == "TALIBAN"
    claimed = [c for c in book.claims if c.kind == ClaimKind.RESPONSIBILITY]
    assert [actor_key(c.subject) for c in claimed] == ["ISKP"], "the group's own claim stays beside the confession"


def _undated_mentions(session: Session) -> list[Mention]:
    """Mentions of attacks the coding leaves undated: every mention of a text that dates
    nothing, and the coded undated attack of a text that dates another one."""
    found: list[Mention] = []
    for name, coded in EXPECTED.items():
        if not name.endswith(".md"):
            continue
        undated = [i for i in coded["incidents"] if i["date"] is None]
        if len(undated) == len(coded["incidents"]):
            source = session.scalars(select(Source).where(cols(Source).url == _url(name))).one()
            found += session.scalars(select(Mention).where(cols(Mention).source_id == source.id)).all()
        else:
            found += [_mention(session, f"{name}#{i['key']}") for i in undated]
    return found


def test_attacks_told_without_a_date_stay_undated(linked: Store) -> None:
    with linked.session(actor="seed-test") as session:
        undated = _undated_mentions(session)
        assert len(undated) >= 7
        dated = [(m.place_name, m.date) for m in undated if m.date is not None]
        assert not dated, f"attacks told without a date got one: {dated}"
        undated_ids = {m.id for m in undated}
        for incident_id in {_incident_of(session, m) for m in undated}:
            members = session.scalars(
                select(cols(IncidentMention).mention_id).where(cols(IncidentMention).incident_id == incident_id)
            ).all()
            incident = session.get(Incident, incident_id)
            assert incident is not None
            if set(members) <= undated_ids:
                assert incident.date is None, f"{incident.title}: dated {incident.date} by no report"
