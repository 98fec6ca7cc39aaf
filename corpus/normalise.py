"""Text as extracted from committee papers, made clean enough to segment.

`normalise` applies the simple fixes every file gets (unicode NFC, line ends, BOM, `**` bold
markup, U+FFFD and control characters, trailing spaces, hyphenation at line ends) and, when the
text is raw PDF page layout (paragraph numbers printed in a column apart from their paragraphs,
sentences wrapped mid-line), hands it to `corpus.layout.repair_layout`. Form feeds ('\\f')
separate pages and always survive.
"""
from __future__ import annotations

import re
import unicodedata

from corpus.layout import is_raw_layout, repair_layout
from corpus.words import join_hyphenated, vocabulary

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f\ufffd\ufeff]")
HYPHEN_END_RE = re.compile(r"(?P<head>\b[A-Za-z]+)-\n(?P<tail>[a-z]+)\b(?P<sp> *)(?P<nl>\n?)")


def normalise(text: str) -> str:
    """The text of a paper, cleaned; raw PDF layout repaired so each council number opens its paragraph."""
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("**", "").replace("\u00a0", " ")
    text = CONTROL_RE.sub("", text)
    raw = is_raw_layout(text)
    text = re.sub(r" +(?=\f)", "", "\n".join(line.rstrip(" ") for line in text.split("\n")))
    vocab = vocabulary(text)
    text = dehyphenate(text, vocab)
    if raw:
        text = repair_layout(text, vocab)
    return text


def dehyphenate(text: str, vocab: set[str] | None = None) -> str:
    """Repair words split by a hyphen at a line end, only where the joined word is written elsewhere."""
    vocab = vocabulary(text) if vocab is None else vocab

    def fix(m: re.Match) -> str:
        head, tail = m.group("head"), m.group("tail")
        joined = join_hyphenated(head, tail, vocab)
        if joined != head + tail and f"{head}-{tail}".lower() not in vocab:
            return m.group(0)  # neither form written elsewhere: leave it as printed
        return joined + "\n"

    return HYPHEN_END_RE.sub(fix, text)
