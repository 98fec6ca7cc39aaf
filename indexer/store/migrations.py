"""The store's schema, as numbered single-purpose migrations (sqlite-utils Migrations)."""
from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("minutebook")


@migrations()
def m001_documents(db: Database) -> None:
    db["documents"].create(
        {"id": str, "path": str, "sha256": str, "format": str, "title": str, "kind": str,
         "council": str, "committee": str, "meeting_date": str, "text": str, "encoding": str,
         "pipeline_version": int, "keyword_synced": int, "indexed_at": str},
        pk="id",
    )
    db["documents"].create_index(["path"], unique=True)


@migrations()
def m002_meetings(db: Database) -> None:
    db["meetings"].create(
        {"id": str, "document_id": str, "committee": str, "date": str, "role": str, "time": str,
         "venue": str, "chair": str},
        pk=("id", "document_id"),
    )
    db["attendees"].create(
        {"meeting_id": str, "document_id": str, "name": str, "role": str, "note": str,
         "person": str},
    )
    db["items"].create(
        {"meeting_id": str, "document_id": str, "part": str, "number": str, "title": str,
         "page": str},
    )
    for table in ("meetings", "attendees", "items"):
        db[table].create_index(["document_id"])
    db["meetings"].create_index(["date"])


@migrations()
def m003_paragraphs(db: Database) -> None:
    db["paragraphs"].create(
        {"id": str, "document_id": str, "seq": int, "number": str, "text": str, "start": int,
         "end": int, "part": str, "meeting_id": str, "item": str, "item_title": str,
         "report_id": str, "section": str, "page": int, "printed_page": str, "text_hash": str},
        pk="id",
    )
    db["paragraphs"].create_index(["document_id"])
    db["paragraphs"].create_index(["meeting_id"])


@migrations()
def m004_reports(db: Database) -> None:
    db["reports"].create(
        {"id": str, "document_id": str, "title": str, "meeting_id": str, "meeting_date": str,
         "committee": str, "responsible_officer": str, "contact_officer": str,
         "agenda_item": str, "executive_summary": str, "paragraph_id": str},
        pk="id",
    )
    db["recommendations"].create(
        {"report_id": str, "document_id": str, "seq": int, "label": str, "text": str,
         "paragraph_id": str},
    )
    db["reports"].create_index(["document_id"])
    db["recommendations"].create_index(["report_id"])


@migrations()
def m005_decisions(db: Database) -> None:
    db["decisions"].create(
        {"id": str, "document_id": str, "paragraph_id": str, "kind": str, "verbs": str,
         "text": str, "vote_for": int, "vote_against": int, "vote_abstain": int,
         "unanimous": int, "outcome": str, "proposer": str, "seconder": str, "actor": str},
        pk="id",
    )
    db["decisions"].create_index(["document_id"])
    db["decisions"].create_index(["paragraph_id"])


@migrations()
def m006_tables_figures(db: Database) -> None:
    db["tables"].create(
        {"id": str, "document_id": str, "paragraph_id": str, "caption": str, "headers": str,
         "rows": str, "scale": float},
        pk="id",
    )
    db["figures"].create(
        {"id": int, "document_id": str, "paragraph_id": str, "table_id": str, "label": str,
         "column": str, "value": float, "unit": str, "text": str, "period": str},
        pk="id",
    )
    db["tables"].create_index(["document_id"])
    db["figures"].create_index(["document_id"])
    db["figures"].create_index(["paragraph_id"])


@migrations()
def m007_entities(db: Database) -> None:
    db["entities"].create(
        {"document_id": str, "paragraph_id": str, "label": str, "text": str, "start": int,
         "end": int, "norm": str},
    )
    db["entities"].create_index(["document_id"])
    db["entities"].create_index(["paragraph_id"])
    db["entities"].create_index(["label", "norm"])


@migrations()
def m008_embeddings(db: Database) -> None:
    """Vectors keyed by the hash of the text they encode: unchanged text is never encoded twice."""
    db["embeddings"].create({"text_hash": str, "model": str, "vector": bytes}, pk="text_hash")


@migrations()
def m009_units(db: Database) -> None:
    """What search ranks: paragraphs, decisions, actions, recommendations and table rows."""
    db["units"].create(
        {"id": str, "document_id": str, "kind": str, "text": str, "cite_text": str,
         "paragraph_id": str, "title": str, "committee": str, "meeting_date": str,
         "people": str, "orgs": str, "text_hash": str},
        pk="id",
    )
    db["units"].create_index(["document_id"])


