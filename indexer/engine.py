"""The engine a process holds: models loaded once, the keyword index, the vectors in memory.

The pipeline uses it to tag, index and encode; the CLI and the web use it to search and answer.
Stages stay plain functions: the engine only owns resources and hands them over.
"""
from __future__ import annotations

import contextlib
import logging
import threading
import time
import weakref
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cached_property
from pathlib import Path

import numpy as np

from indexer import answer as answering
from indexer import search, store
from indexer.search import UnitTable, facets, highlight_text, hybrid_search
from indexer.settings import Settings
from indexer.store import Unit, queries
from models import Overloaded

log = logging.getLogger(__name__)


class Engine:
    """Lazily loaded models and indexes over one data folder; safe to share across threads."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.RLock()
        self._tables: weakref.WeakValueDictionary[int, UnitTable] = weakref.WeakValueDictionary()
        self._latest: tuple[int, UnitTable] | None = None  # the newest table, kept while unused
        self._ahead: ThreadPoolExecutor | None = None  # encodes while the pipeline parses the next file
        self._pending: list[Future] = []
        self._queued: set[str] = set()

    # ---- resources, each loaded on first use ------------------------------------------
    @cached_property
    def nlp(self):
        from indexer.extract import load_nlp

        return load_nlp(self.settings.spacy_model)

    @cached_property
    def encoder(self):
        return search.load_encoder(self.settings.embed_backend, cache_dir=self.settings.models_dir,
                                   max_seq_length=self.settings.embed_max_seq_length,
                                   threads=self.settings.embed_threads or None)

    @property
    def vector_model(self) -> str:
        """The name the configured encoder's vectors are stored under, without loading it."""
        return search.vector_model(self.settings.embed_backend, self.settings.embed_max_seq_length)

    @cached_property
    def answer_model(self):
        """The fitted model of how sure an answer is (`indexer/answer/model.py`)."""
        path = self.settings.answer_model
        return answering.load_model(Path(path) if path else None)

    @cached_property
    def keyword(self):
        """The keyword index of the configured backend (`Settings.keyword_backend`)."""
        s = self.settings
        return search.open_keyword_index(s.keyword_backend, s.keyword_file, s.keyword_dir)

    @contextlib.contextmanager
    def reading(self, db=None) -> Iterator:
        """`db` (a caller's snapshot, such as the web request's), or one opened for this call and
        closed after it, so that nothing is left open whichever way the call ends."""
        if db is not None:
            yield db
            return
        db = store.open_snapshot(self.settings.db_path)
        try:
            yield db
        finally:
            db.conn.close()

    # ---- build side -------------------------------------------------------------------
    def keyword_replace(self, doc_ids: list[str], units: list[Unit]) -> None:
        """Replace these documents' entries in the keyword index with `units`."""
        self.keyword.replace_documents(doc_ids, (u.keyword_fields() for u in units))  # streamed: no second copy

    def keyword_delete(self, doc_id: str) -> None:
        self.keyword.replace_documents([doc_id], [])

    def keyword_stale(self, db) -> list[str]:
        """Documents the keyword index lacks or holds in excess of the store: all of them when its
        file was deleted, recreated for a new schema, or written by the other `keyword_backend`."""
        stored = store.document_ids(db)
        return sorted(stored ^ self.keyword.document_ids())

    def encode_ahead(self, db, units: list[Unit]) -> None:
        """Start encoding, in a background thread, the unit texts of a just-stored document that
        have no vector yet, so the encoder (which releases the GIL) runs while the caller reads and
        tags the next file. `encode_missing` stores the results; vectors found here are final."""
        by_hash = {u.text_hash: u.text for u in units}
        by_hash = {h: t for h, t in by_hash.items() if h not in self._queued}
        have = store.stored_vectors(db, by_hash, self.encoder.name)
        todo = [(h, t) for h, t in by_hash.items() if h not in have]
        if not todo:
            return
        if self._ahead is None:
            self._ahead = ThreadPoolExecutor(max_workers=1, thread_name_prefix="encode-ahead")
        self._queued.update(h for h, _ in todo)
        encoder, batch = self.encoder, self.settings.embed_batch
        self._pending.append(self._ahead.submit(
            lambda: list(zip([h for h, _ in todo], encoder.encode([t for _, t in todo], batch_size=batch, use_cache=False)))))
        self._store_ahead(db, wait=False)

    def _store_ahead(self, db, wait: bool) -> int:
        """Store the vectors of finished background batches (all of them when `wait`)."""
        done = [f for f in self._pending if wait or f.done()]
        self._pending = [f for f in self._pending if f not in done]
        n = 0
        for f in done:
            pairs = f.result()
            store.store_vectors(db, {h: search.to_blob(v) for h, v in pairs}, self.encoder.name)
            n += len(pairs)
        if wait:
            self._queued.clear()
        return n

    def encode_missing(self, db, units: list[Unit], settings: Settings) -> int:
        """Encode the unit texts that have no stored vector yet; returns how many were encoded."""
        n = self._store_ahead(db, wait=True)
        by_hash = {u.text_hash: u.text for u in units}
        have = store.stored_vectors(db, by_hash, self.encoder.name)
        todo = [(h, t) for h, t in by_hash.items() if h not in have]
        for i in range(0, len(todo), 1024):
            chunk = todo[i:i + 1024]
            vecs = self.encoder.encode([t for _, t in chunk], batch_size=settings.embed_batch, use_cache=False)
            store.store_vectors(db, {h: search.to_blob(v) for (h, _), v in zip(chunk, vecs)}, self.encoder.name)
        return n + len(todo)

    # ---- query side -------------------------------------------------------------------
    def table(self, db) -> UnitTable:
        """The units and vectors in memory as of `db`'s snapshot: one table per value of the store's
        change counter, loaded when first asked for; the newest is kept, older ones live while a
        request still reads them (so a response never mixes two versions)."""
        gen = store.generation(db)
        with self._lock:
            table = self._tables.get(gen)
            if table is None:
                table = self._tables[gen] = self._load_table(db)
                if self._latest is None or gen > self._latest[0]:
                    self._latest = (gen, table)
                    self.keyword.refresh()
            return table

    def _load_table(self, db) -> UnitTable:
        t0 = time.perf_counter()
        units = store.load_units(db)
        row = {h: n for n, h in enumerate(dict.fromkeys(u.text_hash for u in units))}
        vecs = store.stored_vectors(db, row, self.encoder.name)
        matrix = np.zeros((len(row), self.encoder.dim), dtype=np.float32)  # one row per distinct text
        for h, n in row.items():
            if h in vecs:
                matrix[n] = search.from_blob(vecs[h])
        rows = np.fromiter((row[u.text_hash] for u in units), dtype=np.int32, count=len(units))
        log.info("loaded %d units (%d distinct texts) and vectors in %.2fs", len(units), len(row),
                 time.perf_counter() - t0)
        return UnitTable(units, matrix, rows)

    def search(self, query: str, filters: dict, limit: int = 20, offset: int = 0, db=None) -> dict:
        """Ranked units for a query, as /api/search returns them, read from `db` (see `reading`)."""
        with self.reading(db) as db:
            table = self.table(db)
            ranked = hybrid_search(query, council_filter(db, filters), table, self.keyword, self.encoder,
                                   self.settings.candidates, self.settings.rrf_k, self.settings.keyword_weight)
            return self._results(query, dedupe(ranked.hits, table), ranked.timings, table, db, limit, offset)

    def page(self, query: str, filters: dict, limit: int, offset: int, db, deadline: float | None) -> tuple[dict, dict | None]:
        """The search page's two parts, the results (as `search`) and the answer (as `answer`; None
        past the first page), from one retrieval: the answer's unscoped ranking is the results'."""
        table = self.table(db)
        ranked = hybrid_search(query, council_filter(db, filters), table, self.keyword, self.encoder,
                               self.settings.candidates, self.settings.rrf_k, self.settings.keyword_weight)
        hits = dedupe(ranked.hits, table)
        found = self._results(query, hits, ranked.timings, table, db, limit, offset)
        answered = self.answer(query, filters, db=db, deadline=deadline, ranked=hits) if offset == 0 else None
        return found, answered

    def _results(self, query: str, hits: list[tuple[str, float]], timings: dict, table: UnitTable, db,
                 limit: int, offset: int) -> dict:
        """One page of deduplicated hits with citations and highlights, the facets of all of them."""
        page = hits[offset:offset + limit]
        cites = queries.citations(db, (table.units[table.by_id[i]].paragraph_id for i, _ in page))
        results = []
        for uid, score in page:
            u = table.units[table.by_id[uid]]
            c = cites.get(u.paragraph_id)
            if c is None:
                continue
            results.append({**c.to_dict(), "text": u.cite_text or c.text, "id": uid,
                            "kind": u.kind, "score": round(score, 6),
                            "highlight": highlight_text(query, u.text)})  # the page only, any retriever
        return {"query": query, "total": len(hits), "results": results,
                "facets": facets(table, [i for i, _ in hits]), "timings": timings}

    def answer(self, question: str, filters: dict, db=None, deadline: float | None = None,
               ranked: list[tuple[str, float]] | None = None) -> dict:
        """The answer to a question with its citation, figures and decisions, as /api/answer
        returns it, read from `db` (see `reading`). Past `deadline` (time.monotonic()), checked
        before retrieval and before the answer step, it raises Overloaded (503) instead. `ranked`:
        the deduplicated hits of this question under `filters`, when the caller has them already.

        A council the question names is searched alone (its papers, when it has any that match); the
        meeting date or month it names lifts that meeting's paragraphs."""
        with self.reading(db) as db:
            _in_time(deadline, "the answer waited its whole time budget", self.settings.retry_after_s)
            table, scope, hits = self.evidence_for(question, filters, db, ranked)
            _in_time(deadline, "the answer ran out of its time budget", self.settings.retry_after_s)
            return answering.answer_question(question, hits, table, db, self.encoder, self.answer_model, scope)

    def evidence_for(self, question: str, filters: dict, db, ranked: list[tuple[str, float]] | None = None) -> tuple:
        """(unit table, the question's scope, ranked hits) an answer to `question` is drawn from; `ranked`:
        the question's deduplicated hits under `filters`, when the caller has them already."""
        table = self.table(db)
        scope = search.question_scope(question, table.councils)
        hits: list[tuple[str, float]] = []
        if scope.council and not filters.get("council") and self.settings.scope_council:
            scoped = council_filter(db, {**filters, "council": scope.council}, unknown=True)
            hits = self._ranked(search.without_council(question, scope.council), scoped, table)
        if not hits:
            hits = ranked if ranked is not None else self._ranked(question, council_filter(db, filters), table)
        return table, scope, prefer_meeting(hits, table, scope, self.settings.date_boost)

    def _ranked(self, query: str, filters: dict, table: UnitTable) -> list[tuple[str, float]]:
        ranked = hybrid_search(query, filters, table, self.keyword, self.encoder, self.settings.candidates,
                               self.settings.rrf_k, self.settings.keyword_weight)
        return dedupe(ranked.hits, table)


