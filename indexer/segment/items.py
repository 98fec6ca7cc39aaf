"""Item headings of agendas and minutes in whatever numbering the council uses.

Every line that opens with a label (`numbering.labels`) and a title is a candidate; the headings
are the best series of candidates that follow one another ('286.', '287.' ...; '19.09.01',
'19.09.02' ...; 'A.', 'B.' ...), so numbered paragraphs, lettered points and lists that happen to
be numbered lose to the series that runs through the part. Agendas may nest series (US agendas:
'5. CONSENT CALENDAR' over 'A.', 'B.'; 'F. APPROVAL OF MINUTES' over '11/09/22-1.') and restart
them after an unnumbered section heading; minutes keep one series, which may leave numbers out ('3 DECLARATIONS'
then '8 REPORTS'; 'Item 6.' then 'Item 12.') at a cost, with the headed sub-items under a minute ('8.1 ROAD
RESEALING PROGRAM'). Markdown headings are read for their numbers ('### 4.1 Three Waters'); where a part has no
numbered items, they are its items, unnumbered ('## Matters Arising').
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.segment.blocks import TAB_NUMBER_RE, Line, ends_sentence, labelled, strip_bullet
from indexer.segment.numbering import Label, follows, labels, skips
from indexer.segment.unnumbered import MARKDOWN_RE, SMALL, capital_headings, capitalised, markdown_headings
from models.dates import MONTHS

REF_RE = re.compile(r"^\((?:Agenda|Item)(?:\s+(?:No\.?|Item))?\s*(?P<n>[\w./]+)\)\s*", re.I)
REF_LINE_RE = re.compile(r"^\((?:Agenda\s+)?Item\s+(?:No\.?\s*)?[\w./]+\)$", re.I)
PDF_SIZE_RE = re.compile(r"\s+PDF\s+\d+(?:\.\d+)?\s*[KM]B\b")  # a web page's link to the item's paper: 'Fares PDF 312 KB'
INLINE_PAGE_RE = re.compile(r"\s*\((?:Pages?\s+(?P<p>\d+(?:\s*[-–]\s*\d+)?)|(?P<tf>To follow))\)\s*", re.I)
PAGE_LINE_RE = re.compile(r"^\(?(?:Pages?\s+(?P<p>\d+(?:\s*[-–]\s*\d+)?)|(?P<tf>To follow))\)?\.?$", re.I)
SEPARATOR_RE = re.compile(r"\s+[-–—]\s+")
ADJOURN_RE = re.compile(r"^(?:ADJOURN|Adjourn)(?:MENT|ment)?\b")
MAX_TITLE_WORDS = 45
MAX_CAPS_TITLE_WORDS = 70
MAX_SENTENCE_TITLE_WORDS = 60  # US agendas: an item's title is its first sentence  # US agendas print whole resolutions' titles in capitals
RESTART_COST = 0.8
START_COST = 0.8  # an agenda's series opening at a number above 1
MAX_LATE_START = 40
SKIP_COST = 0.8  # a series that leaves numbers out must earn it with strong headings
MAX_CANDIDATES = 3000


@dataclass
class Heading:
    """An item heading: its line, number as printed (None when unnumbered), title, and the text after it."""

    line: int
    number: str | None
    title: str
    rest: str = ""  # text printed after the title on the same line: a paragraph of the item
    level: int = 0
    page: str | None = None  # the agenda's page reference '7 - 12'
    end: int = 0  # index of the first line after the heading's own lines


@dataclass
class _Cand:
    index: int  # position in `lines`
    label: Label
    heading: Heading
    score: float


def find_headings(lines: list[Line], start: int, stop: int, agenda: bool) -> list[Heading]:
    """The item headings between lines[start] and lines[stop], in reading order."""
    cands = [c for i in range(start, min(stop, len(lines))) for c in _candidates(lines, i, agenda)][:MAX_CANDIDATES]
    cands = _without_points(lines, cands)
    chosen = _parent_items(_series(cands, agenda), cands) or _lone(cands)
    end = next((c.index for c in chosen if ADJOURN_RE.match(c.heading.title)), None)
    if end is not None:  # nothing after the meeting's close is an item: instructions, notices, certificates
        chosen = [c for c in chosen if c.index <= end]
        cands = [c for c in cands if c.index <= end]
        stop = end + 1
    if agenda:
        chosen = _nested(chosen, cands, start, stop, 1)
    else:
        chosen = _sub_items(chosen, cands)
    if not chosen:
        found = markdown_headings(lines, start, stop) or capital_headings(lines, start, stop)
        return [Heading(i, None, title, level=level, end=i + 1) for i, title, level in found]
    heads = sorted((c.heading for c in chosen), key=lambda h: h.line)
    for h in heads:
        _finish(lines, h, stop, agenda)
    return heads


def _candidates(lines: list[Line], i: int, agenda: bool) -> list[_Cand]:
    line = lines[i]
    marked = MARKDOWN_RE.match(line.text)  # '### 4.1 Three Waters Update': numbered as any heading is
    text = marked.group("title").strip(" *_") if marked else line.text
    text = labelled(strip_bullet(text)[1], TAB_NUMBER_RE)  # '1.\tConfirmation of Minutes'
    if "\t" in text.strip("\t"):
        return []
    out = []
    for label in labels(text):
        heading = _heading(i, label, text, agenda)
        if heading is not None:
            out.append(_Cand(i, label, heading, _score(line, label, heading)))
    return out


def _heading(i: int, label: Label, text: str, agenda: bool) -> Heading | None:
    """The heading a labelled line would be, or None when what follows the label is no title."""
    rest = label.rest
    if not label.explicit and re.match(r"^\d{1,4}\s", text) and rest.split()[0].lower().strip(".,") in MONTHS:
        return None  # '6 March 2017': a date, not item 6
    ref = REF_RE.match(rest)
    rest = rest[ref.end():] if ref else rest
    page = INLINE_PAGE_RE.search(rest)
    page_ref = re.sub(r"\s+", "", page.group("p") or "") or page.group("tf") if page else None
    if page:
        rest = (rest[:page.start()] + " " + rest[page.end():]).strip()
    title, after = split_title(PDF_SIZE_RE.sub("", rest))
    if not is_title(title, label, agenda):
        return None
    if not agenda and not after and label.family.startswith(("dotted", "paren")) and ends_sentence(rest) \
            and len(title.split()) > 8 and capitalised(title) < 0.5:
        return None  # '1.1 The Committee considered the report and the cost of ...': a minute's paragraph
    return Heading(i, label.number, title, after, page=page_ref)


def split_title(text: str) -> tuple[str, str]:
    """(title, text after it) of a heading line: 'CLERK'S CONTRACT. Held over ...', 'TITLE - Authorize ...',
    'PUBLIC COMMENT Opportunity to address ...', or a title run into its description."""
    text = text.strip()
    for sep in SEPARATOR_RE.finditer(text):
        left, right = text[:sep.start()].strip(), text[sep.end():].strip()
        first = right.split()[0] if right else ""
        if _caps(left) and not _caps(first) and len(right.split()) > 3 and (first[:1].islower() or capitalised(right) < 0.7) \
                or len(right.split()) > 12 and capitalised(right) < 0.6 and len(left.split()) <= 15:
            return left, right  # 'PUBLIC SAFETY COMMITTEE REPORT - Authorize the City Manager to ...'
    caps = re.match(r"^(?P<t>[^a-z]{4,}?[A-Z)’'\]])(?:\.\s+|\s+)(?P<r>[A-Z][a-z].*)$", text)
    if caps and _caps(caps.group("t")) and (len(caps.group("t").split()) >= 2 or len(caps.group("t")) >= 6):
        return caps.group("t"), caps.group("r")
    words = text.split()
    if len(words) <= MAX_TITLE_WORDS:
        return text.rstrip(".") if not text.endswith("..") else text, ""
    first = re.match(r"^(.{20,}?[a-z0-9)][.?!])(?:\s+(?=[A-Z(])|$)", text)
    if first and len(first.group(1).split()) <= MAX_SENTENCE_TITLE_WORDS and capitalised(first.group(1)) >= 0.4:
        return first.group(1).rstrip("."), text[first.end():]
    cut = _title_run(words)
    nxt = words[cut] if cut < len(words) else ""
    if cut < 5 and (cut < 2 or nxt[:1].isalpha() and nxt[:1].islower()):
        return "", text  # a sentence whose first words are capitalised ('The Chairman drew ...'), not a title
    return " ".join(words[:cut]).rstrip(" ,:;."), " ".join(words[cut:])


def _title_run(words: list[str]) -> int:
    """How many leading words read as a title: capitalised words and the small words between them (a lone
    lower-case word inside the run, 'Code 2022 and other Codes as Amended', does not end it)."""
    n = 0
    for k, word in enumerate(words[:MAX_TITLE_WORDS]):
        if _title_word(word) or _title_word(words[k + 1] if k + 1 < len(words) else "") \
                and k + 2 < len(words) and _title_word(words[k + 2]) and n == k:
            n = k + 1 if _title_word(word) or n == k else n
            continue
        break
    while n and words[n - 1].strip("(),.;:").lower() in SMALL:
        n -= 1
    return n


def _title_word(word: str) -> bool:
    bare = word.strip("(),.;:‘’'\"“”")
    return bool(bare) and (bare[:1].isupper() or bare[:1].isdigit() or bare.lower() in SMALL)


def _caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def is_title(title: str, label: Label, agenda: bool) -> bool:
    """Whether the text after a label can be an item's title (not a sentence of a paragraph)."""
    words = title.split()
    limit = MAX_CAPS_TITLE_WORDS if _caps(title) else MAX_SENTENCE_TITLE_WORDS if agenda else MAX_TITLE_WORDS
    if not words or len(words) > limit or title.endswith(";") or title.endswith(",") and not agenda:
        return False
    if title.endswith(":") and len(words) > 4 and not agenda:
        return False  # '(4) Mr A proposed and Mr B seconded the following motion:' opens what follows
    if not (title[:1].isupper() or title[:1].isdigit() or title[:1] in "‘'\"(*“"):
        return False
    if label.family.startswith(("letter", "roman", "paren")) and len(words) > 25 and not agenda:
        return False
    return not (ends_sentence(title) and len(words) > 15 and not _caps(title) and not agenda)


