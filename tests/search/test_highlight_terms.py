"""Highlights find the words the keyword field's analysis matches, and only those, however they are found."""
from pathlib import Path

import pytest

from indexer.search import terms
from indexer.search.terms import STOP_WORDS, TOKEN_RE, _matches, _query_terms, _stem, highlight_text

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "documents"
QUERIES = ["overspend", "Adult Social Care budget 2016-17", "who chaired the meeting", "e.g. £3.074m hired transport",
           "Ms Whitaker elected", "libraries' opening hours", "Cllr Ash proposed; carried 9 to 2", "ASCOF 1C(2a)",
           "say yes", "agreed agreeing agreement", "Kōwhai District", "items (1-3)"]


def _reference(text: str, found: frozenset[str]) -> list[tuple[int, int]]:
    """Every token of the text, stemmed, kept when it is one of the terms: the definition of a match."""
    return [m.span() for m in TOKEN_RE.finditer(text)
            if len(w := m.group(0).lower()) >= 2 and w not in STOP_WORDS and _stem(w) in found]


@pytest.mark.parametrize("query", QUERIES)
def test_matches_are_the_analysis_matches_on_the_sample_papers(query):
    found = _query_terms(query)
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    texts += ["A.B. overspend.overspend ...overspend e.g. say SAY says", "Budget-2016 budgets, BUDGETED; budget’s"]
    for text in texts:
        assert _matches(text, found) == _reference(text, found)


def test_the_sample_papers_have_matches_to_compare():
    text = (CORPUS / sorted(p.name for p in CORPUS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    assert len(_matches(text, _query_terms("Adult Social Care budget 2016-17"))) > 20


def test_a_query_of_stop_words_marks_nothing():
    assert terms._candidates(frozenset()).findall("the and of") == []
    assert highlight_text("the of", "The report of the Director") == "The report of the Director"


@pytest.mark.parametrize("query", QUERIES)
def test_the_terms_a_passage_holds_are_its_stems_that_the_query_has(query):
    from indexer.search.keyword_fts import WORD_RE, held_terms, is_term
    from indexer.search.keyword_fts import _stem as fts_stem

    words = {fts_stem(w) for w in WORD_RE.findall(query.lower()) if is_term(w)}
    for path in sorted(CORPUS.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            every = {fts_stem(w) for w in WORD_RE.findall(para.lower()) if is_term(w)}
            assert held_terms(frozenset(words), para) == words & every
