"""The SQLite store: schema, migrations, and every query the stages and the web need.

No SQL lives outside this package (the FTS5 keyword index keeps its own file and SQL). Open it
for "what is stored, and how is it read back?": `db` writes documents and vectors, `units`
derives the search units, `queries` and `people_queries` read for the API and the pages.
"""
from indexer.store import people_queries, queries
from indexer.store.db import (
    GENERATION_SQL,
    PIPELINE_VERSION,
    begin_snapshot,
    council_documents,
    council_name,
    councils,
    counts,
    delete_document,
    document_by_id,
    document_ids,
    end_snapshot,
    generation,
    known_document,
    load_units,
    mark_synced,
    open_reader,
    open_snapshot,
    open_store,
    record_run,
    replace_document,
    sha256,
    store_vectors,
    stored_vectors,
    text_hash,
    unsynced_documents,
)
from indexer.store.export import CSV_FIELDS, write_csv
from indexer.store.units import Unit

__all__ = ["CSV_FIELDS", "GENERATION_SQL", "PIPELINE_VERSION", "Unit", "begin_snapshot", "council_documents",
           "council_name", "councils", "counts", "delete_document", "document_by_id", "end_snapshot",
           "document_ids", "generation", "known_document", "load_units", "mark_synced", "open_reader",
           "open_snapshot", "open_store", "record_run",
           "people_queries", "queries", "replace_document", "sha256", "store_vectors", "stored_vectors",
           "text_hash", "unsynced_documents", "write_csv"]
