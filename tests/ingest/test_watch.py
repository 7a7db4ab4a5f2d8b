"""`tasdiq watch`: a feed on 127.0.0.1 that grows between polls; a folder; a clean stop on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from localweb import Route, serving
from sqlalchemy import func, select

from tasdiq.ingest.watch import Watcher
from tasdiq.model import Incident, Source
from tasdiq.store import Store

# The team's own one-paragraph reports of three real attacks.
ITEMS = [
    ("kunduz", "Sat, 09 Oct 2021 08:00:00 GMT",
     "A suicide bomber struck a Shia mosque in Kunduz, Afghanistan, during Friday prayers on 8 October 2021, "
     "killing at least 50 worshippers. The Islamic State's Khorasan branch claimed the bombing."),
    ("kandahar", "Sat, 16 Oct 2021 08:00:00 GMT",
     "Suicide bombers attacked a Shia mosque in Kandahar city, Afghanistan, during Friday prayers on "
     "15 October 2021, killing at least 47 people and wounding dozens."),
    ("quetta", "Tue, 09 Aug 2016 08:00:00 GMT",
     "A suicide bomber blew himself up among lawyers gathered at the Civil Hospital in Quetta, Balochistan, "
     "Pakistan, on 8 August 2016, killing at least 70 people."),
]


def feed(count: int) -> bytes:
    items = "".join(
        f"<item><title>Attack report: {key}</title><link>https://news.example.org/{key}</link>"
        f"<pubDate>{date}</pubDate><description>{text}</description></item>"
        for key, date, text in reversed(ITEMS[:count])  # newest first, as feeds are
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example Wire</title>'
            f"<link>https://news.example.org/</link><description>test feed</description>{items}</channel></rss>"
            ).encode()


def counts(store: Store) -> tuple[int, int]:
    with store.session() as session:
        return (int(session.scalar(select(func.count()).select_from(Source)) or 0),
                int(session.scalar(select(func.count()).select_from(Incident)) or 0))


def test_three_polls_of_a_growing_feed_add_exactly_the_new_items_and_their_incidents(
        store: Store, tmp_path: Path) -> None:
    with serving() as site:
        site.set("/feed.xml", Route(body=feed(1), content_type="application/rss+xml", conditional=True,
                                    modified=1_700_000_000))
        watcher = Watcher(store, actor="watcher", feeds=[f"{site.url}/feed.xml"], folders=[],
                          status_file=tmp_path / "watch.json")
        first = watcher.cycle()
        assert (len(first.source_ids), counts(store)) == (1, (1, 1))
        unchanged = watcher.cycle()
        assert unchanged.feeds_unchanged == 1 and unchanged.source_ids == []
        assert site.hits[-1] == ("/feed.xml", 304)
        site.set("/feed.xml", Route(body=feed(3), content_type="application/rss+xml", conditional=True,
                                    modified=1_700_100_000))
        grown = watcher.cycle()
    assert len(grown.source_ids) == 2 and len(grown.incident_ids) == 2
    assert counts(store) == (3, 3)
    status = json.loads((tmp_path / "watch.json").read_text())
    assert status["cycles"] == 3 and status["last_cycle"]["source_ids"] == grown.source_ids


def test_new_files_in_a_watched_folder_are_ingested_once(sqlite_store: Store, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "kunduz.txt").write_text(ITEMS[0][2], encoding="utf-8")
    watcher = Watcher(sqlite_store, actor="watcher", feeds=[], folders=[inbox], status_file=tmp_path / "w.json")
    assert watcher.cycle().files_new == 1
    assert watcher.cycle().files_new == 0
    (inbox / "quetta.txt").write_text(ITEMS[2][2], encoding="utf-8")
    assert watcher.cycle().files_new == 1
    assert counts(sqlite_store) == (2, 2)


def test_watch_stops_cleanly_on_sigterm_and_says_so_in_its_status_file(tmp_path: Path) -> None:
    env = dict(os.environ, TASDIQ_HOME=str(tmp_path / "home"))
    command = [sys.executable, "-c", "from tasdiq.cli.main import app; app()"]
    assert subprocess.run([*command, "init"], env=env, capture_output=True).returncode == 0
    with serving() as site:
        site.set("/feed.xml", Route(body=feed(1), content_type="application/rss+xml", conditional=True))
        status = tmp_path / "status.json"
        process = subprocess.Popen([*command, "watch", "--feed", f"{site.url}/feed.xml", "--every", "0.5",
                                    "--status-file", str(status)], env=env, stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None
        first_line = process.stdout.readline()  # after the first cycle, extraction included
        time.sleep(1.0)
        process.send_signal(signal.SIGTERM)
        rest, _ = process.communicate(timeout=60)
    assert process.returncode == 0
    assert first_line.startswith("watch cycle 1 ") and "1 new source(s)" in first_line
    assert json.loads(status.read_text())["state"] == "stopped"
    assert "Traceback" not in rest


def test_a_feed_file_whose_items_have_no_links_adds_only_new_texts(sqlite_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_bytes(feed(1).replace(b"<link>https://news.example.org/kunduz</link>", b""))
    watcher = Watcher(sqlite_store, actor="watcher", feeds=[str(path)], folders=[], status_file=tmp_path / "w.json")
    assert len(watcher.cycle().source_ids) == 1
    assert watcher.cycle().feeds_unchanged == 1  # same size and mtime: not read again
    grown = feed(2)
    for key, _, _ in ITEMS:
        grown = grown.replace(f"<link>https://news.example.org/{key}</link>".encode(), b"")
    path.write_bytes(grown)
    assert len(watcher.cycle().source_ids) == 1
    assert counts(sqlite_store)[0] == 2
