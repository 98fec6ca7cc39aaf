"""The decisions register as a spreadsheet: one CSV writer for the command line and the web.

A cell whose text begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a
single quote in front (OWASP's rule against CSV injection), so that a spreadsheet shows the
paper's words instead of running them as a formula. Numbers are written as they are.
"""
from __future__ import annotations

import csv

CSV_FIELDS = ["id", "meeting_date", "council", "committee", "item", "paragraph", "kind", "verbs", "text", "outcome",
              "votes_for", "votes_against", "votes_abstain", "named_for", "named_against", "named_abstain", "proposer",
              "seconder", "url"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A value safe to open in a spreadsheet: text that could start a formula gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(rows: list[dict], out) -> None:
    """Decisions as CSV, one row each."""
    w = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    w.writeheader()
    for d in rows:
        v = d["votes"] or {}
        row = {**{k: d.get(k) for k in CSV_FIELDS if k in d}, "verbs": " ".join(d["verbs"]),
               "votes_for": v.get("for"), "votes_against": v.get("against"),
               "votes_abstain": v.get("abstain"), "url": (d.get("citation") or {}).get("url"),
               **{f"named_{side}": "; ".join((v.get("names") or {}).get(side) or []) or None
                  for side in ("for", "against", "abstain")}}
        w.writerow({k: cell(x) for k, x in row.items()})
