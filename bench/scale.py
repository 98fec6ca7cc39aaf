"""One scale of the benchmark, run in its own process so its peak memory is its own.

    python -m bench.scale --corpus DIR --data DIR --out FILE --queries FILE [--vectors FILE]

Indexes the corpus into a fresh data folder with the real pipeline, measures the models alone
on the same distinct texts, then times the fixed queries through search, answer, HTTP, the plain
BM25 baseline and each half of our retrieval, side by side, one query at a time.
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import shutil
import sqlite3
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections import deque
from pathlib import Path

from bench import baseline, ops
from bench.measure import disk_bytes, peak_rss_mb, percentile, timed
from bench.queries import build_queries, load_gold

log = logging.getLogger("bench.scale")
BENCH_FILES = ("bench-bm25.db", "bench-bm25.db-journal")
WARM_UP = ["budget overspend", "What did the committee decide about transport?", "care market",
           "Who chaired the meeting?", "savings 2017-18"]


# ---- the shared vector cache: work that depends only on a text, done once across scales ----------


def seed_vectors(db_path: Path, cache: Path | None, model: str) -> set[str]:
    """Copy cached vectors of `model` into a fresh store; the hashes copied."""
    if cache is None or not cache.exists():
        return set()
    conn = sqlite3.connect(str(db_path))
    try:
        conn.execute("attach database ? as cache", (str(cache),))
        with conn:
            conn.execute("insert or ignore into embeddings (text_hash, model, vector) "
                         "select text_hash, model, vector from cache.embeddings where model = ?", (model,))
        return {r[0] for r in conn.execute("select text_hash from embeddings where model = ?", (model,))}
    finally:
        conn.close()


def save_vectors(db_path: Path, cache: Path | None) -> None:
    """Add the store's vectors to the shared cache."""
    if cache is None:
        return
    conn = sqlite3.connect(str(cache))
    try:
        conn.execute("create table if not exists embeddings (text_hash text primary key, model text, vector blob)")
        conn.execute("attach database ? as store", (str(db_path),))
        with conn:
            conn.execute("insert or ignore into embeddings select text_hash, model, vector from store.embeddings")
    finally:
        conn.close()


# ---- the models alone --------------------------------------------------------------------------


def model_bound(engine, db, seeded: set[str], sample: int | None) -> dict:
    """Seconds the models alone need for this scale's distinct texts: nlp.pipe + encoder.encode.

    Every distinct paragraph text is tagged (the entity cache lives in a process) and every
    distinct unit text without a cached vector is encoded. With `sample`, a random sample of
    that many texts is timed and the time scaled up to all of them.
    """
    paras = [r["text"] for r in db.query("select distinct text from paragraphs")]
    units = {r["text_hash"]: r["text"] for r in db.query("select text_hash, text from units")}
    todo = [t for h, t in units.items() if h not in seeded]
    rng = random.Random(7)
    p_sample = paras if not sample or len(paras) <= sample else rng.sample(paras, sample)
    u_sample = todo if not sample or len(todo) <= sample else rng.sample(todo, sample)
    nlp = engine.nlp
    clipped = [t[: nlp.max_length - 1] for t in p_sample]
    t0 = time.perf_counter()
    deque(nlp.pipe(clipped, batch_size=64), maxlen=0)  # run the pipeline over every text, keep nothing
    t_nlp = time.perf_counter() - t0
    t0 = time.perf_counter()
    engine.encoder.encode(u_sample, batch_size=engine.settings.embed_batch, use_cache=False)
    t_enc = time.perf_counter() - t0
    nlp_s = t_nlp * len(paras) / max(1, len(p_sample))
    enc_s = t_enc * len(todo) / max(1, len(u_sample))
    return {"distinct_paragraphs": len(paras), "distinct_units": len(units), "encoded_units": len(todo),
            "sampled": bool(sample) and (len(p_sample) < len(paras) or len(u_sample) < len(todo)),
            "nlp_s": round(nlp_s, 2), "encode_s": round(enc_s, 2), "total_s": round(nlp_s + enc_s, 2),
            "nlp_texts_per_s": round(len(p_sample) / max(t_nlp, 1e-9), 1),
            "encode_texts_per_s": round(len(u_sample) / max(t_enc, 1e-9), 1)}


# ---- queries -----------------------------------------------------------------------------------


def start_http(settings, engine):
    """Waitress serving the app on a free loopback port in a daemon thread, sharing `engine`."""
    from waitress.server import create_server

    from webapp import create_app

    app = create_app(settings=settings)
    app.extensions["minutebook.engine"] = engine
    server = create_server(app, host="127.0.0.1", port=0, threads=ops.CONCURRENT)
    threading.Thread(target=server.run, daemon=True, name="bench-http").start()
    return server, f"http://127.0.0.1:{server.effective_port}"


