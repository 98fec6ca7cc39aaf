"""The keyword index on SQLite FTS5: BM25 in C over search units, behind KeywordIndex's interface.

A unit (paragraph, decision, recommendation, action, table row) is searched by its `text`, the
`title` of its item or report, the `people` named in it and its `committee`. Monthly packs repeat
most paragraphs word for word, with their title and people, so FTS5 indexes each distinct (text,
title, people) once, as a `passages` row that units point at: ranking costs grow with distinct
text, as the vectors do. Committee names (a handful, each on thousands of units) are ranked in a
table of their own, so that "adult" or "social" in every committee's name does not make those
words worthless in the text (FTS5 weighs a word by the share of rows holding it, in any column).
A unit scores its passage's bm25() (columns weighted as whoosh's boosts: BM25F-like) times the
share of the query the passage holds (`_coordinate`), plus COMMITTEE_WEIGHT times its committee's.
Filters are whoosh's (`keyword_whoosh.filter_query`), applied in SQL before the ranking is cut.

User text never reaches FTS5's syntax: `match_expression` quotes each word that whoosh would
search (`terms.query_words`) and ORs them, with quoted phrases and adjacent pairs as phrases.

A file of its own, `<data>/keyword.sqlite`, not tables in the store: the index is derived and
disposable (delete it and `minutebook index` rebuilds it, as the pipeline re-syncs documents the
index lacks), the store stays a plain file for Datasette, and an interrupted run is safe as with
whoosh: the store commits a document first (`keyword_synced = 0`), then its keyword rows commit
in one FTS5 transaction, and only then is it marked synced; a run stopped anywhere leaves work
the next run redoes, never half an index.

Threads: reads take a connection from a pool (as many as ran at once), writes use the writing
thread's own. Each statement reads the latest commit, so `refresh()` has nothing to do; WAL lets searches run while another
process writes, and writes wait up to WRITE_TIMEOUT_S for the file's lock.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from whoosh.analysis import STOP_WORDS
from whoosh.lang.porter import stem as porter_stem

from indexer.search.keyword_whoosh import WRITE_TIMEOUT_S
from indexer.search.terms import MAX_QUERY_CHARS, MAX_TERMS, highlight_text, query_words
from models.people import person_key

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"
TOKENIZE = "porter unicode61 remove_diacritics 2"
# bm25() weights of the passage columns: whoosh's query boosts (SEARCH_FIELDS) times its
# index-time field boosts (title 2.0, committee 1.5)
WEIGHTS = {"text": 1.0, "title": 0.8, "people": 0.5}
COMMITTEE_WEIGHT = 0.225
PHRASE_REPEAT = 2  # a quoted phrase counts as this many terms (whoosh: boost 2.0)
MAX_PHRASES = 8
MAX_PAIRS = 12
SPARE_PASSAGES = 2  # passages ranked per unit asked for: room for committee scores to reorder
MIN_PASSAGES = 100  # ... and at least this many, so that the first hits do not depend on `limit`
BATCH = 2000
WORD_RE = re.compile(r"\w+")
TABLES = ("units", "passages_fts", "passages", "committees_fts", "committees", "keyword_meta")

DDL = f"""
create table if not exists passages (
    n integer primary key, key text not null unique, text text, title text, people text);
create virtual table if not exists passages_fts using fts5(
    text, title, people, content='passages', content_rowid='n', tokenize='{TOKENIZE}');
create trigger if not exists passages_added after insert on passages begin
    insert into passages_fts(rowid, text, title, people) values (new.n, new.text, new.title, new.people);
end;
create trigger if not exists passages_removed after delete on passages begin
    insert into passages_fts(passages_fts, rowid, text, title, people)
    values ('delete', old.n, old.text, old.title, old.people);
end;
create table if not exists committees (n integer primary key, name text not null unique);
create virtual table if not exists committees_fts using fts5(
    name, content='committees', content_rowid='n', tokenize='{TOKENIZE}');
create trigger if not exists committees_added after insert on committees begin
    insert into committees_fts(rowid, name) values (new.n, new.name);
end;
create trigger if not exists committees_removed after delete on committees begin
    insert into committees_fts(committees_fts, rowid, name) values ('delete', old.n, old.name);
