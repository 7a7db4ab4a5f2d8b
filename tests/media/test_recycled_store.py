"""Recycled footage in the ledger: attaching old media to a new incident flags it and answers the check."""

from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps
from sqlalchemy import select

from tasdiq.ingest.pipeline import Ingester
from tasdiq.media import ledger
from tasdiq.model import Evidence, EvidenceLink, Incident, Verification
from tasdiq.store import Store
from tasdiq.store.schema import cols


def scene(seed: int) -> Image.Image:
    """A street-like picture of coloured blocks and a caption, different for every seed."""
    rng = random.Random(seed)
    image = Image.new("RGB", (640, 360), tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(14):
        x, y = rng.randrange(600), rng.randrange(330)
        box = (x, y, x + rng.randrange(30, 240), y + rng.randrange(20, 160))
        fill = tuple(rng.randrange(256) for _ in range(3))
        (draw.ellipse if rng.random() < 0.4 else draw.rectangle)(box, fill=fill)
    draw.text((20, 320), f"frame {seed}", fill=(255, 255, 255))
    return image


def jpeg(image: Image.Image, quality: int = 85) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def ingest(store: Store, folder: Path, name: str, data: bytes) -> int:
    """Store and analyse one file the way an analyst's `tasdiq ingest` would."""
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    outcome = Ingester(store, actor="test").ingest_file(folder / name)
    assert outcome.evidence_ids and outcome.problem is None, outcome
    return outcome.evidence_ids[0]


def incident(store: Store, title: str, day: dt.date) -> int:
    with store.session(actor="test") as session:
        row = Incident(title=title, date=day)
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def first_seen(store: Store, evidence_id: int, when: dt.datetime) -> None:
    with store.session(actor="test") as session:
        evidence = session.get(Evidence, evidence_id)
        assert evidence is not None
        evidence.first_seen = when


def attach(store: Store, evidence_id: int, incident_id: int) -> None:
    with store.session(actor="analyst") as session:
        ledger.attach_evidence(session=session, evidence_id=evidence_id, incident_id=incident_id, analyst="analyst")


def link(store: Store, evidence_id: int, incident_id: int) -> EvidenceLink:
    with store.session() as session:
        c = cols(EvidenceLink)
        query = select(EvidenceLink).where(c.evidence_id == evidence_id, c.incident_id == incident_id)
        return session.scalars(query).one()


def automatic_checks(store: Store, incident_id: int) -> list[Verification]:
    with store.session() as session:
        c = cols(Verification)
        query = select(Verification).where(c.incident_id == incident_id, c.check == "media_not_recycled")
        return list(session.scalars(query.order_by(c.id)))


def status(store: Store, incident_id: int) -> str:
    with store.session() as session:
        row = session.get(Incident, incident_id)
        assert row is not None
        return row.status


def test_2023_footage_matching_a_2021_item_flags_both_links_and_fails_the_check(store: Store, tmp_path: Path) -> None:
    original = scene(2021)
    old = ingest(store, tmp_path / "in", "gate-2021.jpg", jpeg(original))
    first_seen(store, old, dt.datetime(2021, 8, 26, 14, 0, tzinfo=dt.UTC))
    repost = ingest(store, tmp_path / "in", "repost.jpg", jpeg(ImageOps.mirror(original).resize((480, 270)), 45))
    old_incident = incident(store, "airport gate blast", dt.date(2021, 8, 26))
    new_incident = incident(store, "ministry blast", dt.date(2023, 3, 27))

    attach(store, old, old_incident)
    attach(store, repost, new_incident)

    new_link, old_link = link(store, repost, new_incident), link(store, old, old_incident)
    assert new_link.recycled and old_link.recycled
    assert new_link.recycled_note is not None and old_link.recycled_note is not None
    assert f"evidence {old} (gate-2021.jpg) first seen 2021-08-26" in new_link.recycled_note
    assert f"incident {old_incident} (2021-08-26, airport gate blast)" in new_link.recycled_note
    assert f"evidence {repost}" in old_link.recycled_note and f"incident {new_incident}" in old_link.recycled_note

    (check,) = automatic_checks(store, new_incident)
    assert (check.result, check.automatic, check.analyst) == ("fail", True, "tasdiq")
    assert check.note is not None and "gate-2021.jpg" in check.note and "first seen 2021-08-26" in check.note
    assert status(store, new_incident) == "debunked"  # a recycled-media failure is decisive


def test_the_earlier_incident_passes_and_names_where_its_media_turned_up_again(store: Store, tmp_path: Path) -> None:
    original = scene(7)
    old = ingest(store, tmp_path / "in", "market.jpg", jpeg(original))
    repost = ingest(store, tmp_path / "in", "market-repost.jpg", jpeg(original.resize((320, 180)), 50))
    old_incident = incident(store, "market blast", dt.date(2021, 9, 3))
    new_incident = incident(store, "bus station blast", dt.date(2023, 5, 14))
    attach(store, old, old_incident)
    attach(store, repost, new_incident)

    with store.session(actor="test") as session:
        result = ledger.check_recycled(session=session, incident_id=old_incident)

    assert result.result.value == "pass" and f"reused later: matches evidence {repost}" in result.note
    assert f"incident {new_incident}" in result.note
    # The pass recorded when it was attached is replaced by one that says where the media went.
    assert [c.note == result.note for c in automatic_checks(store, old_incident)] == [False, True]
    assert [c.result for c in automatic_checks(store, new_incident)] == ["fail"]


def test_unrelated_media_pass_the_check(store: Store, tmp_path: Path) -> None:
    old = ingest(store, tmp_path / "in", "old.jpg", jpeg(scene(1)))
    first_seen(store, old, dt.datetime(2021, 1, 5, tzinfo=dt.UTC))
    attach(store, old, incident(store, "older attack", dt.date(2021, 1, 5)))
    fresh = ingest(store, tmp_path / "in", "fresh.jpg", jpeg(scene(2)))
    new_incident = incident(store, "checkpoint attack", dt.date(2023, 6, 1))

    attach(store, fresh, new_incident)

    assert not link(store, fresh, new_incident).recycled
    (check,) = automatic_checks(store, new_incident)
    assert (check.result, check.automatic) == ("pass", True)
    assert check.note == "1 media item(s) matched nothing seen earlier or elsewhere"


def test_the_same_image_attached_to_two_incidents_flags_both(store: Store, tmp_path: Path) -> None:
    photo = ingest(store, tmp_path / "in", "crowd.jpg", jpeg(scene(3)))
    first = incident(store, "mosque blast", dt.date(2022, 4, 22))
    second = incident(store, "school blast", dt.date(2022, 4, 22))

    attach(store, photo, first)
    attach(store, photo, second)

    assert link(store, photo, first).recycled and link(store, photo, second).recycled
    assert f"incident {first}" in (link(store, photo, second).recycled_note or "")
    (check,) = automatic_checks(store, second)
    # Same day: no telling which event the photo shows, so the check fails on this one.
    assert check.result == "fail" and "crowd.jpg" in (check.note or "")


def test_checking_again_records_nothing_new(store: Store, tmp_path: Path) -> None:
    photo = ingest(store, tmp_path / "in", "street.jpg", jpeg(scene(4)))
    target = incident(store, "market attack", dt.date(2023, 2, 1))
    attach(store, photo, target)

    with store.session(actor="test") as session:
        again = ledger.check_recycled(session=session, incident_id=target)

    assert again.verification_id is None and again.result.value == "pass"
    assert len(automatic_checks(store, target)) == 1


def test_detaching_the_recycled_item_clears_its_flags_and_the_check_passes_again(store: Store, tmp_path: Path) -> None:
    original = scene(5)
    old = ingest(store, tmp_path / "in", "old.jpg", jpeg(original))
    first_seen(store, old, dt.datetime(2021, 3, 1, tzinfo=dt.UTC))
    old_incident = incident(store, "old blast", dt.date(2021, 3, 1))
    new_incident = incident(store, "new blast", dt.date(2023, 3, 1))
    repost = ingest(store, tmp_path / "in", "repost.jpg", jpeg(original, 40))
    good = ingest(store, tmp_path / "in", "own.jpg", jpeg(scene(6)))
    attach(store, old, old_incident)
    attach(store, repost, new_incident)
    attach(store, good, new_incident)

    with store.session(actor="analyst") as session:
        ledger.detach_evidence(session=session, evidence_id=repost, incident_id=new_incident)

    assert not link(store, old, old_incident).recycled
    assert [c.result for c in automatic_checks(store, new_incident)] == ["fail", "pass"]
