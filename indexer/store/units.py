"""Search units: the pieces of the store that search and answers rank.

A unit is a paragraph, a decision, an action, a report recommendation or one table row (kind
'figure'). Units are derived from stored rows only, so the keyword index and the vectors can be
rebuilt from the store at any time.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from sqlite_utils import Database

from models.dates import long_date


@dataclass
class Unit:
    """One rankable piece of a document, with what filters and citations need."""

    id: str
    kind: str  # paragraph | decision | action | recommendation | figure
    text: str
    paragraph_id: str
    document_id: str
    title: str = ""
    committee: str = ""
    meeting_date: str = ""
    people: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    cite_text: str = ""  # what a citation shows, when not the paragraph (a table row as printed)
    text_hash: str = ""  # key of its vector
    council: str = ""  # the council whose paper it is: 'Kent County Council', 'City of Rosemead'

    def keyword_fields(self) -> dict:
        return {"id": self.id, "kind": self.kind, "text": self.text, "title": self.title,
                "committee": self.committee, "meeting_date": self.meeting_date,
                "document_id": self.document_id, "people": self.people, "orgs": self.orgs}


def _context(db: Database, doc_id: str) -> dict[str, dict]:
    """Per paragraph: title, committee and meeting date it falls under."""
    meetings = {m["id"]: m for m in db.query(
        "select id, committee, date, council from meetings where document_id = ?", [doc_id])}
    reports = {r["id"]: r for r in db.query(
        "select id, title, committee, meeting_date, meeting_id from reports where document_id = ?",
        [doc_id])}
    doc = next(db.query("select title, committee, meeting_date, council from documents where id = ?", [doc_id]))
    out = {}
    for p in db.query("select id, meeting_id, report_id, item_title, section from paragraphs "
                      "where document_id = ?", [doc_id]):
        r = reports.get(p["report_id"] or "")
        m = meetings.get(p["meeting_id"] or (r or {}).get("meeting_id") or "")
        council = (m or {}).get("council") or doc["council"] or ""
        date = (m or {}).get("date") or (r or {}).get("meeting_date") or doc["meeting_date"] or ""
        title = (r or {}).get("title") or p["item_title"] or doc["title"] or ""
        out[p["id"]] = {
            "title": " · ".join(filter(None, [title, council, long_date(date)])),
            "committee": (m or {}).get("committee") or (r or {}).get("committee") or doc["committee"] or "",
            "meeting_date": (m or {}).get("date") or (r or {}).get("meeting_date") or doc["meeting_date"] or "",
            "council": (m or {}).get("council") or doc["council"] or "",
        }
    return out


def _entities(db: Database, doc_id: str) -> dict[str, tuple[set, set]]:
    out: dict[str, tuple[set, set]] = {}
    for e in db.query("select paragraph_id, label, norm from entities where document_id = ? "
                      "and label in ('PERSON', 'ORG', 'COMMITTEE')", [doc_id]):
        people, orgs = out.setdefault(e["paragraph_id"], (set(), set()))
        (people if e["label"] == "PERSON" else orgs).add(e["norm"])
    return out


def document_units(db: Database, doc_id: str) -> list[Unit]:
    """Every search unit of one stored document."""
    ctx, ents = _context(db, doc_id), _entities(db, doc_id)

    def unit(uid: str, kind: str, text: str, pid: str) -> Unit:
        people, orgs = ents.get(pid, (set(), set()))
        c = ctx.get(pid, {})
        return Unit(uid, kind, text, pid, doc_id, c.get("title", ""), c.get("committee", ""),
                    c.get("meeting_date", ""), sorted(people), sorted(orgs), council=c.get("council", ""))

    units = [unit(p["id"], "paragraph", p["text"], p["id"]) for p in db.query(
        "select id, text from paragraphs where document_id = ? order by seq", [doc_id])
        if is_passage(p["text"])]
    units += [unit(d["id"], d["kind"], d["text"], d["paragraph_id"]) for d in db.query(
        "select id, kind, text, paragraph_id from decisions where document_id = ?", [doc_id])]
    units += [unit(f"{r['report_id']}.rec{r['seq']}", "recommendation", r["text"],
                   r["paragraph_id"] or "") for r in db.query(
        "select report_id, seq, text, paragraph_id from recommendations where document_id = ?",
        [doc_id])]
    for t in db.query("select id, paragraph_id, caption, headers, rows from tables "
                      "where document_id = ?", [doc_id]):
        headers = json.loads(t["headers"])
        for n, row in enumerate(json.loads(t["rows"]), 1):
            if not is_citable_row(row):
                continue
            u = unit(f"{t['id']}.row{n}", "figure", row_text(t["caption"], headers, row),
                     t["paragraph_id"] or "")
            u.cite_text = "\t".join(row)
            units.append(u)
    return units


MIN_PASSAGE_WORDS = 5


def is_passage(text: str) -> bool:
    """A paragraph worth ranking: headings and captions of a few words answer nothing on their own."""
    return "\t" in text or len(text.split()) >= MIN_PASSAGE_WORDS


def is_citable_row(row: list[str]) -> bool:
    """A table row worth ranking: it names what it is about and says something about it."""
    cells = [c for c in row if c and c.strip("-–— ")]
    return len(cells) >= 2 and any(re.search(r"[A-Za-z]{3,}", c) for c in cells)


def row_text(caption: str | None, headers: list[str], row: list[str]) -> str:
    """A table row as a line a reader (and a retriever) understands: caption, then 'header: value'."""
    cells = [f"{h}: {v}" if h and i else v for i, (h, v) in enumerate(zip(headers + [""] * len(row), row))
             if v]
    lead = f"{caption}. " if caption else ""
    return lead + "; ".join(cells)
