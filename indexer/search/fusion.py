"""Rank fusion: combine the keyword and the semantic ranking into one list. Pure functions.

Reciprocal rank fusion (Cormack et al. 2009, as in haystack's `_reciprocal_rank_fusion`) only
looks at ranks, so BM25 scores and cosines never need to be put on one scale. Min-max score
fusion is kept for comparison in the benchmark. Ties are broken by first appearance (the
earlier ranking, then the earlier position), so the output is deterministic.
"""
from __future__ import annotations

from collections.abc import Sequence


def _weights(n: int, weights: Sequence[float] | None) -> list[float]:
    if weights is None:
        return [1.0] * n
    if len(weights) != n:
        raise ValueError(f"{len(weights)} weights for {n} rankings: give one weight per ranking")
    return [float(w) for w in weights]


def _sorted(scores: dict[str, float]) -> list[tuple[str, float]]:
    """Best first; equal scores keep insertion order (dicts remember it, sorted() is stable)."""
    return sorted(scores.items(), key=lambda kv: -kv[1])


def reciprocal_rank_fusion(rankings: list[list[str]], k: int = 60,
                           weights: list[float] | None = None) -> list[tuple[str, float]]:
    """Fused (id, score), best first: score = sum over rankings of weight / (k + rank), rank from 1.

    An id repeated within one ranking counts at its best rank only.
    """
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, _weights(len(rankings), weights), strict=True):
        seen: set[str] = set()
        for rank, ident in enumerate(ranking, start=1):
            if ident in seen:
                continue
            seen.add(ident)
            scores[ident] = scores.get(ident, 0.0) + weight / (k + rank)
    return _sorted(scores)


def min_max(scored: list[tuple[str, float]]) -> dict[str, float]:
    """Scores rescaled to [0, 1] within one ranking; all equal -> 1.0 each."""
    if not scored:
        return {}
    values = [s for _, s in scored]
    lo, hi = min(values), max(values)
    span = hi - lo
    return {i: (s - lo) / span if span else 1.0 for i, s in scored}


def score_fusion(scored_rankings: list[list[tuple[str, float]]],
                 weights: list[float] | None = None) -> list[tuple[str, float]]:
    """Fused (id, score), best first: the weighted sum of each ranking's min-max normalised score.

    An id missing from a ranking gets 0 from it. For comparison with RRF.
    """
    scores: dict[str, float] = {}
    for scored, weight in zip(scored_rankings, _weights(len(scored_rankings), weights), strict=True):
        for ident, s in min_max(scored).items():
            scores[ident] = scores.get(ident, 0.0) + weight * s
    return _sorted(scores)


def top_k(fused: list[tuple[str, float]], k: int, offset: int = 0) -> list[tuple[str, float]]:
    """One page of a fused list."""
    return fused[max(0, offset):max(0, offset) + max(0, k)]
