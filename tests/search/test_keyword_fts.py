"""The SQLite FTS5 keyword backend's own parts: safe MATCH expressions, field weights, stemming,
exact filters, shared passages, committees, the schema, threads, and choosing the backend."""
from __future__ import annotations

import re
import sqlite3
import threading

import pytest

from indexer.engine import Engine
from indexer.search import keyword_fts
from indexer.search.keyword_fts import FtsKeywordIndex, match_expression
from indexer.settings import load_settings


def unit(uid: str, text: str, doc: str = "d", **fields) -> dict:
    return {"id": uid, "kind": "paragraph", "document_id": doc, "text": text, "title": "",
            "committee": "", "meeting_date": "", "people": [], **fields}


def ids(results) -> list[str]:
    return [r[0] for r in results]


@pytest.fixture()
def fts(tmp_path) -> FtsKeywordIndex:
    return FtsKeywordIndex(tmp_path / "keyword.sqlite")


def count(index: FtsKeywordIndex, table: str) -> int:
    return index.connection().execute(f"select count(*) from {table}").fetchone()[0]


# ---- query text never reaches FTS5 syntax --------------------------------------------------------


def test_words_are_quoted_and_or_ed_with_their_pairs():
    assert match_expression("Hired transport overspend?") == (
        '{text title people} : ("hired" OR "transport" OR "overspend") '
        'OR text : "hired transport" OR text : "transport overspend"',
        '"hired" OR "transport" OR "overspend"')


def test_a_quoted_phrase_counts_twice_and_pairs_keep_their_stop_words():
    passages, _ = match_expression('"cost of care" rose')
    assert passages == ('{text title people} : ("cost" OR "care" OR "rose") OR text : "cost of care" '
                        'OR text : "cost of care" OR text : "cost of care" OR text : "care rose"')


def test_a_single_word_has_no_pairs():
    assert match_expression("Transport") == ('{text title people} : ("transport")', '"transport"')


BAD = ["", "   ", '"', '"""', "AND OR NOT", "*", "?", "~", ":", "[", "]", "(", ")", "^", "-", "+",
       "text:care", "care AND (", "NEAR(care budget, 2)", "care*", "{text}: care", 'cost of "care',
       "[a TO", "\x00\x01\x1b care \x7f", "🙂 care 🙂", "Bürgermeister café", "Совет бюджет", "议会 预算",
       "مجلس", "a" * 10_000, " ".join(["care"] * 5000), "'; DROP TABLE units; --", "_ __ ___"]


QUOTED = r'"[^"]*"'
PASSAGES_GRAMMAR = re.compile(rf'\{{text title people\}} : \({QUOTED}( OR {QUOTED})*\)( OR text : {QUOTED})*')
COMMITTEES_GRAMMAR = re.compile(rf"{QUOTED}( OR {QUOTED})*")


@pytest.mark.parametrize("query", BAD)
def test_every_query_form_gives_a_safe_expression(query):
    """Only quoted words (no quote inside), OR, parentheses and column names reach FTS5."""
    exprs = match_expression(query)
    if exprs is not None:
        assert PASSAGES_GRAMMAR.fullmatch(exprs[0]) and COMMITTEES_GRAMMAR.fullmatch(exprs[1])


@pytest.mark.parametrize("query", BAD)
def test_every_query_form_returns_a_list(fts, query):
    fts.update([unit("u1", "The cost of care rose; the budget for transport was held."),
                unit("u2", "Совет утвердил бюджет. 议会 预算 café Bürgermeister 🙂")])
    assert isinstance(fts.search(query, limit=5, highlights=None), list)


def test_other_scripts_and_accents_are_found(fts):
    fts.update([unit("ru", "Совет утвердил бюджет."), unit("fr", "Le café du conseil.")])
    assert ids(fts.search("бюджет", limit=5)) == ["ru"]
    assert ids(fts.search("cafe", limit=5)) == ["fr"]  # remove_diacritics


# ---- ranking ------------------------------------------------------------------------------------


def test_a_word_counts_most_in_the_text_then_the_title_then_the_committee(fts):
    fts.update([unit("in-committee", "Minutes of the meeting held today.", committee="Libraries Committee"),
                unit("in-title", "Minutes of the meeting held today.", title="Libraries"),
                unit("in-text", "Minutes of the libraries meeting today."),
                unit("other", "Minutes of the meeting held today.", committee="Planning Committee")])
    assert ids(fts.search("libraries", limit=5)) == ["in-text", "in-title", "in-committee"]


def test_people_are_searched(fts):
    fts.update([unit("p", "The Chairman thanked the officers.", people=["borrett"]),
                unit("q", "The Chairman thanked the members.")])
    assert ids(fts.search("Borrett", limit=5)) == ["p"]


def test_words_are_stemmed(fts):
    fts.update([unit("a", "The councillors transported the overspending budgets.")])
    for query in ("councillor", "transport", "overspend", "budget", "TRANSPORTING"):
        assert ids(fts.search(query, limit=5)) == ["a"], query


