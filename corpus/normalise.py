"""Text as extracted from committee papers, made clean enough to segment.

`normalise` applies the simple fixes every file gets (unicode NFC, line ends, BOM, `**` bold
markup, mojibake, letter-spaced headings, drop capitals, bullets apart from their points and rules drawn with underscores (`corpus.printing`), inline HTML tags such as <u> and <sup>, U+FFFD and control characters, trailing spaces,
hyphenation at line ends) and, when the text is raw PDF page layout (paragraph numbers printed in a column apart from their paragraphs,
sentences wrapped mid-line), hands it to `corpus.layout.repair_layout`. Form feeds ('\\f')
separate pages and always survive, each at the start of its page's first line (`tidy_page_breaks`),
so that no line straddles two pages and the blank lines around a break are kept.
"""
from __future__ import annotations

import re
import unicodedata

from corpus.layout import is_raw_layout, repair_layout
from corpus.printing import (
    drop_drawn_rules,
    fix_mojibake,
    join_drop_caps,
    join_lone_bullets,
    rejoin_hyphens,
    unspace_letters,
)
from corpus.words import join_hyphenated, vocabulary

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f\ufffd\ufeff]")
# Inline markup some PDF-to-text tools leave in ('<u>ASCH Committee</u>', '1<sup>st</sup>', 'a<br>b').
INLINE_TAG_RE = re.compile(r"<(?P<close>/)?(?P<tag>u|b|i|em|strong|sup|sub|br)(?:\s[^<>]*)?\s*/?>", re.I)
HYPHEN_END_RE = re.compile(r"(?P<head>\b[A-Za-z]+)-\n(?P<ff>\f*)(?P<tail>[a-z]+)\b(?P<sp> *)(?P<nl>\n?)")
# A page break with the spaces, blank lines and further page breaks around it.
PAGE_BREAK_RE = re.compile(r"[ \n]*\f(?:[ \n]*\f)*(?: *\n)*")


def normalise(text: str) -> str:
    """The text of a paper, cleaned; raw PDF layout repaired so each council number opens its paragraph."""
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("**", "").replace("\u00a0", " ")
    text = CONTROL_RE.sub("", fix_mojibake(text))
    text = drop_drawn_rules(join_lone_bullets(rejoin_hyphens(unspace_letters(text))))
    text = strip_inline_tags(text)
    raw = is_raw_layout(text)
    text = re.sub(r" +(?=\f)", "", "\n".join(line.rstrip(" ") for line in text.split("\n")))
    text = tidy_page_breaks(text)
    vocab = vocabulary(text)
    text = join_drop_caps(dehyphenate(text, vocab), vocab)
    if raw:
        text = tidy_page_breaks(repair_layout(text, vocab))
    return text


def tidy_page_breaks(text: str) -> str:
    """Each page break at the start of the next page's first line: 'end.\\fNext' -> 'end.\\n\\fNext'.

    A line that straddles a break ('to\\fre-profile') would be read as one line of the later page;
    the newlines on both sides of a break are kept together in front of it (at least one), so a
    blank line between two paragraphs still separates them and a run-on line stays a run-on line.
    """
    def fix(m: re.Match) -> str:
        breaks = m.group(0).count("\f")
        if m.start() == 0:
            return "\f" * breaks
        return "\n" * max(1, m.group(0).count("\n")) + "\f" * breaks

    return PAGE_BREAK_RE.sub(fix, text)


def strip_inline_tags(text: str) -> str:
    """Text without inline HTML tags (<u>, <b>, <i>, <em>, <strong>, <sup>, <sub>); <br> becomes a space."""
    return INLINE_TAG_RE.sub(lambda m: " " if m.group("tag").lower() == "br" else "", text)


def dehyphenate(text: str, vocab: set[str] | None = None) -> str:
    """Repair words split by a hyphen at a line end, only where the joined word is written elsewhere."""
    vocab = vocabulary(text) if vocab is None else vocab

    def fix(m: re.Match) -> str:
        head, tail = m.group("head"), m.group("tail")
        joined = join_hyphenated(head, tail, vocab)
        if joined != head + tail and f"{head}-{tail}".lower() not in vocab:
            return m.group(0)  # neither form written elsewhere: leave it as printed
        return joined + "\n" + m.group("ff")

    return HYPHEN_END_RE.sub(fix, text)
