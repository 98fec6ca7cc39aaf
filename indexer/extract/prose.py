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
from indexer.extract.periods import PERIOD_RE, period_of
from models.domain import Figure, Paragraph

# A percentage, signed when a minus or a closed bracket says so ('-2.3%', '(1.5%)'; not the '-' of '5-10%').
PERCENT_RE = re.compile(r"(?P<neg>\(|(?<![\w.])[-−])?(?P<num>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)\)?", re.I)
# Where a phrase before or after a figure stops: punctuation, or another figure (not a reference
# number: 'Warrant Register No. 23', 'Resolution #2022-45').
_BREAK_RE = re.compile(r"[.;:,()\n]|(?<!No )(?<!#)(?<![\d,.])(?:US\$|[£$€])?\d[\d,.]*\w*")
_WORD_RE = re.compile(r"No \d[\w-]*|#\d[\w-]*|[A-Za-z][\w'’&-]*|&")
# Words a label never ends on: verbs of being and holding, quantity words, articles, prepositions.
_STOP = {
    "of", "at", "is", "was", "were", "be", "been", "being", "by", "to", "totalling", "totalled", "total",
    "totaling", "totaled", "totals", "around", "approximately", "about", "some", "over", "under", "nearly",
    "almost", "a", "an", "the", "with", "and", "for", "from", "in", "on", "stood", "stands", "stand",
    "will", "would", "which", "that", "this", "its", "their", "our", "additional", "further", "extra",
    "estimated", "c", "circa", "just", "only", "per", "cent", "has", "have", "had", "are",
}
# Verbs of holding and showing: stop words when printed in lower case ('the account holds £5'),
# words of a name when capitalised ('Corporately Held Budgets').
_LOWER_STOP = {"holds", "held", "hold", "remains", "remained", "amounts", "amounted", "amounting", "reached",
               "shows", "showed", "showing", "now", "currently", "still"}
# 'the sum of', 'in the amount of', 'a total of', 'the value of' before a figure: what comes before says what it is.
_MEASURE_RE = re.compile(r"\b(?:in\s+)?(?:the|a)\s+(?:sum|amount|total|value|figure)\s+of\s*$", re.I)
# Abbreviations whose full stop ends no phrase: 'Acme Paving, Inc.', 'No. 23'.
_ABBREV_RE = re.compile(r",?\s+\b(Inc|Ltd|LLC|Co|Corp|Plc)\.|\b(No)\.\s*(?=\d)|\b(St)\.(?=\s)")
_OPENING_RE = re.compile(r"\(\s*[-+−]?\s*$")  # a figure in brackets measures what stands before them
_ARTICLE_RE = re.compile(r"(?i)\b(?:a|an|the)\s*\(?$")
_VERBISH_RE = re.compile(r"(?i)(?:ed|ing|receive|receives|include|includes|spend|spends|cost|costs|save|saves)$")


def phrase_before(text: str, start: int) -> str | None:
    """The short phrase a number measures: the words before it, back to a stop word ('an overspend of',
    'The Treasurer's Account stood at', 'claims and demands in the sum of'); dates in it are passed over."""
    prefix = _MEASURE_RE.sub("", _OPENING_RE.sub("", text[max(0, start - 100):start]))
    prefix = PERIOD_RE.sub(" ", _ABBREV_RE.sub(lambda m: f" {''.join(g or '' for g in m.groups())} ", prefix))
    return _last_words(_WORD_RE.findall(_BREAK_RE.split(prefix)[-1]))


def phrase_after(text: str, end: int) -> str | None:
    """The words right after a number, when they say what it is ('a 3% rise', '£2bn funding')."""
    words = _WORD_RE.findall(_BREAK_RE.split(text[end:end + 80])[0])
    while words and _is_stop(words[0]):
        words.pop(0)
    picked = []
    for w in words[:3]:
        if _is_stop(w):
            break
        picked.append(w)
    return " ".join(picked) or None


def _is_stop(word: str) -> bool:
    return word.lower() in _STOP or (word.islower() and word in _LOWER_STOP)


def _joins(word: str, before: str, after: str) -> bool:
    """'&' between two words of a label, or 'and' between two capitalised ones ('Kent and Medway',
    'CLAIMS AND DEMANDS'); 'and' between lower-case words joins two phrases, not one label."""
    if word == "&":
        return not _is_stop(before)
    return word.lower() == "and" and before[:1].isupper() and after[:1].isupper() and not _is_stop(before)


def _last_words(words: list[str]) -> str | None:
    """Up to three words back from the end, past trailing stop words; an 'and' or '&' may join two."""
    while words and _is_stop(words[-1]):
        words.pop()
    picked: list[str] = []
    while words and len([w for w in picked if w.lower() not in ("and", "&")]) < 3:
        word = words[-1]
        joins = bool(picked) and len(words) > 1 and _joins(word, words[-2], picked[0])
        if _is_stop(word) and not joins:
            break
        picked.insert(0, words.pop())
    return " ".join(picked) or None


def label_at(text: str, start: int, end: int) -> str | None:
    """What a figure in running text measures: the phrase before it, or after it when the one
    before is a verb or the figure follows an article ('will receive £18m', 'incorporating a 3%
    rise', 'was a £4.399m overspend')."""
    before = phrase_before(text, start)
    if before and not _VERBISH_RE.search(before) and not _ARTICLE_RE.search(text[max(0, start - 6):start]):
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
    if text.startswith("(") and (not text.endswith(")") or text[1:2] in "+-−"):
        text = text[1:].strip().rstrip(")")  # '(+£6.3m)': brackets around a signed figure are the sentence's
    return Figure(text=text, value=value, unit=unit, label=label_at(p.text, m.start(), m.end()),
                  period=period_of(_sentence_at(p.text, m.start())), paragraph_id=p.id)
