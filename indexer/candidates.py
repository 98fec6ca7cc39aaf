"""Answer candidates: the sentences, list points and table cells inside the top passages."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.units import Unit

POINT_RE = re.compile(r"\n(?=\s*(?:[a-z]\)|\([a-z0-9]{1,4}\)|[0-9]{1,2}[.)]\s|[ivx]{1,4}\)|[•\-–*]\s))")
SENTENCE_RE = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9(“\"‘£])")
ABBREV_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Cllr|No|e\.g|i\.e|etc|St|approx|para|Prof|vs)\.$", re.I)

MONEY_RE = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?\s*(?:bn|billion|m|million|k|thousand)?\b|\(\d[\d,]*\.?\d*\)|"
                      r"\b\d[\d,]*\.\d{3}\b", re.I)
PERCENT_RE = re.compile(r"\b\d+(?:\.\d+)?\s?%|\b\d+(?:\.\d+)?\s?per ?cent\b", re.I)
NUMBER_RE = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"eleven|twelve|twenty|thirty|forty|fifty|hundred)\b", re.I)
DATE_ANY_RE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:\s+(?:19|20)\d{2})?\b|\b(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Spring|Summer|Autumn|Winter)\s+(?:19|20)\d{2}\b|"
    r"\b\d{1,2}/\d{1,2}/(?:19|20)?\d{2}\b", re.I)
VOTE_RE = re.compile(r"\bvot(?:e|es|ed|ing)\b|\bunanimous|\bin favour\b|\babstention|\babstained|\bcarried\b|"
                     r"\(\s*[YF]\s*-\s*\d+", re.I)


@dataclass
class Candidate:
    """One sentence, list point or table row that might answer the question."""

    unit: Unit
    rank: int  # position of its unit in the fused ranking
    text: str  # what the answer would say
    context: str  # title, section, headers: what the text sits under
    offset: int = -1  # where `text` starts inside the cited text (-1 when rebuilt from a row)
    cells: list[tuple[str, str]] = field(default_factory=list)  # (header, value) for a table row
    label: str = ""  # a table row's label


def split_points(text: str) -> list[tuple[int, str]]:
    """A paragraph's list points and, within them, sentences, with their offsets."""
    out: list[tuple[int, str]] = []
    starts = [0] + [m.start() + 1 for m in POINT_RE.finditer(text)]
    bounds = list(zip(starts, starts[1:] + [len(text)]))
    for a, b in bounds:
        point = text[a:b]
        pos = 0
        for m in SENTENCE_RE.finditer(point):
            if ABBREV_RE.search(point[:m.start() + 1]):
                continue
            _add(out, a + pos, point[pos:m.start() + 1])
            pos = m.end()
        _add(out, a + pos, point[pos:])
    return out


def _add(out: list[tuple[int, str]], offset: int, piece: str) -> None:
    stripped = piece.strip()
    if len(stripped) >= 3:
        out.append((offset + piece.find(stripped[0]), re.sub(r"\s*\n\s*", " ", stripped)))


def text_candidates(unit: Unit, rank: int, cited: str, context: str) -> list[Candidate]:
    """Sentences and points of a paragraph, decision or recommendation."""
    return [Candidate(unit, rank, s, context, off) for off, s in split_points(cited)]


def row_candidate(unit: Unit, rank: int, caption: str | None, headers: list[str], row: list[str]) -> Candidate:
    """A table row as a candidate: its label and its (header, value) cells."""
    label = next((c for c in row if c and not NUMBER_RE.fullmatch(c.strip("()%£ "))), row[0] if row else "")
    padded = headers + [""] * (len(row) - len(headers))
    cells = [(h, v) for h, v in zip(padded, row) if v and v != label]
    context = " ".join(filter(None, [caption, unit.title, " ".join(headers)]))
    return Candidate(unit, rank, "\t".join(row), context, 0, cells, label)


def has_money(text: str) -> bool:
    return bool(re.search(r"£\s?\d", text)) or bool(re.search(r"\b\d+(?:\.\d+)?\s?(?:m|bn|million|billion)\b", text))


def has_date(text: str) -> bool:
    return bool(DATE_ANY_RE.search(text))


def has_percent(text: str) -> bool:
    return bool(PERCENT_RE.search(text))


def has_number(text: str) -> bool:
    return bool(NUMBER_RE.search(text))


def has_vote(text: str) -> bool:
    return bool(VOTE_RE.search(text))
