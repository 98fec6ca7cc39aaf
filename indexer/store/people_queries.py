"""Read side for the pages beyond indexer.store.queries: people, organisations and figure trails.

A person is keyed by `models.people.person_key` (the surname, lower-case), as the attendees
table stores it; an organisation by the slug of its entity norm. Shapes reuse the API's
Decision, Citation and Figure dictionaries.
"""
from __future__ import annotations

import re

from sqlite_utils import Database

from indexer.store import queries
from models import NotFound
from models.ids import slugify
from models.people import display_name, person_key

MENTION_LIMIT = 200
MAX_KEY_CHARS = 200  # longer than any name; past it a key names nobody (and SQLite's LIKE refuses 50 kB)


def _checked(what: str, key: str, hint: str) -> str:
    """The key, or NotFound before any query when it is longer than any name could be."""
    if len(key) > MAX_KEY_CHARS:
        raise NotFound(what, key[:40] + "...", f"{hint} (keys are at most {MAX_KEY_CHARS} characters)")
    return key


def people(db: Database) -> list[dict]:
    """Everyone named in a meeting's attendance: key, a name as printed, meetings attended."""
    rows = db.query("select person as key, max(name) as name, count(distinct meeting_id) as meetings "
                    "from attendees where person is not null and person != '' group by person "
                    "order by person")
    return [{**r, "name": display_name(r["name"])} for r in rows]


def _attendance(db: Database, key: str) -> list[dict]:
    """Meetings the person is listed at, one row per meeting with every role they had there."""
    merged: dict[str, dict] = {}
    for r in db.query("select a.meeting_id, a.name, a.role, a.note, m.committee, m.date from attendees a "
                      "join meetings m on m.id = a.meeting_id and m.document_id = a.document_id "
                      "where a.person = ? order by m.date desc, a.meeting_id", [key]):
        row = merged.setdefault(r["meeting_id"], {"meeting_id": r["meeting_id"], "committee": r["committee"],
                                                  "date": r["date"], "name": display_name(r["name"]),
                                                  "roles": [], "notes": []})
        if r["role"] not in row["roles"]:
            row["roles"].append(r["role"])
        if r["note"] and r["note"] not in row["notes"]:
            row["notes"].append(r["note"])
    return list(merged.values())


def _decision_ids(db: Database, column: str, key: str, kind: str = "decision") -> list[str]:
    """Ids of decisions whose proposer/seconder/actor is this person."""
    out = []
    for r in db.query(f"select id, {column} as who from decisions where kind = ? and {column} like ?",
                      [kind, f"%{key}%"]):
        who = r["who"] or ""
        if person_key(who) == key or key in who.lower().replace(",", " ").split():
            out.append(r["id"])
    return out


def _mentions(db: Database, label: str, match, like: str) -> tuple[list[str], list[dict]]:
    """(names as written, citations) of entity mentions with this label that `match` accepts."""
    names, pids = [], []
    for e in db.query("select paragraph_id, text, norm from entities where label = ? and "
                      "(lower(norm) like ? or lower(text) like ?) order by document_id, start",
                      [label, like, like]):
        if match(e):
            if e["text"] not in names:
                names.append(e["text"])
            pids.append(e["paragraph_id"])
    pids = list(dict.fromkeys(pids))[:MENTION_LIMIT]
    cites = queries.citations(db, pids)
    return names, [cites[p].to_dict() for p in pids if p in cites]


def person(db: Database, key: str) -> dict:
    """Where one person appears: attendance, proposing, seconding, actions, mentions."""
    key = person_key(_checked("person", key, "people named in the papers are listed at /people"))
    attendance = _attendance(db, key)
    by_role = {"proposed": _decision_ids(db, "proposer", key),
               "seconded": _decision_ids(db, "seconder", key),
               "actions": _decision_ids(db, "actor", key, kind="action")}
    names, mentions = _mentions(
        db, "PERSON", lambda e: key in (person_key(e["norm"] or ""), person_key(e["text"] or "")), f"%{key}%")
    if not key or not (attendance or mentions or any(by_role.values())):
        raise NotFound("person", key, "people named in the papers are listed at /people")
    names = list(dict.fromkeys([a["name"] for a in attendance] + names))
    out = {"key": key, "name": names[0] if names else key.title(), "names": names,
           "attendance": attendance, "mentions": mentions}
    for role, ids in by_role.items():
        out[role] = queries.decisions(db, ids=ids, limit=10_000) if ids else []
    return out


