"""Distinct text for the bench corpora: real sentences recombined, names and figures from the corpus.

A replica keeps its source document's lines, so it still reads as a committee paper (headings,
minute numbers, dates, tables) and the real segmenter finds the same structure, but its prose is
new text made of the corpus's own parts, drawn with a seeded generator:

- every sentence of a prose line may be swapped for a sentence of another paper (the sample and
  the readable files of the wide corpus) of about the same length;
- people ('Mr Watkins', 'Cllr Orr') are renamed consistently within the replica from the corpus's
  surnames; places from its place names;
- money ('£7.763m', '£2,848'), percentages and counts are redrawn in the same form;
- minute numbers of a set of minutes run on from a later start ('5.3.1' -> '19.3.1').

Short standard lines ('There were no declarations of interest.') and headings stay as printed, so
they repeat across replicas as they do across real papers. Dates and committees are moved by
`bench.corpus` (k months later, an area in front of the committee) after this rewriting.
"""
from __future__ import annotations

import hashlib
import html
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Sir|Dame)"
PERSON_RE = re.compile(rf"\b({TITLES}\.?[ \t]+(?:[A-Z]\.?[ \t]+)?)([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![ \t][A-Z][a-z])")
LISTED_RE = re.compile(r"^[ \t]*[*-][ \t]+(?:[A-Z][a-z]+[ \t]+)+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]*(?:—|-|\(|,|$)", re.M)
PLACE_RE = re.compile(r"\b([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t](?:County|District|Borough|City|Parish|Town|Community)"
                      r"[ \t](?:Council|Hall|Centre)\b")
MONEY_RE = re.compile(r"£(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(m|k|bn)?\b")
PERCENT_RE = re.compile(r"\b(\d{1,3})(\.\d+)?%")
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
MINUTE_RE = re.compile(r"^(\s*(?:-[ \t]+)?)(\d{1,2})((?:\.\d{1,2})*\.?)(?=[ \t])", re.M)
TAG_RE = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
NOT_NAMES = {"Council", "Partner", "Team", "Safeguardings", "Member", "Chair", "Officer"}
COUNTY_PLACES = ("Breckland", "Broadland", "Yarmouth", "Norwich", "Fenland", "Waveney", "Thetford", "Dereham",
                 "King's Lynn", "Cromer", "Diss", "Swaffham")  # kept only where the texts name them
NOT_PLACES = {"The", "This", "To", "Revised", "A", "An", "Our", "Of", "New"}
PROSE_END = (".", ";", ":", "!", "?", ")")  # a heading does not end so, a paragraph does
PROSE_WORDS = 8  # a line with fewer words is a heading or a standard line: kept as printed
CLAUSE_RE = re.compile(r", | and | which | but | so that | because | with | for |; ")
FIGURE_RE = re.compile(r"(?<![\d.])(\d{1,3})(\.\d{3})(?![\d.])")  # '3.881' (£m in tables): not '2.1'
CELL_RE = re.compile(r"(?<![\w.£/-])(\(?)(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?(\)?)(?=\t|$)")
SWAP = 0.5  # chance that a sentence of a prose line is replaced by another paper's
WIDE_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass
class Vocabulary:
    """The corpus's own parts: sentences by length, surnames and place names."""

    sentences: dict[int, list[str]] = field(default_factory=dict)  # length bucket -> sentences
    tails: list[str] = field(default_factory=list)  # clause tails (', which ...', ' and ...')
    heads: list[str] = field(default_factory=list)  # sentences that have a second clause
    standard: set[str] = field(default_factory=set)  # prose lines printed in more than one place
    surnames: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)

    @cached_property
    def place_re(self) -> re.Pattern | None:
        """Any mention of a known place, longest names first."""
        if not self.places:
            return None
        names = sorted(self.places, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in names) + r")\b")


def _bucket(sentence: str) -> int:
    n = len(sentence.split())
    return 0 if n < 12 else 1 if n < 25 else 2