def test_a_passage_holding_most_of_the_question_outranks_a_short_one_with_two_words(fts, monkeypatch):
    fts.update([unit("short", "Commissioned services: forecast overspend £2.620m"),
                unit("long", "As at the end of May (Period 2), Adult Social Services is forecasting an "
                             "overspend of £7.763m, after the use of the Corporate Business Risk Reserve."),
                *[unit(f"x{n}", f"Adult social services report number {n} on period budgets.") for n in range(4)],
                *[unit(f"f{n}", f"The Committee noted report {n} on libraries and parks.") for n in range(20)]])
    question = "What overspend was Adult Social Services forecasting at Period 2?"
    assert ids(fts.search(question, limit=1)) == ["long"]
    monkeypatch.setattr(keyword_fts, "_coordinate", lambda conn, passages, query: {})
    assert ids(fts.search(question, limit=1)) == ["short"]  # bm25() alone


def test_a_quoted_phrase_ranks_the_exact_words_first(fts):
    fts.update([unit("scattered", "Care homes: the cost rose, and the cost of transport too."),
                unit("exact", "The cost of care rose again this year in every district.")])
    assert ids(fts.search('"cost of care"', limit=5)) == ["exact", "scattered"]


def test_scores_are_positive_and_best_first(fts):
    fts.update([unit("a", "transport transport policy"), unit("b", "transport"), unit("c", "nothing here")])
    scores = [s for _, s, _ in fts.search("transport policy", limit=5)]
    assert len(scores) == 2 and scores == sorted(scores, reverse=True) and scores[-1] > 0


# ---- filters ------------------------------------------------------------------------------------


@pytest.mark.parametrize("filters, expected", [
    ({"person": "Mr J Smith"}, ["smith"]),
    ({"person": "Cllr Smith-Jones"}, ["smith-jones"]),
    ({"committee": "Cabinet"}, ["smith"]),
    ({"committee": "cabinet"}, []),  # exact, as whoosh's ID field
    ({"kind": "decision", "person": "Smith"}, []),
    ({"since": "2020-01-01", "until": "2020-01-01"}, ["smith"]),
    ({"until": "2030-01-01"}, ["smith", "smith-jones"]),  # undated units never pass a date filter
])
def test_filters_are_exact(fts, filters, expected):
    fts.update([unit("smith", "The budget was agreed.", people=["smith"], committee="Cabinet",
                     meeting_date="2020-01-01"),
                unit("smith-jones", "The budget was noted.", people=["smith-jones"], meeting_date="2021-05-04"),
                unit("undated", "The budget was read.", people=["jones"])])
    assert sorted(ids(fts.search("budget", limit=5, filters=filters))) == expected


def test_a_filter_finds_units_below_the_unfiltered_top(fts):
    fts.update([unit(f"p{n}", "budget budget budget") for n in range(30)]
               + [unit("d", "the budget", kind="decision")])
    assert ids(fts.search("budget", limit=3, filters={"kind": "decision"})) == ["d"]


def test_a_unit_matches_by_its_committee_alone(fts):
    fts.update([unit("a", "The minutes were agreed.", committee="Health and Wellbeing Board"),
                unit("b", "The minutes were agreed.", committee="Cabinet")])
    assert ids(fts.search("wellbeing", limit=5)) == ["a"]
    assert fts.search("wellbeing", limit=5, filters={"committee": "Cabinet"}) == []


# ---- writing ------------------------------------------------------------------------------------


def test_repeated_paragraphs_share_one_passage_until_the_last_goes(fts):
    same = "The Committee NOTED the report on transport."
    fts.update([unit("a.p1", same, doc="a"), unit("b.p1", same, doc="b"), unit("b.p2", "Other words.", doc="b")])
    assert (count(fts, "units"), count(fts, "passages")) == (3, 2)
    assert sorted(ids(fts.search("transport", limit=5))) == ["a.p1", "b.p1"]
    fts.delete_document("b")
    assert (count(fts, "units"), count(fts, "passages"), count(fts, "passages_fts")) == (1, 1, 1)
    assert ids(fts.search("transport", limit=5)) == ["a.p1"]
    assert fts.search("other", limit=5) == []


def test_replace_documents_swaps_units_and_prunes_committees(fts):
    fts.update([unit("a.p1", "Old words about parks.", doc="a", committee="Parks Committee")])
    fts.replace_documents(["a"], [unit("a.p1", "New words about libraries.", doc="a", committee="Cabinet")])
    assert ids(fts.search("libraries", limit=5)) == ["a.p1"]
    assert fts.search("parks", limit=5) == []
    assert [r[0] for r in fts.connection().execute("select name from committees")] == ["Cabinet"]


def test_a_failed_write_leaves_the_index_as_it_was(fts):
    fts.update([unit("a.p1", "Kept words.", doc="a")])
    with pytest.raises(KeyError):
        fts.replace_documents(["a"], [unit("a.p2", "New words.", doc="a"), {"text": "no id"}])
    assert ids(fts.search("kept", limit=5)) == ["a.p1"] and fts.doc_count() == 1


