"""The OpenAPI 3 description of /api, built from one table of endpoints (also used by the /api page)."""
from __future__ import annotations

import re

from webapp.openapi_schemas import SCHEMAS, ref

FILTERS = [
    ("council", "string", "a council's name, any case, e.g. Norfolk County Council"),
    ("committee", "string", "exact committee name, e.g. Adult Social Care Committee"),
    ("since", "date", "meetings on or after this ISO date (yyyy-mm-dd)"),
    ("until", "date", "meetings on or before this ISO date (yyyy-mm-dd)"),
    ("kind", "kind", "paragraph | decision | recommendation | action | figure"),
    ("person", "string", "a person's name or surname, e.g. Borrett"),
]

# path, summary, parameters (name, type, help, required), response schema, example query
ENDPOINTS = [
    ("/api/health", "Counts of what the index holds, how much of it is searchable, what waits for the next "
                    "index run, and how the last run ended; 503 before anything is indexed.", [],
     ref("Health"), ""),
    ("/api/answer", "An extractive answer with its citation, or answer: null when the papers do not say.",
     [("q", "string", "the question", True), *FILTERS], ref("AnswerResponse"),
     "?q=What+was+the+vote+on+the+transport+policy%3F"),
    ("/api/search", "Ranked paragraphs, decisions, recommendations, actions and table rows, with facets.",
     [("q", "string", "the query", True), *FILTERS,
      ("limit", "integer", "results per page, 1-200 (default 20)"),
      ("offset", "integer", "results to skip (default 0)")],
     ref("SearchResponse"), "?q=hired+transport&kind=figure&limit=5"),
    ("/api/meetings", "Every meeting the papers describe, newest first, merged across papers.",
     [*FILTERS[:4], ("limit", "integer", "most meetings to return")],
     {"type": "object", "properties": {"ok": {"type": "boolean"},
                                       "results": {"type": "array", "items": ref("Meeting")}}},
     "?committee=Adult+Social+Care+Committee"),
    ("/api/meetings/{meeting_id}", "One meeting: items, agenda, attendees, decisions, reports, papers.",
     [("meeting_id", "path", "a meeting id: yyyy-mm-dd-council-place-body-slug", True)], ref("MeetingDetail"), ""),
    ("/api/decisions", "Decisions and actions, newest meeting first.",
     [("q", "string", "words in the decision's text"), *FILTERS[:4],
      ("verb", "string", "a decision verb, e.g. AGREED"),
      ("kind", "string", "decision | action"), FILTERS[5],
      ("limit", "integer", "most rows (default 100)"), ("offset", "integer", "rows to skip")],
     {"type": "object", "properties": {"ok": {"type": "boolean"},
                                       "results": {"type": "array", "items": ref("Decision")}}},
     "?verb=AGREED&since=2017-01-01&limit=5"),
    ("/api/reports", "Officer reports with their recommendations, newest meeting first.",
     [("limit", "integer", "most reports (default 100)")],
     {"type": "object", "properties": {"ok": {"type": "boolean"},
                                       "results": {"type": "array", "items": ref("Report")}}},
     "?limit=3"),
    ("/api/figures", "Figures (money, percentages, counts) whose row, column, period or text match q.",
     [("q", "string", "words every figure must match"), ("limit", "integer", "most rows (default 100)")],
     {"type": "object", "properties": {"ok": {"type": "boolean"},
                                       "results": {"type": "array", "items": ref("Figure")}}},
     "?q=Total+Net+Expenditure&limit=10"),
    ("/api/documents/{doc_id}", "One document with its paragraphs in reading order.",
     [("doc_id", "path", "a document id: 12 hex digits", True)], ref("Document"), ""),
    ("/api/openapi.json", "This description.", [], {"type": "object"}, ""),
]

TYPES = {"string": {"type": "string"}, "integer": {"type": "integer", "minimum": 0},
         "date": {"type": "string", "format": "date"}, "path": {"type": "string"},
         "kind": {"type": "string", "enum": ["paragraph", "decision", "recommendation", "action", "figure"]}}


def _parameter(p: tuple) -> dict:
    name, kind, help_text = p[:3]
    required = len(p) > 3 and p[3]
    return {"name": name, "in": "path" if kind == "path" else "query", "description": help_text,
            "required": bool(required or kind == "path"), "schema": TYPES[kind]}


def _operation(path: str, summary: str, parameters: list, schema: dict) -> dict:
    responses = {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}
    for status, why in (("400", "a bad parameter"), ("404", "an unknown id"),
                        ("503", "no index yet, or busy: too many requests waiting, or an answer out of its time "
                                "budget (then with a Retry-After header)")):
        if status == "404" and "{" not in path:
            continue
        responses[status] = {"description": why, "content": {"application/json": {"schema": ref("Error")}}}
    op_id = path.removeprefix("/api/").replace("/", "_").replace("{", "").replace("}", "").replace(".", "_")
    return {"get": {"operationId": op_id, "summary": summary,
                    "parameters": [_parameter(p) for p in parameters], "responses": responses}}


def spec() -> dict:
    """The OpenAPI document served at /api/openapi.json."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Minutebook API", "version": "0.1.0",
                 "description": "Read-only JSON over indexed committee papers. Every success body has "
                                "\"ok\": true; errors are {\"ok\": false, \"error\", \"status\"}."},
        "paths": {path: _operation(path, summary, parameters, schema)
                  for path, summary, parameters, schema, _ in ENDPOINTS},
        "components": {"schemas": SCHEMAS},
    }


def endpoints(ids: dict[str, str] | None = None) -> list[dict]:
    """The endpoints for the /api page: path, summary, parameters and an example request path,
    with real ids from the index filled into the paths where `ids` has them."""
    ids = ids or {}
    out = []
    for path, summary, parameters, _schema, example in ENDPOINTS:
        example_path = re.sub(r"\{(\w+)\}", lambda m: ids.get(m.group(1)) or m.group(0), path) + example
        out.append({"path": path, "summary": summary, "example": example_path,
                    "parameters": [_parameter(p) for p in parameters]})
    return out