def _readable(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        text = html.unescape(TAG_RE.sub("\n", text))
    return text


def _is_prose(body: str) -> bool:
    return ("\t" not in body and len(body.split()) >= PROSE_WORDS and body.endswith(PROSE_END)
            and not body.startswith(("|", "#")))


def prose_lines(text: str) -> list[str]:
    """The lines of running text (no tab, at least PROSE_WORDS words), bullets and numbers stripped."""
    out = []
    for line in text.splitlines():
        body = MINUTE_RE.sub("", line).strip().lstrip("-*• ").strip()
        if _is_prose(body):
            out.append(body)
    return out


def build_vocabulary(sample: list[Path], wide: list[Path]) -> Vocabulary:
    """Sentences, surnames and places of the sample and the readable wide-corpus files, sorted
    (so that a seed gives the same corpus whatever order the files were listed in). Sentences
    naming a committee are left out: moved into another paper, the segmenter could take them for
    that paper's committee."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample)]
    texts += [_readable(p) for p in sorted(wide) if p.suffix.lower() in WIDE_SUFFIXES]
    sentences: set[str] = set()
    surnames: set[str] = set()
    places: set[str] = set()
    seen: Counter = Counter(line for text in texts for line in prose_lines(text))
    for text in texts:
        for line in prose_lines(text):
            sentences.update(s for s in SENTENCE_RE.split(line)
                             if len(s.split()) >= 5 and s[-1:] in ".!?" and "Committee" not in s)
        surnames.update(m.group(2) for m in PERSON_RE.finditer(text))
        surnames.update(m.group(1) for m in LISTED_RE.finditer(text))
        places.update(m.group(1) for m in PLACE_RE.finditer(text) if m.group(1).split()[0] not in NOT_PLACES)
    joined = "\n".join(texts)
    places.update(p for p in COUNTY_PLACES if re.search(rf"\b{re.escape(p)}\b", joined))
    vocab = Vocabulary(surnames=sorted(surnames - NOT_NAMES), places=sorted(places))
    vocab.standard = {line for line, n in seen.items() if n > 1}
    for s in sorted(sentences):
        vocab.sentences.setdefault(_bucket(s), []).append(s)
        cut = clause_cut(s)
        if cut:
            vocab.tails.append(s[cut:])
            vocab.heads.append(s)
    return vocab


def clause_cut(sentence: str) -> int | None:
    """Where a sentence's second clause starts (', which', ' and', '; '), near its middle; None
    when it has no such place between 30% and 85% of its length."""
    n = len(sentence)
    cuts = [m.start() for m in CLAUSE_RE.finditer(sentence) if 0.3 * n <= m.start() <= 0.85 * n]
    return min(cuts, key=lambda c: abs(c - n / 2)) if cuts else None


def splice(sentence: str, vocab: Vocabulary, rng: random.Random) -> str:
    """The sentence's first clause with another sentence's last: heads x tails make text that no
    paper printed, from words every paper did. A sentence with no second clause is replaced by
    one that has."""
    cut = clause_cut(sentence)
    if cut is None and vocab.heads:  # no second clause: another sentence that has one
        sentence = rng.choice(vocab.heads)
        cut = clause_cut(sentence)
    if cut is None or not vocab.tails:
        return sentence
    return sentence[:cut] + rng.choice(vocab.tails)


def seeded(*parts: object) -> random.Random:
    """A generator seeded from the parts' text (stable across runs and Python versions)."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _amount(m: re.Match, rng: random.Random) -> str:
    whole, frac, unit = m.group(1), m.group(2) or "", m.group(3) or ""
    value = float(whole.replace(",", "") + frac) * rng.uniform(0.3, 3.0)
    decimals = len(frac) - 1 if frac else 0
    text = f"{value:,.{decimals}f}" if "," in whole else f"{value:.{decimals}f}"
    return f"£{text}{unit}"


def _percent(m: re.Match, rng: random.Random) -> str:
    decimals = len(m.group(2) or "") - 1 if m.group(2) else 0
    return f"{rng.uniform(0.5, 99.5):.{max(decimals, 0)}f}%"


def redraw_figures(text: str, rng: random.Random) -> str:
    """Every sum of money and percentage drawn again, in the form it was printed."""
    text = MONEY_RE.sub(lambda m: _amount(m, rng), text)
    return PERCENT_RE.sub(lambda m: _percent(m, rng), text)


def rename(text: str, vocab: Vocabulary, rng: random.Random, people: dict[str, str]) -> str:
    """People and places renamed from the vocabulary; `people` keeps one new name per old name
    across the replica (the same councillor is the same person throughout)."""
    def person(m: re.Match) -> str:
        if m.group(2) not in people and vocab.surnames:
            people[m.group(2)] = rng.choice(vocab.surnames)
        return f"{m.group(1)}{people.get(m.group(2), m.group(2))}"

    def place(m: re.Match) -> str:
        key = "place:" + m.group(0)
        if key not in people:
            people[key] = rng.choice(vocab.places)
        return people[key]

    text = PERSON_RE.sub(person, text)
    return vocab.place_re.sub(place, text) if vocab.place_re else text


def recombine(line: str, vocab: Vocabulary, rng: random.Random) -> str:
    """A prose line with some of its sentences swapped for other papers' sentences of a like length."""
    if line in vocab.standard:  # the standard items of real papers repeat as printed
        return line
    out = []
    for s in SENTENCE_RE.split(line):
        pool = vocab.sentences.get(_bucket(s))
        if pool and len(s.split()) >= 5 and rng.random() < SWAP:
            s = rng.choice(pool)
        out.append(splice(s, vocab, rng))
    return " ".join(out)


def _cell(m: re.Match, rng: random.Random) -> str:
    whole, frac = m.group(2), m.group(3) or ""
    if not frac and len(whole) == 4 and whole[:2] in ("19", "20"):  # a year heading a column
        return m.group(0)
    value = float(whole.replace(",", "") + frac) * rng.uniform(0.5, 2.0)
    decimals = len(frac) - 1 if frac else 0
    text = f"{value:,.{decimals}f}" if "," in whole else f"{value:.{decimals}f}"
    return f"{m.group(1)}{text}{m.group(4)}"


def redraw_cells(line: str, rng: random.Random) -> str:
    """The numeric cells of a tab-separated table row drawn again, in the form they were printed."""
    if "\t" in line:
        return CELL_RE.sub(lambda m: _cell(m, rng), line)
    lead = MINUTE_RE.match(line)
    start = lead.end() if lead else 0
    return line[:start] + FIGURE_RE.sub(lambda m: f"{float(m.group(0)) * rng.uniform(0.5, 2.0):.3f}", line[start:])


MINUTES_RE = re.compile(r"^\W*Minutes of the Meeting.*?(?=^\W*(?:Report title|Item No)\b|\Z)", re.M | re.S | re.I)


def renumber(text: str, start: int) -> str:
    """Minute numbers at the start of lines moved on by `start` ('5.3.1' -> '19.3.1' for 14); `rewrite`
    applies it to each set of minutes in a pack (from 'Minutes of the Meeting' to the next report)."""
    return MINUTE_RE.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + start}{m.group(3)}", text)


def rewrite(text: str, vocab: Vocabulary, seed: str) -> str:
    """A new paper from `text`: its lines in order, prose recombined, people, places and figures
    drawn again, minutes renumbered. Deterministic for a given text, vocabulary and seed."""
    rng = seeded(seed)
    people: dict[str, str] = {}
    lines = []
    source = text.splitlines(keepends=True)
    for i, line in enumerate(source):
        body = line.rstrip("\n")
        stripped = MINUTE_RE.sub("", body).strip().lstrip("-*• ").strip()
        wrapped = stripped[:1].islower() or source[i + 1][:1].islower() if i + 1 < len(source) else False
        if not wrapped and _is_prose(stripped) and "Committee" not in stripped:  # committees stay put
            start = body.index(stripped[:20]) if stripped[:20] in body else 0
            body = body[:start] + recombine(body[start:], vocab, rng)
        body = redraw_cells(redraw_figures(rename(body, vocab, rng, people), rng), rng)
        lines.append(body + line[len(line.rstrip("\n")):])
    out = "".join(lines)
    return MINUTES_RE.sub(lambda m: renumber(m.group(0), rng.randint(3, 40)), out)