def _in_time(deadline: float | None, reason: str, retry_after: int) -> None:
    """Raise Overloaded (503, try again) when `deadline` has passed."""
    if deadline is not None and time.monotonic() > deadline:
        raise Overloaded(reason, retry_after)


def prefer_meeting(hits: list[tuple[str, float]], table: UnitTable, scope, boost: float) -> list[tuple[str, float]]:
    """Hits of the meeting the question names (its date, else its month) lifted by `boost`, the rest kept
    in order."""
    if not (scope.date or scope.month) or boost == 1.0:
        return hits
    def score(uid: str, s: float) -> float:
        date = table.units[table.by_id[uid]].meeting_date or ""
        same = date == scope.date if scope.date else date.startswith(scope.month or "-")
        return s * boost if same else s
    return sorted(((uid, score(uid, s)) for uid, s in hits), key=lambda h: -h[1])


def council_filter(db, filters: dict, unknown: bool = False) -> dict:
    """Filters with `council` read as the documents of that council, for the keyword index (the units in
    memory filter on the council itself); with `unknown`, the papers that name no council too."""
    if not filters.get("council"):
        return filters
    docs = store.council_documents(db, filters["council"]) + (store.council_documents(db, None) if unknown else [])
    name = store.council_name(db, filters["council"]) or filters["council"]
    return {**filters, "document_id": docs or ["-"], "council": [name, ""] if unknown else name}


def dedupe(hits: list[tuple[str, float]], table: UnitTable) -> list[tuple[str, float]]:
    """One hit per paragraph and shown text: a decision and the paragraph it sits in count once."""
    seen, out = set(), []
    for uid, score in hits:
        u = table.units[table.by_id[uid]]
        key = (u.paragraph_id, u.cite_text)
        if key not in seen:
            seen.add(key)
            out.append((uid, score))
    return out
