"""The keyword index contract, run against both backends (SQLite FTS5 and whoosh): fields,
filters, highlights, replacing documents, any query string; then whoosh's own parts (safe query
parsing, no hangs)."""
from __future__ import annotations

import random
import string
import threading

import pytest

from indexer.search import keyword_whoosh as keyword
from indexer.search.keyword_fts import FtsKeywordIndex
from indexer.search.keyword_whoosh import KeywordIndex, open_index, parse_query, query_words

BACKENDS = {"fts5": lambda folder: FtsKeywordIndex(folder / "keyword.sqlite"),
            "whoosh": lambda folder: KeywordIndex(folder / "keyword")}

UNITS = [
    {"id": "a.p0001", "kind": "paragraph", "document_id": "a", "title": "Finance monitoring",
     "committee": "Adult Social Care Committee", "meeting_date": "2017-03-06",
     "text": "The forecast overspend at Period 10 is £9.629m, driven by purchase of care.",
     "people": ["borrett"], "orgs": ["norfolk county council"]},
    {"id": "a.p0002.d1", "kind": "decision", "document_id": "a", "title": "Transport",
     "committee": "Adult Social Care Committee", "meeting_date": "2017-03-06",
     "text": "The Committee AGREED the transport policy for adults.", "people": ["whitaker"]},
    {"id": "b.p0001", "kind": "paragraph", "document_id": "b", "title": "Budget 2024/25",
     "committee": "Adult Social Care and Public Health Select Committee", "meeting_date": "2024-07-01",
     "text": "The cost of care rose; the budget for transport was held.", "people": []},
    {"id": "b.p0002", "kind": "figure", "document_id": "b", "title": "Budget 2024/25",
     "committee": "", "meeting_date": "", "text": "Purchase of care: Budget 35,643; Forecast 36,000"},
]


@pytest.fixture(params=list(BACKENDS))
def make(request):
    """A function opening the index of the parametrised backend in a folder."""
    return BACKENDS[request.param]


@pytest.fixture()
def kx(make, tmp_path):
    k = make(tmp_path)
    k.update(UNITS)
    return k


def ids(results) -> list[str]:
    return [r[0] for r in results]


def test_open_index_creates_then_reopens(tmp_path):
    ix = open_index(tmp_path / "kw")
    keyword.update(ix, UNITS[:1])
    assert open_index(tmp_path / "kw").doc_count() == 1


def test_stemmed_search_with_mark_highlight(kx):
    (hit,) = [r for r in kx.search("overspending", limit=5) if r[0] == "a.p0001"]
    assert hit[1] > 0 and "<mark" in hit[2] and ">overspend</mark>" in hit[2]


def test_all_terms_rank_above_some_terms(kx):
    assert ids(kx.search("transport policy", limit=5))[0] == "a.p0002.d1"


def test_title_counts(kx):
    assert ids(kx.search("monitoring", limit=5)) == ["a.p0001"]


def test_balanced_quotes_make_a_phrase(kx):
    assert ids(kx.search('"cost of care"', limit=5))[0] == "b.p0001"


@pytest.mark.parametrize("filters, expected", [
    ({"kind": "decision"}, ["a.p0002.d1"]),
    ({"committee": "Adult Social Care Committee"}, ["a.p0001", "a.p0002.d1"]),
    ({"since": "2024-01-01"}, ["b.p0001"]),
    ({"until": "2017-12-31"}, ["a.p0001", "a.p0002.d1"]),
    ({"person": "Ms Whitaker"}, ["a.p0002.d1"]),
    ({"document_id": "b"}, ["b.p0001", "b.p0002"]),
    ({"kind": "", "person": None}, ["a.p0001", "a.p0002.d1", "b.p0001", "b.p0002"]),
])
def test_filters(kx, filters, expected):
    assert sorted(ids(kx.search("care transport budget overspend", limit=10, filters=filters))) == expected


def test_replace_and_delete_documents(kx):
    kx.replace_documents(["a"], [{**UNITS[0], "text": "Completely new words about libraries."}])
    assert ids(kx.search("libraries", limit=5)) == ["a.p0001"]
    assert kx.search("transport policy", limit=5, filters={"document_id": "a"}) == []
    kx.delete_document("b")
    assert kx.doc_count() == 1


