"""latest.json in its fixed shape, the targets as ratios, and the table a person reads."""
from __future__ import annotations

SCALE_KEYS = ["scale", "paragraphs", "distinct_passages", "units", "distinct_units", "index_s",
              "index_paragraphs_per_s", "model_bound_paragraphs_per_s", "peak_rss_mb", "disk_mb",
              "search_p50_ms", "search_p95_ms", "filtered_search_p95_ms", "search_committee_p95_ms",
              "search_since_p95_ms", "search_kind_p95_ms", "answer_p50_ms", "answer_p95_ms", "http_answer_p95_ms",
              "page_p95_ms", "answer_card_p95_ms", "page_inline_p95_ms", "retrieval_p95_ms",
              "decisions_api_p95_ms", "decisions_page_p95_ms",
              "meeting_p95_ms", "concurrent1_answer_p95_ms", "concurrent8_answer_p95_ms",
              "bm25_p50_ms", "bm25_p95_ms", "encode_p50_ms", "dense_p50_ms", "slow_queries"]
GIB = 1024


def latest(commit: str, machine: str, scales: list[dict], quality: dict | None) -> dict:
    """The published shape: {commit, machine, scales: [...], quality: {...}, encoder: {...}}."""
    q = (quality or {}).get("quality", {})
    enc = (quality or {}).get("encoders", {})
    chosen = (quality or {}).get("chosen")
    mine, ref = enc.get(chosen, {}), enc.get("torch@256", {})
    drop = None
    if "hybrid" in mine and "hybrid" in ref:
        drop = round(ref["hybrid"] - mine["hybrid"], 3)
    return {
        "commit": commit, "machine": machine,
        "scales": [{k: s.get(k) for k in SCALE_KEYS} for s in scales],
        "quality": {"hybrid_evidence@5": q.get("hybrid"), "bm25_evidence@5": q.get("keyword"),
                    "dense_evidence@5": q.get("dense"), "fts5_bm25_baseline_evidence@5": q.get("fts5_bm25")},
        "encoder": {"backend": chosen, "paragraphs_per_s": mine.get("texts_per_s"),
                    "torch_fp32_paragraphs_per_s": ref.get("texts_per_s"), "evidence@5_drop": drop},
    }


def _ratio(a, b) -> float | None:
    return round(a / b, 2) if a is not None and b else None


def targets(scales: list[dict], quality: dict | None, out: dict) -> list[dict]:
    """Each target of issue 12 with the measured ratio and whether it is met (None: not measured).

    The growth targets are set for 400x; they are evaluated at the largest scale of the run and say
    which scale that was."""
    by = {s["scale"]: s for s in scales}
    small, big = by.get(min(by)) if by else None, by.get(max(by)) if by else None
    rows = []

    def add(name: str, value, met) -> None:
        rows.append({"target": name, "value": value, "met": met})

    slow = {s["scale"]: s.get("slow_queries") for s in scales}
    add("no operation over 1 s at any scale (one client)", slow,
        all(v == 0 for v in slow.values()) if slow else None)
    if small and big and big is not small:
        for key, limit in (("answer_p95_ms", 2), ("filtered_search_p95_ms", 3)):
            r = _ratio(big.get(key), small.get(key))
            add(f"{key} at {big['scale']}x <= {limit}x its {small['scale']}x (target set for 400x)", r,
                None if r is None else r <= limit)
    rate = {s["scale"]: _ratio(s.get("index_paragraphs_per_s"), s.get("model_bound_paragraphs_per_s")) for s in scales}
    add("indexing >= 0.9 of the model-bound rate at every scale", rate,
        all(v is not None and v >= 0.9 for v in rate.values()) if rate else None)
    if big:
        add(f"peak RSS at {big['scale']}x < 3 GiB (MiB; target set for 400x)", big["peak_rss_mb"],
            big["peak_rss_mb"] < 3 * GIB)
    page = {s["scale"]: _ratio(s.get("page_p95_ms"), s.get("retrieval_p95_ms")) for s in scales}
    add("search page p95 (/search over HTTP; its answer card fetched apart) <= 1.5x retrieval p95", page,
        all(v is not None and v <= 1.5 for v in page.values()) if page else None)
    results = {s["scale"]: _ratio(s.get("search_p95_ms"), s.get("retrieval_p95_ms")) for s in scales}
    add("(not a target) search results p95 (Engine.search) / retrieval p95", results, None)
    q = (quality or {}).get("quality")
    if q:
        add("hybrid evidence@5 >= max(keyword only, dense only)", q,
            q["hybrid"] >= max(q["keyword"], q["dense"]))
    enc = out["encoder"]
    if enc.get("paragraphs_per_s") and enc.get("torch_fp32_paragraphs_per_s"):
        r = _ratio(enc["paragraphs_per_s"], enc["torch_fp32_paragraphs_per_s"])
        drop = enc.get("evidence@5_drop")
        add("(not a target) chosen encoder speed vs torch fp32, evidence@5 drop", {"speed": r, "drop": drop}, None)
    return rows


