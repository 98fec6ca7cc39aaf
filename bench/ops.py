"""What users do, timed: filtered searches, the search page, the decisions register, the meeting
page, and answers under 8 concurrent clients. Every loop stops at its time budget.

The filters are drawn from the store being measured (its most common committee, the median
meeting date, kind=decision), so each filter keeps a real share of the units at every scale.
"""
from __future__ import annotations

import threading
import time
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from bench.measure import percentile, timed

CONCURRENT = 8


def get(base: str, path: str, params: dict | None = None) -> int:
    """GET a page or API body over HTTP; its length (the whole body is read)."""
    url = f"{base}{path}" + (f"?{urllib.parse.urlencode(params)}" if params else "")
    with urllib.request.urlopen(url, timeout=120) as r:
        return len(r.read())


def filter_values(table, meeting_ids: list[str]) -> dict:
    """A committee, a date and a kind that filter a real share of the units of `table` (the
    engine's UnitTable), and the meetings to open."""
    committees = Counter(u.committee for u in table.units if u.committee)
    dates = sorted(u.meeting_date for u in table.units if u.meeting_date)
    return {"committee": committees.most_common(1)[0][0] if committees else None,
            "since": dates[len(dates) // 2] if dates else None, "kind": "decision", "meetings": meeting_ids}


def time_ops(engine, queries: list[str], base: str, values: dict, budget_s: float) -> list[dict]:
    """Per query: search with each filter, the /search page (its passages), the answer card it fetches,
    the page drawn with its card inline, the decisions register with filters (JSON and HTML) and a
    meeting page over HTTP; stops when the budget is spent."""
    rows = []
    deadline = time.monotonic() + budget_s
    meetings = values["meetings"] or [None]
    for n, q in enumerate(queries):
        if time.monotonic() > deadline:
            break
        row = {"q": q}
        for key in ("committee", "since", "kind"):
            row[f"search_{key}_ms"], _ = timed(engine.search, q, {key: values[key]})
        register = {k: values[k] for k in ("committee", "since") if values[k]}
        row["page_ms"], _ = timed(get, base, "/search", {"q": q})  # the passages; the card is fetched apart
        row["answer_card_ms"], _ = timed(get, base, "/search/answer", {"q": q})
        row["page_inline_ms"], _ = timed(get, base, "/search", {"q": q, "answer": "inline"})  # both in one
        row["decisions_api_ms"], _ = timed(get, base, "/api/decisions", {**register, "limit": 50})
        row["decisions_page_ms"], _ = timed(get, base, "/decisions", register)
        meeting = meetings[n % len(meetings)]
        if meeting:
            row["meeting_ms"], _ = timed(get, base, f"/meetings/{urllib.parse.quote(meeting)}")
        rows.append(row)
    return rows


def concurrent_answers(base: str, queries: list[str], clients: int, budget_s: float) -> dict:
    """`clients` threads asking /api/answer in turn until the budget is spent: latencies and rate."""
    lock, times, errors = threading.Lock(), [], []
    deadline = time.monotonic() + budget_s
    counter = iter(range(10**9))

    def client() -> None:
        while time.monotonic() < deadline:
            with lock:
                q = queries[next(counter) % len(queries)]
            try:
                ms, _ = timed(get, base, "/api/answer", {"q": q})
            except OSError as e:  # a 503 (overload gate) or a dropped connection: counted, not timed
                with lock:
                    errors.append(str(e)[:80])
                continue
            with lock:
                times.append(ms)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for _ in range(clients):
            pool.submit(client)
    wall = time.perf_counter() - t0
    return {"clients": clients, "answers": len(times), "errors": len(errors),
            "answers_per_s": round(len(times) / wall, 2), "p50_ms": _r(percentile(times, 50)),
            "p95_ms": _r(percentile(times, 95)), "max_ms": _r(max(times, default=None))}


def summarise_ops(rows: list[dict]) -> dict:
    """p50/p95/max of each operation, the filtered searches pooled, and how many ran over 1 s."""
    out = {"ops_timed": len(rows)}
    names = sorted({k[:-3] for r in rows for k in r if k.endswith("_ms")})
    for name in names:
        vals = [r[f"{name}_ms"] for r in rows if f"{name}_ms" in r]
        out[f"{name}_p50_ms"], out[f"{name}_p95_ms"] = _r(percentile(vals, 50)), _r(percentile(vals, 95))
        out[f"{name}_max_ms"] = _r(max(vals, default=None))
    filtered = [r[f"search_{k}_ms"] for r in rows for k in ("committee", "since", "kind")]
    out["filtered_search_p50_ms"] = _r(percentile(filtered, 50))
    out["filtered_search_p95_ms"] = _r(percentile(filtered, 95))
    out["slow_ops"] = sum(1 for r in rows for k, v in r.items() if k.endswith("_ms") and v > 1000)
    return out


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 2)