def _score(line: Line, label: Label, heading: Heading) -> float:
    """How much a candidate looks like an item heading."""
    words = heading.title.split()
    score = 1.0 + (0.5 if line.blank_before else 0.0) + (0.5 if label.explicit else 0.0)
    capital = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL) / len(words)
    score += 0.5 if _caps(heading.title) or capital >= 0.8 else 0.0
    if capital < 0.5 and len(words) > 4 and not re.match(r"(?i)to\s", heading.title):
        score -= 0.6  # a sentence ('Following a general debate, the Chairman called ...'), not a title
    if heading.title.endswith((".", ":")) or ends_sentence(heading.title):
        score -= 0.4
    if label.family.startswith("paren"):
        score -= 0.3  # '(1)', '(a)': paragraph and point labels more often than items
    if re.match(r"^\d{1,4}\s+[-–]\s", line.text.strip()):
        score -= 1.0  # '3 - 136 Rocky Point Road': an attachment's link under its item, not an item
    elif label.family == "arabic" and not re.match(r"^\(?[\w./-]+[.):]", line.text.strip()) and not label.explicit:
        score -= 0.3  # a bare number ('13 Title'), or '3 - Title': also how addresses and attachment links print
    return score


def _series(cands: list[_Cand], agenda: bool, exclude: set[str] = frozenset(),  # type: ignore[assignment]
            single: bool = False) -> list[_Cand]:
    """The best chain of candidates of one family (each following the one before; agendas may restart)."""
    best: list[_Cand] = []
    best_score = 0.0 if single else 1.4
    for family in sorted({c.label.family for c in cands} - exclude):
        chain, score = _chain([c for c in cands if c.label.family == family], agenda)
        if (len(chain) >= 2 or single and chain) and score > best_score:
            best, best_score = chain, score
    return best