ROWS = [("paragraphs", "paragraphs", "{:.0f}"), ("distinct passages", "distinct_passages", "{:.0f}"),
        ("units (search units)", "units", "{:.0f}"),
        ("index seconds", "index_s", "{:.1f}"), ("index paragraphs/s", "index_paragraphs_per_s", "{:.1f}"),
        ("model-bound paragraphs/s", "model_bound_paragraphs_per_s", "{:.1f}"),
        ("peak RSS MiB", "peak_rss_mb", "{:.0f}"), ("disk MiB", "disk_mb", "{:.1f}"),
        ("queries timed", "queries_timed", "{:.0f}"),
        ("search p50 / p95 ms", ("search_p50_ms", "search_p95_ms"), "{:.1f}"),
        ("hybrid retrieval p50 / p95 ms", ("hybrid_p50_ms", "hybrid_p95_ms"), "{:.1f}"),
        ("filtered search p95 ms: all / committee / since / kind",
         ("filtered_search_p95_ms", "search_committee_p95_ms", "search_since_p95_ms", "search_kind_p95_ms"), "{:.0f}"),
        ("answer p50 / p95 ms", ("answer_p50_ms", "answer_p95_ms"), "{:.1f}"),
        ("search page (HTTP) p50 / p95 ms", ("page_p50_ms", "page_p95_ms"), "{:.1f}"),
        ("answer card it fetches (HTTP) p50 / p95 ms", ("answer_card_p50_ms", "answer_card_p95_ms"), "{:.1f}"),
        ("page with the card inline p50 / p95 ms", ("page_inline_p50_ms", "page_inline_p95_ms"), "{:.1f}"),
        ("decisions API / page p95 ms", ("decisions_api_p95_ms", "decisions_page_p95_ms"), "{:.1f}"),
        ("meeting page p95 ms", "meeting_p95_ms", "{:.1f}"),
        ("serve: answer p95 ms, 1 / 8 clients", ("concurrent1_answer_p95_ms", "concurrent8_answer_p95_ms"), "{:.0f}"),
        ("HTTP answer p50 / p95 ms", ("http_answer_p50_ms", "http_answer_p95_ms"), "{:.1f}"),
        ("BM25 (FTS5) p50 / p95 ms, all queries", ("bm25_p50_ms", "bm25_p95_ms"), "{:.1f}"),
        ("keyword half p50 / p95 ms", ("keyword_p50_ms", "keyword_p95_ms"), "{:.1f}"),
        ("encode query p50 / p95 ms, all queries", ("encode_p50_ms", "encode_p95_ms"), "{:.1f}"),
        ("dense search p50 / p95 ms, all queries", ("dense_p50_ms", "dense_p95_ms"), "{:.1f}"),
        ("operations over 1 s", "slow_queries", "{:.0f}"),
        ("table load s", "table_load_s", "{:.1f}"), ("serve: health ready s", "serve_ready_s", "{:.1f}"),
        ("serve: first answer s", "serve_first_answer_s", "{:.1f}")]


def _cell(s: dict, key, fmt: str) -> str:
    keys = key if isinstance(key, tuple) else (key,)
    vals = [s.get(k) for k in keys]
    return " / ".join("-" if v is None else fmt.format(v) for v in vals)


def table(scales: list[dict], quality: dict | None, out: dict, checks: list[dict]) -> str:
    """The whole result as plain text."""
    head = ["metric"] + [f"{s['scale']}x" for s in scales]
    rows = [[label] + [_cell(s, key, fmt) for s in scales] for label, key, fmt in ROWS]
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    line = "  ".join
    lines = [f"commit {out['commit']}  machine {out['machine']}  keyword {out.get('keyword_backend')}", "",
             line(h.ljust(w) for h, w in zip(head, widths)),
             line("-" * w for w in widths)]
    lines += [line(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    if quality:
        lines += ["", "evidence@5 at 1x: " + ", ".join(f"{k} {v}" for k, v in quality["quality"].items())]
        lines += ["encoders (same texts, interleaved):"]
        for name, e in quality["encoders"].items():
            lines.append(f"  {name:18} {e['texts_per_s']:7.1f} texts/s  cos to torch@256 {e['cosine_to_torch256_mean']}"
                         + (f"  hybrid {e['hybrid']}  dense {e['dense']}" if "hybrid" in e else ""))
    lines += ["", "targets:"]
    for c in checks:
        mark = "n/a " if c["met"] is None else ("MET " if c["met"] else "MISS")
        lines.append(f"  {mark} {c['target']}: {c['value']}")
    return "\n".join(lines)
