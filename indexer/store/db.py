"""The structured store: one SQLite file (sqlite-utils) that Datasette can open.

A document's rows are replaced in one transaction, so an interrupted run leaves the previous
data whole. Vectors are keyed by the hash of their text and shared across documents.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from indexer.store.migrations import migrations
from indexer.store.units import Unit, document_units
from models import Document, NoIndex

# Bump when segmentation or extraction changes: documents indexed by an older version are redone.
PIPELINE_VERSION = 32

CHILD_TABLES = ("meetings", "attendees", "items", "paragraphs", "reports", "recommendations",
                "decisions", "tables", "figures", "entities", "units")


def open_store(db_path: Path, create: bool = True) -> Database:
    """Open (and migrate) the store; with create=False a missing store raises NoIndex (one that
    exists is still migrated, so readers of a store made by an older version find its tables)."""
    if not create and not Path(db_path).exists():
        raise NoIndex(str(Path(db_path).parent))
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(db_path), check_same_thread=False, timeout=30)
    db = Database(conn)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=OFF")
    if not create and not db["documents"].exists():
        db.conn.close()
        raise NoIndex(str(Path(db_path).parent))
    migrations.apply(db)
    return db


def open_reader(db_path: Path) -> Database:
    """A connection for reading the store (no migrations, no plugins); NoIndex when there is none.
    Reads through it go inside `begin_snapshot` ... `end_snapshot`."""
    if not Path(db_path).exists():
        raise NoIndex(str(Path(db_path).parent))
    return Database(sqlite3.connect(str(db_path), check_same_thread=False, timeout=30), execute_plugins=False)


def begin_snapshot(db: Database) -> None:
    """Start a read transaction: every query until `end_snapshot` sees the same commit, however
    many writes land meanwhile (WAL: writers go on). NoIndex when the store has no tables yet."""
    db.execute("begin")
    try:
        db.execute(GENERATION_SQL).fetchone()  # the snapshot is taken at the first read
    except sqlite3.OperationalError:  # no tables yet: the first `minutebook index` makes them
        db.conn.rollback()
        raise NoIndex(str(Path(db.conn.execute("pragma database_list").fetchone()[2]).parent)) from None


def end_snapshot(db: Database) -> None:
    """End the read transaction (the connection stays open for the next one)."""
    if db.conn.in_transaction:
        db.conn.rollback()


def open_snapshot(db_path: Path) -> Database:
    """A new connection inside a read transaction (`begin_snapshot`); close it when done."""
    db = open_reader(db_path)
    try:
        begin_snapshot(db)
    except BaseException:
        db.conn.close()
        raise
    return db


def known_document(db: Database, path: str) -> dict | None:
    """The stored row (id, sha256, pipeline_version) of the document indexed from `path`."""
    rows = list(db.query(
        "select id, sha256, pipeline_version, keyword_synced from documents where path = ?", [path]))
    return rows[0] if rows else None


def document_by_id(db: Database, doc_id: str) -> dict | None:
    rows = list(db.query("select id, path from documents where id = ?", [doc_id]))
    return rows[0] if rows else None


def _delete_rows(db: Database, doc_id: str) -> None:
    for table in CHILD_TABLES:
        db.execute(f"delete from [{table}] where document_id = ?", [doc_id])
    db.execute("delete from documents where id = ?", [doc_id])


def council_documents(db: Database, council: str | None) -> list[str]:
    """The documents of one council (by its name as stored, in any case); None: those naming no council."""
    if council is None:
        return [r["id"] for r in db.query("select id from documents where council is null or council = ''")]
    return [r["id"] for r in db.query("select id from documents where lower(council) = lower(?)", [council])]


def councils(db: Database) -> list[str]:
    """The councils whose papers the store holds."""
    return [r["council"] for r in db.query("select distinct council from documents where council is not null "
                                           "order by council")]


def council_name(db: Database, council: str) -> str | None:
    """The council's name as stored, for a name given in any case."""
    row = next(db.query("select council from documents where lower(council) = lower(?) limit 1", [council]), None)
    return row["council"] if row else None


def document_ids(db: Database) -> set[str]:
    """The documents that have search units in the store."""
    return {r["document_id"] for r in db.query("select distinct document_id from units")}


