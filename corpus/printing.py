"""Print effects that text extraction leaves in words: letter-spaced headings, drop capitals, mojibake.

- Letter-spaced headings: 'A G E N D A' -> 'AGENDA', 'C I T Y O F G A R D E N A' -> 'CITY OF GARDENA'
  (the words of a spaced run are found again with a small vocabulary of civic words).
- Drop capitals: a heading's first letter printed apart, '286. A pologies for Absence' ->
  '286. Apologies for Absence', joined only where the rest is no word the paper writes alone.
- Mojibake: UTF-8 read as Windows-1252, 'Clerkâ€™s' -> 'Clerk’s', 'Â£5' -> '£5', 'cafÃ©' -> 'café'
  (applied by `corpus.read.read_file` to every format's text, running headers and metadata).
- Bullets printed apart from their points: a line holding only '•' (or Word's Symbol-font bullet)
  joined to the line of text under it, '•\nTo receive apologies' -> '• To receive apologies'.
- A rule drawn with underscores across the page, sharing its row with the heading under it, is
  dropped: '_____..._____ PLANNING COMMISSIONERS' -> 'PLANNING COMMISSIONERS' (a short blank to sign
  on, 'Chairman ________ Dated ______', stays).
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
LONE_BULLET_RE = re.compile(r"(?m)^[ \t]*(?P<glyph>[•·▪◦●■➢►\uf0b7\uf0a7])[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=[^\s•·▪◦●■➢►\uf0b7\uf0a7])")
RULE_BEFORE_TEXT_RE = re.compile(r"(?m)^[ \t]*_{40,}[ \t]+(?=\S)")
BROKEN_HYPHEN_RE = re.compile(r"(?<=[A-Za-z])- (?=[A-Z][a-z])|(?<=\b\d{4})- (?=\d{2}\b)")
# Mojibake: each byte of UTF-8 shown as the Windows-1252 character of that byte (or, read as Latin-1,
# the C1 control of that byte): 'â€™' for the three bytes of '’'.
_BYTE_OF: dict[str, int] = {chr(b): b for b in range(0x80, 0x100)}
_BYTE_OF.update({bytes([b]).decode("cp1252"): b for b in range(0x80, 0x100) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)})
_LEADS = "".join(re.escape(c) for c, b in _BYTE_OF.items() if 0xC2 <= b <= 0xF4)
_TRAILS = "".join(re.escape(c) for c, b in _BYTE_OF.items() if 0x80 <= b <= 0xBF)
MOJIBAKE_RE = re.compile(f"[{_LEADS}][{_TRAILS}]{{1,3}}")
# '”' is E2 80 9D, and 9D is no Windows-1252 character: extraction drops it and leaves 'â€' alone.
LOST_QUOTE_RE = re.compile(f"â€(?![{_TRAILS}])")


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
    """UTF-8 that was read as Windows-1252 (or Latin-1) turned back into its characters: 'Clerkâ€™s' ->
    'Clerk’s', 'Â£5' -> '£5', 'cafÃ©' -> 'café'. Each run of such characters is mapped back to its bytes
    and kept only where those bytes are one whole UTF-8 character; any other run stays as printed
    ('Â»' next to a real '»', 'é' alone). In a text with mojibake, a bare 'â€' is a '”' that lost its
    last byte."""
    if not MOJIBAKE_RE.search(text):
        return text
    return LOST_QUOTE_RE.sub("\u201d", MOJIBAKE_RE.sub(_unmangle, text))


def _unmangle(m: re.Match) -> str:
    run = m.group(0)
    lead = _BYTE_OF[run[0]]
    size = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    if len(run) < size:
        return run
    try:
        char = bytes(_BYTE_OF[c] for c in run[:size]).decode("utf-8")
    except UnicodeDecodeError:
        return run
    return char + run[size:]


def join_lone_bullets(text: str) -> str:
    """A bullet alone on its line joined to its point on the next line (a blank line between allowed)."""
    return LONE_BULLET_RE.sub(lambda m: ("•" if m.group("glyph") in "\uf0b7\uf0a7" else m.group("glyph")) + " ", text)


def drop_drawn_rules(text: str) -> str:
    """A rule of 40 or more underscores in front of a line's text taken off it."""
    return RULE_BEFORE_TEXT_RE.sub("", text)


def rejoin_hyphens(text: str) -> str:
    """'Mr Paul Barrington- King' -> 'Barrington-King', '2024- 25' -> '2024-25'."""
    return BROKEN_HYPHEN_RE.sub("-", text)
