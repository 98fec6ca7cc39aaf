"""JSON schemas of the API's shapes (DESIGN.md "Shapes"), for the OpenAPI description."""
from __future__ import annotations


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _obj(props: dict, required: list[str] | None = None) -> dict:
    out = {"type": "object", "properties": props}
    if required:
        out["required"] = required
    return out


S = {"type": "string"}
NS = {"type": "string", "nullable": True}
NI = {"type": "integer", "nullable": True}
DATE = {"type": "string", "format": "date", "nullable": True}


def _array(item: dict) -> dict:
    return {"type": "array", "items": item}


CITATION = _obj({
    "document_id": S, "document": S, "title": S, "council": NS, "committee": NS, "meeting_date": DATE, "item": NS,
    "paragraph": {**NS, "description": "council numbering, e.g. 10.3"}, "page": NI,
    "text": {**S, "description": "the paragraph"}, "url": {**S, "description": "permalink in the pages"},
    "paragraph_id": S}, ["document_id", "text", "url"])

VOTES = {**_obj({"for": NI, "against": NI, "abstain": NI, "unanimous": {"type": "boolean"},
                 "outcome": {**NS, "enum": ["carried", "lost", None]},
                 "names": {"type": "object", "description": "names printed for each side: for, against, abstain",
                           "additionalProperties": _array(S)}}), "nullable": True}

DECISION = _obj({
    "id": S, "meeting_date": DATE, "council": NS, "committee": NS, "item": NS, "paragraph": NS,
    "verbs": _array(S), "text": S, "votes": VOTES,
    "outcome": {**NS, "enum": ["carried", "agreed", "noted", "lost", "deferred", "withdrawn", None]},
    "kind": {"type": "string", "enum": ["decision", "action"]},
    "proposer": NS, "seconder": NS, "actor": NS, "citation": ref("Citation")},
    ["id", "verbs", "text", "kind", "citation"])

FIGURE = _obj({
    "id": {"type": "integer"}, "label": NS, "column": NS, "value": {"type": "number"},
    "unit": {"type": "string", "enum": ["GBP", "USD", "EUR", "%", "count"]}, "text": {**S, "description": "as printed"},
    "period": NS, "table_id": NS, "citation": ref("Citation")}, ["value", "unit", "text"])

ANSWER = {**_obj({
    "text": S, "confidence": {"type": "number"}, "citation": ref("Citation"),
    "span": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2, "nullable": True,
             "description": "[start, end] of the answer inside citation.text"},
    "type": NS, "source": {**S, "description": "the record the answer was read from (chair, present, apologies, substitute, asker, answerer, recommended, "
                                               "proposer, seconder, votes, officer, when, where, time, next, "
                                               "resolved), or 'text' for a sentence, point or table row"}}),
    "nullable": True}

SEARCH_RESULT = {"allOf": [ref("Citation"), _obj({
    "id": S, "kind": S, "score": {"type": "number"},
    "highlight": {**S, "description": "HTML with <mark> around matched terms"}})]}

COUNTS = {"type": "object", "additionalProperties": {"type": "integer"}}

MEETING = _obj({"id": S, "council": NS, "committee": S, "date": DATE, "venue": NS, "chair": NS, "time": NS,
                "next_date": {**DATE, "description": "the next meeting the papers announce"}, "next_time": NS,
                "end_time": {**NS, "description": "when it ended (or, on an agenda, is to end), as printed"},
                "issued_by": {**NS, "description": "who signed or certified the agenda"},
                "issued_on": {**DATE, "description": "the date the agenda bears"},
                "role": {"type": "string", "enum": ["minutes", "agenda", "report-only", "decision"]},
                "roles": _array(S)})

REPORT = _obj({"id": S, "title": S, "meeting_date": DATE, "meeting_id": NS, "committee": NS,
               "responsible_officer": NS, "contact_officer": NS, "agenda_item": NS,
               "recommendations": _array(_obj({"label": NS, "text": S})), "citation": ref("Citation")})

PARAGRAPH = _obj({"id": S, "seq": {"type": "integer"}, "number": NS, "text": S, "part": S, "item": NS,
                  "item_title": NS, "section": NS, "page": NI, "printed_page": NS, "report_id": NS,
                  "meeting_id": NS, "url": S})

INT = {"type": "integer"}

HEALTH = _obj({
    "ok": {"type": "boolean"}, "documents": {**INT, "description": "documents in the store"},
    "paragraphs": INT, "decisions": INT,
    "searchable": {**INT, "description": "documents the keyword index and the vectors both hold"},
    "waiting": {**_obj({"keyword": {**INT, "description": "stored documents the keyword index lacks"},
                        "vectors": {**INT, "description": "stored documents with units not yet encoded"}}),
                "description": "documents the next `minutebook index` run finishes (a run was stopped or killed)"},
    "last_index": {**_obj({"started_at": S, "finished_at": S,
                           "outcome": {"type": "string", "enum": ["ok", "failed", "interrupted"]},
                           "new": INT, "updated": INT, "unchanged": INT, "failed": INT, "skipped": INT,
                           "not_reached": {**INT, "description": "files a stopped run did not read"},
                           "waiting": {**INT, "description": "documents a stopped run left unsynced"},
                           "seconds": {"type": "number"}}),
                   "nullable": True, "description": "the last `minutebook index` run that finished or was stopped"}},
    ["ok", "documents", "paragraphs", "decisions", "searchable", "waiting", "last_index"])

SCHEMAS = {
    "Health": HEALTH,
    "Citation": CITATION, "Votes": VOTES, "Decision": DECISION, "Figure": FIGURE, "Answer": ANSWER,
    "SearchResult": SEARCH_RESULT, "Meeting": MEETING, "Report": REPORT, "Paragraph": PARAGRAPH,
    "AnswerResponse": _obj({"ok": {"type": "boolean"}, "query": S, "answer": ref("Answer"),
                            "note": {**NS, "description": "with a null answer: what was found instead"},
                            "citations": _array(ref("Citation")), "figures": _array(ref("Figure")),
                            "decisions": _array(ref("Decision"))}),
    "SearchResponse": _obj({"ok": {"type": "boolean"}, "query": S, "total": {"type": "integer"},
                            "results": _array(ref("SearchResult")),
                            "facets": _obj({"kind": COUNTS, "council": COUNTS, "committee": COUNTS, "year": COUNTS,
                                            "person": COUNTS})}),
    "MeetingDetail": {"allOf": [ref("Meeting"), _obj({
        "ok": {"type": "boolean"}, "items": _array(_obj({"number": NS, "title": S})),
        "agenda": _array(_obj({"number": NS, "title": S, "page": NS})),
        "attendees": _array(_obj({"name": S, "role": S, "note": NS, "person": NS})),
        "documents": _array(_obj({"id": S, "title": S, "kind": S, "role": S})),
        "decisions": _array(ref("Decision")), "reports": _array(ref("Report"))})]},
    "Document": _obj({"ok": {"type": "boolean"}, "id": S, "path": S, "title": S, "kind": S, "format": S,
                      "council": NS, "committee": NS, "meeting_date": DATE, "indexed_at": S,
                      "original_url": S, "paragraphs": _array(ref("Paragraph")), "meetings": _array(ref("Meeting"))}),
    "Error": _obj({"ok": {"type": "boolean", "enum": [False]}, "error": S, "status": {"type": "integer"}},
                  ["ok", "error", "status"]),
}
