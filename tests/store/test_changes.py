"""The store's change counter: every write a reader must see moves it, whatever the clock says."""
from __future__ import annotations

from test_store import make_doc

from indexer import store
from indexer.engine import Engine
from indexer.settings import load_settings


def _documents(engine: Engine, db) -> set[str]:
    return {u.document_id for u in engine.table(db).units}


def test_two_writes_in_the_same_second_are_both_seen_by_a_running_engine(tmp_path):
    settings = load_settings(data_dir=tmp_path, embed_backend="hash")
    db = store.open_store(settings.db_path)
    engine = Engine(settings)
    store.replace_document(db, make_doc("aaaaaaaaaaaa"))
    first = next(db.query("select indexed_at from documents"))["indexed_at"]
    assert _documents(engine, db) == {"aaaaaaaaaaaa"}
    store.replace_document(db, make_doc("bbbbbbbbbbbb", "RESOLVED that the plan be refused."),
                           replaces="aaaaaaaaaaaa")
    with db.atomic():  # the replacement landed in the same second as the first write
        db.execute("update documents set indexed_at = ?", [first])
    assert _documents(engine, db) == {"bbbbbbbbbbbb"}
    assert [u.text for u in engine.table(db).units if u.kind == "paragraph"] == ["RESOLVED that the plan be refused."]


def test_vectors_and_sync_flags_move_the_counter(tmp_path):
    db = store.open_store(tmp_path / "mb.db")
    seen = [store.generation(db)]
    store.replace_document(db, make_doc("aaaaaaaaaaaa"))
    seen.append(store.generation(db))
    store.store_vectors(db, {store.text_hash("x"): b"\x00\x00\x80\x3f"}, "m")
    seen.append(store.generation(db))
    store.mark_synced(db, ["aaaaaaaaaaaa"])
    seen.append(store.generation(db))
    store.delete_document(db, "aaaaaaaaaaaa")
    seen.append(store.generation(db))
    assert seen == sorted(set(seen)) and len(seen) == 5