end;
create table if not exists units (
    n integer primary key, id text not null unique, document_id text not null, kind text,
    meeting_date text, people_keys text,
    passage integer not null references passages(n), committee integer references committees(n));
create index if not exists units_document on units(document_id);
create index if not exists units_passage on units(passage);
create table if not exists keyword_meta (key text primary key, value text);
"""


# Filters are indexed: each index holds the filter column and the passage, so the passages of
# the units passing a filter are read from the index alone, not by scanning every unit.
FILTER_INDEXES = {
    "units_kind": "create index if not exists units_kind on units(kind, passage)",
    "units_committee": "create index if not exists units_committee on units(committee, passage)",
    "units_date": "create index if not exists units_date on units(meeting_date, passage)",
}


# ---- opening -----------------------------------------------------------------------------------


def connect(target: str, uri: bool = False, any_thread: bool = False) -> sqlite3.Connection:
    """A connection to the keyword file, its tables created (or recreated empty when their schema
    is out of date: the pipeline then re-syncs every document); `any_thread` for a pooled one."""
    conn = sqlite3.connect(target, timeout=WRITE_TIMEOUT_S, isolation_level=None, uri=uri,
                           check_same_thread=not any_thread)
    if not uri:
        conn.execute("pragma journal_mode=wal")
        conn.execute("pragma synchronous=normal")
        conn.execute("pragma journal_size_limit=16777216")  # a big sync's WAL is cut back after checkpoints
    if _schema(conn) != SCHEMA_VERSION:
        with _transaction(conn):
            if _schema(conn) is not None:
                log.warning("keyword index %s has an old schema: recreating it empty", target)
                for name in TABLES:
                    conn.execute(f"drop table if exists {name}")
            for statement in _statements(DDL):
                try:
                    conn.execute(statement)
                except sqlite3.OperationalError as e:
                    if "no such module" not in str(e):
                        raise
                    raise RuntimeError(f"this Python's sqlite3 (SQLite {sqlite3.sqlite_version}) lacks FTS5 "
                                       f"({e}): use MINUTEBOOK_KEYWORD_BACKEND=whoosh, or a Python whose "
                                       "SQLite has FTS5") from None
            conn.execute("insert or replace into keyword_meta values ('schema', ?)", (SCHEMA_VERSION,))
    _index_filters(conn)
    return conn


def _index_filters(conn: sqlite3.Connection) -> None:
    """Add the filter indexes a file made before them lacks (a read-only file is searched without)."""
    have = {n for (n,) in conn.execute("select name from sqlite_master where type = 'index'")}
    missing = [ddl for name, ddl in FILTER_INDEXES.items() if name not in have]
    if not missing:
        return
    try:
        with _transaction(conn):
            for ddl in missing:
                conn.execute(ddl)
    except sqlite3.OperationalError as e:
        log.warning("could not add the keyword index's filter indexes: %s", e)


def _schema(conn: sqlite3.Connection) -> str | None:
    if not conn.execute("select 1 from sqlite_master where name = 'keyword_meta'").fetchone():
        return None
    row = conn.execute("select value from keyword_meta where key = 'schema'").fetchone()
    return row[0] if row else ""


def _statements(script: str) -> Iterator[str]:
    """The statements of a script (a trigger's body holds semicolons of its own)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            yield buf.strip()
            buf = ""


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """`begin immediate` ... `commit`, or `rollback` on any exception. Connections are in
    autocommit mode otherwise, so that a search never holds a read transaction open."""
    conn.execute("begin immediate")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (disk full, ...)
            conn.execute("rollback")
        raise
    conn.execute("commit")


# ---- writing -----------------------------------------------------------------------------------


def _names(unit: dict, key: str) -> list[str]:
    """A unit's people (or orgs) as whoosh's KEYWORD field keeps them: lower-case, no commas."""
    values = unit.get(key) or []
    values = values.split(",") if isinstance(values, str) else values
    return [v.replace(",", " ").strip().lower() for v in values if v and v.strip()]


def _id_of(conn: sqlite3.Connection, table: str, key: str, values: dict) -> int:
    """The row of `table` with this unique key, inserted when missing."""
    column = "key" if table == "passages" else "name"
    row = conn.execute(f"select n from {table} where {column} = ?", (key,)).fetchone()
    if row:
        return row[0]
    cols = [column, *values]
    return conn.execute(f"insert into {table} ({', '.join(cols)}) values ({', '.join('?' * len(cols))})",
                        (key, *values.values())).lastrowid


def _add(conn: sqlite3.Connection, unit: dict) -> tuple:
    """The units row of one unit dict (`Unit.keyword_fields()`), its passage and committee stored."""
    people = _names(unit, "people")
    fields = {"text": unit.get("text") or "", "title": unit.get("title") or "", "people": ", ".join(people)}
    key = hashlib.sha256("\x1f".join(fields.values()).encode("utf-8")).hexdigest()[:32]
    committee = unit.get("committee") or ""
    return (str(unit["id"]), str(unit.get("document_id") or ""), unit.get("kind") or "",
            unit.get("meeting_date") or "", "".join(f",{p}" for p in people) + "," if people else "",
            _id_of(conn, "passages", key, fields),
            _id_of(conn, "committees", committee, {}) if committee else None)


def _prune(conn: sqlite3.Connection) -> None:
    """Drop the passages and committees that no unit points at any more."""
    conn.execute("delete from passages where not exists (select 1 from units where passage = passages.n)")
    conn.execute("delete from committees where not exists (select 1 from units where committee = committees.n)")


def _insert(conn: sqlite3.Connection, units: Iterable[dict], replace: bool) -> None:
    """Insert units in batches (streamed); with `replace`, drop any unit with the same id first."""
    it = iter(units)
    while batch := list(islice(it, BATCH)):
        if replace:
            conn.executemany("delete from units where id = ?", [(str(u["id"]),) for u in batch])
        conn.executemany("insert into units (id, document_id, kind, meeting_date, people_keys, passage, "
                         "committee) values (?, ?, ?, ?, ?, ?, ?)", [_add(conn, u) for u in batch])


def update(conn: sqlite3.Connection, units: list[dict]) -> None:
    """Add or replace units by id, in one transaction."""
    with _transaction(conn):
        _insert(conn, units, replace=True)
        _prune(conn)


def replace_documents(conn: sqlite3.Connection, document_ids: Iterable[str], units: Iterable[dict]) -> None:
    """Drop every unit of these documents and add `units` instead, in one transaction.

    Passages that the new units share with the old (an unchanged paragraph) stay indexed."""
    gone = list(dict.fromkeys(document_ids))
    with _transaction(conn):
        conn.executemany("delete from units where document_id = ?", [(d,) for d in gone])
        _insert(conn, units, replace=not gone)  # a unit of a document just deleted cannot be there
        _prune(conn)


# ---- queries -----------------------------------------------------------------------------------


def is_term(word: str) -> bool:
    """A word whoosh's analyser keeps: two characters or more, not a stop word."""
    return len(word) >= 2 and word not in STOP_WORDS


def _quoted(words: list[str]) -> str:
    return '"' + " ".join(words) + '"'  # \w+ words hold no double quote: nothing to escape


def _pairs(query: str) -> list[list[str]]:
    """Adjacent search words of the query with the stop words between them ('cost of care')."""
    words = [w.lower() for w in WORD_RE.findall((query or "")[:MAX_QUERY_CHARS])][: MAX_TERMS * 4]
    keep = [i for i, w in enumerate(words) if is_term(w)]
    pairs = [words[a:b + 1] for a, b in zip(keep, keep[1:], strict=False) if words[a] != words[b]]
    return list({" ".join(p): p for p in pairs}.values())[:MAX_PAIRS]


def match_expression(query: str) -> tuple[str, str] | None:
    """Safe FTS5 MATCH expressions (passages, committees) for any user string, or None when it has
    no searchable word. Every term is a quoted string, so operators and punctuation in the query
    (AND, NEAR, *, ^, :, parentheses, unbalanced quotes) are plain words to FTS5."""
    words, phrases = query_words(query)
    terms = " OR ".join(_quoted([w]) for w in words if is_term(w))
    if not terms:
        return None
    extra = [_quoted(p) for p in phrases[:MAX_PHRASES]] * PHRASE_REPEAT
    if " OR " in terms:
        extra += [_quoted(p) for p in _pairs(query)]
    passages = f"{{{' '.join(WEIGHTS)}}} : ({terms})" + "".join(f" OR text : {e}" for e in extra)
    return passages, terms


def filter_sql(filters: dict | None) -> tuple[str, list]:
    """SQL conditions on `units u` mirroring `keyword_whoosh.filter_query`: kind, committee, document_id
    (exact: one id or a list, the documents of a council), person (a key among the unit's people), since/until (ISO, inclusive; dated units)."""
    f = {k: v for k, v in (filters or {}).items() if v}
    where, params = [], []
    if f.get("kind"):
        where.append("u.kind = ?")
        params.append(str(f["kind"]))
    if f.get("document_id"):  # one id, or the documents of a council
        ids = [f["document_id"]] if isinstance(f["document_id"], str) else list(f["document_id"])
        where.append(f"u.document_id in ({','.join('?' * len(ids))})")
        params.extend(ids)
    if f.get("committee"):
        where.append("u.committee = (select n from committees where name = ?)")
        params.append(str(f["committee"]))
    if f.get("person"):
        where.append("instr(u.people_keys, ?) > 0")
        params.append(f",{person_key(str(f['person'])) or str(f['person']).lower()},")
    for key, op in (("since", ">="), ("until", "<=")):
        if f.get(key):
            where.append(f"u.meeting_date != '' and u.meeting_date {op} ?")
            params.append(str(f[key]))
    return " and ".join(where), params


BM25 = f"bm25(passages_fts, {', '.join(str(w) for w in WEIGHTS.values())})"


def _passages(conn: sqlite3.Connection, expr: str, where: str, params: list, limit: int) -> dict[int, float]:
    """The best `limit` passages (rowid -> bm25, higher is better) with a unit passing the filters."""
    only = f" and +passages_fts.rowid in (select passage from units u where {where})" if where else ""
    rows = conn.execute(f"select rowid, {BM25} from passages_fts where passages_fts match ?{only} "
                        "order by 2 limit ?", [expr, *params, limit])
    return {n: -s for n, s in rows}


_stem = functools.lru_cache(maxsize=100_000)(porter_stem)


@functools.lru_cache(maxsize=256)
def _heads(terms: frozenset[str]) -> re.Pattern:
    """The words of a text that open with a term's first two letters (stemming keeps them): only these
    can stem to one of `terms`, and the regex engine skips the others without a Python step each."""
    heads = sorted({t[:2] for t in terms}, key=lambda h: (-len(h), h))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, heads)) + r")\w*") if heads else re.compile(r"(?!)")


