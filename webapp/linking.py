"""Which decision a committee took on each recommendation of a report before it.

A small pure function over the shapes of `indexer.store.queries.reports` and `decisions`: a decision
answers a recommendation when it sits under the report's agenda item (or an item of the same
title) and its words resemble the recommendation's; words alone can link it when they match
strongly (a high overlap of at least three content words).
"""
from __future__ import annotations

import re

WORD_RE = re.compile(r"[a-z0-9£%]+")
FILLER = frozenset(
    "a an and are as at be by for from in into is it its of on or that the their this to with "
    "committee members member asked invited note noted agree agreed resolved recommended report "
    "recommendation recommendations discuss consider".split())
SAME_ITEM_MIN = 0.12  # word overlap that links a decision under the same item
ANY_ITEM_MIN = 0.45  # word overlap that links a decision anywhere in the meeting...
ANY_ITEM_WORDS = 3  # ...when it also shares at least this many content words


def words(text: str | None) -> set[str]:
    return {w for w in WORD_RE.findall((text or "").lower()) if w not in FILLER and len(w) > 1}


def similarity(a: str | None, b: str | None) -> float:
    """Word overlap of two texts (Dice coefficient over content words), 0..1."""
    x, y = words(a), words(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def same_item(report: dict, decision: dict) -> bool:
    """True when the decision is minuted under the report's agenda item number or title."""
    item = (report.get("agenda_item") or "").strip().rstrip(".")
    d_item = (decision.get("item") or "").strip().rstrip(".")
    if item and d_item and item == d_item:
        return True
    title = (decision.get("citation") or {}).get("title")
    return similarity(report.get("title"), title) >= 0.6


def link_recommendations(reports: list[dict], decisions: list[dict]) -> dict[tuple[str, int], dict]:
    """{(report id, recommendation index): the decision taken on it} for the links found.

    Each decision answers at most one recommendation: the best-scoring pairs are taken first.
    """
    scored = []
    for r in reports:
        for i, rec in enumerate(r.get("recommendations") or []):
            for d in decisions:
                if d.get("kind", "decision") != "decision":
                    continue
                s = similarity(rec.get("text"), d.get("text"))
                if s >= SAME_ITEM_MIN and same_item(r, d) or s >= ANY_ITEM_MIN and \
                        len(words(rec.get("text")) & words(d.get("text"))) >= ANY_ITEM_WORDS:
                    scored.append((s, r["id"], i, d))
    links: dict[tuple[str, int], dict] = {}
    used: set[str] = set()
    for _s, rid, i, d in sorted(scored, key=lambda t: -t[0]):
        if (rid, i) not in links and d["id"] not in used:
            links[(rid, i)] = d
            used.add(d["id"])
    return links