def _without_points(lines: list[Line], cands: list[_Cand]) -> list[_Cand]:
    """Candidates less the points a sentence introduces ('... take the following actions:' over '1. Conduct
    a Public Hearing ...', '2. Authorize ...'): the run of one family right after such a line."""
    at = {c.index for c in cands}
    points: set[int] = set()
    for c in cands:
        intro = lines[c.index - 1] if c.index > 0 else None
        if intro is None or intro.index in at or c.index in points or not _introduces(intro.text):
            continue
        if c.label.value != 1:
            continue
        points.add(c.index)
        last = c
        for index in sorted({x.index for x in cands if x.index > c.index}):
            nxt = next((x for x in cands if x.index == index and follows(last.label, x.label)), None)
            if nxt is None or index - last.index > 3:
                break  # the points end at the next heading of another series ('3.2 Water Services Update')
            points.add(index)
            last = nxt
    return [c for c in cands if c.index not in points]


def _introduces(text: str) -> bool:
    """A sentence that hands over to points: 'That the City Council take the following actions:', 'That Council:'."""
    return text.rstrip().endswith(":") and bool(re.search(r"[a-z]{3}", text)) \
        and (len(text.split()) >= 4 or bool(re.match(r"(?i)^(?:that|resolved)\b", text.strip())))  # 'That Council:'


