"""Words split across line ends: when to join them without the hyphen."""
from __future__ import annotations

import re

WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def vocabulary(text: str) -> set[str]:
    """Lower-case words (and hyphenated compounds) written somewhere in the text."""
    return {w.lower() for w in WORD_RE.findall(text)}


def join_hyphenated(head: str, tail: str, vocab: set[str]) -> str:
    """'manage' + 'ment' -> 'management' when that word is written elsewhere and the hyphenated form is not;
    otherwise the hyphen stays ('outcome' + 'focused' -> 'outcome-focused')."""
    last = re.findall(r"[A-Za-z]+$", head)
    first = re.findall(r"^[a-z]+", tail)
    if last and first:
        word = (last[0] + first[0]).lower()
        if word in vocab and f"{last[0]}-{first[0]}".lower() not in vocab:
            return head + tail
    return f"{head}-{tail}"
