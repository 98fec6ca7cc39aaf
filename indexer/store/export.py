"""The decisions register as a spreadsheet: one CSV writer for the command line and the web."""
from __future__ import annotations

import csv

CSV_FIELDS = ["id", "meeting_date", "council", "committee", "item", "paragraph", "kind", "verbs", "text", "outcome",
              "votes_for", "votes_against", "votes_abstain", "proposer", "seconder", "url"]


def write_csv(rows: list[dict], out) -> None:
    """Decisions as CSV, one row each."""
    w = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    w.writeheader()
    for d in rows:
        v = d["votes"] or {}
        w.writerow({**{k: d.get(k) for k in CSV_FIELDS if k in d}, "verbs": " ".join(d["verbs"]),
                    "votes_for": v.get("for"), "votes_against": v.get("against"),
                    "votes_abstain": v.get("abstain"),
                    "url": (d.get("citation") or {}).get("url")})