def held_terms(terms: frozenset[str], text: str) -> frozenset[str]:
    """Which of the query's stemmed `terms` a text holds, as whoosh's analyser (and highlights) see it."""
    return terms & frozenset(_stem(w) for w in set(_heads(terms).findall(text.lower())) if is_term(w))


def _coordinate(conn: sqlite3.Connection, passages: dict[int, float], query: str) -> dict[int, str]:
    """Scale each passage's score by the share of the query's words it holds, each word counted in
    every column it is in with that column's weight: the coordination factor of Lucene's classic
    scoring, BM25F-weighted. bm25() alone lets a short passage with two rare words outrank one
    holding most of the question; whoosh's idf (never below 1) gave such coverage its due.
    Returns the passages' texts (for highlights)."""
    words, _ = query_words(query)
    terms = frozenset(_stem(w) for w in words if is_term(w))
    if not passages or not terms:
        return {}
    whole = sum(WEIGHTS.values()) * len(terms)
    texts = {}
    for n, *fields in conn.execute(f"select n, {', '.join(WEIGHTS)} from passages where n in "
                                   f"({','.join('?' * len(passages))})", list(passages)):
        held = sum(w * len(held_terms(terms, v or "")) for w, v in zip(WEIGHTS.values(), fields, strict=True))
        passages[n] *= held / whole
        texts[n] = fields[0]
    return texts


