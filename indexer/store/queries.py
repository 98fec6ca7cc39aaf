"""Read side of the store: meetings, decisions, reports, figures and documents in the API's shapes."""
from __future__ import annotations

import json
from collections.abc import Iterable

from sqlite_utils import Database

from models import Citation, NotFound

CITATION_SQL = """
select p.id, p.document_id, p.number, p.text, p.item, p.item_title, p.page, p.section,
       d.title as doc_title, d.committee as doc_committee, d.meeting_date as doc_date, d.council as doc_council,
       r.title as report_title, r.agenda_item, r.committee as report_committee,
       r.meeting_date as report_date,
       m.committee as m_committee, m.date as m_date, m.council as m_council
from paragraphs p
join documents d on d.id = p.document_id
left join reports r on r.id = p.report_id
left join meetings m on m.id = coalesce(p.meeting_id, r.meeting_id) and m.document_id = p.document_id
where p.id in ({marks})
"""


def paragraph_url(doc_id: str, para_id: str) -> str:
    """Permalink of a paragraph in the web pages."""
    return f"/documents/{doc_id}#{para_id.rsplit('.', 1)[-1]}"


def citations(db: Database, paragraph_ids: Iterable[str]) -> dict[str, Citation]:
    """Citations for paragraphs, keyed by paragraph id (unknown ids are left out)."""
    ids = list(dict.fromkeys(i for i in paragraph_ids if i))
    out: dict[str, Citation] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in db.query(CITATION_SQL.format(marks=",".join("?" * len(chunk))), chunk):
            out[r["id"]] = Citation(
                document_id=r["document_id"], document=r["doc_title"],
                title=r["report_title"] or r["item_title"] or r["doc_title"],
                committee=r["m_committee"] or r["report_committee"] or r["doc_committee"],
                meeting_date=r["m_date"] or r["report_date"] or r["doc_date"],
                item=r["item"] or r["agenda_item"], paragraph=r["number"], page=r["page"],
                text=r["text"], url=paragraph_url(r["document_id"], r["id"]), paragraph_id=r["id"],
                council=r["m_council"] or r["doc_council"])
    return out


def citation(db: Database, paragraph_id: str) -> Citation | None:
    return citations(db, [paragraph_id]).get(paragraph_id)


def health(db: Database, keyword_documents: set[str], model: str) -> dict:
    """What the index holds and whether all of it can be found: documents, paragraphs, decisions;
    `searchable` (documents the keyword index and the vectors both hold), `waiting` (documents
    stored whose keyword entries or vectors from `model` are still to come: the next `minutebook
    index` makes them), and the last index run (null before any)."""
    def n(sql: str) -> int:
        return next(db.query(sql))["n"]

    unsynced = [r["id"] for r in db.query("select id from documents where keyword_synced = 0")]
    marks = ",".join("?" * len(unsynced))
    no_vectors = {r["document_id"] for r in db.query(
        f"select distinct u.document_id from units u where u.document_id in ({marks}) and not exists "
        "(select 1 from embeddings e where e.text_hash = u.text_hash and e.model = ?)", [*unsynced, model])}
    last = next(db.query("select * from index_runs order by id desc limit 1"), None)
    return {"documents": n("select count(*) n from documents"),
            "paragraphs": n("select count(*) n from paragraphs"),
            "decisions": n("select count(*) n from decisions where kind = 'decision'"),
            "searchable": n("select count(*) n from documents where keyword_synced = 1"),
            "waiting": {"keyword": sum(d not in keyword_documents for d in unsynced), "vectors": len(no_vectors)},
            "last_index": {k: v for k, v in last.items() if k != "id"} if last else None}


ROLE_ORDER = {"minutes": 0, "agenda": 1, "report-only": 2}


MEETING_FIELDS = ("venue", "chair", "time", "next_date", "next_time", "issued_by", "issued_on", "end_time")  # what the papers say, the minutes first


def list_meetings(db: Database, committee: str | None = None, since: str | None = None,
                  until: str | None = None, council: str | None = None, meeting_id: str | None = None) -> list[dict]:
    """Every meeting any paper describes (or the one `meeting_id` names), newest first, merged across
    papers; id, committee and dates are SQL conditions on the meetings table (indexed: m002, m030)."""
    sql, args = "select * from meetings where 1=1", []
    for cond, val in (("id = ?", meeting_id), ("committee = ?", committee), ("coalesce(date, '') >= ?", since),
                      ("coalesce(date, '') <= ?", until)):
        if val:
            sql += f" and {cond}"
            args.append(val)
    merged: dict[str, dict] = {}
    for m in db.query(sql + " order by date desc, id", args):
        if council and (m["council"] or "").lower() != council.lower():  # Python's lower(), not SQLite's ASCII one
            continue
        row = merged.setdefault(m["id"], {"id": m["id"], "council": m["council"], "committee": m["committee"],
                                          "date": m["date"], "roles": []})
        row["roles"].append(m["role"])
        for key in MEETING_FIELDS:
            if m[key] and (not row.get(key) or m["role"] == "minutes"):
                row[key] = m[key]
    for row in merged.values():
        row["roles"] = sorted(set(row["roles"]), key=lambda r: ROLE_ORDER.get(r, 9))
        row["role"] = row["roles"][0]
        for key in MEETING_FIELDS:
            row.setdefault(key, None)
    return list(merged.values())


