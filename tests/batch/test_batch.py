"""`tasdiq batch`: partitions ingested and extracted once each, resumable, one audit chain.

The shards are written here from a handful of reports in our own words. The Dask tests start
a LocalCluster of worker processes themselves; nothing else needs a cluster.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

import tasdiq
from tasdiq.batch import partition as partition_module
from tasdiq.batch import partitions, run_batch, run_partition
from tasdiq.batch.linking import Backlog, Progress, backlog_estimate, link_all, mention_counts, try_link
from tasdiq.batch.partition import BATCH_ACTION
from tasdiq.batch.runner import cluster_client, statistics_due
from tasdiq.errors import InputError, StoreError
from tasdiq.extract import Extractor
from tasdiq.ingest.pipeline import Ingester
from tasdiq.link.lock import LINK_LOCK
from tasdiq.model import AuditEntry, Incident, IncidentMention, Mention, Source
from tasdiq.settings import Settings
from tasdiq.store import Store, bulk
from tasdiq.store import copy as copy_module
from tasdiq.store.audit import verify_chain
from tasdiq.store.schema import cols

PLACES = [
    ("Asadabad", "Kunar"), ("Jalalabad", "Nangarhar"), ("Quetta", "Balochistan"), ("Peshawar", "Khyber Pakhtunkhwa"),
]


def report(i: int) -> dict[str, str]:
    town, province = PLACES[i % len(PLACES)]
    day = 1 + i % 27
    return {
        "title": f"Blast report {i}",
        "url": f"https://example.org/report/{i}",
        "publisher": f"Valley Herald {i % 3}",
        "published": f"2023-03-{day:02d}",
        "text": f"A roadside bomb struck a police vehicle in {town}, {province}, on March {day}, 2023, killing "
        f"{2 + i % 5} policemen and wounding {i % 7 + 1} others, officials said. Report number {i}.",
    }


def write_shards(folder: Path, shards: int, per_shard: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for s in range(shards):
        path = folder / f"part-{s:03d}.jsonl"
        lines = [json.dumps(report(s * per_shard + k)) for k in range(per_shard)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            "sources": conn.scalar(select(func.count()).select_from(Source)) or 0,
            "urls": conn.scalar(select(func.count(func.distinct(cols(Source).url)))) or 0,
            "mentions": conn.scalar(select(func.count()).select_from(Mention)) or 0,
            "incidents": conn.scalar(select(func.count()).select_from(Incident)) or 0,
            "batch_entries": conn.scalar(
                select(func.count()).select_from(AuditEntry).where(cols(AuditEntry).action == BATCH_ACTION)
            ) or 0,
        }


def mention_facts(store: Store) -> list[tuple[Any, ...]]:
    c, s = cols(Mention), cols(Source)
    query = select(s.url, c.ordinal, c.attack_type, c.date, c.admin1, c.killed_best).join(Source, s.id == c.source_id)
    with store.engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(query))


def test_partitions_expand_folders_globs_and_file_urls_once_each(tmp_path: Path) -> None:
    paths = write_shards(tmp_path / "in", 3, 1)
    found = partitions([str(tmp_path / "in" / "*.jsonl"), paths[0].as_uri(), str(tmp_path / "in")])
    assert found == [p.resolve().as_uri() for p in paths]


def test_a_glob_that_matches_nothing_or_an_object_store_url_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="matches no file"):
        partitions([str(tmp_path / "*.jsonl")])
    with pytest.raises(InputError, match="not supported yet"):
        partitions(["s3://bucket/shards/part-0.jsonl"])


def test_rerunning_a_partition_adds_nothing(store: Store, tmp_path: Path, extractor: Extractor) -> None:
    (shard,) = write_shards(tmp_path / "in", 1, 4)
    first = run_partition(store=store, actor="batch", url=shard.as_uri(), extractor=extractor)
    before = counts(store)
    again = run_partition(store=store, actor="batch", url=shard.as_uri(), extractor=extractor)
    assert (first.status, first.sources, again.status) == ("done", 4, "already_done")
    assert before["mentions"] >= 4 and before["batch_entries"] == 1
    assert counts(store) == before


def test_a_shard_stored_but_never_extracted_is_finished_by_the_next_run(
    store: Store, tmp_path: Path, extractor: Extractor
) -> None:
    """As if a worker died between the partition's ingest and its extraction."""
    (shard,) = write_shards(tmp_path / "in", 1, 3)
    Ingester(store, actor="batch", workers=1).ingest_file(shard)
    assert counts(store)["mentions"] == 0
    result = run_partition(store=store, actor="batch", url=shard.as_uri(), extractor=extractor)
    assert (result.status, result.extracted) == ("done", 3)
    assert counts(store)["mentions"] >= 3
    with store.engine.connect() as conn:
        verify_chain(conn)


