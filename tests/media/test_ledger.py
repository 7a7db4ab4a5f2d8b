"""Evidence in the ledger: attached to incidents with what it shows, audited, personal details withheld."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from test_recycled_store import incident, ingest, jpeg, scene
from typer.testing import CliRunner

from tasdiq.cli.common import CliState
from tasdiq.cli.evidence import evidence_app
from tasdiq.errors import InputError, NotFound
from tasdiq.media import ledger
from tasdiq.media.testset import render_clip
from tasdiq.model import AuditEntry, Evidence, Source
from tasdiq.store import Store
from tasdiq.store.schema import cols


def audit_actions(store: Store, entity: str) -> list[tuple[str, str, dict[str, object] | None]]:
    with store.session() as session:
        c = cols(AuditEntry)
        rows = session.scalars(select(AuditEntry).where(c.entity == entity).order_by(c.id))
        return [(r.action, r.actor, r.after) for r in rows]


def test_attach_detach_and_graphic_are_audited(store: Store, tmp_path: Path) -> None:
    photo = ingest(store, tmp_path / "in", "scene.jpg", jpeg(scene(11)))
    target = incident(store, "checkpoint attack", dt.date(2023, 7, 2))

    with store.session(actor="amina") as session:
        link = ledger.attach_evidence(
            session=session, evidence_id=photo, incident_id=target, analyst="amina", note="smoke over the checkpoint"
        )
        assert (link.note, link.analyst) == ("smoke over the checkpoint", "amina")
    with store.session(actor="amina") as session:
        ledger.set_graphic(session=session, evidence_id=photo, graphic=True)
    with store.session(actor="bilal") as session:
        ledger.detach_evidence(session=session, evidence_id=photo, incident_id=target)

    links = audit_actions(store, "evidence_links")
    assert [(action, actor) for action, actor, _ in links] == [("insert", "amina"), ("delete", "bilal")]
    assert links[0][2] is not None and links[0][2]["note"] == "smoke over the checkpoint"
    graphic = [after for action, actor, after in audit_actions(store, "evidence") if action == "update"]
    assert graphic and graphic[-1] is not None and graphic[-1]["graphic"] is True


def test_attaching_again_changes_the_note_and_keeps_one_link(store: Store, tmp_path: Path) -> None:
    photo = ingest(store, tmp_path / "in", "scene.jpg", jpeg(scene(12)))
    target = incident(store, "market attack", dt.date(2023, 7, 3))
    with store.session(actor="amina") as session:
        ledger.attach_evidence(session=session, evidence_id=photo, incident_id=target, analyst="amina", note="crowd")
        ledger.attach_evidence(
            session=session, evidence_id=photo, incident_id=target, analyst="amina", note="aftermath"
        )
        attached = ledger.evidence_for_incident(session=session, incident_id=target)
    assert [(link.note, evidence.name) for link, evidence in attached] == [("aftermath", "scene.jpg")]


def test_a_time_range_on_a_photo_is_refused(sqlite_store: Store, tmp_path: Path) -> None:
    photo = ingest(sqlite_store, tmp_path / "in", "scene.jpg", jpeg(scene(13)))
    target = incident(sqlite_store, "bridge attack", dt.date(2023, 7, 4))
    with pytest.raises(InputError, match="image, which has no time range"), sqlite_store.session() as session:
        ledger.attach_evidence(session=session, evidence_id=photo, incident_id=target, analyst="a", t_start=3.0)


def test_attaching_to_a_missing_incident_names_it(sqlite_store: Store, tmp_path: Path) -> None:
    photo = ingest(sqlite_store, tmp_path / "in", "scene.jpg", jpeg(scene(14)))
    with pytest.raises(NotFound, match="incident"), sqlite_store.session() as session:
        ledger.attach_evidence(session=session, evidence_id=photo, incident_id=999, analyst="a")


def test_detail_names_source_hashes_derived_copies_and_incidents(store: Store, tmp_path: Path) -> None:
    photo = ingest(store, tmp_path / "in", "scene.jpg", jpeg(scene(15)))
    target = incident(store, "convoy ambush", dt.date(2023, 7, 5))
    with store.session(actor="amina") as session:
        source = Source(sha256="0" * 64, title="Convoy ambushed on the ring road", publisher="Example News")
        session.add(source)
        session.flush()
        assert source.id is not None
        ledger.set_source(session=session, evidence_id=photo, source_id=source.id)
        ledger.attach_evidence(session=session, evidence_id=photo, incident_id=target, analyst="amina", note="convoy")
    with store.session() as session:
        detail = ledger.evidence_detail(session=session, evidence_id=photo).to_dict()
    assert detail["source"]["title"] == "Convoy ambushed on the ring road"
    assert detail["hashes"] == {"cdhash": 1, "pdq": 1}
    assert {d["role"] for d in detail["derived"]} == {"thumbnail"}
    assert [(i["incident_id"], i["note"], i["recycled"]) for i in detail["incidents"]] == [(target, "convoy", False)]
    assert detail["recycled"] == []


def _runner(store: Store) -> tuple[CliRunner, CliState]:
    return CliRunner(), CliState(store.settings)


def test_show_withholds_device_and_gps_unless_asked(sqlite_store: Store, tmp_path: Path) -> None:
    photo = ingest(sqlite_store, tmp_path / "in", "scene.jpg", jpeg(scene(16)))
    with sqlite_store.session(actor="test") as session:
        evidence = session.get(Evidence, photo)
        assert evidence is not None
        evidence.device, evidence.gps_lat, evidence.gps_lon = "PhoneMaker X2", 34.52, 69.18
        evidence.metadata_json = {**evidence.metadata_json, "tags": {"BodySerialNumber": "A1B2"}}
    runner, state = _runner(sqlite_store)

    hidden = json.loads(runner.invoke(evidence_app, ["show", str(photo), "--json"], obj=state).stdout)
    shown = json.loads(
        runner.invoke(evidence_app, ["show", str(photo), "--json", "--include-personal"], obj=state).stdout
    )

    assert "device" not in hidden and "gps_lat" not in hidden and "tags" not in hidden["metadata"]
    assert hidden["withheld"] == ["device", "gps_lat", "gps_lon", "metadata.tags"]
    assert (shown["device"], shown["gps_lat"], shown["metadata"]["tags"]) == (
        "PhoneMaker X2",
        34.52,
        {"BodySerialNumber": "A1B2"},
    )
    listed = json.loads(runner.invoke(evidence_app, ["list", "--json"], obj=state).stdout)
    assert "device" not in listed["evidence"][0]


def test_cli_attaches_flags_graphic_and_checks_an_incident(sqlite_store: Store, tmp_path: Path) -> None:
    photo = ingest(sqlite_store, tmp_path / "in", "scene.jpg", jpeg(scene(17)))
    target = incident(sqlite_store, "school attack", dt.date(2023, 7, 6))
    runner, state = _runner(sqlite_store)

    attached = runner.invoke(
        evidence_app, ["attach", str(photo), str(target), "--note", "classroom", "--json"], obj=state
    )
    assert attached.exit_code == 0, attached.output
    assert json.loads(attached.stdout)["recycled_check"]["result"] == "pass"
    assert runner.invoke(evidence_app, ["graphic", str(photo), "--on"], obj=state).exit_code == 0
    listed = json.loads(runner.invoke(evidence_app, ["list", "--incident", str(target), "--json"], obj=state).stdout)
    (row,) = listed["evidence"]
    assert (row["id"], row["graphic"], row["link"]["note"]) == (photo, True, "classroom")
    checked = runner.invoke(evidence_app, ["check-recycled", str(target)], obj=state)
    assert checked.exit_code == 0 and "media_not_recycled: pass (unchanged)" in checked.stdout
    missing = runner.invoke(evidence_app, ["show", "999"], obj=state)
    assert missing.exit_code == 1 and "no evidence with id 999" in missing.output


def test_a_video_link_keeps_its_time_range_and_refuses_one_past_the_end(sqlite_store: Store, tmp_path: Path) -> None:
    clip = ingest(sqlite_store, tmp_path / "in", "clip.mp4", render_clip(3, seconds=4, size=(160, 120)))
    target = incident(sqlite_store, "road blast", dt.date(2023, 7, 7))
    with sqlite_store.session(actor="amina") as session:
        link = ledger.attach_evidence(
            session=session, evidence_id=clip, incident_id=target, analyst="amina", t_start=1.0, t_end=2.5
        )
        assert (link.t_start, link.t_end) == (1.0, 2.5)
    with pytest.raises(InputError, match=r"lasts 4\.0 s"), sqlite_store.session() as session:
        ledger.attach_evidence(session=session, evidence_id=clip, incident_id=target, analyst="a", t_start=1, t_end=9)
