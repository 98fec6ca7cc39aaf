"""Figures written in sentences: money in pounds, dollars or euros, and percentages.

'£9.629m' in a sentence is 9,629,000 GBP; '$49,466.72' is 49,466.72 USD; '€5,000' 5,000 EUR;
'(£6.557m)' is negative; '77.3%' is 77.3 %. A figure names the phrase it measures (the words
before it, back to a stop word: 'an overspend of £9.629m' -> 'overspend'; or the words after it
when the ones before are a verb: 'will receive £18m in grant' -> 'grant') and the period its
sentence names. Regular expressions only: this runs on every paragraph.
"""
from __future__ import annotations

import re

from indexer.extract.amounts import PROSE_MONEY_RE, read_money
from indexer.extract.periods import period_of
from models.domain import Figure, Paragraph

# A percentage, signed when a minus or a closed bracket says so ('-2.3%', '(1.5%)'; not the '-' of '5-10%').
PERCENT_RE = re.compile(r"(?P<neg>\(|(?<![\w.])[-−])?(?P<num>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)\)?", re.I)
# Where a phrase before or after a figure stops: punctuation, or another figure.
_BREAK_RE = re.compile(r"[.;:,()\n]|(?:US\$|[£$€])?\d[\d,.]*\w*")
_WORD_RE = re.compile(r"[A-Za-z][\w'’&-]*")
_STOP = {
    "of", "at", "is", "was", "were", "be", "been", "being", "by", "to", "totalling", "totalled", "total",
    "around", "approximately", "about", "some", "over", "under", "nearly", "almost", "a", "an", "the",
    "with", "and", "for", "from", "in", "on", "stood", "stands", "will", "would", "which", "that", "this",
    "its", "their", "our", "additional", "further", "extra", "estimated", "c", "circa", "just", "only",
    "per", "cent", "has", "have", "had", "are",
}
_VERBISH_RE = re.compile(r"(?i)(?:ed|ing|receive|receives|include|includes|spend|spends|cost|costs|save|saves)$")


def phrase_before(text: str, start: int) -> str | None:
    """The short phrase a number measures: the words before it, back to a stop word ('an overspend of')."""
    prefix = _BREAK_RE.split(text[max(0, start - 100):start])[-1]
    return _last_words(_WORD_RE.findall(prefix))


def phrase_after(text: str, end: int) -> str | None:
    """The words right after a number, when they say what it is ('a 3% rise', '£2bn funding')."""
    words = _WORD_RE.findall(_BREAK_RE.split(text[end:end + 80])[0])
    while words and words[0].lower() in _STOP:
        words.pop(0)
    picked = []
    for w in words[:3]:
        if w.lower() in _STOP:
            break
        picked.append(w)
    return " ".join(picked) or None


def _last_words(words: list[str]) -> str | None:
    while words and words[-1].lower() in _STOP:
        words.pop()
    picked: list[str] = []
    while words and words[-1].lower() not in _STOP and len(picked) < 3:
        picked.insert(0, words.pop())
    return " ".join(picked) or None


def label_at(text: str, start: int, end: int) -> str | None:
    """What a figure in running text measures: the phrase before it, or after it when the one
    before is a verb ('will receive £18m', 'incorporating a 3% rise')."""
    before = phrase_before(text, start)
    if before and not _VERBISH_RE.search(before):
        return before
    return phrase_after(text, end) or before


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    end = min((i for i in (text.find(". ", pos), text.find("\n", pos)) if i != -1), default=len(text))
    return text[start:end]


def prose_figures(p: Paragraph) -> list[Figure]:
    """Money ('£9.629m', '$1,578,861.59', '€5,000') and percentages ('77.3%') written in a paragraph."""
    out: list[Figure] = []
    text = p.text
    for m in PROSE_MONEY_RE.finditer(text):
        amount = read_money(m)
        out.append(_prose_figure(p, m, amount.value, amount.unit))
    for m in PERCENT_RE.finditer(text):
        neg = m.group("neg")
        value = float(m.group("num")) * (-1 if neg and (neg != "(" or m.group(0).endswith(")")) else 1)
        out.append(_prose_figure(p, m, value, "%"))
    return sorted(out, key=lambda f: text.find(f.text))


def _prose_figure(p: Paragraph, m: re.Match, value: float, unit: str) -> Figure:
    text = m.group(0).strip()
    if text.startswith("(") and not text.endswith(")"):
        text = text[1:].strip()
    return Figure(text=text, value=value, unit=unit, label=label_at(p.text, m.start(), m.end()),
                  period=period_of(_sentence_at(p.text, m.start())), paragraph_id=p.id)