def _units(conn: sqlite3.Connection, passages: dict[int, float], committees: dict[int, float],
           where: str, params: list) -> list[tuple[float, str, int]]:
    """(score, id, passage) of the units of these passages passing the filters, best first: the
    passage's score plus COMMITTEE_WEIGHT times its committee's."""
    rows = conn.execute(f"select u.id, u.passage, u.committee from units u where u.passage in "
                        f"({','.join('?' * len(passages))})" + (f" and {where}" if where else "")
                        + " order by u.n", [*passages, *params])
    return sorted(((passages[p] + COMMITTEE_WEIGHT * committees.get(c, 0.0), i, p) for i, p, c in rows),
                  key=lambda t: -t[0])


def _by_committee(conn: sqlite3.Connection, committees: dict[int, float], where: str, params: list,
                  seen: set[str], limit: int) -> list[tuple[float, str, int]]:
    """Up to `limit` more units (score, id, passage) matching by their committee's name alone."""
    rows = conn.execute(f"select u.id, u.passage, u.committee from units u where u.committee in "
                        f"({','.join('?' * len(committees))})" + (f" and {where}" if where else "")
                        + " order by u.n", [*committees, *params])
    found = ((COMMITTEE_WEIGHT * committees[c], i, p) for i, p, c in rows if i not in seen)
    return sorted(islice(found, limit), key=lambda t: -t[0])