@migrations()
def m010_documents_generation(db: Database) -> None:
    """A covering index for the question every search asks first: has the store changed (count,
    latest indexed_at, synced flags)? Without it SQLite reads each document's whole text to reach
    the columns after it: ~2 ms a search at 50 documents, growing with the documents."""
    db["documents"].create_index(["indexed_at", "keyword_synced"], index_name="documents_generation")


@migrations()
def m011_council(db: Database) -> None:
    """The council is a dimension: the meeting's council, and the council of each search unit (filters and facets)."""
    db["meetings"].add_column("council", str)
    db["units"].add_column("council", str)
    db["meetings"].create_index(["council"])
    db["documents"].create_index(["council"])


@migrations()
def m012_decision_outcome(db: Database) -> None:
    """What came of a decision (carried, agreed, noted, lost, deferred, withdrawn), beside its vote's outcome."""
    db["decisions"].add_column("decision_outcome", str)


@migrations()
def m013_next_meeting(db: Database) -> None:
    """The next meeting a paper announces for each meeting: its date, time and the paragraph saying so."""
    for column in ("next_date", "next_time", "next_paragraph_id"):
        db["meetings"].add_column(column, str)


@migrations()
def m020_change_counter(db: Database) -> None:
    """A generation number that every write a reader must see bumps, in the writer's own
    transaction (triggers on documents and embeddings): servers reload their unit table when it
    moves. It replaces the check on count / latest indexed_at (whole seconds, so a second write in
    the same second went unseen) / synced flags, and the index that check read (m010)."""
    db.execute("create table changes (id integer primary key check (id = 1), generation integer not null)")
    db.execute("insert into changes (id, generation) values (1, 0)")
    for table, event in (("documents", "insert"), ("documents", "update"), ("documents", "delete"),
                         ("embeddings", "insert")):
        db.execute(f"create trigger {table}_{event}_counted after {event} on {table} begin "
                   "update changes set generation = generation + 1 where id = 1; end")
    db.execute("drop index if exists documents_generation")


@migrations()
def m021_index_runs(db: Database) -> None:
    """One row per `minutebook index` run that finished (or was stopped by a signal): what
    /api/health reports as the last run's outcome."""
    db["index_runs"].create(
        {"id": int, "started_at": str, "finished_at": str, "outcome": str, "new": int, "updated": int,
         "unchanged": int, "failed": int, "skipped": int, "not_reached": int, "waiting": int, "seconds": float},
        pk="id",
    )


@migrations()
def m030_filter_indexes(db: Database) -> None:
    """Indexes for what the meeting page and the listings filter on: a meeting's items and
    attendees by meeting (each was a scan of the whole table per page), meetings by committee and
    date (the register's committee list and /api/meetings?committee=)."""
    db["items"].create_index(["meeting_id"], if_not_exists=True)
    db["attendees"].create_index(["meeting_id"], if_not_exists=True)
    db["meetings"].create_index(["committee", "date"], if_not_exists=True)


@migrations()
def m031_vote_paragraph(db: Database) -> None:
    """Where a decision's vote is printed, when that is not the decision's own paragraph (a vote called
    on 'the amendment set out in paragraph 11 above'): the paragraph a vote's answer cites."""
    db["decisions"].add_column("vote_paragraph_id", str)


@migrations()
def m032_agenda_issue(db: Database) -> None:
    """Who signed or certified a meeting's agenda, the date it bears, and the paragraph printing it."""
    for column in ("issued_by", "issued_on", "issued_paragraph_id"):
        db["meetings"].add_column(column, str)


@migrations()
def m033_meeting_end(db: Database) -> None:
    """When a meeting ended (or is to end), as printed, and the paragraph saying so."""
    for column in ("end_time", "end_paragraph_id"):
        db["meetings"].add_column(column, str)


@migrations()
def m034_vote_names(db: Database) -> None:
    """Who voted which way, by name, where the paper prints it (a roll call's lists, 'Councillor Dunn voted
    against'): JSON {"for": [...], "against": [...], "abstain": [...]}, sides without names left out."""
    db["decisions"].add_column("vote_names", str)