def organisations(db: Database, limit: int = 300) -> list[dict]:
    """Organisations the papers name, most mentioned first: key, name (as most often written), mentions."""
    merged: dict[str, dict] = {}
    for r in db.query("select norm, text, count(*) as n from entities where label = 'ORG' and norm != '' "
                      "group by norm, text"):
        row = merged.setdefault(slugify(r["norm"]), {"key": slugify(r["norm"]), "names": {}, "mentions": 0})
        name = re.sub(r"^the\s+", "", r["text"], flags=re.I)
        row["names"][name] = row["names"].get(name, 0) + r["n"]
        row["mentions"] += r["n"]
    rows = sorted(merged.values(), key=lambda o: (-o["mentions"], o["key"]))[:limit]
    return [{"key": o["key"], "name": max(o["names"], key=o["names"].get), "mentions": o["mentions"]}
            for o in rows]


def organisation(db: Database, key: str) -> dict:
    """Where one organisation is named, and the decisions minuted in those paragraphs."""
    key = slugify(_checked("organisation", key, "organisations named in the papers are listed at /organisations"))
    words = key.split("-")
    like = f"%{max(words, key=len)}%" if words else "%"
    names, mentions = _mentions(db, "ORG", lambda e: slugify(e["norm"] or "") == key, like)
    if not mentions:
        raise NotFound("organisation", key, "organisations named in the papers are listed at /organisations")
    pids = [m["paragraph_id"] for m in mentions]
    ids = [r["id"] for r in db.query(
        f"select id from decisions where paragraph_id in ({','.join('?' * len(pids))})", pids)]
    return {"key": key, "name": names[0], "names": names, "mentions": mentions,
            "decisions": queries.decisions(db, ids=ids, limit=10_000) if ids else []}


def figure_labels(db: Database, limit: int = 200) -> list[dict]:
    """Row labels printed in more than one place, the ones worth a trail: most papers first."""
    return list(db.query(
        "select label, count(*) as n, count(distinct document_id) as documents, "
        "count(distinct paragraph_id) as places from figures where label is not null and label != '' "
        "group by lower(label) having places > 1 order by documents desc, places desc, label limit ?",
        [limit]))


def figure_trail(db: Database, label: str) -> list[dict]:
    """Every figure with this row label (any case), oldest meeting first, each with its citation."""
    rows = list(db.query("select * from figures where lower(label) = lower(?) order by id", [label]))
    if not rows:
        raise NotFound("figure label", label, "labels with a trail are listed at /figures")
    cites = queries.citations(db, (r["paragraph_id"] for r in rows))
    out = [queries.figure_dict(r, cites.get(r["paragraph_id"])) for r in rows]
    return sorted(out, key=lambda f: ((f["citation"] or {}).get("meeting_date") or "", f["id"]))


def report_titles(db: Database, doc_id: str) -> dict[str, str]:
    """{report id: title} for the reports inside one document."""
    return {r["id"]: r["title"] for r in db.query("select id, title from reports where document_id = ?",
                                                  [doc_id])}


def sample_ids(db: Database) -> dict[str, str]:
    """A real document id and meeting id (the newest), for examples in the API page."""
    doc = next(db.query("select id from documents order by indexed_at desc, id limit 1"), None)
    meeting = next(db.query("select id from meetings order by date desc, id limit 1"), None)
    return {k: v["id"] for k, v in (("doc_id", doc), ("meeting_id", meeting)) if v}