def test_a_bad_shard_is_reported_and_leaves_the_store_as_it_was(
    store: Store, tmp_path: Path, extractor: Extractor
) -> None:
    shard = tmp_path / "broken.jsonl"
    shard.write_text('{"text": "A bomb in Kunar killed two."}\n{"text": \n', encoding="utf-8")
    before = counts(store)
    result = run_partition(store=store, actor="batch", url=shard.as_uri(), extractor=extractor)
    assert result.status == "failed" and result.problem and "\n" not in result.problem
    assert counts(store) == before


@pytest.mark.postgres
def test_a_partition_whose_batch_entry_fails_keeps_none_of_its_copied_extraction(
    postgres_store: Store, tmp_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The partition's mentions and audit entries go in by COPY (more than COPY_FROM rows), in
    the one transaction that ends with its batch entry: when that entry fails, none stay."""
    reports = copy_module.COPY_FROM + 6
    (shard,) = write_shards(tmp_path / "in", 1, reports)
    copied: list[str] = []
    real_copy = copy_module.copy_rows

    def spy(conn: Any, table: Any, rows: Any) -> None:
        copied.append(table.name)
        real_copy(conn, table, rows)

    def entry_fails(*args: Any, **kwargs: Any) -> None:
        raise StoreError("the batch entry could not be written")

    monkeypatch.setattr(bulk, "copy_rows", spy)
    monkeypatch.setattr(partition_module, "append_batch_entry", entry_fails)
    result = run_partition(store=postgres_store, actor="batch", url=shard.as_uri(), extractor=extractor)
    assert result.status == "failed" and "batch entry" in (result.problem or "")
    assert "mentions" in copied  # the write that was rolled back was a COPY
    assert counts(postgres_store)["mentions"] == 0 and counts(postgres_store)["sources"] == reports
    with postgres_store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Source).where(cols(Source).extracted_at.is_not(None))) == 0
        verify_chain(conn)
    monkeypatch.undo()
    again = run_partition(store=postgres_store, actor="batch", url=shard.as_uri(), extractor=extractor)
    assert (again.status, again.extracted) == ("done", reports) and counts(postgres_store)["batch_entries"] == 1


@pytest.mark.postgres
def test_killing_a_worker_midway_then_rerunning_stores_every_report_once(
    postgres_store: Store, tmp_path: Path, extractor: Extractor
) -> None:
    shards = write_shards(tmp_path / "in", 6, 4)
    urls = partitions([str(tmp_path / "in")])
    settings = Settings(home=postgres_store.settings.home, database_url=postgres_store.settings.database_url)
    killed: list[int] = []
    with cluster_client(scheduler=None, workers=2) as client:
        pids: dict[str, int] = client.run(os.getpid)

        def kill_the_other_worker(result: Any) -> None:
            if not killed:  # the first partition is done: kill the worker that is still busy
                victim = next(pid for addr, pid in pids.items() if str(pid) not in (result.worker or ""))
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)

        interrupted = run_batch(settings=settings, urls=urls, actor="batch", client=client,
                                on_result=kill_the_other_worker)
        rerun = run_batch(settings=settings, urls=urls, actor="batch", client=client)
    assert killed and not interrupted.failed
    assert {p.status for p in rerun.partitions} == {"already_done"}
    got = counts(postgres_store)
    assert got["sources"] == got["urls"] == 6 * 4 and got["batch_entries"] == len(shards)
    with postgres_store.engine.connect() as conn:
        verify_chain(conn)
    # The same rows as an uninterrupted run of the same partitions, one after another, on SQLite.
    plain = Store(Settings(home=tmp_path / "plain"))
    plain.ensure_schema()
    for url in urls:
        run_partition(store=plain, actor="batch", url=url, extractor=extractor)
    link_all(store=plain, actor="batch", second_reviewer=False)
    assert mention_facts(postgres_store) == mention_facts(plain)
    assert counts(postgres_store)["incidents"] == counts(plain)["incidents"]
    plain.dispose()


# --- Linking on the workers (batch.linking) ---

ATTACKS = [  # (town, province, day): one attack each, reported by every outlet below
    ("Asadabad", "Kunar", 3), ("Jalalabad", "Nangarhar", 9), ("Quetta", "Balochistan", 14),
    ("Peshawar", "Khyber Pakhtunkhwa", 21), ("Khost", "Khost", 25),
]
OUTLETS = ["Valley Herald", "Frontier Post", "Kabul Wire", "Border Times"]


EVERY_TIME = Backlog(min_mentions=0, share=0.0)  # these tests' few mentions: link after every partition


def outlet_report(outlet: int, attack: int) -> dict[str, str]:
    """The same attack in an outlet's own words: the same place, date and toll."""
    town, province, day = ATTACKS[attack]
    killed = 3 + attack
    openings = [
        f"A suicide bomber attacked a police checkpoint in {town}, {province}, on March {day}, 2023",
        f"At least {killed} policemen died when a suicide bomber struck a checkpoint in {town} on March {day}, 2023",
        f"Police in {province} said a suicide bombing at a checkpoint in {town} on March {day}, 2023",
        f"A checkpoint in {town}, {province}, was hit by a suicide bomber on March {day}, 2023",
    ]
    return {
        "title": f"{OUTLETS[outlet]}: checkpoint attack in {town}",
        "url": f"https://example.org/{outlet}/{attack}",
        "publisher": OUTLETS[outlet],
        "published": f"2023-03-{day + 1:02d}",
        "text": f"{openings[outlet]} killed {killed} policemen, officials said.",
    }


def write_outlet_shards(folder: Path) -> list[str]:
    """One shard per outlet, so every attack's reports are spread over every partition."""
    folder.mkdir(parents=True, exist_ok=True)
    for o in range(len(OUTLETS)):
        lines = [json.dumps(outlet_report(o, a)) for a in range(len(ATTACKS))]
        (folder / f"outlet-{o}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return partitions([str(folder)])


def incidents_as_keys(store: Store) -> set[frozenset[tuple[str, int]]]:
    """Each incident as the set of (report URL, mention ordinal) it holds: comparable across stores."""
    im, c, s = cols(IncidentMention), cols(Mention), cols(Source)
    query = (select(im.incident_id, s.url, c.ordinal).join(Mention, c.id == im.mention_id)
             .join(Source, s.id == c.source_id))
    grouped: dict[int, set[tuple[str, int]]] = {}
    with store.engine.connect() as conn:
        for incident_id, url, ordinal in conn.execute(query):
            grouped.setdefault(incident_id, set()).add((url, ordinal))
    return {frozenset(keys) for keys in grouped.values()}


def serial_incidents(urls: list[str], home: Path, extractor: Extractor) -> set[frozenset[tuple[str, int]]]:
    """The same partitions extracted one after another on SQLite, then linked once."""
    plain = Store(Settings(home=home))
    plain.ensure_schema()
    for url in urls:
        run_partition(store=plain, actor="batch", url=url, extractor=extractor)
    link_all(store=plain, actor="batch", second_reviewer=False)
    found = incidents_as_keys(plain)
    plain.dispose()
    return found


def extract_two_outlets(store: Store, tmp_path: Path, extractor: Extractor) -> None:
    """Two outlets' partitions ingested and extracted, not linked."""
    for url in write_outlet_shards(tmp_path / "in")[:2]:
        run_partition(store=store, actor="batch", url=url, extractor=extractor)


@pytest.mark.postgres
def test_workers_linking_as_partitions_finish_start_one_incident_per_attack(
    postgres_store: Store, tmp_path: Path, extractor: Extractor
) -> None:
    urls = write_outlet_shards(tmp_path / "in")
    settings = Settings(home=postgres_store.settings.home, database_url=postgres_store.settings.database_url)
    with cluster_client(scheduler=None, workers=2) as client:
        report = run_batch(settings=settings, urls=urls, actor="batch", client=client, backlog=EVERY_TIME)
    assert not report.failed
    assert sum(p.linked for p in report.partitions) > 0  # the workers linked, not only the client
    assert all("link" in (p.seconds or {}) for p in report.partitions if p.linked)
    got = incidents_as_keys(postgres_store)
    assert got == serial_incidents(urls, tmp_path / "plain", extractor)
    assert len(got) == len(ATTACKS)  # every outlet's report of an attack in one incident
    with postgres_store.engine.connect() as conn:
        verify_chain(conn)
        # the planner's statistics were refreshed as the tables grew (autovacuum is off on CI's server)
        analysed = dict(conn.execute(text(
            "SELECT relname, analyze_count FROM pg_stat_user_tables WHERE schemaname = current_schema()")).all())
    assert all(analysed[table] >= 1 for table in ("mentions", "sources", "incident_mentions", "audit_entries"))


@pytest.mark.postgres
def test_what_the_workers_links_leave_is_linked_on_a_worker_not_the_client(
    postgres_store: Store, tmp_path: Path
) -> None:
    # The default backlog waits for 1,000 mentions: these few are all left to the last link, which
    # runs as a task on a worker (the process that remembers its members' names and MinHash).
    urls = write_outlet_shards(tmp_path / "in")
    settings = Settings(home=postgres_store.settings.home, database_url=postgres_store.settings.database_url)
    with cluster_client(scheduler=None, workers=2) as client:
        report = run_batch(settings=settings, urls=urls, actor="batch", client=client)
        workers = set(client.scheduler_info()["workers"])
    assert sum(p.linked for p in report.partitions) == 0
    assert report.linked["worker"] in workers
    assert report.linked["mentions"] == counts(postgres_store)["mentions"] > 0
    assert report.seconds["link_cpu"] > 0
    assert len(incidents_as_keys(postgres_store)) == len(ATTACKS)
    with postgres_store.engine.connect() as conn:
        verify_chain(conn)


def test_statistics_are_refreshed_each_time_the_partitions_done_double() -> None:
    assert [n for n in range(0, 40) if statistics_due(n)] == [1, 2, 4, 8, 16, 32]


@pytest.mark.postgres
def test_a_worker_skips_linking_while_another_process_links(
    postgres_store: Store, tmp_path: Path, extractor: Extractor
) -> None:
    extract_two_outlets(postgres_store, tmp_path, extractor)
    with postgres_store.session(actor="other") as holder:
        holder.execute(text("SELECT pg_advisory_xact_lock(:key, hashtext(current_schema()))"), {"key": LINK_LOCK})
        assert try_link(store=postgres_store, actor="batch", second_reviewer=False, backlog=EVERY_TIME) is None
    assert counts(postgres_store)["incidents"] == 0
    done = try_link(store=postgres_store, actor="batch", second_reviewer=False, backlog=EVERY_TIME)  # free again
    assert done is not None and done.mentions >= 2 * len(ATTACKS)


@pytest.mark.postgres
def test_every_link_holds_the_linking_lock_until_it_commits(postgres_store: Store) -> None:
    # `tasdiq link` by hand, a web job and the batch's client all go through link(): while one
    # links, a batch worker's try finds the lock taken and the others wait
    from tasdiq.link import link

    with postgres_store.session(actor="analyst") as session:
        link(session=session)
        with postgres_store.engine.connect() as other:
            taken = other.scalar(text("SELECT pg_try_advisory_lock(:key, hashtext(current_schema()))"),
                                 {"key": LINK_LOCK})
            assert taken is False
    with postgres_store.engine.connect() as other:  # committed: free again
        assert other.scalar(text("SELECT pg_try_advisory_xact_lock(:key, hashtext(current_schema()))"),
                            {"key": LINK_LOCK}) is True


def test_a_link_is_due_once_the_backlog_is_large_and_a_share_of_what_is_linked() -> None:
    backlog = Backlog(min_mentions=1000, share=0.25)
    assert not backlog.due(unlinked=999, linked=0) and backlog.due(unlinked=1000, linked=0)
    assert not backlog.due(unlinked=1249, linked=5000) and backlog.due(unlinked=1250, linked=5000)
    assert not EVERY_TIME.due(unlinked=0, linked=10) and EVERY_TIME.due(unlinked=1, linked=10)


@pytest.mark.postgres
def test_a_worker_leaves_a_small_backlog_to_later_links(
    postgres_store: Store, tmp_path: Path, extractor: Extractor
) -> None:
    (url, *_) = write_outlet_shards(tmp_path / "in")
    run_partition(store=postgres_store, actor="batch", url=url, extractor=extractor)
    with postgres_store.session() as session:
        backlog = mention_counts(session)
        assert backlog_estimate(session) == backlog  # what the workers' trigger reads: the ids' ends
    assert backlog == {"unlinked": counts(postgres_store)["mentions"], "linked": 0} and backlog["unlinked"] >= 5
    assert try_link(store=postgres_store, actor="batch", second_reviewer=False, backlog=Backlog()) is None
    assert counts(postgres_store)["incidents"] == 0
    due = Backlog(min_mentions=backlog["unlinked"], share=1.0)
    linked = try_link(store=postgres_store, actor="batch", second_reviewer=False, backlog=due)
    assert linked is not None and linked.mentions == backlog["unlinked"]
    with postgres_store.session() as session:
        assert mention_counts(session) == {"unlinked": 0, "linked": backlog["unlinked"]}
        assert backlog_estimate(session) == {"unlinked": 0, "linked": backlog["unlinked"]}


@pytest.mark.postgres
def test_the_backlog_estimate_follows_partitions_and_links_as_the_counts_do(
    postgres_store: Store, tmp_path: Path, extractor: Extractor
) -> None:
    first, second, *_ = write_outlet_shards(tmp_path / "in")
    with postgres_store.session() as session:
        assert backlog_estimate(session) == mention_counts(session) == {"unlinked": 0, "linked": 0}
    run_partition(store=postgres_store, actor="batch", url=first, extractor=extractor)
    link_all(store=postgres_store, actor="batch", second_reviewer=False)
    run_partition(store=postgres_store, actor="batch", url=second, extractor=extractor)
    with postgres_store.session() as session:
        counted = mention_counts(session)
        assert backlog_estimate(session) == counted and counted["unlinked"] > 0 and counted["linked"] > 0


def test_near_the_end_a_link_is_due_once_the_backlog_reaches_what_is_still_to_come() -> None:
    backlog = Backlog(min_mentions=1000, share=0.25, drain=True)
    # 10 partitions, 400 mentions after 4 of them: 6 more to come at 100 each, 300 waiting
    fourth = Progress(index=3, partitions=10).to_come(unlinked=300, linked=100)
    assert fourth == 600 and not backlog.due(unlinked=300, linked=100, to_come=fourth)
    eighth = Progress(index=7, partitions=10).to_come(unlinked=300, linked=100)  # 2 more at 50
    assert eighth == 100 and backlog.due(unlinked=300, linked=100, to_come=eighth)
    last = Progress(index=9, partitions=10).to_come(unlinked=1, linked=5000)
    assert last == 0 and backlog.due(unlinked=1, linked=5000, to_come=last)
    assert not backlog.due(unlinked=0, linked=5000, to_come=last)
    assert not Backlog().due(unlinked=1, linked=5000, to_come=last)  # off unless asked for


@pytest.mark.postgres
def test_a_worker_near_the_end_of_the_run_links_a_backlog_the_share_rule_leaves(
    postgres_store: Store, tmp_path: Path, extractor: Extractor
) -> None:
    extract_two_outlets(postgres_store, tmp_path, extractor)
    waiting = counts(postgres_store)["mentions"]
    early, late = Progress(index=1, partitions=8), Progress(index=1, partitions=3)  # 6 to come, then 1
    draining = Backlog(drain=True)
    assert try_link(store=postgres_store, actor="batch", second_reviewer=False, backlog=draining,
                    progress=early) is None
    assert try_link(store=postgres_store, actor="batch", second_reviewer=False, backlog=Backlog(),
                    progress=late) is None
    linked = try_link(store=postgres_store, actor="batch", second_reviewer=False, backlog=draining,
                      progress=late)
    assert linked is not None and linked.mentions == waiting


@pytest.mark.postgres
def test_a_run_smaller_than_one_backlog_is_linked_by_its_last_workers_not_all_by_the_client(
    postgres_store: Store, tmp_path: Path
) -> None:
    urls = write_outlet_shards(tmp_path / "in")
    settings = Settings(home=postgres_store.settings.home, database_url=postgres_store.settings.database_url)
    with cluster_client(scheduler=None, workers=2) as client:
        report = run_batch(settings=settings, urls=urls, actor="batch", client=client, backlog=Backlog(drain=True))
    on_workers, total = sum(p.linked for p in report.partitions), counts(postgres_store)["mentions"]
    assert on_workers > 0 and on_workers + report.linked["mentions"] == total
    with postgres_store.session() as session:
        assert mention_counts(session) == {"unlinked": 0, "linked": total}
    with postgres_store.engine.connect() as conn:
        verify_chain(conn)


KILLED_MID_LINK = """
import os, signal, sys
from tasdiq import workflow
from tasdiq.batch import linking
from tasdiq.settings import Settings
from tasdiq.store import Store

real_after_link = workflow.after_link

def after_link_then_die(**kwargs):
    real_after_link(**kwargs)  # incidents, links and flags written, not yet committed
    os.kill(os.getpid(), signal.SIGKILL)

workflow.after_link = after_link_then_die  # what the worker's link calls
store = Store(Settings(home=sys.argv[1], database_url=sys.argv[2]))
linking.try_link(store=store, actor="batch", second_reviewer=False, backlog=linking.Backlog(0, 0.0))
"""


@pytest.mark.postgres
def test_a_linker_killed_mid_link_leaves_nothing_linked_and_frees_the_lock(
    postgres_store: Store, tmp_path: Path, extractor: Extractor
) -> None:
    for url in write_outlet_shards(tmp_path / "in"):
        run_partition(store=postgres_store, actor="batch", url=url, extractor=extractor)
    before = counts(postgres_store)
    env = os.environ | {"PYTHONPATH": str(Path(tasdiq.__file__).resolve().parents[1])}
    killed = subprocess.run([sys.executable, "-c", KILLED_MID_LINK, str(postgres_store.settings.home),
                             str(postgres_store.settings.database_url)], env=env, check=False)
    assert killed.returncode == -signal.SIGKILL
    assert counts(postgres_store) == before and before["incidents"] == 0
    with postgres_store.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(IncidentMention)) == 0
        verify_chain(conn)
    done = try_link(store=postgres_store, actor="batch", second_reviewer=False, backlog=EVERY_TIME)
    assert done is not None and done.mentions == before["mentions"]
    assert incidents_as_keys(postgres_store) == serial_incidents(
        partitions([str(tmp_path / "in")]), tmp_path / "plain", extractor)


def _worker_faults() -> tuple[str | None, int]:
    """Minor page faults of allocating, touching and freeing a 48 MB block four times after a first
    time (which faults its pages in whatever malloc keeps), in this process."""
    import resource

    for round_ in range(5):
        if round_ == 1:
            before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        block = bytearray(48 * 1024 * 1024)
        block[::4096] = b"x" * len(block[::4096])
        del block
    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


def _open_on_worker(home: str) -> None:
    from tasdiq.batch.runner import opened

    opened(home, None)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_a_worker_keeps_freed_memory_for_its_next_partition_once_it_has_opened_the_store(tmp_path: Path) -> None:
    # Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536: freed memory goes back to the
    # kernel at once and every partition faulted its pages in again (system time 20% of a run).
    with cluster_client(scheduler=None, workers=1) as client:
        [(trim, as_started)] = client.run(_worker_faults).values()
        client.run(_open_on_worker, str(tmp_path / "home"))
        [(_, once_opened)] = client.run(_worker_faults).values()
    assert trim == "65536"  # what the nanny sets, so the first figure is the nanny's setting's
    assert as_started > 4 * 10_000  # 4 rounds of 12,288 pages each, given back and faulted in again
    assert once_opened < as_started / 10
