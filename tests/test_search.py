"""Full-text search on SQLite (FTS5) and PostgreSQL: ranking, highlighting, Arabic script,
filters, and an index that follows every write. The texts are our own, written for these tests."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from alembic import command
from sqlalchemy import text

from tasdiq.errors import InputError
from tasdiq.model import Claim, Incident, Source
from tasdiq.search import HitKind, SearchAnswer, SearchRequest, search
from tasdiq.store import Store
from tasdiq.store.bulk import insert_audited
from tasdiq.store.db import alembic_config
from tasdiq.store.search import (
    FTS_TABLE,
    MARK_END,
    MARK_START,
    Kind,
    _sqlite_join,
    filter_index,
    filters,
    first_hits,
    marked_pieces,
    pg_first_hits_sql,
)

UTC = dt.UTC
TRAIN = ("Gunmen stopped the Jaffar Express in a tunnel near Sibi and held its passengers for a day; "
         "the Baloch Liberation Army said its fighters had seized the train.")
MARKET = "A handcart bomb went off beside the vegetable market in western Kabul, killing seven shoppers."
# Our own sentence in Arabic script, vowelled: "Ten were killed in an attack in Kabul".
VOWELLED = "قُتِلَ عَشَرَةٌ فِي هُجُومٍ فِي كَابُل"


def _source(body: str, *, title: str, publisher: str = "Desk", published: dt.date = dt.date(2025, 3, 11),
            language: str = "en") -> Source:
    digest = hashlib.sha256(body.encode()).hexdigest()
    return Source(sha256=digest, title=title, publisher=publisher, text=body, text_sha256=digest, language=language,
                  published=dt.datetime.combine(published, dt.time(9), tzinfo=UTC))


def _ask(store: Store, q: str, **kw: object) -> list[tuple[str, str]]:
    with store.session() as s:
        answer = search(session=s, request=SearchRequest(q=q, **kw))  # type: ignore[arg-type]
    return [(h.kind.value, h.title) for h in answer.hits]


def test_a_phrase_finds_the_report_that_names_it_with_the_words_marked(store: Store) -> None:
    with store.session() as s:
        s.add_all([_source(TRAIN, title="Train held in Bolan"), _source(MARKET, title="Kabul market bomb")])
    with store.session() as s:
        answer = search(session=s, request=SearchRequest(q='"jaffar express"', kinds=(HitKind.SOURCE,)))
    assert [h.title for h in answer.hits] == ["Train held in Bolan (Desk)"]
    marked = [piece for piece, hit in marked_pieces(answer.hits[0].snippet) if hit]
    assert [m.lower() for m in marked] in (["jaffar express"], ["jaffar", "express"])
    assert answer.counts["source"] == 1


def test_a_phrase_that_runs_into_a_hyphenated_name_finds_the_report(store: Store) -> None:
    with store.session() as s:
        s.add(_source("Jaish al-Adl said its fighters had attacked the border post at night.", title="Border post"))
    assert _ask(store, '"Jaish al-Adl"', kinds=(HitKind.SOURCE,)) == [("source", "Border post (Desk)")]
    assert _ask(store, "al-Adl border", kinds=(HitKind.SOURCE,)) == [("source", "Border post (Desk)")]


def test_english_words_match_their_other_forms(store: Store) -> None:
    with store.session() as s:
        s.add(_source(TRAIN, title="Train held"))
    assert _ask(store, "seize trains", kinds=(HitKind.SOURCE,)) == [("source", "Train held (Desk)")]


def test_arabic_script_is_found_with_or_without_its_vowel_marks(store: Store) -> None:
    with store.session() as s:
        s.add(_source(VOWELLED, title="خبر", language="ar"))
    assert _ask(store, "قتل", kinds=(HitKind.SOURCE,)) == [("source", "خبر (Desk)")]
    assert _ask(store, "هُجُوم", kinds=(HitKind.SOURCE,)) == [("source", "خبر (Desk)")]


def test_the_better_match_ranks_first_and_excluded_words_drop_a_report(store: Store) -> None:
    with store.session() as s:
        s.add_all([_source(MARKET, title="Kabul market bomb"),
                   _source("Officials in Kabul met traders; a bomb was mentioned in passing.", title="Traders meet")])
    assert _ask(store, "kabul bomb", kinds=(HitKind.SOURCE,))[0] == ("source", "Kabul market bomb (Desk)")
    assert _ask(store, "kabul -traders", kinds=(HitKind.SOURCE,)) == [("source", "Kabul market bomb (Desk)")]
    assert len(_ask(store, "handcart OR traders", kinds=(HitKind.SOURCE,))) == 2


def test_filters_narrow_the_matches(store: Store) -> None:
    with store.session() as s:
        s.add_all([_source(MARKET, title="Early", publisher="Kabul Daily", published=dt.date(2024, 1, 5)),
                   _source(MARKET + " Updated.", title="Later", publisher="Wire", published=dt.date(2025, 6, 1))])
    assert _ask(store, "handcart", kinds=(HitKind.SOURCE,), publisher="Wire") == [("source", "Later (Wire)")]
    assert _ask(store, "handcart", kinds=(HitKind.SOURCE,), date_to=dt.date(2024, 1, 5)) == \
        [("source", "Early (Kabul Daily)")]


def test_incidents_and_claims_follow_renames_and_deletions(store: Store) -> None:
    with store.session() as s:
        incident = Incident(title="Attack on the Jaffar Express", place_name="Sibi", country="PK", admin1="PK-BA",
                            date=dt.date(2025, 3, 11))
        s.add(incident)
        s.flush()
        s.add(Claim(incident_id=incident.id, kind="responsibility", claimant="BLA",
                    quote="our fighters took the train"))
    assert ("incident", "Attack on the Jaffar Express") in _ask(store, "jaffar")
    assert _ask(store, "fighters", kinds=(HitKind.CLAIM,)) == \
        [("claim", f"responsibility by BLA on incident {incident.id}")]
    assert _ask(store, "sibi", kinds=(HitKind.INCIDENT,), province="PK-KP") == []
    with store.session() as s:
        row = s.get(Incident, incident.id)
        assert row is not None
        row.title = "Siege of a passenger train"
        s.execute(text("DELETE FROM claims"))
    assert _ask(store, "jaffar", kinds=(HitKind.INCIDENT,)) == []
    assert _ask(store, "siege", kinds=(HitKind.INCIDENT,)) == [("incident", "Siege of a passenger train")]
    assert _ask(store, "fighters", kinds=(HitKind.CLAIM,)) == []


def test_rows_written_in_bulk_are_indexed(store: Store) -> None:
    with store.engine.begin() as conn:
        insert_audited(conn, actor="bulk", objects=[_source(TRAIN, title="Bulk one")])
    assert _ask(store, "tunnel", kinds=(HitKind.SOURCE,)) == [("source", "Bulk one (Desk)")]


def test_more_matches_than_can_be_ranked_come_newest_first_and_the_answer_says_so(store: Store) -> None:
    with store.session() as s:
        s.add_all([_source(f"{MARKET} Copy {n}.", title=f"Copy {n}") for n in range(5)])
    with store.session() as s:
        many = search(session=s, request=SearchRequest(q="handcart", kinds=(HitKind.SOURCE,), rank_cap=3))
        few = search(session=s, request=SearchRequest(q="handcart", kinds=(HitKind.SOURCE,), rank_cap=10))
    assert many.newest_first == ["source"]
    assert [h.title for h in many.hits] == [f"Copy {n} (Desk)" for n in (4, 3, 2, 1, 0)]
    # The newest-first walk read every match, so the count is exact, not estimated.
    assert many.counts == {"source": 5} and many.about == {} and many.matches("source") == "5"
    assert few.newest_first == [] and few.counts == {"source": 5} and few.matches("source") == "5"


def test_past_the_cap_the_count_is_estimated_from_how_densely_the_newest_matches_lie(store: Store) -> None:
    # 90 reports, every third about the handcart bomb: 30 match.
    with store.session() as s:
        s.add_all([_source(f"{MARKET if n % 3 == 2 else TRAIN} Copy {n}.", title=f"Copy {n}") for n in range(90)])
    with store.session() as s:
        first = first_hits(s, kind=Kind.SOURCE, query="handcart", limit=2, cap=5, sample=10)
        answer = search(session=s, request=SearchRequest(q="handcart", kinds=(HitKind.SOURCE,), rank_cap=5, limit=2))
    assert first.count == 5 and not first.ranked and len(first.ids) == 2
    assert first.about is not None and 25 <= first.about <= 36
    assert [h.title for h in answer.hits] == ["Copy 89 (Desk)", "Copy 86 (Desk)"]


def test_a_reader_is_told_about_how_many_match_past_the_cap_and_exactly_below_it() -> None:
    answer = SearchAnswer(q="killed", counts={"source": 1000, "incident": 12}, newest_first=["source"],
                          about={"source": 17000})
    assert (answer.matches("source"), answer.matches("incident")) == ("about 17,000", "12")


def test_actors_are_found_by_an_alias(store: Store) -> None:
    hits = _ask(store, "Khorasan", kinds=(HitKind.ACTOR,))
    assert hits and all(kind == "actor" for kind, _ in hits)


@pytest.mark.parametrize("q", ["", "   ", "-kabul", "x" * 501])
def test_a_query_with_nothing_to_look_for_is_refused_in_one_line(store: Store, q: str) -> None:
    with store.session() as s, pytest.raises(InputError) as refused:
        search(session=s, request=SearchRequest(q=q))
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize("q", ['title:kabul', 'NEAR(a b', '"unclosed', "kabul*", "AND OR NOT", "a'b; DROP"])
def test_search_syntax_characters_are_read_as_words_not_commands(store: Store, q: str) -> None:
    with store.session() as s:
        s.add(_source(MARKET, title="Kabul market bomb"))
    with store.session() as s:
        search(session=s, request=SearchRequest(q=q))  # no error from the backend's query parser


def test_the_migration_indexes_rows_that_existed_before_it(store: Store) -> None:
    cfg = alembic_config(store.engine)
    command.downgrade(cfg, "c975632f50cc")
    with store.session() as s:
        s.add(_source(TRAIN, title="Older row"))
    command.upgrade(cfg, "head")
    assert _ask(store, "tunnel", kinds=(HitKind.SOURCE,)) == [("source", "Older row (Desk)")]


def test_marks_split_a_snippet_into_plain_and_matched_pieces() -> None:
    assert marked_pieces(f"a {MARK_START}b{MARK_END} c") == [("a ", False), ("b", True), (" c", False)]


def test_the_search_command_prints_hits_and_refuses_an_empty_query_in_one_line(sqlite_store: Store) -> None:
    from typer.testing import CliRunner

    from tasdiq.cli.main import app

    with sqlite_store.session() as s:
        s.add(_source(TRAIN, title="Train held in Bolan"))
    home = str(sqlite_store.settings.home)
    runner = CliRunner()
    shown = runner.invoke(app, ["--data-dir", home, "search", "jaffar", "express", "--json"])
    assert shown.exit_code == 0, shown.stderr
    assert '"title": "Train held in Bolan (Desk)"' in shown.stdout
    refused = runner.invoke(app, ["--data-dir", home, "search", "-", "--kind", "source"])
    assert refused.exit_code == 1
    assert refused.stderr.strip().startswith("error: q:") and len(refused.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("kind", list(Kind))
def test_a_filtered_search_on_sqlite_reads_the_filter_columns_from_an_index_not_the_row(
        sqlite_store: Store, kind: Kind) -> None:
    among = filters(kind, date_from=dt.date(2025, 1, 1), publisher="Desk" if kind is not Kind.INCIDENT else None,
                    province="AF-KAB" if kind is not Kind.SOURCE else None)
    sql = (f"EXPLAIN QUERY PLAN SELECT 1 FROM {FTS_TABLE} f{_sqlite_join(kind, ' AND ' + among.sql)} "
           f"WHERE {FTS_TABLE} MATCH 'kabul' AND {among.sql}")
    with sqlite_store.session() as s:
        plan = " ".join(str(row[-1]) for row in s.execute(text(sql), among.params))
    assert f"USING COVERING INDEX {filter_index(kind)}" in plan, plan


@pytest.mark.postgres
def test_a_newest_first_search_leaves_the_planner_as_it_found_it_for_the_rest_of_the_request(
        postgres_store: Store) -> None:
    with postgres_store.session() as s:
        s.add_all([_source(f"{MARKET} Copy {n}.", title=f"Copy {n}") for n in range(5)])
    with postgres_store.session() as s:
        answer = search(session=s, request=SearchRequest(q="handcart", kinds=(HitKind.SOURCE,), rank_cap=3))
        settings = s.execute(text("SELECT current_setting('enable_bitmapscan'), current_setting('enable_seqscan')"))
        assert answer.newest_first == ["source"] and settings.one() == ("on", "on")


@pytest.mark.postgres
def test_postgres_search_indexes_take_new_rows_at_once_so_no_search_reads_a_pending_list(
        postgres_store: Store) -> None:
    with postgres_store.engine.connect() as conn:
        options = conn.execute(text("SELECT c.relname, c.reloptions FROM pg_class c JOIN pg_namespace n "
                                    "ON n.oid = c.relnamespace WHERE c.relname LIKE 'ix\\_search\\_%' "
                                    "AND n.nspname = current_schema() AND c.relkind = 'i' "
                                    "AND c.relam = (SELECT oid FROM pg_am WHERE amname = 'gin')")).all()
    assert {name for name, _ in options} == {"ix_search_sources", "ix_search_incidents", "ix_search_claims"}
    assert all("fastupdate=off" in (opts or []) for _, opts in options)


def _plan_loops(plan: dict[str, object]) -> list[int]:
    children = plan.get("Plans", [])
    assert isinstance(children, list)
    return [int(str(plan["Actual Loops"])), *(n for child in children for n in _plan_loops(child))]


@pytest.mark.postgres
def test_postgres_counts_the_matches_once_however_few_the_planner_expects(postgres_store: Store) -> None:
    # 40 reports of one phrase from one publisher, the table analysed when it held one:
    # the planner then expects about one match, which once put the count inside a loop over
    # the matches (the count ran once per match).
    with postgres_store.session() as s:
        s.add(_source(TRAIN, title="Train held"))
    with postgres_store.engine.begin() as conn:
        conn.execute(text("ANALYZE sources"))
    with postgres_store.session() as s:
        s.add_all([_source(f"{MARKET} Copy {n}.", title=f"Copy {n}") for n in range(40)])
    among = filters(Kind.SOURCE, publisher="Desk")
    sql = pg_first_hits_sql(Kind.SOURCE, " AND " + among.sql)
    with postgres_store.session() as s:
        plan = s.execute(text(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}"),
                         {**among.params, "q": '"handcart bomb"', "cap": 30, "lim": 5, "sample": 50}).scalar_one()
        first = first_hits(s, kind=Kind.SOURCE, query='"handcart bomb"', among=among, limit=5, cap=50)
    assert max(_plan_loops(plan[0]["Plan"])) == 1
    assert first.count == 40 and first.ranked and [i for i, _ in first.ids] == [41, 40, 39, 38, 37]
