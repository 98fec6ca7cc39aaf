"""The keyword index: BM25F over search units with whoosh (whoosh-reloaded 2.7.5).

One document per search unit (paragraph, decision, recommendation, action, table row), keyed
by its unique `id`. Text fields are stemmed; `title` and `committee` are boosted; exact-match
copies (`kind`, `committee_id`, `meeting_date`, `document_id`, `people`) serve the filters.

User queries never reach whoosh's query parser: `parse_query` reduces any string to at most
`MAX_TERMS` word terms plus balanced quoted phrases, ORs them with a bonus for documents that
match every term, and the search runs with `optimize=False`. That turns off the block-quality
skipping of `TopCollector`, whose `UnionMatcher.skip_to_quality` can loop forever on float
ties (whoosh issues #446, #461).

Threads: a whoosh `Searcher` is not safe to share between threads. `KeywordIndex` keeps one
searcher per thread (`threading.local`), reopened lazily when the index generation changes
(after our own writes, or a call to `refresh()` when another process has written). It reopens
rather than calling `Searcher.refresh()`: whoosh's refresh reuses segment readers by segment
id, so it misses deletions committed without new documents (and shares closable resources).
Writes are serialised by a lock in-process and by whoosh's lock file across processes.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from pathlib import Path

from whoosh import index
from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.index import Index
from whoosh.query import And, Or, Phrase, Query, Term, TermRange
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

from indexer.search.terms import MAX_QUERY_CHARS, MAX_TERMS, highlight_text, query_words
from models.people import person_key

log = logging.getLogger(__name__)

AND_BONUS = 0.5  # extra weight for documents matching every term
WRITE_TIMEOUT_S = 30.0  # wait this long for another process's write lock
SEARCH_FIELDS = {"text": 1.0, "title": 0.4, "committee": 0.15, "people": 0.5}  # query-time boosts; measured on the eval kit


def schema() -> Schema:
    """Fields of a search unit; `field_boost` gives title and committee more weight in BM25F."""
    stem = StemmingAnalyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True),
        text=TEXT(analyzer=stem, stored=True, phrase=True),
        title=TEXT(analyzer=stem, field_boost=2.0),
        committee=TEXT(analyzer=stem, field_boost=1.5),
        committee_id=ID,
        meeting_date=ID(stored=True, sortable=True),
        document_id=ID(stored=True),
        people=KEYWORD(commas=True, lowercase=True, scorable=True),
        orgs=KEYWORD(commas=True, lowercase=True, scorable=True),
    )


# ---- opening and writing ------------------------------------------------------------------


def open_index(path: Path | None) -> Index:
    """The index in folder `path`, created when missing (or with a different schema); `None`: in memory."""
    if path is None:
        return RamStorage().create_index(schema())
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    if index.exists_in(str(path)):
        ix = index.open_dir(str(path))
        if set(ix.schema.names()) == set(schema().names()):
            return ix
        log.warning("keyword index in %s has an old schema: recreating it empty", path)
    return index.create_in(str(path), schema())


def _document(unit: dict) -> dict:
    """Whoosh fields of one unit dict (`indexer.store.Unit.keyword_fields()`); empty values left out."""
    doc = {k: unit.get(k) for k in ("id", "kind", "text", "title", "committee", "meeting_date",
                                    "document_id")}
    doc["committee_id"] = unit.get("committee")
    for name in ("people", "orgs"):
        values = unit.get(name) or []
        doc[name] = ",".join(v.replace(",", " ") for v in values if v) if not isinstance(values, str) else values
    return {k: str(v) for k, v in doc.items() if v}


WRITER_LIMIT_MB = 256  # posting pool before a sort run spills: 128 (whoosh's default) -> 256 cut 29k units from 20 s to 14 s (+110 MB)


def _writer(ix: Index):
    return ix.writer(timeout=WRITE_TIMEOUT_S, limitmb=WRITER_LIMIT_MB)


def update(ix: Index, units: list[dict]) -> None:
    """Add or replace units by id, in one writer and one commit."""
    writer = _writer(ix)
    try:
        for unit in units:
            writer.update_document(**_document(unit))
    except BaseException:
        writer.cancel()
        raise
    writer.commit()


def replace_documents(ix: Index, document_ids: Iterable[str], units: Iterable[dict]) -> None:
    """Drop every unit of these documents and add `units` instead, in one commit."""
    writer = _writer(ix)
    try:
        gone = set(document_ids)
        for doc_id in gone:
            writer.delete_by_term("document_id", doc_id)
        for unit in units:  # a unit of a document just deleted cannot be there: no lookup by id
            add = writer.add_document if unit.get("document_id") in gone else writer.update_document
            add(**_document(unit))
    except BaseException:
        writer.cancel()
        raise
    writer.commit()


def delete_document(ix: Index, document_id: str) -> None:
    """Drop every unit of one document."""
    replace_documents(ix, [document_id], [])


# ---- queries --------------------------------------------------------------------------------


def _analysed(sch: Schema, field: str, text: str) -> list[str]:
    return list(sch[field].process_text(text, mode="query"))


def _word_clause(sch: Schema, word: str) -> Query | None:
    """One word over every search field, each analysed as that field indexes it; None for a stop word."""
    if not _analysed(sch, "text", word):
        return None
    terms = [Term(f, tok, boost=b) for f, b in SEARCH_FIELDS.items()
             for tok in dict.fromkeys(_analysed(sch, f, word))]
    return Or(terms) if terms else None


def _phrase_clause(sch: Schema, words: list[str]) -> Query | None:
    tokens = _analysed(sch, "text", " ".join(words))
    return Phrase("text", tokens, slop=1, boost=2.0) if len(tokens) > 1 else None


PAIR_BOOST = 0.5  # adjacent query words found side by side ("hired transport") rank higher
MAX_PAIRS = 12


def _pair_clauses(sch: Schema, query: str) -> list[Query]:
    """Phrase clauses for adjacent content words of the query, so that word order counts a little."""
    tokens = _analysed(sch, "text", (query or "")[:MAX_QUERY_CHARS])[: MAX_TERMS]
    pairs = list(dict.fromkeys(zip(tokens, tokens[1:], strict=False)))[:MAX_PAIRS]
    return [Phrase("text", list(p), slop=1, boost=PAIR_BOOST) for p in pairs if p[0] != p[1]]


def parse_query(query: str, sch: Schema | None = None) -> Query | None:
    """A safe whoosh query for any user string, or None when it has no searchable word."""
    sch = sch or schema()
    words, phrases = query_words(query)
    clauses = [c for c in (_word_clause(sch, w) for w in words) if c is not None]
    if not clauses:
        return None
    extra = [c for c in (_phrase_clause(sch, p) for p in phrases) if c is not None]
    extra += _pair_clauses(sch, query)
    if len(clauses) > 1:
        extra.append(And(clauses, boost=AND_BONUS))
    return Or(clauses + extra)


def filter_query(filters: dict | None) -> Query | None:
    """Exact-match restrictions: kind, committee, since/until (ISO), person (key), document_id (one or a list)."""
    f = {k: v for k, v in (filters or {}).items() if v}
    parts: list[Query] = []
    for key, field in (("kind", "kind"), ("committee", "committee_id")):
        if f.get(key):
            parts.append(Term(field, str(f[key])))
    if f.get("document_id"):  # one id, or the documents of a council
        ids = [f["document_id"]] if isinstance(f["document_id"], str) else list(f["document_id"])
        parts.append(Or([Term("document_id", i) for i in ids]) if ids else Term("document_id", ""))
    if f.get("person"):
        parts.append(Term("people", person_key(str(f["person"])) or str(f["person"]).lower()))
    if f.get("since") or f.get("until"):
        parts.append(TermRange("meeting_date", f.get("since"), f.get("until")))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


_SCHEMA = schema()


def run_search(searcher: Searcher, query: str, limit: int, filters: dict | None,
               highlights: int | None = None) -> list[tuple[str, float, str]]:
    """(id, score, highlight html with <mark>) of the best `limit` units.

    Only the first `highlights` hits get a snippet (None: all); the rest get ''. Highlighting
    re-analyses each text and costs more than the search itself on long paragraphs.
    """
    q = parse_query(query, searcher.schema)
    if q is None:
        return []
    results = searcher.search(q, limit=max(1, int(limit)), filter=filter_query(filters), optimize=False)
    n = len(results) if highlights is None else highlights
    return [(hit["id"], float(hit.score), highlight_text(query, hit.get("text") or "") if rank < n else "")
            for rank, hit in enumerate(results)]


def search(ix: Index, query: str, limit: int = 20, filters: dict | None = None,
           highlights: int | None = None) -> list[tuple[str, float, str]]:
    """Search with a fresh searcher (one-off use; long-lived callers use KeywordIndex)."""
    with ix.searcher(weighting=BM25F()) as searcher:
        return run_search(searcher, query, limit, filters, highlights)


# ---- a long-lived handle ----------------------------------------------------------------------


class KeywordIndex:
    """An index plus one cached searcher per thread, refreshed when the index changes."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.ix = open_index(path)
        self._local = threading.local()
        self._generation = 0
        self._write_lock = threading.Lock()

    def refresh(self) -> None:
        """Tell every thread's searcher to reload before its next search (another process wrote)."""
        self._generation += 1

    def searcher(self) -> Searcher:
        """This thread's searcher, reopened on the latest commit when the generation moved on."""
        local = self._local
        s = getattr(local, "searcher", None)
        if s is not None and local.generation == self._generation:
            return s
        if s is not None:
            s.close()  # only this thread ever used it
        s = local.searcher = self.ix.searcher(weighting=BM25F())
        local.generation = self._generation
        return s

    def search(self, query: str, limit: int = 20, filters: dict | None = None,
               highlights: int | None = None) -> list[tuple[str, float, str]]:
        """(id, score, highlight html) of the best units; never raises on odd query text."""
        return run_search(self.searcher(), query, limit, filters, highlights)

    def update(self, units: list[dict]) -> None:
        with self._write_lock:
            update(self.ix, units)
        self.refresh()

    def replace_documents(self, document_ids: Iterable[str], units: Iterable[dict]) -> None:
        with self._write_lock:
            replace_documents(self.ix, list(document_ids), units)
        self.refresh()

    def delete_document(self, document_id: str) -> None:
        self.replace_documents([document_id], [])

    def doc_count(self) -> int:
        return self.searcher().doc_count()

    def document_ids(self) -> set[str]:
        """The documents that have units in the index (terms of deleted units are skipped)."""
        s = self.searcher()
        return {d for d in s.reader().field_terms("document_id") if s.document_number(document_id=d) is not None}
