"""Search: the keyword index (SQLite FTS5, or whoosh), the encoder and vectors, fusion, hybrid retrieval.

Open this package for "why does this query not find that paragraph?".
"""
from indexer.search.embed import from_blob, load_encoder, to_blob, vector_model
from indexer.search.retrieve import UnitTable, dense_search, facets, hybrid_search
from indexer.search.scope import Scope, question_scope, without_council
from indexer.search.terms import content_terms, highlight_text, query_words, stem

KEYWORD_BACKENDS = ("fts5", "whoosh")


def open_keyword_index(backend: str, fts_file, whoosh_dir):
    """The keyword index of a backend: 'fts5' (a SQLite file) or 'whoosh' (a folder)."""
    if backend == "fts5":
        from indexer.search.keyword_fts import FtsKeywordIndex

        return FtsKeywordIndex(fts_file)
    if backend == "whoosh":
        from indexer.search.keyword_whoosh import KeywordIndex

        return KeywordIndex(whoosh_dir)
    raise ValueError(f"unknown keyword_backend {backend!r}: use one of {', '.join(KEYWORD_BACKENDS)} "
                     "(MINUTEBOOK_KEYWORD_BACKEND)")


__all__ = ["KEYWORD_BACKENDS", "Scope", "UnitTable", "content_terms", "dense_search", "facets", "from_blob",
           "highlight_text", "hybrid_search", "load_encoder", "open_keyword_index", "query_words", "question_scope", "without_council",
           "stem", "to_blob", "vector_model"]
