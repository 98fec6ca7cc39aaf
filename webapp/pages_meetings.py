"""Meetings (list and one meeting) and documents (full text, paragraph by paragraph, with anchors)."""
from __future__ import annotations

from flask import Blueprint, render_template, request

from indexer.store import people_queries, queries
from webapp import params
from webapp.db import get_db
from webapp.linking import link_recommendations

bp = Blueprint("meetings", __name__)

PART_NAMES = {"agenda": "Agenda", "minutes": "Minutes", "appendix": "Appendix", "report": "Report"}


@bp.get("/meetings")
def meetings():
    f = params.filters(request)
    rows = queries.list_meetings(get_db(), f["committee"], f["since"], f["until"], council=f["council"])
    every = queries.list_meetings(get_db())
    committees = sorted({m["committee"] for m in every if m["committee"]})
    councils = sorted({m["council"] for m in every if m["council"]})
    return render_template("meetings.html", meetings=rows, f=f, committees=committees, councils=councils,
                           nav="meetings")


def items_with_decisions(items: list[dict], decisions: list[dict]) -> tuple[list[dict], list[dict]]:
    """Minutes items each with the decisions minuted under it; and the decisions under no listed item."""
    out = [{**i, "decisions": []} for i in items]
    by_number = {(i["number"] or "").rstrip("."): i for i in out}
    loose = []
    for d in decisions:
        item = by_number.get((d.get("item") or "").rstrip("."))
        (item["decisions"] if item else loose).append(d)
    return out, loose


@bp.get("/meetings/<meeting_id>")
def meeting(meeting_id: str):
    m = queries.meeting_detail(get_db(), meeting_id)
    has_minutes = "minutes" in m.get("roles", [m.get("role")])
    items, loose = items_with_decisions(m["items"] if has_minutes else [], m["decisions"])
    links = link_recommendations(m["reports"], m["decisions"]) if has_minutes else {}
    present = [a for a in m["attendees"] if a["role"] not in ("apologies", "member")]
    return render_template("meeting.html", m=m, items=items, loose=loose, links=links,
                           has_minutes=has_minutes, present=present,
                           apologies=[a for a in m["attendees"] if a["role"] == "apologies"],
                           members=[a for a in m["attendees"] if a["role"] == "member"],
                           nav="meetings")


def heading_of(p: dict) -> tuple[tuple, str]:
    """The (key, text) of the heading a paragraph falls under in the document page."""
    part = p.get("part") or ""
    if part == "minutes" and p.get("item"):
        text = f"Minutes, item {p['item']}: {p.get('item_title') or ''}".rstrip(": ")
        return (part, p.get("meeting_id"), p["item"]), text
    if part == "report":
        return (part, p.get("report_id")), "Report"
    return (part, p.get("meeting_id")), PART_NAMES.get(part, part.title() or "Text")


def sections(paragraphs: list[dict], report_titles: dict[str, str]) -> list[dict]:
    """Paragraphs in reading order, cut into sections where the item or report changes."""
    out: list[dict] = []
    last = None
    for p in paragraphs:
        key, text = heading_of(p)
        if p.get("part") == "report":
            text = report_titles.get(p.get("report_id") or "", "Report")
        if key != last:
            out.append({"heading": text, "paragraphs": []})
            last = key
        out[-1]["paragraphs"].append({**p, "anchor": p["id"].rsplit(".", 1)[-1]})
    return out


@bp.get("/documents/<doc_id>")
def document(doc_id: str):
    db = get_db()
    doc = queries.document_detail(db, doc_id)
    titles = people_queries.report_titles(db, doc_id)
    return render_template("document.html", doc=doc, sections=sections(doc["paragraphs"], titles),
                           nav="meetings")