def committee_names(db: Database) -> list[str]:
    """The committees any meeting is of, sorted (read from the index on meetings' committee)."""
    return [r["committee"] for r in db.query(
        "select distinct committee from meetings where committee is not null and committee != '' order by committee")]


def meeting_detail(db: Database, meeting_id: str) -> dict:
    """One meeting: items, decisions, attendees, the papers describing it and reports before it."""
    found = list_meetings(db, meeting_id=meeting_id)
    if not found:
        raise NotFound("meeting", meeting_id, "list meetings at /api/meetings")
    meeting = found[0]
    items = list(db.query("select number, title, part, page, document_id from items "
                          "where meeting_id = ? order by part = 'agenda', rowid", [meeting_id]))
    minutes_items = [i for i in items if i["part"] == "minutes"]
    meeting["items"] = [{"number": i["number"], "title": i["title"]} for i in (minutes_items or items)]
    meeting["agenda"] = [{"number": i["number"], "title": i["title"], "page": i["page"]}
                         for i in items if i["part"] == "agenda"]
    meeting["attendees"] = list(db.query(
        "select distinct name, role, note, person from attendees where meeting_id = ?", [meeting_id]))
    meeting["documents"] = list(db.query(
        "select d.id, d.title, d.kind, m.role from meetings m join documents d on d.id = m.document_id "
        "where m.id = ?", [meeting_id]))
    meeting["decisions"] = decisions(db, meeting_id=meeting_id, limit=10_000)
    meeting["reports"] = reports(db, meeting_id=meeting_id, limit=10_000)
    return meeting


def _decision_dict(row: dict, cite: Citation | None) -> dict:
    votes = None
    names = json.loads(row["vote_names"]) if row.get("vote_names") else {}
    if row["vote_for"] is not None or row["vote_against"] is not None or row["unanimous"] or row["outcome"] or names:
        votes = {"for": row["vote_for"], "against": row["vote_against"],
                 "abstain": row["vote_abstain"], "unanimous": bool(row["unanimous"]),
                 "outcome": row["outcome"], "names": names}
    return {"id": row["id"], "meeting_date": cite.meeting_date if cite else None,
            "council": cite.council if cite else None,
            "committee": cite.committee if cite else None, "item": cite.item if cite else None,
            "paragraph": cite.paragraph if cite else None, "verbs": json.loads(row["verbs"]),
            "text": row["text"], "votes": votes, "outcome": row.get("decision_outcome"), "kind": row["kind"],
            "proposer": row["proposer"],
            "seconder": row["seconder"], "actor": row["actor"],
            "citation": cite.to_dict() if cite else None}


def decisions(db: Database, q: str | None = None, committee: str | None = None,
              since: str | None = None, until: str | None = None, verb: str | None = None,
              kind: str | None = None, meeting_id: str | None = None, person: str | None = None,
              ids: list[str] | None = None, limit: int = 100, offset: int = 0,
              council: str | None = None) -> list[dict]:
    """Decisions and actions, newest meeting first, filtered."""
    sql = ("select x.*, coalesce(m.date, r.meeting_date) as date, "
           "coalesce(m.committee, r.committee) as committee, p.meeting_id, p.seq "
           "from decisions x join paragraphs p on p.id = x.paragraph_id "
           "left join reports r on r.id = p.report_id "
           "left join meetings m on m.id = p.meeting_id and m.document_id = x.document_id "
           "join documents d on d.id = x.document_id where 1=1")
    args: list = []
    for cond, val in (("x.text like ?", f"%{q}%" if q else None),
                      ("coalesce(m.committee, r.committee) = ?", committee),
                      ("coalesce(m.date, r.meeting_date) >= ?", since),
                      ("coalesce(m.date, r.meeting_date) <= ?", until),
                      ("x.verbs like ?", f'%"{verb.upper()}"%' if verb else None),
                      ("x.kind = ?", kind), ("p.meeting_id = ?", meeting_id),
                      ("lower(coalesce(m.council, d.council)) = lower(?)", council),
                      ("(x.proposer like ? or x.seconder like ? or x.actor like ? or x.text like ?)",
                       f"%{person}%" if person else None)):
        if val is not None:
            sql += f" and {cond}"
            args += [val] * cond.count("?")
    if ids is not None:
        sql += f" and x.id in ({','.join('?' * len(ids))})"
        args += ids
    sql += " order by date desc, p.document_id, p.seq, x.id limit ? offset ?"
    rows = list(db.query(sql, [*args, limit, offset]))
    cites = citations(db, (r["paragraph_id"] for r in rows))
    return [_decision_dict(r, cites.get(r["paragraph_id"])) for r in rows]