def http_answer(base: str, q: str) -> dict:
    with urllib.request.urlopen(f"{base}/api/answer?{urllib.parse.urlencode({'q': q})}", timeout=120) as r:
        return json.loads(r.read())


class _Uncached:
    """The engine's encoder without its query cache, so hybrid retrieval pays the encoding as its part does."""

    def __init__(self, encoder) -> None:
        self.encoder = encoder

    def encode(self, texts, batch_size: int = 64, use_cache: bool = True):
        return self.encoder.encode(texts, batch_size=batch_size, use_cache=False)


def time_queries(engine, queries: list[str], base: str, conn, budget_s: float) -> list[dict]:
    """Each query through every path in turn; stops when the budget is spent (bounded loop).

    `hybrid` is retrieval alone (`retrieve.hybrid_search`: both halves, filters, fusion), with the
    query encoded afresh; `search` adds the page (dedupe, citations, highlights, facets)."""
    from indexer.search import dense_search, hybrid_search

    s = engine.settings
    with engine.reading() as db:
        table = engine.table(db)
    rows = []
    deadline = time.monotonic() + budget_s
    for q in queries:
        if time.monotonic() > deadline:
            break
        row = {"q": q}
        row["search_ms"], _ = timed(engine.search, q, {})
        row["hybrid_ms"], _ = timed(hybrid_search, q, {}, table, engine.keyword, _Uncached(engine.encoder),
                                    s.candidates, s.rrf_k, s.keyword_weight)
        row["answer_ms"], _ = timed(engine.answer, q, {})
        row["http_answer_ms"], _ = timed(http_answer, base, q)
        row["bm25_ms"], _ = timed(baseline.search, conn, q, s.candidates)
        row["keyword_ms"], _ = timed(engine.keyword.search, q, limit=s.candidates, filters={}, highlights=0)
        row["encode_ms"], vec = timed(lambda q=q: engine.encoder.encode([q], use_cache=False)[0])
        row["dense_ms"], _ = timed(dense_search, table, vec, s.candidates, None)
        rows.append(row)
    return rows


def time_cheap(engine, queries: list[str], conn) -> list[dict]:
    """The paths that stay fast at any scale (BM25 baseline, query encoding, dense product), every query."""
    from indexer.search import dense_search

    s = engine.settings
    with engine.reading() as db:
        table = engine.table(db)
    rows = []
    for q in queries:
        row = {"q": q}
        row["bm25_ms"], _ = timed(baseline.search, conn, q, s.candidates)
        row["encode_ms"], vec = timed(lambda q=q: engine.encoder.encode([q], use_cache=False)[0])
        row["dense_ms"], _ = timed(dense_search, table, vec, s.candidates, None)
        rows.append(row)
    return rows


def summarise(rows: list[dict]) -> dict:
    def col(name: str) -> list[float]:
        return [r[name] for r in rows]

    out = {"queries_timed": len(rows)}
    for name in ("search", "hybrid", "answer", "http_answer", "bm25", "keyword", "encode", "dense"):
        out[f"{name}_p50_ms"] = _r(percentile(col(f"{name}_ms"), 50))
        out[f"{name}_p95_ms"] = _r(percentile(col(f"{name}_ms"), 95))
        out[f"{name}_max_ms"] = _r(max(col(f"{name}_ms"), default=None))
    out["slow_queries"] = sum(1 for r in rows if max(r["search_ms"], r["answer_ms"], r["http_answer_ms"]) > 1000)
    return out


def _r(x: float | None, n: int = 2) -> float | None:
    return None if x is None else round(x, n)


