"""Small pure helpers that turn indexer output into safe markup and council wording for templates.

Everything taken from a document is escaped; the only markup that survives is `<mark>`, which
these helpers add themselves. Registered as Jinja filters by `init_app`.
"""
from __future__ import annotations

import re
from dataclasses import fields

from markupsafe import Markup, escape

from models import Citation
from models.dates import long_date

TAG_RE = re.compile(r"(<[^>]*>)")
MARK_OPEN_RE = re.compile(r"<mark(?:\s[^>]*)?>", re.I)
MARK_CLOSE_RE = re.compile(r"</mark\s*>", re.I)
ENTITY_RE = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", re.I)
ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'", "nbsp": "\u00a0"}
WORD_RE = re.compile(r"[\w£%.'-]+", re.U)
STOPWORDS = frozenset(
    "a an and are as at be by did do does for from had has have how in is it its of on or that the "
    "their there these this to was were what when where which who whom why will with would".split())


def _unescape(text: str) -> str:
    """Undo the HTML entities a highlighter wrote (only the common ones; others stay as written)."""
    def one(m: re.Match) -> str:
        name = m.group(1)
        if name.startswith("#"):
            try:
                return chr(int(name[2:], 16) if name[1:2].lower() == "x" else int(name[1:]))
            except (ValueError, OverflowError):
                return m.group(0)
        return ENTITIES.get(name.lower(), m.group(0))
    return ENTITY_RE.sub(one, text)


def sanitise_highlight(html: str | None) -> Markup:
    """Highlighter HTML made safe: text escaped, `<mark>` kept (balanced), every other tag shown as text."""
    out, depth = [], 0
    for part in TAG_RE.split(html or ""):
        if MARK_OPEN_RE.fullmatch(part):
            out.append("<mark>")
            depth += 1
        elif MARK_CLOSE_RE.fullmatch(part):
            if depth:
                out.append("</mark>")
                depth -= 1
        elif part:
            out.append(str(escape(_unescape(part))))
    out.extend("</mark>" * depth)
    return Markup("".join(out))


def mark_span(text: str | None, span: list[int] | tuple[int, int] | None, answer: str | None = None) -> Markup:
    """The paragraph escaped with the answer inside `<mark>`: at `span`, else where `answer` occurs."""
    text = text or ""
    start, end = (span[0], span[1]) if span and len(span) == 2 else (-1, -1)
    if not 0 <= start < end <= len(text) and answer:
        start = text.find(answer)
        end = start + len(answer) if start >= 0 else -1
    if not 0 <= start < end <= len(text):
        return Markup(escape(text))
    return Markup("{}<mark>{}</mark>{}").format(text[:start], text[start:end], text[end:])


def query_terms(query: str | None) -> list[str]:
    """The words of a query worth highlighting: no stopwords, no one-letter words, longest first."""
    words = {w.strip(".'-").lower() for w in WORD_RE.findall(query or "")}
    return sorted((w for w in words if len(w) > 1 and w not in STOPWORDS), key=len, reverse=True)


def highlight_terms(text: str | None, query: str | None) -> Markup:
    """`text` escaped, with every word that starts with a query term inside `<mark>`."""
    terms = query_terms(query)
    if not terms or not text:
        return Markup(escape(text or ""))
    rx = re.compile(r"(?<![\w])(" + "|".join(re.escape(t) for t in terms) + r")", re.I)
    out, last = [], 0
    for m in rx.finditer(text):
        out.append(str(escape(text[last:m.start()])))
        out.append(f"<mark>{escape(m.group(0))}</mark>")
        last = m.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


def excerpt(text: str | None, query: str | None, width: int = 300) -> str:
    """The part of a long paragraph about the query: its matching lines, or a window around the
    first match, with '…' where text is left out; the start of the paragraph when nothing matches."""
    text = text or ""
    terms = query_terms(query)
    rx = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(t) for t in terms) + ")", re.I) if terms else None
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if rx and len(lines) > 3:
        hits = [ln.strip() for ln in lines if rx.search(ln)][:3]
        if hits:
            return " … ".join(hits)
    if len(text) <= width:
        return text
    m = rx.search(text) if rx else None
    start = max(0, (m.start() if m else 0) - width // 3)
    if start:
        start = text.find(" ", start) + 1 or start
    end = text.rfind(" ", start, start + width)
    end = end if end > start else start + width
    return ("… " if start else "") + text[start:end].strip() + (" …" if end < len(text) else "")


def cite_label(c: dict | None) -> str:
    """A citation in the council's terms: 'Adult Social Care Committee, 6 March 2017, paragraph 13.8'."""
    if not c:
        return ""
    return Citation(**{f.name: c.get(f.name) for f in fields(Citation)}).label() or c.get("document") or ""


def votes_text(v: dict | None) -> str:
    """'9 for, 2 against (Dunn, Ash), 4 abstentions', 'unanimous', 'carried' or '' when no vote is recorded;
    the names of a side follow it where the paper prints them ('against: Dunn' when no count is printed)."""
    if not v:
        return ""
    names = v.get("names") or {}
    parts = []
    for side, word in (("for", "for"), ("against", "against"), ("abstain", "abstention")):
        n, who = v.get(side), ", ".join(names.get(side) or [])
        if n is not None:
            counted = f"{n} {word}" + ("" if side != "abstain" or n == 1 else "s")
            parts.append(f"{counted} ({who})" if who else counted)
        elif who:
            parts.append(f"{'abstaining' if side == 'abstain' else word}: {who}")
    if v.get("unanimous"):
        parts.append("unanimous")
    if v.get("outcome") and not parts:
        parts.append(v["outcome"])
    return ", ".join(parts)


def table_rows(text: str | None) -> list[list[str]] | None:
    """The rows of a paragraph printed as a table (tab-separated lines), or None for prose."""
    lines = [ln for ln in (text or "").split("\n") if ln.strip()]
    if len(lines) < 2 or sum("\t" in ln for ln in lines) < max(2, len(lines) * 0.6):
        return None
    return [ln.split("\t") for ln in lines]


def _trim(value: float, places: int) -> str:
    """'9.629', '100', '1,250.5': thousands separated, trailing zeros dropped."""
    return f"{value:,.{places}f}".rstrip("0").rstrip(".") if places else f"{value:,.0f}"


CURRENCY_SIGNS = {"GBP": "£", "USD": "$", "EUR": "€"}


def number(value: float | int | None, unit: str | None = None) -> str:
    """A figure for a chart axis or a table: £9.629m, $350k, €1,250.5, 77.3%, 1,234."""
    if value is None:
        return ""
    if unit in CURRENCY_SIGNS:
        a, cur = abs(value), CURRENCY_SIGNS[unit]
        sign = "-" if value < 0 else ""
        if a >= 1e6:
            return f"{sign}{cur}{_trim(a / 1e6, 3)}m"
        if a >= 1e4:
            return f"{sign}{cur}{_trim(a / 1e3, 1)}k"
        return f"{sign}{cur}{_trim(a, 2)}"
    if unit == "%":
        return f"{value:g}%"
    return _trim(value, 2)


def init_app(app) -> None:
    from models.people import person_key

    app.jinja_env.filters.update(
        person_key=person_key, highlight=sanitise_highlight, mark_span=mark_span, terms=highlight_terms, cite=cite_label,
        votes=votes_text, long_date=long_date, number=number, table_rows=table_rows, excerpt=excerpt)
