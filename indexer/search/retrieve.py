"""Hybrid retrieval: keyword (BM25F) and semantic rankings fused, filters on both sides, facets."""
from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from indexer.search.fusion import reciprocal_rank_fusion
from indexer.search.terms import content_terms
from indexer.store import Unit
from models.people import person_key

NONE = "\x00none"  # a missing value: equal to no value asked for, before every date


class Codes:
    """A column of strings as int32 codes into its sorted distinct values: equality and range
    filters compare small integers in C (a few ms over a million units, where comparing Python
    strings in an object array took tens), and memory is 4 bytes a unit plus the distinct values."""

    def __init__(self, values: list[str]) -> None:
        cells = np.array([NONE if v is None else v for v in values], dtype=object)
        self.values, inverse = np.unique(cells, return_inverse=True)
        self.codes = inverse.astype(np.int32).reshape(-1)
        self.index = {v: i for i, v in enumerate(self.values)}

    def equal(self, value: str) -> np.ndarray:
        """Rows holding exactly `value`."""
        code = self.index.get(value)
        return self.codes == code if code is not None else np.zeros(len(self.codes), dtype=bool)

    def among(self, values: list[str]) -> np.ndarray:
        """Rows holding any of `values`."""
        codes = [self.index[v] for v in values if v in self.index]
        return np.isin(self.codes, codes)

    def at_least(self, value: str) -> np.ndarray:
        """Rows whose value sorts at or after `value` (ISO dates: on or after)."""
        return self.codes >= int(np.searchsorted(self.values, value, side="left"))

    def at_most(self, value: str) -> np.ndarray:
        """Rows whose value sorts at or before `value`."""
        return self.codes < int(np.searchsorted(self.values, value, side="right"))


@dataclass
class UnitTable:
    """The units in memory with their vectors, and filter columns as arrays.

    `matrix` holds one row per distinct text when `rows` is given (unit i's vector is
    `matrix[rows[i]]`): units repeating a text (the same paragraph in monthly packs) share a row,
    so memory and the dense product grow with distinct text, not with units. Without `rows`,
    row i is unit i's vector.
    """

    units: list[Unit]
    matrix: np.ndarray  # (n, dim) float32, normalised; zero rows for texts without a vector
    rows: np.ndarray | None = None  # (units,) int row of each unit in `matrix`
    by_id: dict[str, int] = field(default_factory=dict)

    def unit_scores(self, query_vec: np.ndarray) -> np.ndarray:
        """Cosine of every unit to the query (one product per distinct text)."""
        scores = self.matrix @ np.asarray(query_vec, dtype=np.float32)
        return scores if self.rows is None else scores[self.rows]

    def stored_vector(self, unit_id: str) -> np.ndarray | None:
        """A unit's vector as indexed (None for an unknown unit or one without a vector)."""
        i = self.by_id.get(unit_id)
        if i is None:
            return None
        vec = self.matrix[self.rows[i] if self.rows is not None else i]
        return vec if vec.any() else None

    def __post_init__(self) -> None:
        self.by_id = {u.id: i for i, u in enumerate(self.units)}
        self.kind = Codes([u.kind for u in self.units])
        self.committee = Codes([u.committee for u in self.units])
        self.council = Codes([u.council for u in self.units])
        self.date = Codes([u.meeting_date or "" for u in self.units])

    @cached_property
    def councils(self) -> list[str]:
        """The councils whose papers are in the table."""
        return sorted({u.council for u in self.units if u.council})

    @cached_property
    def idf(self) -> tuple[dict[str, float], float]:
        """Inverse document frequency of each term over the distinct unit texts, and the default."""
        df: Counter = Counter()
        texts = {u.text for u in self.units}
        for t in texts:
            df.update(set(content_terms(t)))
        n = max(1, len(texts))
        return {t: math.log(1 + n / c) for t, c in df.items()}, math.log(1 + n)

    def mask(self, filters: dict) -> np.ndarray | None:
        """Boolean mask of units passing the filters (None when there are no filters)."""
        f = {k: v for k, v in filters.items() if v}
        if not f:
            return None
        m = np.ones(len(self.units), dtype=bool)
        if f.get("kind"):
            m &= self.kind.equal(f["kind"])
        if f.get("committee"):
            m &= self.committee.equal(f["committee"])
        if f.get("council"):  # one council, or a list of them ('' for papers naming none)
            wanted = [f["council"]] if isinstance(f["council"], str) else list(f["council"])
            m &= self.council.among(wanted)
        if f.get("since"):
            m &= self.date.at_least(f["since"])
        if f.get("until"):
            m &= self.date.at_most(f["until"]) & ~self.date.equal("")
        if f.get("person"):
            key = person_key(f["person"])
            m &= np.array([key in u.people for u in self.units], dtype=bool)
        return m


@dataclass
class Ranked:
    """A fused ranking with the per-retriever timings (ms) the benchmark reports."""

    hits: list[tuple[str, float]]
    timings: dict[str, float]


def dense_search(table: UnitTable, query_vec: np.ndarray, k: int, mask: np.ndarray | None) -> list[tuple[str, float]]:
    """Top-k units by cosine similarity: one matrix product over the in-memory vectors."""
    if not len(table.units):
        return []
    scores = table.unit_scores(query_vec)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    k = min(k, len(scores))
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.argsort(-scores[top])]
    return [(table.units[i].id, float(scores[i])) for i in top if np.isfinite(scores[i])]


def hybrid_search(query: str, filters: dict, table: UnitTable, keyword, encoder,
                  candidates: int = 50, rrf_k: int = 10, keyword_weight: float = 3.5) -> Ranked:
    """Fuse the keyword and the semantic ranking of units passing `filters`.

    No snippets here: callers that show a page highlight that page's hits (`search.highlight_text`).
    """
    t0 = time.perf_counter()
    kw = keyword.search(query, limit=candidates, filters=filters, highlights=0)
    t1 = time.perf_counter()
    qvec = encoder.encode([query])[0]
    t2 = time.perf_counter()
    dense = dense_search(table, qvec, candidates, table.mask(filters))
    t3 = time.perf_counter()
    fused = reciprocal_rank_fusion([[i for i, _, _ in kw], [i for i, _ in dense]], k=rrf_k,
                                   weights=[keyword_weight, 1.0])
    timings = {"keyword_ms": (t1 - t0) * 1e3, "encode_ms": (t2 - t1) * 1e3,
               "dense_ms": (t3 - t2) * 1e3, "fuse_ms": (time.perf_counter() - t3) * 1e3}
    return Ranked([(i, s) for i, s in fused if i in table.by_id], timings)


def facets(table: UnitTable, ids: list[str]) -> dict[str, dict[str, int]]:
    """Counts of kind, council, committee, year and person over the matching units."""
    units = [table.units[table.by_id[i]] for i in ids if i in table.by_id]
    people = Counter(p for u in units for p in u.people)
    return {
        "kind": dict(Counter(u.kind for u in units).most_common()),
        "council": dict(Counter(u.council for u in units if u.council).most_common()),
        "committee": dict(Counter(u.committee for u in units if u.committee).most_common()),
        "year": dict(sorted(Counter(u.meeting_date[:4] for u in units if u.meeting_date).items(),
                            reverse=True)),
        "person": dict(people.most_common(20)),
    }