def _parent_items(chosen: list[_Cand], cands: list[_Cand]) -> list[_Cand]:
    """Numbered paragraphs ('1.1', '1.2') chosen over the item they number ('1.'): the item instead."""
    family = chosen[0].label.family if chosen else ""
    if not family.startswith("dotted:"):
        return chosen
    parents = [c for c in cands if c.label.family == "arabic" and c.label.number == family.split(":", 1)[1]]
    return parents[:1] if parents and parents[0].index < chosen[0].index else chosen


def _lone(cands: list[_Cand]) -> list[_Cand]:
    """A part with a single item: one candidate that reads strongly as a heading ('45/18 Budget Monitoring')."""
    strong = [c for c in cands if c.score >= 1.9 and not c.label.family.startswith(("paren", "letter", "roman"))]
    return strong[:1] if len({c.index for c in strong}) == 1 else []  # one line (read one or more ways)


def _chain(cands: list[_Cand], agenda: bool) -> tuple[list[_Cand], float]:
    """Longest-scoring chain through one family's candidates (dynamic programme over reading order)."""
    total: list[float] = []
    back: list[int | None] = []
    for i, c in enumerate(cands):
        first = c.label.value == 1 or c.label.explicit or _style(c.label) in ("slash", "slash-year", "code", "coded", "file", "prefixed") \
            or not agenda and _style(c.label) in ("arabic", "dotted")
        # an agenda may open at a later number (a supplementary agenda, items after the business taken as
        # read), from a strong heading: a title line after a blank line
        late = agenda and not first and _style(c.label) == "arabic" and 1 < (c.label.value or 0) <= MAX_LATE_START \
            and c.score >= 2.0
        best, prev = (c.score if first else c.score - START_COST if late else float("-inf")), None
        for j in range(max(0, i - 200), i):
            p = cands[j]
            if p.index >= c.index:
                continue
            if follows(p.label, c.label):
                gain = total[j] + c.score
            elif agenda and c.label.value == 1 and p.label.value >= 1 and c.score >= 1.5:
                gain = total[j] + c.score - RESTART_COST
            elif skips(p.label, c.label) and (c.score >= 1.5 or c.label.explicit):
                gain = total[j] + c.score - SKIP_COST
            else:
                continue
            if gain > best:
                best, prev = gain, j
        total.append(best)
        back.append(prev)
    if not cands:
        return [], 0.0
    i = max(range(len(cands)), key=lambda k: (total[k], -k))
    score, chain = total[i], []
    while i is not None:
        chain.append(cands[i])
        i = back[i]
    return chain[::-1], score


def _style(label: Label) -> str:
    return label.family.split(":")[0]


