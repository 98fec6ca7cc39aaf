"""Query words and highlights shared by both keyword backends, the retriever and the answers.

`query_words` reduces any string to at most MAX_TERMS distinct words and balanced quoted
phrases; `highlight_text` marks a unit's text where it matches them (the keyword index's own
analysis: lower-case, stop words, Porter stem); `content_terms` and `stem` are the lighter
analysis answers use to compare a question's words with a candidate's.
"""
from __future__ import annotations

import functools
import html
import re

from whoosh.analysis import STOP_WORDS, StemmingAnalyzer
from whoosh.lang.porter import stem as porter_stem

MAX_QUERY_CHARS = 10_000  # longer input is cut before tokenising (callers refuse it anyway)
MAX_TERMS = 64  # distinct words kept from one query
MAX_PHRASES = 8
SNIPPET_CHARS = 240
WORD_RE = re.compile(r"\w+")
PHRASE_RE = re.compile(r'"([^"]*)"')
STOP = set("""a an the of for to in on at by with from and or is are was were be been being did do does
has have had what which who whom whose when where how why that this these those it its their there
as about into over under than then so such much many any all each per up out our we they he she his her
them you your i me my can could should would will may might shall meeting committee council""".split())


def query_words(query: str) -> tuple[list[str], list[list[str]]]:
    """Distinct words (at most MAX_TERMS) and, when quotes balance, the quoted phrases of a query."""
    query = (query or "")[:MAX_QUERY_CHARS]
    words = list(dict.fromkeys(w.lower() for w in WORD_RE.findall(query)))[:MAX_TERMS]
    phrases = []
    if query.count('"') % 2 == 0:
        for quoted in PHRASE_RE.findall(query)[:MAX_PHRASES]:
            found = [w.lower() for w in WORD_RE.findall(quoted)][:MAX_TERMS]
            if len(found) > 1:
                phrases.append(found)
    return words, phrases


def content_terms(text: str) -> list[str]:
    """The words a question turns on, lower-case, stop words and punctuation dropped."""
    words = re.findall(r"[a-z0-9£%][a-z0-9'’&-]*", text.lower())
    return [stem(w) for w in words if w not in STOP and len(w) > 1]


def stem(word: str) -> str:
    """A light stemmer: enough that 'savings' meets 'saving', 'agreed' meets 'agree' and 'services' 'service'."""
    word = word.strip("'’-").replace("’", "'")
    word = re.sub(r"'s$", "", word)
    for _ in range(2):
        for suffix, repl in (("ies", "y"), ("ied", "y"), ("eed", "ee"), ("ing", ""), ("ed", ""),
                             ("es", ""), ("s", "")):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)] + repl
                break
        else:
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


TOKEN_RE = re.compile(r"\w+(?:\.?\w+)*")  # the text field's tokenizer (whoosh's RegexTokenizer default)
SURROUND = 60  # characters of context either side of a match
_stem = functools.lru_cache(maxsize=50_000)(porter_stem)
_ANALYZER = StemmingAnalyzer()  # the keyword text field's analysis


def _matches(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the words of `text` that the text field's analyzer turns into one of `terms`."""
    out = []
    for m in _candidates(terms).finditer(text):
        word = m.group(0).lower()
        if len(word) >= 2 and word not in STOP_WORDS and _stem(word) in terms:
            out.append(m.span())
    return out


@functools.lru_cache(maxsize=256)
def _candidates(terms: frozenset[str]) -> re.Pattern:
    """The tokens of a text (as TOKEN_RE cuts them) that open with the first two letters of one of
    `terms`: stemming keeps a word's first two letters, so only these can match, and the regex engine
    skips the rest of a long unit without a Python step per word."""
    heads = sorted({t[:2] for t in terms}, key=lambda h: (-len(h), h))
    if not heads:
        return re.compile(r"(?!)")
    return re.compile(r"(?i)(?<!\w)(?<!\w\.)(?:" + "|".join(map(re.escape, heads)) + r")\w*(?:\.?\w+)*")


def _fragments(text: str, spans: list[tuple[int, int]], top: int = 2) -> list[tuple[int, int, list]]:
    """Windows of context around the matches, merged while they fit SNIPPET_CHARS; the `top` with
    most matches, in reading order."""
    frags: list[tuple[int, int, list]] = []
    for s, e in spans:
        lo, hi = max(0, s - SURROUND), min(len(text), e + SURROUND)
        if frags and lo <= frags[-1][1] and hi - frags[-1][0] <= SNIPPET_CHARS:
            frags[-1] = (frags[-1][0], hi, frags[-1][2] + [(s, e)])
        else:
            frags.append((lo, hi, [(s, e)]))
    best = sorted(frags, key=lambda f: (-len(f[2]), f[0]))[:top]
    return sorted(best)


def _word_edges(text: str, lo: int, hi: int) -> tuple[int, int]:
    """A window widened or narrowed to whole words."""
    while 0 < lo < len(text) and text[lo - 1].isalnum() and text[lo].isalnum():
        lo += 1
    while 0 < hi < len(text) and text[hi - 1].isalnum() and text[hi].isalnum():
        hi -= 1
    while lo < hi and lo and text[lo] in " \t\n.,;:)]":  # a fragment does not open on punctuation
        lo += 1
    return lo, hi


@functools.lru_cache(maxsize=256)
def _query_terms(query: str) -> frozenset[str]:
    """The text field's analysis of a query's words (cached: a page highlights every hit of one query)."""
    words, _ = query_words(query)
    return frozenset(t.text for w in words for t in _ANALYZER(w, mode="query"))


def highlight_text(query: str, text: str) -> str:
    """HTML of `text` (escaped) cut to the fragments matching the query's words, each in <mark>.

    Without a match: the escaped opening of the text. Usable on any unit text, e.g. a dense-only
    hit after fusion. Matching is the text field's analysis (tokenise, lower-case, stop words,
    Porter stem), done with a cached stemmer: several times faster than whoosh's highlighter,
    which re-runs the analyzer and a fragment scorer over the whole text for each hit.
    """
    terms = _query_terms(query)
    spans = _matches(text, terms) if terms else []
    if not spans:
        return html.escape(text[:SNIPPET_CHARS] + ("…" if len(text) > SNIPPET_CHARS else ""), quote=False)
    numbers: dict[str, int] = {}
    parts = []
    for lo, hi, marks in _fragments(text, spans):
        lo, hi = _word_edges(text, lo, hi)
        out, at = [], lo
        for s, e in marks:
            n = numbers.setdefault(_stem(text[s:e].lower()), len(numbers))
            out += [html.escape(text[at:s], quote=False),
                    f'<mark class="match term{n}">{html.escape(text[s:e], quote=False)}</mark>']
            at = e
        out.append(html.escape(text[at:hi], quote=False))
        parts.append("".join(out).strip())
    return " … ".join(parts)


