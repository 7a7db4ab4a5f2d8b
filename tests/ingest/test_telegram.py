"""Telegram Desktop exports: messages become sources, photos evidence; later exports add only what is new."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from telegram_export import ARABIC_CLAIM, write_export
from typer.testing import CliRunner

from tasdiq.cli.main import app
from tasdiq.errors import InputError
from tasdiq.ingest.telegram import import_export
from tasdiq.model import Evidence, Original, Source
from tasdiq.store import Store
from tasdiq.store.schema import cols

EDIT = "Correction: the blast at the airport gate killed at least 13 US service members and more than 160 Afghans."


def count(store: Store, entity: type) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(entity)) or 0)


def test_an_export_of_200_messages_gives_200_sources_with_their_photos_and_a_later_one_adds_20(
        store: Store, tmp_path: Path) -> None:
    first = import_export(store, path=write_export(tmp_path / "one", 200, edited={17: EDIT}).parent, actor="t")
    assert (first.messages, first.new, count(store, Source)) == (200, 200, 200)
    assert len(first.evidence_ids) == 20 == count(store, Evidence)
    with store.session() as session:
        linked = session.scalar(select(func.count()).select_from(Evidence).where(cols(Evidence).source_id.is_not(None)))
        arabic = session.scalars(select(Source).where(cols(Source).locator == "telegram 1987654321/42")).one()
        forwarded = session.scalars(select(Source).where(cols(Source).locator == "telegram 1987654321/11")).one()
        edited = session.scalars(select(Source).where(cols(Source).locator.like("telegram 1987654321/17 %"))).one()
    assert linked == 20
    assert arabic.text == ARABIC_CLAIM and arabic.published is not None
    assert forwarded.extra["forwarded_from"] == "Regional Newsdesk (test)"
    assert edited.text == EDIT and "edited" in edited.extra

    later = import_export(store, path=write_export(tmp_path / "two", 220, edited={17: EDIT}), actor="t")
    assert (later.new, later.unchanged, later.edited) == (20, 200, 0)
    assert count(store, Source) == 220 and count(store, Evidence) == 22


def test_a_message_edited_since_the_last_export_becomes_a_new_version_of_it(sqlite_store: Store,
                                                                             tmp_path: Path) -> None:
    import_export(sqlite_store, path=write_export(tmp_path / "one", 30).parent, actor="t")
    again = import_export(sqlite_store, path=write_export(tmp_path / "two", 30, edited={5: EDIT}).parent, actor="t")
    assert (again.new, again.edited, again.unchanged) == (0, 1, 29)
    with sqlite_store.session() as session:
        versions = list(session.scalars(select(Source).where(cols(Source).locator.like("telegram 1987654321/5%"))
                                        .order_by(cols(Source).id)))
    assert [v.text == EDIT for v in versions] == [False, True]
    assert versions[1].supersedes_id == versions[0].id


def test_an_export_with_a_missing_photo_is_refused_whole(sqlite_store: Store, tmp_path: Path) -> None:
    folder = write_export(tmp_path / "export", 40).parent
    next((folder / "photos").glob("photo_23@*")).unlink()
    with pytest.raises(InputError) as caught:
        import_export(sqlite_store, path=folder, actor="t")
    assert "message 23: media file photos/photo_23@" in caught.value.problem and "is missing" in caught.value.problem
    assert count(sqlite_store, Source) == count(sqlite_store, Original) == 0
    assert list(sqlite_store.objects) == []


def test_a_truncated_result_json_is_refused_in_one_line_and_nothing_is_stored(tmp_path: Path) -> None:
    result = write_export(tmp_path / "export", 20)
    result.write_bytes(result.read_bytes()[: len(result.read_bytes()) // 2])
    runner = CliRunner()
    home = str(tmp_path / "home")
    outcome = runner.invoke(app, ["--data-dir", home, "ingest", str(result.parent)])
    assert outcome.exit_code == 1
    assert "result.json: not valid JSON" in outcome.output and "truncated" in outcome.output
    assert len(outcome.output.strip().splitlines()) == 1
    listed = runner.invoke(app, ["--data-dir", home, "sources", "list", "--json"])
    assert listed.exit_code == 0 and '"total": 0' in listed.output


def test_ingest_reads_an_export_folder_as_a_channel(tmp_path: Path) -> None:
    folder = write_export(tmp_path / "export", 25).parent
    outcome = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "home"), "ingest", str(folder)])
    assert outcome.exit_code == 0, outcome.output
    assert "Frontier Monitor (test channel): 25 message(s): 25 new" in outcome.output
    assert "3 media as evidence" in outcome.output  # messages 3, 13 and 23 carry photos


def test_the_ingest_pipeline_reads_a_lone_result_json_as_a_chat_and_refuses_one_missing_its_photos(
        sqlite_store: Store, tmp_path: Path) -> None:
    from tasdiq.ingest.pipeline import Ingester

    ingester = Ingester(sqlite_store, actor="web", workers=1)
    text_only = ingester.ingest_file(write_export(tmp_path / "short", 2))  # no photo before message 3
    assert (text_only.status, text_only.sources) == ("new", 2)
    later = ingester.ingest_file(write_export(tmp_path / "later", 2, edited={2: EDIT}))
    assert (later.status, later.sources) == ("new", 1)  # only the edit is new

    uploaded = tmp_path / "upload"
    uploaded.mkdir()
    (uploaded / "result.json").write_bytes(write_export(tmp_path / "full", 12).read_bytes())
    refused = ingester.ingest_file(uploaded / "result.json")
    assert refused.status == "failed" and "message 3: media file photos/photo_3@" in (refused.problem or "")
    assert count(sqlite_store, Source) == 3 and count(sqlite_store, Original) == 2