def delete_document(db: Database, doc_id: str) -> None:
    """Remove a document and everything found in it, in one transaction."""
    with db.atomic():
        _delete_rows(db, doc_id)


def replace_document(db: Database, doc: Document, replaces: str | None = None,
                     encoding: str = "utf-8") -> list[Unit]:
    """Write a document, all its rows and its search units, replacing `replaces`, atomically."""
    with db.atomic():
        if replaces:
            _delete_rows(db, replaces)
        _delete_rows(db, doc.id)
        db["documents"].insert({
            "id": doc.id, "path": doc.path, "sha256": doc.sha256, "format": doc.format,
            "title": doc.title, "kind": doc.kind, "council": doc.council,
            "committee": doc.committee, "meeting_date": doc.meeting_date, "text": doc.text,
            "encoding": encoding, "pipeline_version": PIPELINE_VERSION, "keyword_synced": 0,
            "indexed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        })
        _insert_children(db, doc)
        found = document_units(db, doc.id)
        for u in found:
            u.text_hash = text_hash(u.text)
        db["units"].insert_all(
            {**{k: v for k, v in u.__dict__.items() if k not in ("people", "orgs")},
             "people": json.dumps(u.people), "orgs": json.dumps(u.orgs)} for u in found)
    return found


def _insert_children(db: Database, doc: Document) -> None:
    d = doc.id
    db["meetings"].insert_all(
        ({"id": m.id, "document_id": d, "committee": m.committee, "date": m.date, "role": m.role,
          "time": m.time, "venue": m.venue, "chair": m.chair, "council": m.council or doc.council,
          "next_date": m.next_date, "next_time": m.next_time, "next_paragraph_id": m.next_paragraph_id,
          "issued_by": m.issued_by, "issued_on": m.issued_on, "issued_paragraph_id": m.issued_paragraph_id,
          "end_time": m.end_time, "end_paragraph_id": m.end_paragraph_id}
         for m in doc.meetings),
        replace=True)
    db["attendees"].insert_all(
        {"meeting_id": m.id, "document_id": d, "name": a.name, "role": a.role, "note": a.note,
         "person": _person_key(a.name)} for m in doc.meetings for a in m.attendees)
    db["items"].insert_all(
        {"meeting_id": i.meeting_id, "document_id": d, "part": i.part, "number": i.number,
         "title": i.title, "page": i.page} for i in doc.items)
    db["paragraphs"].insert_all(
        {**p.to_dict(), "text_hash": text_hash(p.text)} for p in doc.paragraphs)
    db["reports"].insert_all(
        {k: v for k, v in r.to_dict().items() if k != "recommendations"} for r in doc.reports)
    db["recommendations"].insert_all(
        {"report_id": r.id, "document_id": d, "seq": n, "label": rec.label, "text": rec.text,
         "paragraph_id": rec.paragraph_id}
        for r in doc.reports for n, rec in enumerate(r.recommendations, 1))
    db["decisions"].insert_all(_decision_row(d, x) for x in doc.decisions)
    db["tables"].insert_all(
        {"id": t.id, "document_id": d, "paragraph_id": t.paragraph_id, "caption": t.caption,
         "headers": json.dumps(t.headers), "rows": json.dumps(t.rows), "scale": t.scale}
        for t in doc.tables)
    db["figures"].insert_all({**f.to_dict(), "document_id": d} for f in doc.figures)
    db["entities"].insert_all({**e.to_dict(), "document_id": d} for e in doc.entities)


def _decision_row(doc_id: str, x) -> dict:
    v = x.votes
    return {"id": x.id, "document_id": doc_id, "paragraph_id": x.paragraph_id, "kind": x.kind,
            "verbs": json.dumps(x.verbs), "text": x.text,
            "vote_for": v.for_ if v else None, "vote_against": v.against if v else None,
            "vote_abstain": v.abstain if v else None, "unanimous": int(v.unanimous) if v else None,
            "outcome": v.outcome if v else None, "proposer": x.proposer, "seconder": x.seconder,
            "actor": x.actor, "decision_outcome": x.outcome,
            "vote_paragraph_id": v.paragraph_id if v and v.paragraph_id != x.paragraph_id else None,
            "vote_names": json.dumps(v.names) if v and v.names else None}


def text_hash(text: str) -> str:
    """Key of a text's vector: the same words are encoded once, whichever document holds them."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _person_key(name: str) -> str:
    from models.people import person_key

    return person_key(name)


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def load_units(db: Database, doc_ids: list[str] | None = None) -> list[Unit]:
    """Stored search units of these documents (all documents when None)."""
    sql = "select * from units"
    params: list = []
    if doc_ids is not None:
        sql += f" where document_id in ({','.join('?' * len(doc_ids))})"
        params = list(doc_ids)
    out = []
    shared: dict = {}  # one string object per distinct value: replicated texts cost memory once
    for r in db.query(sql + " order by rowid", params):
        for key in ("text", "title", "committee", "cite_text", "text_hash", "meeting_date", "people", "orgs",
                    "council"):
            if isinstance(r.get(key), str):
                r[key] = shared.setdefault(r[key], r[key])
        r["council"] = r.get("council") or ""
        r["people"], r["orgs"] = _json_list(r["people"], shared), _json_list(r["orgs"], shared)
        out.append(Unit(**r))
    return out


def _json_list(raw: str | None, shared: dict) -> list:
    """A JSON list column, parsed once per distinct value ('[]' for most units)."""
    key = ("json", raw)
    if key not in shared:
        shared[key] = json.loads(raw or "[]")
    return list(shared[key])


GENERATION_SQL = "select generation from changes where id = 1"


def generation(db: Database) -> int:
    """The store's change counter: it moves with every document write, sync flag and vector (m020)."""
    return next(db.query(GENERATION_SQL))["generation"]


def mark_synced(db: Database, doc_ids: Iterable[str]) -> None:
    """Record that the keyword index and the vectors both hold these documents (`keyword_synced`
    names the flag from before vectors were checked too; it means every index)."""
    with db.atomic():
        for doc_id in doc_ids:
            db.execute("update documents set keyword_synced = 1 where id = ?", [doc_id])


UNSYNCED_SQL = """
select id from documents where keyword_synced = 0
union
select distinct u.document_id from units u
where not exists (select 1 from embeddings e where e.text_hash = u.text_hash and e.model = ?)
"""


def unsynced_documents(db: Database, model: str) -> list[str]:
    """Documents an index lacks: stored but never marked synced (a run stopped or killed before
    both indexes held them), or with units that have no vector from `model`."""
    return sorted(r["id"] for r in db.query(UNSYNCED_SQL, [model]))


def record_run(db: Database, run: dict) -> None:
    """Store how an index run ended: started_at, outcome (ok | failed | interrupted), the file
    counts (new, updated, unchanged, failed, skipped, not_reached), documents waiting, seconds."""
    with db.atomic():
        db["index_runs"].insert({**run, "finished_at": datetime.now(UTC).isoformat(timespec="seconds")})


def stored_vectors(db: Database, hashes: Iterable[str], model: str) -> dict[str, bytes]:
    """Vectors already computed for these text hashes with this model."""
    out: dict[str, bytes] = {}
    hashes = list(hashes)
    for i in range(0, len(hashes), 500):
        chunk = hashes[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for row in db.query(
                f"select text_hash, vector from embeddings where model = ? and text_hash in ({marks})",
                [model, *chunk]):
            out[row["text_hash"]] = row["vector"]
    return out


def store_vectors(db: Database, vectors: dict[str, bytes], model: str) -> None:
    with db.atomic():
        db["embeddings"].insert_all(
            ({"text_hash": h, "model": model, "vector": v} for h, v in vectors.items()),
            replace=True, batch_size=500)


def counts(db: Database) -> dict[str, int]:
    """How many of each thing the store holds."""
    out = {}
    for table in ("documents", "meetings", "items", "paragraphs", "reports", "recommendations",
                  "decisions", "tables", "figures", "entities", "embeddings"):
        out[table] = db[table].count if db[table].exists() else 0
    out["actions"] = next(db.query("select count(*) n from decisions where kind = 'action'"))["n"]
    out["decisions"] -= out["actions"]
    return out
