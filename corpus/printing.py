"""Print effects that text extraction leaves in words: letter-spaced headings, drop capitals, mojibake.

- Letter-spaced headings: 'A G E N D A' -> 'AGENDA', 'C I T Y O F G A R D E N A' -> 'CITY OF GARDENA'
  (the words of a spaced run are found again with a small vocabulary of civic words).
- Drop capitals: a heading's first letter printed apart, '286. A pologies for Absence' ->
  '286. Apologies for Absence', joined only where the rest is no word the paper writes alone.
- Mojibake: UTF-8 read as Windows-1252, 'Clerkâ€™s' -> 'Clerk’s', 'Â£5' -> '£5'.
- Compounds broken at a line end and joined back with a space: 'Barrington- King', '2024- 25'.
"""
from __future__ import annotations

import re

SPACED_RE = re.compile(r"(?<![\w.])(?:[A-Z] ){3,}[A-Z](?![\w.])")
# Words a letter-spaced heading is made of, longest first when the run is cut back into words.
CIVIC_WORDS = sorted({
    "AGENDA", "MINUTES", "NOTICE", "OF", "THE", "CITY", "TOWN", "COUNTY", "VILLAGE", "BOROUGH", "DISTRICT",
    "PARISH", "COMMUNITY", "COUNCIL", "COMMITTEE", "COMMISSION", "BOARD", "MEETING", "REGULAR", "SPECIAL",
    "PLANNING", "AND", "FOR", "REPORT", "STAFF", "PUBLIC", "HEARING", "CABINET", "AUTHORITY", "AT", "ON",
}, key=len, reverse=True)
DROP_CAP_RE = re.compile(r"(?m)^(?P<lead>(?:\(?\d{1,4}(?:[./]\d{1,4})*[.)]?\s+)?)(?P<cap>[A-Z]) (?P<rest>[a-z]{2,}[\w’']*)")
BROKEN_HYPHEN_RE = re.compile(r"(?<=[A-Za-z])- (?=[A-Z][a-z])|(?<=\b\d{4})- (?=\d{2}\b)")
MOJIBAKE_RE = re.compile(r"[ÂÃâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                         r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,2}")


def unspace_letters(text: str) -> str:
    """Letter-spaced capitals as words: 'A G E N D A' -> 'AGENDA'."""
    return SPACED_RE.sub(lambda m: " ".join(split_words(m.group(0).replace(" ", ""))), text)


def split_words(run: str) -> list[str]:
    """'CITYOFGARDENA' -> ['CITY', 'OF', 'GARDENA']: civic words from the left, the rest as one word."""
    words, rest = [], run
    while rest:
        word = next((w for w in CIVIC_WORDS if rest.startswith(w) and _fits(rest[len(w):])), None)
        if word is None:
            words.append(rest)
            break
        words.append(word)
        rest = rest[len(word):]
    return words


def _fits(rest: str) -> bool:
    """Whether what is left after a civic word is empty, a civic word, or a name (not a stray letter)."""
    return not rest or len(rest) >= 3 or rest in CIVIC_WORDS


def join_drop_caps(text: str, vocab: set[str]) -> str:
    """A capital printed apart from its word at a line's start joined to it: 'D eclarations' -> 'Declarations'."""
    def fix(m: re.Match) -> str:
        cap, rest = m.group("cap"), m.group("rest")
        alone = re.match(r"[a-z]+", rest).group(0)  # type: ignore[union-attr]
        joined = (cap + alone).lower()
        if alone in vocab and joined not in vocab:
            return m.group(0)  # 'A review', 'I think': the rest is a word of its own
        if cap in "AI" and joined not in vocab:
            return m.group(0)
        return f"{m.group('lead')}{cap}{rest}"

    return DROP_CAP_RE.sub(fix, text)


def fix_mojibake(text: str) -> str:
    """UTF-8 bytes that were read as Windows-1252 turned back into their characters."""
    def fix(m: re.Match) -> str:
        try:
            return m.group(0).encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return m.group(0)

    return MOJIBAKE_RE.sub(fix, text) if "â" in text or "Â" in text or "Ã" in text else text


def rejoin_hyphens(text: str) -> str:
    """'Mr Paul Barrington- King' -> 'Barrington-King', '2024- 25' -> '2024-25'."""
    return BROKEN_HYPHEN_RE.sub("-", text)
