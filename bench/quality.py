"""Quality at 1x and the encoder comparison, in a process of its own (torch is loaded here).

    python -m bench.quality --data DIR --out FILE [--sample N]

evidence@5: the share of answerable gold questions whose evidence (`evaluate.evidence_in`) lies
in the first five citation texts, built as `Engine.search` builds them (one per paragraph and
shown text; a table row cites the row as printed). Rankings compared: hybrid, keyword only,
dense only, the FTS5 baseline, and the citations of `/api/answer` (what evaluate.py scores).

Encoders: plain torch float32 at 256 tokens (the reference) against the configured backend and
the other sequence length, timed on the same distinct unit texts in interleaved chunks so load
on the machine falls on all of them alike; each one's evidence@5 with its own vectors.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import random
import sys
import time
from pathlib import Path

import numpy as np

from bench import baseline
from bench.queries import GOLD, load_gold
from indexer import store

log = logging.getLogger("bench.quality")
K = 5
CHUNK = 128


def _evidence_in():
    spec = importlib.util.spec_from_file_location("mb_evaluate", GOLD.parent / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evidence_in


def cite_texts(db, table, ranked: list[tuple[str, float]], k: int = K) -> list[str]:
    """The first k citation texts of a ranking, as Engine.search shows them."""
    from indexer.engine import dedupe
    from indexer.store import queries

    hits = dedupe([(i, s) for i, s in ranked if i in table.by_id], table)[:k]
    units = [table.units[table.by_id[i]] for i, _ in hits]
    cites = queries.citations(db, [u.paragraph_id for u in units])
    return [u.cite_text or cites[u.paragraph_id].text for u in units if u.paragraph_id in cites]


def share(gold: list[dict], texts_for, evidence_in) -> float:
    answerable = [g for g in gold if g.get("answer") is not None]
    found = sum(any(evidence_in(g["evidence"], t) for t in texts_for(g["question"])) for g in answerable)
    return round(found / max(1, len(answerable)), 3)


def retrieval_quality(engine, gold: list[dict], evidence_in, table=None, encoder=None) -> dict:
    """evidence@5 of each ranking over one table of vectors (the engine's unless given)."""
    from indexer.search import dense_search, hybrid_search

    s, db = engine.settings, store.open_reader(engine.settings.db_path)
    table = table or engine.table(db)
    encoder = encoder or engine.encoder

    def hybrid(q):
        r = hybrid_search(q, {}, table, engine.keyword, encoder, s.candidates, s.rrf_k, s.keyword_weight)
        return cite_texts(db, table, r.hits)

    def dense(q):
        return cite_texts(db, table, dense_search(table, encoder.encode([q])[0], s.candidates, None))

    return {"hybrid": share(gold, hybrid, evidence_in), "dense": share(gold, dense, evidence_in)}


def run(args: argparse.Namespace) -> dict:
    from indexer.engine import Engine
    from indexer.search import UnitTable, load_encoder
    from indexer.settings import load_settings

    settings = load_settings(data_dir=Path(args.data), embed_backend=args.backend, keyword_backend=args.keyword,
                             embed_max_seq_length=args.seq)
    engine = Engine(settings)
    gold, evidence_in = load_gold(), _evidence_in()
    db = store.open_reader(settings.db_path)  # the bench writes nothing: no snapshot needed
    table = engine.table(db)
    conn = baseline.build(Path(args.data) / "bench-bm25.db", [(u.id, u.text) for u in table.units])

    def keyword(q):
        return cite_texts(db, table, [(i, sc) for i, sc, _ in engine.keyword.search(
            q, limit=settings.candidates, filters={}, highlights=0)])

    def answer(q):
        return [c["text"] for c in engine.answer(q, {})["citations"][:K]]

    own = retrieval_quality(engine, gold, evidence_in)
    quality = {"hybrid": own["hybrid"], "keyword": share(gold, keyword, evidence_in), "dense": own["dense"],
               "fts5_bm25": share(gold, lambda q: cite_texts(db, table, baseline.search(conn, q, 50)), evidence_in),
               "answer_citations": share(gold, answer, evidence_in)}
    log.info("evidence@5: %s", quality)

    # ---- encoders, side by side on the same texts ----
    chosen, length = settings.embed_backend, settings.embed_max_seq_length
    other = 128 if length != 128 else 256
    variants = {"torch@256": ("torch", 256), f"{chosen}@{length}": (chosen, length),
                f"{chosen}@{other}": (chosen, other)}
    if chosen != "torch":
        variants[f"torch@{length if length != 256 else 128}"] = ("torch", length if length != 256 else 128)
    encoders = {name: load_encoder(b, settings.models_dir, n) for name, (b, n) in variants.items()}
    texts = sorted({u.text for u in table.units})
    timed_texts = texts if not args.sample or args.sample >= len(texts) else random.Random(3).sample(texts, args.sample)
    seconds = dict.fromkeys(encoders, 0.0)
    vectors: dict[str, list[np.ndarray]] = {name: [] for name in encoders}
    for start in range(0, len(timed_texts), CHUNK):
        chunk = timed_texts[start:start + CHUNK]
        for name, enc in encoders.items():
            t0 = time.perf_counter()
            vectors[name].append(enc.encode(chunk, batch_size=settings.embed_batch, use_cache=False))
            seconds[name] += time.perf_counter() - t0
        log.info("encoders: %d/%d texts", start + len(chunk), len(timed_texts))
    ref = np.concatenate(vectors["torch@256"])
    out = {}
    for name, enc in encoders.items():
        mine = np.concatenate(vectors[name])
        row = {"texts_per_s": round(len(timed_texts) / seconds[name], 1),
               "cosine_to_torch256_mean": round(float((mine * ref).sum(1).mean()), 4),
               "cosine_to_torch256_min": round(float((mine * ref).sum(1).min()), 4)}
        if timed_texts is texts:  # evidence needs every unit's vector
            by_text = dict(zip(timed_texts, mine, strict=True))
            vt = UnitTable(table.units, np.stack([by_text[u.text] for u in table.units]))
            row.update(retrieval_quality(engine, gold, evidence_in, vt, enc))
        out[name] = row
        log.info("%s: %s", name, row)
    return {"quality": quality, "encoders": out, "chosen": f"{chosen}@{length}", "texts": len(timed_texts)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--backend")
    ap.add_argument("--seq", type=int)
    ap.add_argument("--keyword", help="keyword backend (fts5 | whoosh)")
    ap.add_argument("--sample", type=int, help="time encoders on this many texts (evidence then skipped)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("bench").setLevel(logging.INFO)
    Path(args.out).write_text(json.dumps(run(args), indent=1))


if __name__ == "__main__":
    main()