def reports(db: Database, meeting_id: str | None = None, limit: int = 100) -> list[dict]:
    """Officer reports with their recommendations, newest meeting first."""
    sql = "select * from reports" + (" where meeting_id = ?" if meeting_id else "") + \
        " order by meeting_date desc, id limit ?"
    rows = list(db.query(sql, [meeting_id, limit] if meeting_id else [limit]))
    cites = citations(db, (r["paragraph_id"] for r in rows))
    out = []
    for r in rows:
        recs = db.query("select label, text, paragraph_id from recommendations where report_id = ? "
                        "order by seq", [r["id"]])
        out.append({"id": r["id"], "title": r["title"], "meeting_date": r["meeting_date"],
                    "meeting_id": r["meeting_id"], "committee": r["committee"],
                    "responsible_officer": r["responsible_officer"],
                    "contact_officer": r["contact_officer"], "agenda_item": r["agenda_item"],
                    "recommendations": [{"label": x["label"], "text": x["text"]} for x in recs],
                    "citation": cites[r["paragraph_id"]].to_dict() if r["paragraph_id"] in cites else None})
    return out


def figures(db: Database, q: str | None = None, limit: int = 100, ids: list[int] | None = None) -> list[dict]:
    """Figures whose row, column, period or text match q (every word), table figures first."""
    sql, args = "select * from figures f where 1=1", []
    for word in (q or "").split()[:12]:
        sql += " and (f.label like ? or f.column like ? or f.period like ? or f.text like ?)"
        args += [f"%{word}%"] * 4
    if ids is not None:
        sql += f" and f.id in ({','.join('?' * len(ids))})"
        args += ids
    rows = list(db.query(sql + " order by f.table_id is null, f.id limit ?", [*args, limit]))
    cites = citations(db, (r["paragraph_id"] for r in rows))
    return [figure_dict(r, cites.get(r["paragraph_id"])) for r in rows]


def figure_dict(r: dict, cite: Citation | None) -> dict:
    return {"id": r["id"], "label": r["label"], "column": r["column"], "value": r["value"],
            "unit": r["unit"], "text": r["text"], "period": r["period"], "table_id": r["table_id"],
            "citation": cite.to_dict() if cite else None}


def original_url(doc_id: str) -> str:
    """Where the indexed file itself is served (webapp/pages_original.py)."""
    return f"/documents/{doc_id}/original"


def original_file(db: Database, doc_id: str) -> dict:
    """{"id", "name", "format", "suffix", "encoding"} of a document's indexed file (`encoding` that
    of its bytes, for a text format); NotFound for unknown ids."""
    rows = list(db.query("select id, path, format, encoding from documents where id = ?", [doc_id]))
    if not rows:
        raise NotFound("document", doc_id, "list documents at /api/meetings or search /api/search")
    name = rows[0]["path"].replace("\\", "/").rsplit("/", 1)[-1]
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return {"id": doc_id, "name": name, "format": rows[0]["format"], "suffix": suffix,
            "encoding": rows[0]["encoding"] or "utf-8"}


def document_detail(db: Database, doc_id: str) -> dict:
    """A document with its paragraphs in reading order, its format ('pdf', 'docx', 'html', 'txt',
    'md') and where its original file is served (`original_url`)."""
    rows = list(db.query("select id, path, title, kind, format, council, committee, meeting_date, "
                         "indexed_at from documents where id = ?", [doc_id]))
    if not rows:
        raise NotFound("document", doc_id, "list documents at /api/meetings or search /api/search")
    doc = rows[0]
    doc["path"] = doc["path"].rsplit("/", 1)[-1]
    doc["original_url"] = original_url(doc_id)
    doc["paragraphs"] = [
        {**p, "url": paragraph_url(doc_id, p["id"])} for p in db.query(
            "select id, seq, number, text, part, item, item_title, section, page, printed_page, "
            "report_id, meeting_id from paragraphs where document_id = ? order by seq", [doc_id])]
    doc["meetings"] = list(db.query("select id, committee, date, role from meetings "
                                    "where document_id = ?", [doc_id]))
    return doc