def test_update_replaces_by_id(kx):
    kx.update([{**UNITS[1], "text": "The Committee NOTED the report."}])
    assert kx.doc_count() == len(UNITS)
    assert kx.search("policy", limit=5) == []


def test_searcher_sees_writes_from_another_handle(make, tmp_path):
    reader = make(tmp_path)
    assert reader.search("overspend", limit=5) == []
    make(tmp_path).update(UNITS)
    reader.refresh()
    assert ids(reader.search("overspend", limit=5)) == ["a.p0001"]


def test_document_ids_are_those_with_units(kx):
    assert kx.document_ids() == {"a", "b"}
    kx.delete_document("a")
    assert kx.document_ids() == {"b"}


def test_query_words_are_capped_and_clean():
    words, phrases = query_words('"cost of care" AND (budget* OR ~x) ' + " ".join(f"w{i}" for i in range(200)))
    assert words[:6] == ["cost", "of", "care", "and", "budget", "or"] and len(words) == keyword.MAX_TERMS
    assert phrases == [["cost", "of", "care"]]
    assert query_words('"unbalanced cost of care') == (["unbalanced", "cost", "of", "care"], [])


@pytest.mark.parametrize("query", [
    "", "   ", '"', '"""', "AND OR NOT", "*", "?", "~", ":", "[", "]", "(", ")", "text:care",
    "care AND (", "[a TO", "\x00\x01\x1b", "🙂🙂", "Bürgermeister café", "a" * 10_000,
    " ".join(["care"] * 5000), "'; DROP TABLE units; --", "<script>alert(1)</script>",
])
def test_any_query_string_is_safe(kx, query):
    results = kx.search(query, limit=5)
    assert isinstance(results, list)
    assert all("<script>" not in h for _, _, h in results)


def test_random_query_strings_never_raise(kx):
    rng = random.Random(7)
    alphabet = string.printable + '"()[]*?~:^é🙂\u200b'
    for _ in range(200):
        kx.search("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))), limit=3)


def test_stopwords_only_query_matches_nothing(kx):
    assert parse_query("the of and") is None
    assert kx.search("the of and", limit=5) == []
    assert kx.search("a I x 1", limit=5) == []  # one-character words are not searched either


def _big_index() -> KeywordIndex:
    """Several segments of near-identical documents: equal block qualities, the hang's breeding ground."""
    kx = KeywordIndex(None)
    rng = random.Random(3)
    vocab = [f"term{i}" for i in range(40)]
    for batch in range(4):
        kx.update([{"id": f"d{batch}.{n}", "kind": "paragraph", "document_id": f"d{batch}",
                    "text": " ".join(rng.choice(vocab) for _ in range(12)),
                    "title": "term1 term2"} for n in range(400)])
    return kx


def test_pathological_or_query_finishes(monkeypatch):
    """A long OR query over many tied blocks returns promptly, without block-quality skipping."""
    from whoosh import collectors

    asked = []
    real_init = collectors.TopCollector.__init__

    def spy(self, limit=10, usequality=True, **kw):
        asked.append(usequality)
        real_init(self, limit=limit, usequality=usequality, **kw)

    monkeypatch.setattr(collectors.TopCollector, "__init__", spy)
    kx = _big_index()
    query = " OR ".join(f"term{i}" for i in range(40)) + ' "term1 term2" ' + "term3 " * 100
    box: dict = {}
    worker = threading.Thread(target=lambda: box.setdefault("r", kx.search(query, limit=10)), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "keyword search hung"
    assert len(box["r"]) == 10
    assert asked == [False]


def test_module_level_search_on_ram_index():
    ix = open_index(None)
    keyword.update(ix, UNITS)
    assert ids(keyword.search(ix, "overspend", limit=3, filters={"kind": "paragraph"})) == ["a.p0001"]


def test_highlight_text_escapes_and_marks():
    html = keyword.highlight_text("overspend", "<b>An overspending</b> & more")
    assert "<mark" in html and "&lt;/b&gt;" in html and "&amp;" in html and "<b>" not in html
    assert keyword.highlight_text("libraries", "No match <here>") == "No match &lt;here&gt;"


def test_highlights_only_for_the_first_hits(kx):
    results = kx.search("care", limit=5, highlights=1)
    assert len(results) > 1 and results[0][2] and all(h == "" for _, _, h in results[1:])
