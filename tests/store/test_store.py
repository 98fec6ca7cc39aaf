import pytest

from indexer import store
from models import Decision, Document, Figure, Meeting, Paragraph, Vote
from models.ids import decision_id, meeting_id, paragraph_id


def make_doc(doc_id: str, text: str = "The Committee AGREED the plan.", figure_value=3.0) -> Document:
    mid = meeting_id("2021-05-03", "Planning Committee")
    pid = paragraph_id(doc_id, 1)
    return Document(
        id=doc_id, path="/papers/a.txt", sha256=doc_id * 2, format="txt", text=text,
        title="Planning Committee minutes", kind="minutes", committee="Planning Committee",
        meeting_date="2021-05-03",
        meetings=[Meeting("Planning Committee", "2021-05-03", "minutes", id=mid)],
        paragraphs=[Paragraph(pid, doc_id, 1, text, 0, len(text), "minutes", "22/18", mid, "22")],
        decisions=[Decision(decision_id(pid, 1), pid, ["AGREED"], text, votes=Vote(5, 2, 0))],
        figures=[Figure("£3", figure_value, "GBP", paragraph_id=pid)],
    )


@pytest.fixture()
def db(tmp_path):
    return store.open_store(tmp_path / "mb.db")


def test_open_store_without_index_raises_no_index(tmp_path):
    from models import NoIndex

    with pytest.raises(NoIndex, match="minutebook --data"):
        store.open_store(tmp_path / "none" / "mb.db", create=False)


def test_migrations_apply_once(tmp_path):
    store.open_store(tmp_path / "mb.db")
    db = store.open_store(tmp_path / "mb.db")
    names = [r["name"] for r in db.query("select name from _sqlite_migrations")]
    assert names[0] == "m001_documents" and len(names) == len(set(names))


def test_the_change_check_reads_one_row(db):
    plan = db.execute("explain query plan " + store.GENERATION_SQL).fetchall()
    assert [row[3] for row in plan] == ["SEARCH changes USING INTEGER PRIMARY KEY (rowid=?)"]
    assert store.generation(db) == 0


def test_replace_document_writes_rows_and_units(db):
    units = store.replace_document(db, make_doc("aaaaaaaaaaaa"))
    assert [u.kind for u in units] == ["paragraph", "decision"]
    c = store.counts(db)
    assert (c["documents"], c["paragraphs"], c["decisions"], c["figures"]) == (1, 1, 1, 1)
    row = next(db.query("select vote_for, vote_against, verbs from decisions"))
    assert row == {"vote_for": 5, "vote_against": 2, "verbs": '["AGREED"]'}


def test_changed_document_replaces_old_rows(db):
    store.replace_document(db, make_doc("aaaaaaaaaaaa"))
    store.replace_document(db, make_doc("bbbbbbbbbbbb", "RESOLVED that the plan be refused."),
                           replaces="aaaaaaaaaaaa")
    assert [r["id"] for r in db.query("select id from documents")] == ["bbbbbbbbbbbb"]
    assert [r["text"] for r in db.query("select text from paragraphs")] == ["RESOLVED that the plan be refused."]


def test_failed_write_leaves_previous_data_intact(db):
    store.replace_document(db, make_doc("aaaaaaaaaaaa"))
    broken = make_doc("bbbbbbbbbbbb", "New text.", figure_value=object())  # cannot be stored
    with pytest.raises(Exception, match="type"):
        store.replace_document(db, broken, replaces="aaaaaaaaaaaa")
    assert [r["id"] for r in db.query("select id from documents")] == ["aaaaaaaaaaaa"]
    assert store.counts(db)["paragraphs"] == 1


def test_vectors_are_keyed_by_text_hash(db):
    h = store.text_hash("The Committee AGREED")
    store.store_vectors(db, {h: b"\x00\x00\x80\x3f"}, "m")
    assert store.stored_vectors(db, [h, "missing"], "m") == {h: b"\x00\x00\x80\x3f"}
    assert store.stored_vectors(db, [h], "other-model") == {}