def run_search(conn: sqlite3.Connection, query: str, limit: int, filters: dict | None,
               highlights: int | None = None) -> list[tuple[str, float, str]]:
    """(id, score, highlight html with <mark>) of the best `limit` units; higher scores are better.

    Only the first `highlights` hits get a snippet (None: all); the rest get ''.
    """
    exprs = match_expression(query)
    if exprs is None:
        return []
    limit = max(1, int(limit))
    where, params = filter_sql(filters)
    passages = _passages(conn, exprs[0], where, params, max(limit * SPARE_PASSAGES, MIN_PASSAGES))
    texts = _coordinate(conn, passages, query)
    committees = dict(conn.execute("select rowid, -bm25(committees_fts) from committees_fts "
                                   "where committees_fts match ?", [exprs[1]]).fetchall())
    scored = _units(conn, passages, committees, where, params)[:limit] if passages else []
    if len(scored) < limit and committees:  # as with whoosh, a unit may match by its committee alone
        scored += _by_committee(conn, committees, where, params, {i for _, i, _ in scored}, limit - len(scored))
    shown = len(scored) if highlights is None else min(highlights, len(scored))
    missing = [p for _, _, p in scored[:shown] if p not in texts]
    if missing:
        texts.update(conn.execute(f"select n, text from passages where n in ({','.join('?' * len(missing))})",
                                  missing))
    return [(i, score, highlight_text(query, texts[p]) if rank < shown else "")
            for rank, (score, i, p) in enumerate(scored)]


# ---- a long-lived handle -----------------------------------------------------------------------


class FtsKeywordIndex:
    """The FTS5 keyword index of one data folder (`path`, a SQLite file; None: in memory, for
    tests), with one connection per thread."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._target = str(path) if path is not None else f"file:keyword-{id(self)}?mode=memory&cache=shared"
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._pool_lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._keep = self.connection()  # creates the tables; keeps an in-memory index alive

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = connect(self._target, uri=self.path is None)
        return conn

    def refresh(self) -> None:
        """Nothing to reopen: every statement reads the latest commit (kept for the interface)."""

    @contextlib.contextmanager
    def reader(self) -> Iterator[sqlite3.Connection]:
        """A connection for reading, from a pool: as many stay open as reads ever ran at once (not
        one per thread of a server with many threads), each used by one thread at a time."""
        with self._pool_lock:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = connect(self._target, uri=self.path is None, any_thread=True)
        try:
            yield conn
        finally:
            with self._pool_lock:
                self._idle.append(conn)

    def search(self, query: str, limit: int = 20, filters: dict | None = None,
               highlights: int | None = None) -> list[tuple[str, float, str]]:
        """(id, score, highlight html) of the best units; never raises on odd query text."""
        with self.reader() as conn:
            return run_search(conn, query, limit, filters, highlights)

    def update(self, units: list[dict]) -> None:
        with self._write_lock:
            update(self.connection(), units)

    def replace_documents(self, document_ids: Iterable[str], units: Iterable[dict]) -> None:
        with self._write_lock:
            replace_documents(self.connection(), document_ids, units)

    def delete_document(self, document_id: str) -> None:
        self.replace_documents([document_id], [])

    def doc_count(self) -> int:
        """How many units the index holds."""
        with self.reader() as conn:
            return conn.execute("select count(*) from units").fetchone()[0]

    def document_ids(self) -> set[str]:
        """The documents that have units in the index."""
        with self.reader() as conn:
            return {d for (d,) in conn.execute("select distinct document_id from units")}