def test_an_index_of_an_older_schema_is_recreated_empty(tmp_path):
    path = tmp_path / "keyword.sqlite"
    FtsKeywordIndex(path).update([unit("a", "Words.")])
    conn = sqlite3.connect(path)
    conn.execute("update keyword_meta set value = '0' where key = 'schema'")
    conn.commit()
    conn.close()
    fresh = FtsKeywordIndex(path)
    assert fresh.doc_count() == 0 and fresh.document_ids() == set()
    fresh.update([unit("b", "More words.")])
    assert ids(fresh.search("words", limit=5)) == ["b"]


def test_a_sqlite_without_fts5_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setattr(keyword_fts, "DDL", "create virtual table t using fts9(x);")
    with pytest.raises(RuntimeError, match="lacks FTS5 .*no such module: fts9.*MINUTEBOOK_KEYWORD_BACKEND=whoosh"):
        FtsKeywordIndex(tmp_path / "keyword.sqlite")


def test_threads_search_while_another_writes(fts):
    fts.update([unit(f"u{n}", f"budget report {n}") for n in range(50)])
    errors, found = [], []

    def search() -> None:
        try:
            for _ in range(30):
                found.append(len(fts.search("budget report", limit=10)))
        except Exception as e:  # noqa: BLE001 - collected and asserted below
            errors.append(e)

    threads = [threading.Thread(target=search) for _ in range(4)]
    for t in threads:
        t.start()
    for n in range(10):
        fts.update([unit(f"w{n}", "budget report written meanwhile")])
    for t in threads:
        t.join()
    assert errors == [] and set(found) == {10}


def test_an_in_memory_index_works_across_threads():
    mem = FtsKeywordIndex(None)
    mem.update([unit("a", "The budget was agreed.")])
    box: list = []
    worker = threading.Thread(target=lambda: box.append(ids(mem.search("budget", limit=5))))
    worker.start()
    worker.join()
    assert box == [["a"]]


# ---- choosing the backend -----------------------------------------------------------------------


def test_the_default_backend_is_fts5_in_its_own_file(tmp_path, monkeypatch):
    monkeypatch.delenv("MINUTEBOOK_KEYWORD_BACKEND", raising=False)
    settings = load_settings(data_dir=tmp_path)
    assert settings.keyword_backend == "fts5"
    assert isinstance(Engine(settings).keyword, FtsKeywordIndex)
    assert (tmp_path / "keyword.sqlite").exists() and not (tmp_path / "keyword").exists()


def test_the_backend_is_chosen_by_environment(tmp_path, monkeypatch):
    from indexer.search.keyword_whoosh import KeywordIndex

    monkeypatch.setenv("MINUTEBOOK_KEYWORD_BACKEND", "whoosh")
    assert isinstance(Engine(load_settings(data_dir=tmp_path)).keyword, KeywordIndex)


def test_an_unknown_backend_names_the_valid_ones(tmp_path):
    with pytest.raises(ValueError, match=r"unknown keyword_backend 'lucene': use one of fts5, whoosh"):
        Engine(load_settings(data_dir=tmp_path, keyword_backend="lucene")).keyword  # noqa: B018


def test_weights_mirror_whoosh_field_boosts():
    from indexer.search.keyword_whoosh import SEARCH_FIELDS

    assert {"text": SEARCH_FIELDS["text"], "title": SEARCH_FIELDS["title"] * 2.0,
                                   "people": SEARCH_FIELDS["people"]} == keyword_fts.WEIGHTS
    assert pytest.approx(SEARCH_FIELDS["committee"] * 1.5) == keyword_fts.COMMITTEE_WEIGHT


# ---- filters read indexes, not every unit ----------------------------------------------------------


@pytest.mark.parametrize(("filters", "index"), [
    ({"kind": "decision"}, "units_kind"), ({"committee": "Cabinet"}, "units_committee"),
    ({"since": "2020-01-01"}, "units_date")])
def test_each_filter_is_answered_from_its_index(fts, filters, index):
    fts.update([unit("a", "budget overspend", kind="decision", committee="Cabinet", meeting_date="2020-02-03"),
                unit("b", "budget savings", committee="Audit Committee", meeting_date="2019-05-01")])
    where, params = keyword_fts.filter_sql(filters)
    plan = " ".join(r[-1] for r in fts.connection().execute(
        f"explain query plan select passage from units u where {where}", params))
    assert f"USING COVERING INDEX {index}" in plan
    assert ids(fts.search("budget", filters=filters)) == ["a"]


def test_an_index_made_before_the_filter_indexes_gets_them(tmp_path):
    path = tmp_path / "keyword.sqlite"
    FtsKeywordIndex(path)
    conn = sqlite3.connect(path)
    for name in keyword_fts.FILTER_INDEXES:
        conn.execute(f"drop index {name}")
    conn.commit()
    conn.close()
    names = {n for (n,) in FtsKeywordIndex(path).connection().execute("select name from sqlite_master")}
    assert set(keyword_fts.FILTER_INDEXES) <= names