# ---- the run -----------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> dict:
    from indexer import store
    from indexer.engine import Engine
    from indexer.pipeline import index_paths
    from indexer.settings import load_settings

    data = Path(args.data)
    shutil.rmtree(data, ignore_errors=True)
    settings = load_settings(data_dir=data, embed_backend=args.backend, embed_max_seq_length=args.seq,
                             keyword_backend=args.keyword)
    engine = Engine(settings)
    shared_models = Path(args.models) if args.models else None
    if shared_models and shared_models.is_dir():  # the ONNX export, made once per run, not per scale
        shutil.copytree(shared_models, settings.models_dir, dirs_exist_ok=True)
    t0 = time.perf_counter()
    engine.nlp, engine.encoder  # noqa: B018 - model loading is timed apart from indexing
    load_s = time.perf_counter() - t0
    load_rss = peak_rss_mb()
    if shared_models and settings.models_dir.is_dir():
        shutil.copytree(settings.models_dir, shared_models, dirs_exist_ok=True)
    db = store.open_store(settings.db_path)
    seeded = seed_vectors(settings.db_path, Path(args.vectors) if args.vectors else None, engine.encoder.name)
    log.info("indexing %s (%d vectors from the shared cache)", args.corpus, len(seeded))
    t0 = time.perf_counter()
    report = index_paths([Path(args.corpus)], settings, engine)
    index_s = time.perf_counter() - t0
    if report.failed:
        raise SystemExit(f"bench: {len(report.failed)} files failed: {report.failed[:3]}")
    peaks = {"models_loaded": round(load_rss, 1), "indexed": round(peak_rss_mb(), 1)}  # peak RSS so far, by phase
    disk = disk_bytes(data, skip=(*BENCH_FILES, "models"))  # the model export is a fixed cost, not index
    save_vectors(settings.db_path, Path(args.vectors) if args.vectors else None)
    paragraphs = report.counts["paragraphs"]
    log.info("indexed %d paragraphs in %.1fs; timing the models alone", paragraphs, index_s)
    bound = model_bound(engine, db, seeded, args.sample)

    queries_file = Path(args.queries)
    if not queries_file.exists():
        queries_file.write_text(json.dumps(build_queries(settings.db_path, load_gold()), indent=1))
    queries = [q["q"] for q in json.loads(queries_file.read_text())]
    t0 = time.perf_counter()
    with engine.reading() as db:
        table = engine.table(db)
    table.idf  # noqa: B018 - answers need it; built once per table
    table_s = time.perf_counter() - t0
    peaks["table_loaded"] = round(peak_rss_mb(), 1)
    first_ms, _ = timed(engine.answer, WARM_UP[0], {})
    t0 = time.perf_counter()
    conn = baseline.build(data / BENCH_FILES[0], [(u.id, u.text) for u in table.units])
    bm25_build_s = time.perf_counter() - t0
    server, base = start_http(settings, engine)
    for q in WARM_UP:
        engine.search(q, {})
        http_answer(base, q)
    log.info("timing %d queries (budget %ds)", len(queries), args.budget)
    rows = time_queries(engine, queries, base, conn, args.budget)
    with engine.reading() as db:
        values = ops.filter_values(engine.table(db), [m["id"] for m in store.queries.list_meetings(db)])
    log.info("timing filters, pages and the register (budget %ds)", args.budget / 2)
    op_rows = ops.time_ops(engine, queries, base, values, args.budget / 2)
    server.close()
    summary = {**summarise(rows), **ops.summarise_ops(op_rows)}
    summary["slow_queries"] += summary.pop("slow_ops")
    cheap = time_cheap(engine, queries, conn)
    subset = {k: summary[k] for k in summary if k.startswith(("bm25_", "encode_", "dense_"))}
    for name in ("bm25", "encode", "dense"):  # the published numbers: over every query
        for p in (50, 95):
            summary[f"{name}_p{p}_ms"] = _r(percentile([r[f"{name}_ms"] for r in cheap], p))
    summary["timed_subset"] = subset  # the same paths over the queries timed end to end
    return {
        "scale": args.scale, "keyword_backend": settings.keyword_backend,
        "documents": report.counts["documents"], "paragraphs": paragraphs,
        "units": len(table.units), "index_s": round(index_s, 2),
        "index_paragraphs_per_s": round(paragraphs / index_s, 1),
        "model_bound_paragraphs_per_s": round(paragraphs / max(bound["total_s"], 1e-9), 1),
        "model_bound": bound, "seeded_vectors": len(seeded), "load_models_s": round(load_s, 2),
        "table_load_s": round(table_s, 2), "first_answer_ms": round(first_ms, 1),
        "bm25_build_s": round(bm25_build_s, 2), "peak_rss_mb": round(peak_rss_mb(), 1), "peak_rss_by_phase": peaks,
        "disk_mb": round(disk / 2**20, 1), "distinct_passages": bound["distinct_paragraphs"],
        "distinct_units": bound["distinct_units"], "filters": {k: values[k] for k in ("committee", "since", "kind")},
        **summary, "retrieval_p95_ms": summary["hybrid_p95_ms"], "rows": rows, "cheap_rows": cheap,
        "op_rows": op_rows,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scale", type=int, required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--queries", required=True, help="query set (JSON); made from this store when missing")
    ap.add_argument("--vectors", help="shared vector cache (SQLite) to seed from and add to")
    ap.add_argument("--models", help="shared folder of exported models, copied into the data folder")
    ap.add_argument("--backend")
    ap.add_argument("--seq", type=int)
    ap.add_argument("--keyword", help="keyword backend (fts5 | whoosh)")
    ap.add_argument("--sample", type=int, help="time the models on a sample of this many texts")
    ap.add_argument("--budget", type=float, default=300, help="seconds for the query loop")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("bench").setLevel(logging.INFO)
    Path(args.out).write_text(json.dumps(run(args), indent=1))


if __name__ == "__main__":
    main()
