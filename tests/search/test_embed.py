"""Vectors: blobs, the hashing stand-in, exact top-k search, and the real MiniLM model."""
from __future__ import annotations

import numpy as np
import pytest

from indexer.search import embed
from indexer.search.embed import DIM, HashEncoder, VectorMatrix, from_blob, load_encoder, text_hash, to_blob


@pytest.fixture(scope="module")
def encoder():
    return load_encoder("torch")


def test_text_hash_is_stable():
    assert text_hash("care") == text_hash("care") != text_hash("Care")
    assert len(text_hash("")) == 32


def test_blob_round_trip():
    v = np.array([0.5, -1.25, 3.0], dtype=np.float32)
    blob = to_blob(v)
    assert len(blob) == 12 and from_blob(blob).tolist() == [0.5, -1.25, 3.0]


def test_hash_encoder_is_deterministic_and_normalised():
    enc = HashEncoder()
    a, b = enc.encode(["adult social care", "adult social care"])
    assert a.shape == (DIM,) and a.dtype == np.float32
    assert np.allclose(a, b) and np.isclose(np.linalg.norm(a), 1.0)
    assert enc.encode([]).shape == (0, DIM)
    assert not enc.encode([""]).any()


def test_load_encoder_caches_and_validates():
    assert load_encoder("hash") is load_encoder("hash")
    with pytest.raises(ValueError, match="torch, onnx, hash"):
        load_encoder("tensorflow")


def matrix() -> VectorMatrix:
    vecs = np.array([[1, 0, 0], [0.8, 0.6, 0], [0, 1, 0], [0, 0, 1]], dtype=np.float32)
    return VectorMatrix(["a", "b", "c", "d"], vecs)


def test_vector_matrix_top_k():
    hits = matrix().search(np.array([1, 0, 0], dtype=np.float32), k=2)
    assert [i for i, _ in hits] == ["a", "b"] and np.allclose([s for _, s in hits], [1.0, 0.8])


def test_vector_matrix_allowed_ids_and_k_bounds():
    m = matrix()
    q = np.array([1, 0, 0], dtype=np.float32)
    assert [i for i, _ in m.search(q, k=2, allowed_ids={"c", "d", "zzz"})] == ["c", "d"]
    assert len(m.search(q, k=10)) == 4
    assert m.search(q, k=3, allowed_ids=set()) == [] and m.search(q, k=0) == []


def test_vector_matrix_from_blobs():
    m = VectorMatrix.from_blobs([("x", to_blob(np.ones(DIM) / np.sqrt(DIM)))])
    assert m.matrix.shape == (1, DIM) and m.search(np.ones(DIM) / np.sqrt(DIM), 1)[0][0] == "x"


def test_real_model_puts_overspend_near_over_budget(encoder):
    vecs = encoder.encode(["overspend", "over budget", "weather"], batch_size=8)
    assert vecs.shape == (3, 384) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2] + 0.1
    assert encoder.name == "all-MiniLM-L6-v2" and encoder.dim == 384


def test_real_model_single_text_is_cached(encoder):
    first = encoder.encode(["what did we decide about transport?"])
    first[0, 0] = 99.0  # callers may scribble on what they get
    again = encoder.encode(["what did we decide about transport?"])
    assert again.shape == (1, 384) and again[0, 0] != 99.0
    assert np.allclose(again[0], encoder.encode(["what did we decide about transport?", "x"])[0], atol=1e-5)


def test_onnx_int8_export_is_cached_and_close_to_torch(tmp_path_factory, encoder):
    from indexer.search.embed import encoder_name, onnx_model_file

    cache = tmp_path_factory.mktemp("models")
    path = onnx_model_file(cache, int8=True)
    assert [p.name for p in cache.iterdir()] == [path.name]  # the int8 file only, no float32 step left
    stamp = path.stat().st_mtime_ns
    assert onnx_model_file(cache, int8=True) == path and path.stat().st_mtime_ns == stamp  # made once
    fast = load_encoder("onnx-int8", cache, 128)
    assert fast is load_encoder("onnx-int8", cache, 128)  # loaded once per process
    assert fast.name == encoder_name("onnx-int8", 128) == "all-MiniLM-L6-v2+int8@128"
    assert encoder_name("torch", 256) == encoder_name("onnx", None) == "all-MiniLM-L6-v2"
    texts = ["overspend", "over budget", "The Committee NOTED the forecast outturn of an overspend of £9.629m."]
    vecs = fast.encode(texts)
    assert vecs.shape == (3, 384) and np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert (vecs * encoder.encode(texts)).sum(axis=1).min() > 0.95
    assert np.allclose(fast.encode(texts[2:])[0], fast.encode(texts[2:], use_cache=False)[0])
    # a sentence an answer weighs has one vector, whatever is asked beside it (a padded int8 batch moves it)
    beside = fast.encode(["Cllr Ash proposed and Cllr Birch seconded the motion, carried with 9 votes for.", texts[0]])
    assert np.array_equal(beside[1], fast.encode([texts[0]], use_cache=False)[0])


class _Counting(embed._CachedEncoder):
    """An encoder whose vectors are made from the text's length, counting the texts it is asked to encode."""

    name, dim = "counting", 4

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def _encode(self, texts, batch_size):
        self.asked += texts
        return np.array([[len(t), 1.0, 0.0, 0.0] for t in texts], dtype=np.float32)


def test_small_batches_encode_each_sentence_once():
    enc = _Counting()
    first = enc.encode(["The minutes were agreed.", "Cllr Ash proposed."])
    again = enc.encode(["Cllr Ash proposed.", "The vote was 7 to 4.", "Cllr Ash proposed."])
    assert enc.asked == ["The minutes were agreed.", "Cllr Ash proposed.", "The vote was 7 to 4."]
    assert again.shape == (3, 4) and again[0].tolist() == first[1].tolist() == again[2].tolist()
    again[0, 0] = -1.0  # the caller's copy, not the cache's
    assert enc.encode(["Cllr Ash proposed.", "x"])[0].tolist() == first[1].tolist()


def test_indexing_batches_and_uncached_calls_are_not_remembered():
    enc = _Counting()
    batch = [f"paragraph {i}" for i in range(embed.SMALL_BATCH + 1)]
    enc.encode(batch)
    enc.encode(batch[:2])
    enc.encode(["a b", "c d"], use_cache=False)
    enc.encode(["a b", "c d"], use_cache=False)
    assert enc.asked == batch + batch[:2] + ["a b", "c d"] * 2

