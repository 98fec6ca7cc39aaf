"""The engine a process holds: models loaded once, the keyword index, the vectors in memory.

The pipeline uses it to tag, index and encode; the CLI and the web use it to search and answer.
Stages stay plain functions: the engine only owns resources and hands them over.
"""
from __future__ import annotations

import logging
import threading
import time
from functools import cached_property

import numpy as np

from indexer import answer as answering
from indexer import queries, store
from indexer.retrieve import UnitTable, facets, hybrid_search
from indexer.settings import Settings
from indexer.units import Unit

log = logging.getLogger(__name__)


class Engine:
    """Lazily loaded models and indexes over one data folder; safe to share across threads."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.RLock()
        self._table: UnitTable | None = None
        self._generation: tuple | None = None

    # ---- resources, each loaded on first use ------------------------------------------
    @cached_property
    def nlp(self):
        from indexer.entities import load_nlp

        return load_nlp(self.settings.spacy_model)

    @cached_property
    def encoder(self):
        from indexer.embed import load_encoder

        return load_encoder(self.settings.embed_backend, cache_dir=self.settings.data_dir)

    @cached_property
    def keyword(self):
        from indexer.keyword import KeywordIndex

        return KeywordIndex(self.settings.keyword_dir)

    def db(self):
        return store.open_store(self.settings.db_path, create=False)

    # ---- build side -------------------------------------------------------------------
    def keyword_replace(self, doc_ids: list[str], units: list[Unit]) -> None:
        """Replace these documents' entries in the keyword index with `units`."""
        self.keyword.replace_documents(doc_ids, [u.keyword_fields() for u in units])

    def keyword_delete(self, doc_id: str) -> None:
        self.keyword.replace_documents([doc_id], [])

    def encode_missing(self, db, units: list[Unit], settings: Settings) -> int:
        """Encode the unit texts that have no stored vector yet; returns how many were encoded."""
        from indexer.embed import to_blob

        by_hash = {u.text_hash: u.text for u in units}
        have = store.stored_vectors(db, by_hash, self.encoder.name)
        todo = [(h, t) for h, t in by_hash.items() if h not in have]
        for i in range(0, len(todo), 1024):
            chunk = todo[i:i + 1024]
            vecs = self.encoder.encode([t for _, t in chunk], batch_size=settings.embed_batch)
            store.store_vectors(db, {h: to_blob(v) for (h, _), v in zip(chunk, vecs)}, self.encoder.name)
        return len(todo)

    # ---- query side -------------------------------------------------------------------
    def table(self, db) -> UnitTable:
        """The units and their vectors in memory, reloaded when the store has changed."""
        gen = tuple(next(db.query("select count(*) n, max(indexed_at) t, sum(keyword_synced) s "
                                  "from documents")).values())
        with self._lock:
            if self._table is None or gen != self._generation:
                self._table = self._load_table(db)
                self._generation = gen
                self.keyword.refresh()
            return self._table

    def _load_table(self, db) -> UnitTable:
        from indexer.embed import from_blob

        t0 = time.perf_counter()
        units = store.load_units(db)
        vecs = store.stored_vectors(db, {u.text_hash for u in units}, self.encoder.name)
        matrix = np.zeros((len(units), self.encoder.dim), dtype=np.float32)
        for i, u in enumerate(units):
            if u.text_hash in vecs:
                matrix[i] = from_blob(vecs[u.text_hash])
        log.info("loaded %d units and vectors in %.2fs", len(units), time.perf_counter() - t0)
        return UnitTable(units, matrix)

    def search(self, query: str, filters: dict, limit: int = 20, offset: int = 0) -> dict:
        """Ranked units for a query, as /api/search returns them."""
        db = self.db()
        table = self.table(db)
        ranked = hybrid_search(query, filters, table, self.keyword, self.encoder,
                               self.settings.candidates, self.settings.rrf_k,
                               self.settings.keyword_weight)
        hits = dedupe(ranked.hits, table)
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
                            "highlight": ranked.highlights.get(uid) or ""})
        return {"query": query, "total": len(hits), "results": results,
                "facets": facets(table, [i for i, _ in hits]), "timings": ranked.timings}

    def answer(self, question: str, filters: dict) -> dict:
        """The answer to a question with its citation, figures and decisions, as /api/answer returns."""
        db = self.db()
        table = self.table(db)
        ranked = hybrid_search(question, filters, table, self.keyword, self.encoder,
                               self.settings.candidates, self.settings.rrf_k,
                               self.settings.keyword_weight)
        hits = dedupe(ranked.hits, table)
        return answering.answer_question(question, hits, table, db, self.encoder, self.settings)


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