def _nested(chosen: list[_Cand], cands: list[_Cand], start: int, stop: int, level: int) -> list[_Cand]:
    """Series of other families inside the gaps of the chosen one (agendas: sections over lettered items).

    A gap may hold a single sub-item when it opens a series ('A.') or continues one from an earlier
    gap ('11/09/22-2.' after '11/09/22-1.' under the heading before)."""
    if not chosen or level > 2:
        return chosen
    families = {c.label.family for c in chosen}
    bounds = [start - 1] + [c.index for c in chosen] + [stop]
    out = list(chosen)
    last: dict[str, Label] = {}
    for a, b in zip(bounds, bounds[1:]):
        inner = [c for c in cands if a < c.index < b and c.label.family not in families]
        sub = _series(inner, agenda=True, exclude=families, single=True)
        if len(sub) == 1:
            one = sub[0].label
            if not (one.value == 1 or one.family in last and follows(last[one.family], one)):
                sub = []
        for c in sub:
            c.heading.level = level
            last[c.label.family] = c.label
        out += _nested(sub, inner, a, b, level + 1) if sub else []
    seen: set[int] = set()
    return [c for c in sorted(out, key=lambda c: c.index) if not (c.index in seen or seen.add(c.index))]


def _sub_items(chosen: list[_Cand], cands: list[_Cand]) -> list[_Cand]:
    """Headed sub-items of a minute ('8 REPORTS' over '8.1 ROAD RESEALING PROGRAM', '8.2 ...'): lines
    numbered under the item that are titles alone on their line; numbered paragraphs of a minute
    ('1.1 Apologies were received from ...') are sentences and stay paragraphs."""
    out = list(chosen)
    bounds = [c.index for c in chosen] + [10 ** 9]
    for c, end in zip(chosen, bounds[1:]):
        family = f"dotted:{c.label.number.rstrip('.')}"
        last: Label | None = None
        for x in cands:
            if not c.index < x.index < end or x.label.family != family or not _headed(x.heading):
                continue
            if (x.label.value == 1 if last is None else follows(last, x.label)):
                x.heading.level, last = 1, x.label
                out.append(x)
    return sorted(out, key=lambda c: c.index)


FILE_NUMBER_RE = re.compile(r"^\d{2}-\d{3,5}\s+\S")  # a Legistar file number before the title: '23-0415 Award of ...'
SENTENCE_VERB_RE = re.compile(r"(?i)\b(?:was|were|is|are|has|have|had|been|be|will|would|noted|reported|received)\b")


def _headed(h: Heading) -> bool:
    """A title standing alone: no text after it, not a sentence, its words (before any ' - ' subtitle)
    capitalised, or opening with a legislative file number ('3.B 23-0415 Award of contract for ...')."""
    head = SEPARATOR_RE.split(h.title, maxsplit=1)[0]
    return not h.rest and not ends_sentence(h.title) and not h.title.endswith(":") \
        and not SENTENCE_VERB_RE.search(head) and len(h.title.split()) <= 20 \
        and (_caps(h.title) or capitalised(head) >= 0.9 or bool(FILE_NUMBER_RE.match(h.title)))


def _finish(lines: list[Line], h: Heading, stop: int, agenda: bool) -> None:
    """The heading's own lines: a title wrapped onto the next line, a '(Item 1)' or '(Pages 7 - 12)' line."""
    j = h.line + 1
    if agenda and not h.rest and j < stop and _continues_title(lines[h.line], lines[j]):
        h.title = f"{h.title} {lines[j].text.rstrip(' .')}"
        j += 1
    while j < stop and j <= h.line + 3 and (REF_LINE_RE.match(lines[j].text) or PAGE_LINE_RE.match(lines[j].text)):
        page = PAGE_LINE_RE.match(lines[j].text)
        if page and h.page is None:
            h.page = re.sub(r"\s+", "", page.group("p") or "") or page.group("tf")
        j += 1
    h.end = j


def _continues_title(line: Line, nxt: Line) -> bool:
    """A long agenda title wrapped onto the next line ('... or Other' / 'Significant Interests in ...')."""
    if nxt.blank_before or labels(nxt.text) or ends_sentence(line.text) or "\t" in nxt.text:
        return False
    if re.match(r"^[\w ’']{1,30}:", nxt.text) or ends_sentence(nxt.text):
        return False  # 'Recommendation: Approve ...', a sentence of its own
    return len(line.text) >= 50 and len(nxt.text.split()) <= 12 and not PAGE_LINE_RE.match(nxt.text)
