"""Full-text search over sources, incidents and claims, on SQLite (FTS5) and PostgreSQL.

The two backends keep their index differently but in step with every write, however made
(the ORM, `insert_audited`, a script with raw SQL):
- SQLite: one FTS5 table `search_fts` (title, body) filled by triggers on `sources`,
  `incidents` and `claims`. Its rowid encodes the row: `id * 4 + kind code` (source 0,
  incident 1, claim 2), so a trigger deletes one entry by rowid instead of scanning.
  Tokenizer: porter stemming over unicode61 with diacritics removed.
- PostgreSQL: a stored generated `search_vector` column on each of the three tables with a
  GIN index. English text uses the `english` configuration (stemming); other languages use
  `simple`, which keeps words as written, so Pashto, Urdu, Dari and Arabic are found as typed.
Neither is in the model (`tasdiq.model` declares nouns, not indexes): `is_search_object`
tells Alembic's comparison to leave them out. Arabic-script vowel marks (harakat) and the
tatweel are removed on both sides, in the index and in the query, because unicode61's
`remove_diacritics` covers Latin letters only: "قُتِلَ" and "قتل" are one word to a reader.

The expressions below are what the migration `d1a4e0c9b7f2` created. Changing one
needs a new migration that rebuilds the index (and a matching change of the query side).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Date, DateTime, Integer, String, bindparam, column, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.types import TypeEngine

from tasdiq.errors import InputError

# Arabic fathatan .. sukun, superscript alef, and the tatweel (a stretching stroke, no letter).
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
FTS_TABLE = "search_fts"
FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"
# A connection's own scratch index for the passages of one page of hits (see `snippets`).
SNIPPET_TABLE = f"{FTS_TABLE}_page"
PG_VECTOR = "search_vector"
MARK_START, MARK_END = "\x02", "\x03"
MAX_QUERY = 500


class Kind(StrEnum):
    SOURCE = "source"
    INCIDENT = "incident"
    CLAIM = "claim"


CODE = {Kind.SOURCE: 0, Kind.INCIDENT: 1, Kind.CLAIM: 2}
TABLE = {Kind.SOURCE: "sources", Kind.INCIDENT: "incidents", Kind.CLAIM: "claims"}

# What each kind indexes: (title expression, body expression), in SQL both backends accept.
FIELDS: dict[Kind, tuple[str, str]] = {
    Kind.SOURCE: ("coalesce({p}title, '')", "coalesce({p}publisher, '') || ' ' || {p}text"),
    Kind.INCIDENT: ("{p}title", "coalesce({p}place_name, '') || ' ' || coalesce({p}admin2, '') || ' ' || "
                                "coalesce({p}perpetrator_summary, '')"),
    Kind.CLAIM: ("coalesce({p}claimant, '')", "coalesce({p}subject, '') || ' ' || coalesce({p}channel, '') || ' ' || "
                                             "coalesce({p}quote, '')"),
}
# The columns whose change re-indexes a row (SQLite triggers fire on these only, so the
# linker re-deriving an incident's figures does not rewrite its index entry).
WATCHED: dict[Kind, tuple[str, ...]] = {
    Kind.SOURCE: ("title", "publisher", "text"),
    Kind.INCIDENT: ("title", "place_name", "admin2", "perpetrator_summary"),
    Kind.CLAIM: ("claimant", "subject", "channel", "quote"),
}


# The columns a search filter reads from each kind's row (`filters`, and the alerts' "newer
# than"). On SQLite a filtered search joins every full-text match to its row; an index holding
# these columns answers that join without reading the row, whose page is mostly a report's
# text. Measured on 100,000 generated reports: counting matches within a date range 4.7 -> 2.3 ms,
# ranking within a publisher 18.5 -> 10.5 ms for a three-word phrase.
FILTER_COLUMNS: dict[Kind, tuple[str, ...]] = {
    Kind.SOURCE: ("id", "publisher", "published"),
    Kind.INCIDENT: ("id", "admin1", "country", "date"),
    Kind.CLAIM: ("id", "incident_id", "source_id"),
}


def filter_index(kind: Kind) -> str:
    return f"ix_search_filter_{TABLE[kind]}"


def sqlite_filter_ddl() -> list[str]:
    return [f"CREATE INDEX IF NOT EXISTS {filter_index(k)} ON {TABLE[k]} ({', '.join(FILTER_COLUMNS[k])})"
            for k in Kind]


def sqlite_filter_drop() -> list[str]:
    return [f"DROP INDEX IF EXISTS {filter_index(k)}" for k in Kind]


def is_search_object(name: str | None, type_: str) -> bool:
    """True for the index objects this module owns, which the model does not declare."""
    if not name:
        return False
    return name == PG_VECTOR or name.startswith(FTS_TABLE) or name.startswith("ix_search_")


def strip_harakat(value: str) -> str:
    return value.translate({ord(c): None for c in HARAKAT})


def _sqlite_norm(expr: str) -> str:
    for mark in HARAKAT:
        expr = f"replace({expr}, '{mark}', '')"
    return expr


def _pg_english(kind: Kind, p: str = "") -> str:
    """SQL true where a row is indexed with the `english` configuration."""
    if kind is Kind.SOURCE:
        # left() rather than LIKE 'en%': a percent sign would need escaping in compiled statements.
        return f"left(coalesce({p}language, 'en'), 2) = 'en'"
    # Incident titles are written by Tasdiq in English; claims quote many languages as written.
    return "true" if kind is Kind.INCIDENT else "false"


def _pg_config(kind: Kind, p: str = "") -> str:
    return f"CASE WHEN {_pg_english(kind, p)} THEN 'english'::regconfig ELSE 'simple'::regconfig END"


def pg_match(kind: Kind, p: str, q: str, *, indexed: bool = True) -> str:
    """`<p>search_vector` matches the query `q` (an SQL expression), read with the row's own
    configuration: OR-ing an english and a simple reading of "-traders" would let a report
    about traders through (its english vector holds "trader", which "-traders" does not exclude).
    Written as an OR of two indexable matches so PostgreSQL can use the GIN index for each;
    `indexed=False` writes the same test as a function call, which no index answers (a walk
    along the primary key tests each row it reads: `pg_first_hits_sql`)."""
    def test_with(config: str) -> str:
        tsquery = f"websearch_to_tsquery('{config}', {q})"
        return f"{p}{PG_VECTOR} @@ {tsquery}" if indexed else f"ts_match_vq({p}{PG_VECTOR}, {tsquery})"

    english, simple = test_with("english"), test_with("simple")
    if kind is Kind.INCIDENT:
        return english
    if kind is Kind.CLAIM:
        return simple
    test = _pg_english(kind, p)
    return f"(({english}) AND {test}) OR (({simple}) AND NOT ({test}))"


def pg_tsquery(kind: Kind, p: str, q: str) -> str:
    """The query as the row's configuration reads it (for ranking and headlines)."""
    return f"websearch_to_tsquery({_pg_config(kind, p)}, {q})"


