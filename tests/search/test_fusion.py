"""Rank fusion on small literal rankings with exact orders and scores."""
from __future__ import annotations

import pytest

from indexer.search.fusion import min_max, reciprocal_rank_fusion, score_fusion, top_k


def test_rrf_exact_scores_and_order():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]], k=60)
    assert [i for i, _ in fused] == ["b", "a", "d", "c"]
    scores = dict(fused)
    assert scores["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert scores["a"] == pytest.approx(1 / 61)
    assert scores["d"] == pytest.approx(1 / 62)
    assert scores["c"] == pytest.approx(1 / 63)


def test_rrf_weights_and_small_k():
    fused = reciprocal_rank_fusion([["a", "b"], ["b", "a"]], k=0, weights=[2.0, 1.0])
    assert fused == [("a", pytest.approx(2.5)), ("b", pytest.approx(2.0))]


def test_rrf_ties_keep_first_appearance():
    assert [i for i, _ in reciprocal_rank_fusion([["a", "b"], ["b", "a"]])] == ["a", "b"]
    assert [i for i, _ in reciprocal_rank_fusion([["x"], ["y"]])] == ["x", "y"]


def test_rrf_counts_a_repeated_id_once_per_ranking():
    assert reciprocal_rank_fusion([["a", "a", "b"]], k=0) == [("a", 1.0), ("b", pytest.approx(1 / 3))]


def test_rrf_edge_cases():
    assert reciprocal_rank_fusion([]) == [] and reciprocal_rank_fusion([[], []]) == []
    with pytest.raises(ValueError, match="one weight per ranking"):
        reciprocal_rank_fusion([["a"]], weights=[1.0, 2.0])
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], k=-1)


def test_min_max():
    assert min_max([("a", 10.0), ("b", 5.0), ("c", 0.0)]) == {"a": 1.0, "b": 0.5, "c": 0.0}
    assert min_max([("a", 3.0), ("b", 3.0)]) == {"a": 1.0, "b": 1.0}
    assert min_max([]) == {}


def test_score_fusion():
    fused = score_fusion([[("a", 12.0), ("b", 6.0), ("c", 0.0)], [("c", 0.9), ("b", 0.5), ("d", 0.1)]],
                         weights=[1.0, 0.5])
    assert [i for i, _ in fused] == ["a", "b", "c", "d"]
    assert dict(fused) == pytest.approx({"a": 1.0, "b": 0.75, "c": 0.5, "d": 0.0})


def test_top_k_pages():
    fused = [("a", 3.0), ("b", 2.0), ("c", 1.0)]
    assert top_k(fused, 2) == fused[:2] and top_k(fused, 2, offset=2) == [("c", 1.0)]
    assert top_k(fused, 5, offset=9) == [] and top_k(fused, -1) == []
