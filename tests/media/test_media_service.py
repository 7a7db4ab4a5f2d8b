"""Stored evidence is analysed in place, matched against the store, and recycled footage flagged."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PIL import ImageOps
from sqlalchemy import select
from typer.testing import CliRunner

from tasdiq.cli.common import CliState
from tasdiq.cli.media import media_app
from tasdiq.ingest.pipeline import Ingester
from tasdiq.media import analyse, media_not_recycled, service
from tasdiq.media.testset import cut_clip, encode_jpeg, render_clip, render_scene
from tasdiq.model import DerivedObject, Evidence, EvidenceLink, Incident, MediaHash
from tasdiq.model.enums import CheckResult
from tasdiq.store import Store
from tasdiq.store.schema import table_of


def _ingest(store: Store, folder: Path, files: dict[str, bytes]) -> dict[str, int]:
    folder.mkdir(exist_ok=True)
    ids = {}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        outcome = Ingester(store, actor="test").ingest_file(folder / name)
        assert outcome.evidence_ids, outcome
        ids[name] = outcome.evidence_ids[0]
    return ids


def _analyse_all(store: Store) -> None:
    with store.session(actor="test") as session:
        ids = service.pending(session=session)
    for evidence_id in ids:
        with store.session(actor="test") as session:
            service.analyse_evidence(session=session, objects=store.objects, evidence_id=evidence_id)


@pytest.fixture
def clip() -> bytes:
    return render_clip(7, seconds=24, size=(240, 180))


def test_analysing_stored_evidence_records_hashes_metadata_and_derived_copies(
    sqlite_store: Store, tmp_path: Path, clip: bytes
) -> None:
    ids = _ingest(sqlite_store, tmp_path / "in", {"scene.jpg": encode_jpeg(render_scene(1)), "long.mp4": clip})
    originals = {sha: sqlite_store.objects.read(sha) for sha in sqlite_store.objects}
    _analyse_all(sqlite_store)
    with sqlite_store.session() as session:
        image = session.get(Evidence, ids["scene.jpg"])
        video = session.get(Evidence, ids["long.mp4"])
        assert image is not None and video is not None
        assert (image.kind, image.width, image.height, image.pdq_quality) == ("image", 1280, 720, 100)
        assert image.pdq is not None and len(image.pdq) == 64
        assert (video.kind, video.codec, video.duration_s) == ("video", "h264", pytest.approx(24.0, abs=0.1))
        frames = session.scalars(select(MediaHash).where(table_of(MediaHash).c.evidence_id == video.id)).all()
        assert sum(f.algorithm == "pdq" for f in frames) == 48
        derived = session.scalars(select(DerivedObject)).all()
        assert {d.role for d in derived} == {"thumbnail", "keyframe"}
    for sha, data in originals.items():
        assert sqlite_store.objects.read(sha) == data, "an original changed"


def test_a_bad_file_keeps_its_original_and_records_the_reason(sqlite_store: Store, tmp_path: Path) -> None:
    data = encode_jpeg(render_scene(2))
    ids = _ingest(sqlite_store, tmp_path / "in", {"broken.jpg": data[: len(data) // 3]})
    _analyse_all(sqlite_store)
    with sqlite_store.session() as session:
        evidence = session.get(Evidence, ids["broken.jpg"])
        assert evidence is not None and evidence.analysis_error is not None
        assert "truncated" in evidence.analysis_error and evidence.analysed_at is not None
    assert sqlite_store.objects.read(evidence.sha256) == data[: len(data) // 3]


def test_match_finds_a_mirrored_copy_and_a_clip_in_the_store(sqlite_store: Store, tmp_path: Path, clip: bytes) -> None:
    scene = render_scene(3)
    ids = _ingest(sqlite_store, tmp_path / "in", {"scene.jpg": encode_jpeg(scene), "long.mp4": clip})
    _analyse_all(sqlite_store)
    mirrored = analyse(encode_jpeg(ImageOps.mirror(scene), quality=50), name="mirrored.jpg")
    excerpt = analyse(cut_clip(clip, start=6.0, seconds=10), name="excerpt.mp4", fps=4.0)
    with sqlite_store.session() as session:
        (image_match,) = service.match(session=session, analysis=mirrored)
        (video_match,) = service.match(session=session, analysis=excerpt)
    assert image_match.evidence_id == ids["scene.jpg"] and image_match.match.variant == "flip_left_right"
    assert video_match.evidence_id == ids["long.mp4"]
    assert video_match.match.stored is not None
    assert video_match.match.stored.start == pytest.approx(6.0, abs=1.0)


def test_footage_of_a_2023_incident_matching_2021_footage_flags_both(sqlite_store: Store, tmp_path: Path) -> None:
    scene = render_scene(4)
    ids = _ingest(
        sqlite_store,
        tmp_path / "in",
        {
            "2021.jpg": encode_jpeg(scene),
            "2023-repost.jpg": encode_jpeg(ImageOps.mirror(scene).resize((640, 360)), quality=40),
        },
    )
    _analyse_all(sqlite_store)
    with sqlite_store.session(actor="test") as session:
        old_incident = Incident(title="market blast", date=dt.date(2021, 9, 3))
        new_incident = Incident(title="bus station blast", date=dt.date(2023, 5, 14))
        session.add_all([old_incident, new_incident])
        session.flush()
        assert old_incident.id is not None and new_incident.id is not None
        old_footage = session.get(Evidence, ids["2021.jpg"])
        assert old_footage is not None
        old_footage.first_seen = dt.datetime(2021, 9, 3, 12, tzinfo=dt.UTC)
        session.add_all(
            [
                EvidenceLink(evidence_id=ids["2021.jpg"], incident_id=old_incident.id),
                EvidenceLink(evidence_id=ids["2023-repost.jpg"], incident_id=new_incident.id),
            ]
        )
        session.flush()
        new_flags, new_checked = service.recycled_for_incident(session=session, incident_id=new_incident.id)
        old_flags, _ = service.recycled_for_incident(session=session, incident_id=old_incident.id)
    assert {f.kind for f in new_flags} == {"seen_before_incident", "attached_to_other_incident"}
    assert all(f.earlier_evidence_id == ids["2021.jpg"] for f in new_flags)
    assert [(f.kind, f.other_incident_id) for f in old_flags] == [("attached_to_other_incident", new_incident.id)]
    result, note = media_not_recycled(new_flags, media_checked=new_checked)
    assert result is CheckResult.FAIL and "first seen 2021-09-03" in note


def test_media_match_command_prints_json_with_the_time_range(sqlite_store: Store, tmp_path: Path, clip: bytes) -> None:
    _ingest(sqlite_store, tmp_path / "in", {"long.mp4": clip})
    state = CliState(sqlite_store.settings)
    runner = CliRunner()
    analysed = runner.invoke(media_app, ["analyse"], obj=state)
    assert analysed.exit_code == 0, analysed.output
    query = tmp_path / "excerpt.mp4"
    query.write_bytes(cut_clip(clip, start=10.0, seconds=10))
    result = runner.invoke(media_app, ["match", str(query), "--json"], obj=state)
    assert result.exit_code == 0, result.output
    (match,) = json.loads(result.stdout)["matches"]
    assert match["name"] == "long.mp4" and match["stored_range"].startswith(("9.", "10."))