def pg_vector_expression(kind: Kind) -> str:
    title, body = (f.format(p="") for f in FIELDS[kind])
    config = _pg_config(kind)
    return (f"setweight(to_tsvector({config}, translate({title}, '{HARAKAT}', '')), 'A') || "
            f"setweight(to_tsvector({config}, translate({body}, '{HARAKAT}', '')), 'B')")


def sqlite_ddl() -> list[str]:
    """The FTS table and its triggers (created by the migration)."""
    ddl = [f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(title, body, tokenize = '{FTS_TOKENIZER}')"]
    for kind in Kind:
        table, code = TABLE[kind], CODE[kind]
        title, body = (_sqlite_norm(f.format(p="NEW.")) for f in FIELDS[kind])
        insert = f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (NEW.id * 4 + {code}, {title}, {body});"
        delete = f"DELETE FROM {FTS_TABLE} WHERE rowid = OLD.id * 4 + {code};"
        watched = ", ".join(WATCHED[kind])
        ddl += [
            f"CREATE TRIGGER {FTS_TABLE}_{table}_ai AFTER INSERT ON {table} BEGIN {insert} END",
            f"CREATE TRIGGER {FTS_TABLE}_{table}_au AFTER UPDATE OF {watched} ON {table} BEGIN {delete} "
            f"{insert} END",
            f"CREATE TRIGGER {FTS_TABLE}_{table}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        ]
    return ddl


def sqlite_backfill() -> list[str]:
    """Index the rows that exist when the migration runs."""
    statements = []
    for kind in Kind:
        title, body = (_sqlite_norm(f.format(p="")) for f in FIELDS[kind])
        statements.append(f"INSERT INTO {FTS_TABLE}(rowid, title, body) "
                          f"SELECT id * 4 + {CODE[kind]}, {title}, {body} FROM {TABLE[kind]}")
    return statements


def sqlite_drop() -> list[str]:
    drops = [f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{TABLE[k]}_{w}" for k in Kind for w in ("ai", "au", "ad")]
    return [*drops, f"DROP TABLE IF EXISTS {FTS_TABLE}"]


def postgres_ddl() -> list[str]:
    """Generated columns fill themselves for existing rows as they are added."""
    ddl = []
    for kind in Kind:
        table = TABLE[kind]
        ddl += [
            f"ALTER TABLE {table} ADD COLUMN {PG_VECTOR} tsvector "
            f"GENERATED ALWAYS AS ({pg_vector_expression(kind)}) STORED",
            f"CREATE INDEX ix_search_{table} ON {table} USING gin ({PG_VECTOR})",
        ]
    return ddl


def postgres_gin_direct(*, direct: bool = True) -> list[str]:
    """GIN indexes that take each new row into the index itself (`fastupdate = off`).

    With fastupdate on, new rows wait in a pending list (up to 4 MB) until a vacuum; every
    search reads that whole list. Measured after loading 100,000 reports: finding a phrase's
    candidates 26 ms with the list, under 4 ms without. A write then updates the index at once,
    which ingest pays (see docs/web.md, Speed)."""
    ddl = [f"ALTER INDEX ix_search_{TABLE[k]} SET (fastupdate = {'off' if direct else 'on'})" for k in Kind]
    if direct:  # what already waits in a pending list moves into the index now
        ddl += [f"SELECT gin_clean_pending_list('ix_search_{TABLE[k]}'::regclass)" for k in Kind]
    return ddl


def postgres_drop() -> list[str]:
    return [f"ALTER TABLE {TABLE[k]} DROP COLUMN IF EXISTS {PG_VECTOR}" for k in Kind]


# -- queries ---------------------------------------------------------------------------------

_TERM = re.compile(r'(-?)"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class Term:
    words: str
    negated: bool = False
    either: bool = False  # joined to the previous term by OR


def parse(query: str) -> list[Term]:
    """Words, "quoted phrases", `OR` between two terms and `-word` to exclude: the web-search
    syntax PostgreSQL's `websearch_to_tsquery` reads, parsed here once for FTS5 too."""
    if len(query) > MAX_QUERY:
        raise InputError("q", f"at most {MAX_QUERY} characters")
    terms: list[Term] = []
    either = False
    for match in _TERM.finditer(strip_harakat(query)):
        neg, phrase, word = match.group(1), match.group(2), match.group(3)
        if word == "OR" and terms:
            either = True
            continue
        negated = bool(neg) or (word is not None and word.startswith("-") and len(word) > 1)
        raw = phrase if phrase is not None else word.lstrip("-") if negated else word
        # A hyphen inside a word stays: PostgreSQL's parser gives "al-Adl" a position of its own
        # before its parts, so the phrase "Jaish al Adl" does not meet "Jaish al-Adl" in the
        # index while "Jaish al-Adl" does. FTS5 splits it inside the quotes either way.
        words = " ".join(re.findall(r"\w+(?:-\w+)*", raw))
        if words:
            terms.append(Term(words, negated, either and not negated))
        either = False
    if not any(not t.negated for t in terms):
        raise InputError("q", "give at least one word to look for")
    return terms


def fts5_query(terms: list[Term]) -> str:
    """The terms as an FTS5 expression; every word is quoted, so nothing the user types is
    read as FTS5 syntax (a column filter, NEAR, a bare operator)."""
    parts: list[str] = []
    for term in (t for t in terms if not t.negated):
        quoted = '"' + term.words.replace('"', "") + '"'
        if term.either and parts:
            parts[-1] = f"({parts[-1]} OR {quoted})"
        else:
            parts.append(quoted)
    expression = " AND ".join(parts)
    for term in (t for t in terms if t.negated):
        expression = f"({expression}) NOT \"{term.words}\""
    return expression


def websearch(terms: list[Term]) -> str:
    """The terms as `websearch_to_tsquery` input, rebuilt from the parse so both backends
    read the same query."""
    out: list[str] = []
    for term in terms:
        words = f'"{term.words}"' if " " in term.words else term.words
        out.append(("OR " if term.either else "") + ("-" if term.negated else "") + words)
    return " ".join(out)


class Matches(ColumnElement[bool]):
    """`<kind>.id` matches the query: compiled per backend (FTS5 MATCH or tsvector @@)."""

    inherit_cache = False
    type = Boolean()

    def __init__(self, kind: Kind, id_column: ColumnElement[Any], query: str) -> None:
        self.kind = kind
        self.id_column = id_column
        self.terms = parse(query)


@compiles(Matches, "sqlite")
def _matches_sqlite(element: Matches, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.id_column, **kw)
    q = compiler.process(bindparam(None, fts5_query(element.terms)), **kw)
    return (f"{column} IN (SELECT rowid / 4 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH {q} "
            f"AND rowid % 4 = {CODE[element.kind]})")


@compiles(Matches, "postgresql")
def _matches_postgres(element: Matches, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.id_column, **kw)
    q = compiler.process(bindparam(None, websearch(element.terms)), **kw)
    table = TABLE[element.kind]
    return f"{column} IN (SELECT t.id FROM {table} t WHERE {pg_match(element.kind, 't.', q)})"


@dataclass(frozen=True)
class Hit:
    kind: Kind
    id: int
    rank: float
    snippet: str = ""  # text with MARK_START / MARK_END around each matched word


@dataclass(frozen=True)
class Condition:
    """A condition on the kind's table (aliased `t`) with its bound parameters (`:f_*`)."""

    sql: str
    params: dict[str, Any]


def _where(among: Condition | None) -> tuple[str, dict[str, Any]]:
    return (f" AND {among.sql}", dict(among.params)) if among and among.sql else ("", {})


def filters(kind: Kind, *, date_from: dt.date | None = None, date_to: dt.date | None = None,
            publisher: str | None = None, province: str | None = None, country: str | None = None
            ) -> Condition:
    """The search filters as a condition on one kind: dates are a source's publication date, an
    incident's date, a claim's incident's date; places are an incident's (a claim's through its
    incident); a publisher narrows sources and the claims they carry."""
    conds: list[str] = []
    params: dict[str, Any] = {}
    if kind is Kind.CLAIM and (date_from or date_to or province or country):
        inner = filters(Kind.INCIDENT, date_from=date_from, date_to=date_to, province=province, country=country)
        conds.append(f"t.incident_id IN (SELECT t.id FROM incidents t WHERE {inner.sql})")
        params.update(inner.params)
    if kind is Kind.CLAIM and publisher:
        conds.append("t.source_id IN (SELECT id FROM sources WHERE publisher = :f_publisher)")
        params["f_publisher"] = publisher
    if kind is Kind.SOURCE:
        if publisher:
            conds.append("t.publisher = :f_publisher")
            params["f_publisher"] = publisher
        if province or country:
            conds.append("1 = 0")  # a report has no place of its own; its incidents do
        _range(conds, params, "t.published", date_from, date_to, as_time=True)
    if kind is Kind.INCIDENT:
        if publisher:
            conds.append("1 = 0")
        if province:
            conds.append("t.admin1 = :f_province")
            params["f_province"] = province.upper()
        if country:
            conds.append("t.country = :f_country")
            params["f_country"] = country.upper()
        _range(conds, params, "t.date", date_from, date_to, as_time=False)
    return Condition(" AND ".join(conds), params)


def _range(conds: list[str], params: dict[str, Any], column: str, start: dt.date | None, end: dt.date | None,
           *, as_time: bool) -> None:
    # Publication times are stored as naive UTC; compare with the day's bounds in that form.
    if start:
        conds.append(f"{column} >= :f_from")
        params["f_from"] = dt.datetime.combine(start, dt.time()) if as_time else start
    if end:
        conds.append(f"{column} < :f_to" if as_time else f"{column} <= :f_to")
        params["f_to"] = dt.datetime.combine(end + dt.timedelta(days=1), dt.time()) if as_time else end


# Up to this many matches are counted and ranked by relevance; beyond it the count says "more"
# and the matches come newest first. Ranking scores every match (bm25 / ts_rank_cd read each
# one), which for a word in most of 100,000 reports costs half a second; newest-first stops
# after one page. A query that common is a browse, and a word more or a filter ranks it again.
RANK_CAP = 1000


class Order(StrEnum):
    RANK = "rank"
    NEWEST = "newest"


# Past the cap, the number of all matches is estimated from how densely the newest of them lie
# among the newest rows; this many (or a page, if more) are read to judge it (about +-15 %).
ESTIMATE_SAMPLE = 50


@dataclass(frozen=True)
class FirstHits:
    """What a page of search results needs from one kind: how many match and the first ids."""

    count: int  # matches counted, up to the cap (or all of them, when the newest-first walk read all)
    ids: list[tuple[int, float]]  # best first; past the cap newest first, rank 0
    ranked: bool = True
    about: int | None = None  # past the cap: all the matches, estimated (`_estimate`)


def first_hits(session: Session, *, kind: Kind, query: str, among: Condition | None = None, limit: int,
               cap: int = RANK_CAP, sample: int = ESTIMATE_SAMPLE) -> FirstHits:
    """The first `limit` matches, ranked while fewer than `cap` match, and how many match."""
    sample = max(limit, sample)
    if _dialect(session) != "sqlite":
        return _pg_first_hits(session, kind=kind, query=query, among=among, limit=limit, cap=cap, sample=sample)
    found = count(session, kind=kind, query=query, among=among, cap=cap)
    if found < cap:
        return FirstHits(found, ranked_ids(session, kind=kind, query=query, among=among, limit=limit))
    newest = ranked_ids(session, kind=kind, query=query, among=among, limit=sample, order=Order.NEWEST)
    return _past_cap(found, newest, limit=limit, cap=cap, sample=sample, bounds=lambda: _id_bounds(session, kind))


def _past_cap(found: int, newest: list[tuple[int, float]], *, limit: int, cap: int, sample: int,
              bounds: Callable[[], tuple[int, int]]) -> FirstHits:
    if len(newest) < sample:  # the walk read every match: the count is known
        return FirstHits(len(newest), newest[:limit], ranked=False)
    low, high = bounds()
    return FirstHits(found, newest[:limit], ranked=False, about=_estimate(low, high, [i for i, _ in newest], cap))


def _pg_first_hits(session: Session, *, kind: Kind, query: str, among: Condition | None, limit: int, cap: int,
                   sample: int) -> FirstHits:
    """`first_hits` in one statement (`pg_first_hits_sql`): count up to `cap` and rank, or past
    the cap walk to the newest `sample` matches, with the table's id bounds for the estimate."""
    where, params = _where(among)
    params |= {"q": websearch(parse(query)), "cap": cap, "lim": limit, "sample": sample}
    _pg_set(session, PG_SEARCH_SETTINGS)
    rows = session.execute(text(pg_first_hits_sql(kind, where)), params).all()
    found = int(rows[0].n) if rows else 0
    if found < cap:
        return FirstHits(found, [(int(r.id), float(r.rank)) for r in rows])
    return _past_cap(found, [(int(r.id), 0.0) for r in rows], limit=limit, cap=cap, sample=sample,
                     bounds=lambda: (int(rows[0].low), int(rows[0].high)))


def pg_first_hits_sql(kind: Kind, where: str) -> str:
    """The statement of `_pg_first_hits` (bound: `q`, `cap`, `lim`, `sample` and the filter's).

    Counting and ranking are one pass over the matches: the GIN bitmap and the rows' vectors
    are read once, not once to count and again to rank. The count is a scalar subquery, which
    PostgreSQL runs once (an InitPlan). Joined to the matches instead (`FROM m CROSS JOIN n`),
    it was run once per match whenever the planner guessed one match and put the count on the
    inner side of a nested loop: a phrase within a publisher's reports (the planner guesses a
    phrase's share as the product of its words' shares) counted its 1,000 matches 1,000 times,
    212 ms instead of 11.

    Past the cap the second half runs instead of the first (each is gated by the count): the
    primary key read backwards, each row tested, until `sample` match. The planner cannot tell
    how many rows a phrase matches (it guessed 4 for a phrase in 16,500 of 100,000 reports), so
    offered the GIN index it reads every match and sorts them (140 ms); the test written as a
    function call (`pg_match(indexed=False)`) leaves it only the walk, which stops after one
    page (0.4 ms). In the same statement, so a search past the cap is one round trip, not four
    (the walk's planner settings, the walk, putting them back, the id bounds)."""
    table = TABLE[kind]
    language = ", t.language" if kind is Kind.SOURCE else ""  # what the row's configuration reads
    return (f"WITH m AS (SELECT t.id, t.{PG_VECTOR}{language} FROM {table} t "
            f"WHERE ({pg_match(kind, 't.', ':q')}){where} LIMIT :cap), n AS (SELECT count(*) AS n FROM m) "
            f"(SELECT m.id, ts_rank_cd(m.{PG_VECTOR}, {pg_tsquery(kind, 'm.', ':q')}) AS rank, "
            f"(SELECT n FROM n) AS n, NULL::integer AS low, NULL::integer AS high FROM m "
            f"WHERE (SELECT n FROM n) < :cap ORDER BY rank DESC, m.id DESC LIMIT :lim) "
            f"UNION ALL "
            f"(SELECT t.id, 0::real, (SELECT n FROM n), (SELECT min(id) FROM {table}), (SELECT max(id) FROM {table}) "
            f"FROM {table} t WHERE ({pg_match(kind, 't.', ':q', indexed=False)}){where} "
            f"AND (SELECT n FROM n) >= :cap ORDER BY t.id DESC LIMIT :sample)")


# Settings for the searches of one transaction (`set_config(..., true)` ends with it).
# Parallel workers cost more to start than these queries take, and with many clients at once
# they only take CPU from the other requests. A pooled connection prepares a statement it has
# run five times (psycopg), and PostgreSQL may then plan it once for any words: a plan made
# without them cannot tell a phrase in 16 % of reports from a name in 0.1 % (measured: 20 ms
# queries took 200 to 450 ms once a connection had run them a few times).
PG_SEARCH_SETTINGS = {"max_parallel_workers_per_gather": "0", "plan_cache_mode": "force_custom_plan"}


def _pg_set(session: Session, settings: dict[str, str]) -> None:
    session.execute(text("SELECT " + ", ".join(f"set_config('{k}', '{v}', true)" for k, v in settings.items())))


def _id_bounds(session: Session, kind: Kind) -> tuple[int, int]:
    # One aggregate per SELECT: SQLite reads min() or max() off the key only when it is alone
    # (both in one SELECT scanned the table: 8 ms at 100,000 reports).
    table = TABLE[kind]
    low, high = session.execute(text(f"SELECT (SELECT min(id) FROM {table}), (SELECT max(id) FROM {table})")).one()
    return int(low), int(high)


def _estimate(low: int, high: int, newest: list[int], cap: int) -> int:
    """All the matches, judged from the newest few: the share of rows they were found among,
    spread over every row. Row ids stand for rows (gaps left by deletions are spread as
    evenly as the rows), so this is a figure to say "about", rounded to two digits."""
    share = (high - newest[-1] + 1) / max(high - low + 1, 1)
    guess = len(newest) / share
    digits = max(len(str(int(guess))) - 2, 0)
    return max(cap, int(round(guess, -digits)))


def ranked_ids(session: Session, *, kind: Kind, query: str, among: Condition | None = None, limit: int,
               order: Order = Order.RANK) -> list[tuple[int, float]]:
    """Ids of `kind` matching, best first (larger rank is better on both backends), or newest
    first (rank 0) with `Order.NEWEST`."""
    terms = parse(query)
    where, params = _where(among)
    params["lim"] = limit
    if _dialect(session) == "sqlite":
        params["q"] = fts5_query(terms)
        score = f"bm25({FTS_TABLE}, 4.0, 1.0)"
        rank, by = (f"-{score}", score) if order is Order.RANK else ("0.0", "f.rowid DESC")
        sql = (f"SELECT f.rowid / 4 AS id, {rank} AS rank FROM {FTS_TABLE} f{_sqlite_join(kind, where)} "
               f"WHERE {FTS_TABLE} MATCH :q AND f.rowid % 4 = {CODE[kind]}{where} ORDER BY {by} LIMIT :lim")
    else:
        if order is Order.NEWEST:
            return _pg_newest(session, kind=kind, terms=terms, where=where, params=params)
        params["q"] = websearch(terms)
        rank = (f"ts_rank_cd(t.{PG_VECTOR}, {pg_tsquery(kind, 't.', ':q')})" if order is Order.RANK
                else "0.0::real")
        by = "rank DESC, t.id DESC" if order is Order.RANK else "t.id DESC"
        sql = (f"SELECT t.id, {rank} AS rank FROM {TABLE[kind]} t WHERE ({pg_match(kind, 't.', ':q')}){where} "
               f"ORDER BY {by} LIMIT :lim")
    return [(int(r.id), float(r.rank)) for r in session.execute(text(sql), params)]


def _pg_newest(session: Session, *, kind: Kind, terms: list[Term], where: str, params: dict[str, Any]
               ) -> list[tuple[int, float]]:
    """The newest matches: the primary key read backwards, each row tested, until enough match.

    The test is written as a function call no index answers (`pg_match(indexed=False)`; see
    `pg_first_hits_sql` for why the GIN index is the wrong way here), so the walk needs no
    planner settings. Asked for alerts, among the rows newer than a mark (`t.id > :f_seen`,
    which bounds the walk), or past the cap by `first_hits`' own statement."""
    params["q"] = websearch(terms)
    _pg_set(session, PG_SEARCH_SETTINGS)
    sql = (f"SELECT t.id FROM {TABLE[kind]} t WHERE ({pg_match(kind, 't.', ':q', indexed=False)}){where} "
           f"ORDER BY t.id DESC LIMIT :lim")
    return [(int(i), 0.0) for i in session.scalars(text(sql), params)]


def _sqlite_join(kind: Kind, where: str) -> str:
    # Only a filter needs the row itself; without one the index answers alone. CROSS JOIN
    # keeps the FTS table as the outer loop: SQLite would otherwise start from the filter's
    # index (all of one publisher's reports) and test MATCH row by row. INDEXED BY: the
    # planner prefers the primary key, which reads the whole row (FILTER_COLUMNS says why not).
    return f" CROSS JOIN {TABLE[kind]} t INDEXED BY {filter_index(kind)} ON t.id = f.rowid / 4" if where else ""


def count(session: Session, *, kind: Kind, query: str, among: Condition | None = None, cap: int = RANK_CAP) -> int:
    """How many match, counted up to `cap` (a word in every report need not be counted exactly)."""
    terms = parse(query)
    where, params = _where(among)
    params["cap"] = cap
    if _dialect(session) == "sqlite":
        params["q"] = fts5_query(terms)
        inner = (f"SELECT 1 FROM {FTS_TABLE} f{_sqlite_join(kind, where)} "
                 f"WHERE {FTS_TABLE} MATCH :q AND f.rowid % 4 = {CODE[kind]}{where} LIMIT :cap")
    else:
        params["q"] = websearch(terms)
        inner = f"SELECT 1 FROM {TABLE[kind]} t WHERE ({pg_match(kind, 't.', ':q')}){where} LIMIT :cap"
    return int(session.scalar(text(f"SELECT count(*) FROM ({inner}) c"), params) or 0)


def snippets(session: Session, *, kind: Kind, query: str, ids: list[int], words: int = 24) -> dict[int, str]:
    """A passage of each row's text around the words matched, the words between MARK_START and
    MARK_END. Asked for a page of hits only: on PostgreSQL `ts_headline` re-reads the text."""
    if not ids:
        return {}
    terms = parse(query)
    if _dialect(session) == "sqlite":
        _page_index(session, [int(i) * 4 + CODE[kind] for i in ids])
        sql = (f"SELECT rowid / 4 AS id, snippet({SNIPPET_TABLE}, -1, :a, :b, '…', {int(words)}) AS s "
               f"FROM temp.{SNIPPET_TABLE} WHERE {SNIPPET_TABLE} MATCH :q")
        params = {"q": fts5_query(terms), "a": MARK_START, "b": MARK_END}
    else:
        sql = f"SELECT t.id, {_pg_headline(kind, words)} AS s FROM {TABLE[kind]} t WHERE t.id IN ({_id_list(ids)})"
        params = {"q": websearch(terms)}
    return {int(r.id): str(r.s or "") for r in session.execute(text(sql), params)}


def _pg_headline(kind: Kind, words: int) -> str:
    """`ts_headline` of the row `t` for the query `:q`, read with the row's own configuration."""
    title, body = (f.format(p="t.") for f in FIELDS[kind])
    options = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={int(words)}, MinWords=8, MaxFragments=2"
    doc = f"translate({title} || ' — ' || {body}, '{HARAKAT}', '')"
    return f"ts_headline({_pg_config(kind, 't.')}, {doc}, {pg_tsquery(kind, 't.', ':q')}, '{options}')"


def _id_list(ids: list[int]) -> str:
    return ",".join(str(int(i)) for i in ids)


# What names a hit on a page of results (`passages`): (SQL over the row `t`, name, type). Typed,
# so that both backends give a date back as a date (SQLite stores it as text).
LABELS: dict[Kind, tuple[tuple[str, str, TypeEngine[Any]], ...]] = {
    Kind.SOURCE: (("t.title", "title", String()), ("t.publisher", "publisher", String()),
                  ("t.published", "published", DateTime()), ("substr(t.text, 1, 80)", "head", String())),
    Kind.INCIDENT: (("t.title", "title", String()), ("t.date", "date", Date())),
    Kind.CLAIM: (("t.kind", "kind", String()), ("t.claimant", "claimant", String()),
                 ("t.incident_id", "incident_id", Integer())),
}


@dataclass(frozen=True)
class Passage:
    snippet: str  # as `snippets` gives it
    label: dict[str, Any]  # the kind's LABELS by name


def passages(session: Session, *, kind: Kind, query: str, ids: list[int], words: int = 24) -> dict[int, Passage]:
    """Each hit of a page: its passage (`snippets`) and the columns that name it (`LABELS`).

    On PostgreSQL one statement reads both: a second statement for the labels, built as an
    ORM select with an expanding IN list, cost 0.5 ms of the web server's CPU per page (0.17
    as text) and a round trip. SQLite cuts its passages from a page index of its own."""
    if not ids:
        return {}
    labels = ", ".join(f"{sql} AS {name}" for sql, name, _ in LABELS[kind])
    typed = [column("id", Integer()), *(column(name, type_) for _, name, type_ in LABELS[kind])]
    texts: dict[int, str] = {}
    params: dict[str, Any] = {}
    headline = ""
    if _dialect(session) == "sqlite":
        texts = snippets(session, kind=kind, query=query, ids=ids, words=words)
    else:
        headline = f", {_pg_headline(kind, words)} AS s"
        typed.append(column("s", String()))
        params["q"] = websearch(parse(query))
    sql = f"SELECT t.id AS id, {labels}{headline} FROM {TABLE[kind]} t WHERE t.id IN ({_id_list(ids)})"
    out: dict[int, Passage] = {}
    for row in session.execute(text(sql).columns(*typed), params).mappings():
        values = dict(row)
        ident = int(values.pop("id"))
        out[ident] = Passage(str(values.pop("s", None) or texts.get(ident, "")), values)
    return out


def _page_index(session: Session, rowids: list[int]) -> None:
    """Copy one page of hits into a connection-private FTS5 table to cut their passages there.

    snippet() on the store's index must evaluate the query first, which loads every matching
    row's positions: for a phrase in 16 % of 100,000 reports, 5 ms for 20 passages. On a
    table of 20 rows the same passages (same tokenizer, same text) take 0.6 ms. The table
    lives in SQLite's TEMP schema: private to the connection, so writing it takes no lock on
    the store and a read-only request stays read-only."""
    session.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{SNIPPET_TABLE} USING fts5(title, body, "
                         f"tokenize = '{FTS_TOKENIZER}')"))
    session.execute(text(f"DELETE FROM temp.{SNIPPET_TABLE}"))
    session.execute(text(f"INSERT INTO temp.{SNIPPET_TABLE}(rowid, title, body) SELECT rowid, title, body "
                         f"FROM {FTS_TABLE} WHERE rowid IN ({','.join(str(r) for r in rowids)})"))


_MARKS = re.compile(f"[{MARK_START}{MARK_END}]")


def marked_pieces(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, matched) pieces, for a page to escape and mark, or a terminal to style."""
    return [(part, n % 2 == 1) for n, part in enumerate(_MARKS.split(snippet)) if part]


def marked_text(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """A snippet as its plain text and the (start, end) of each matched piece in it, in one pass
    (the API answers both for every hit of every page)."""
    spans: list[tuple[int, int]] = []
    at = 0
    parts = _MARKS.split(snippet)
    for n, part in enumerate(parts):
        if n % 2 == 1 and part:
            spans.append((at, at + len(part)))
        at += len(part)
    return "".join(parts), spans


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name
