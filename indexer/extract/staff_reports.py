"""Recommendations as agenda items, US staff reports and records of decision print them.

Forms (invented examples), tried in this order:
- a label and the text after it: "Recommendation: Adopt Resolution No. 2031-07.", "RECOMMENDED ACTION:
  That the Board ...", "Staff Recommendation: ...", "Action Required: (1) ...; and (2) ...", "Decision:";
- a heading over the text: "DEPARTMENT RECOMMENDATION", "PROPOSED ACTION", "RECOMMENDATION" and the
  paragraph below it; "Decision:" over "I agree to:" and its "APPROVE ..." points, up to "Reason(s) for decision";
- a sentence: "Staff recommends that the Planning Commission CONDUCT the hearing and ADOPT ...",
  "It is recommended that the Council ...";
- the item's own line going on with the action: "PARKS COMMITTEE REPORT - Authorize the City Manager to ...",
  or the paragraph right below the item's title opening with the action ("Approve the agreement ...",
  "City Council to receive and file this report.", "Ordinance No. 12-34 ... be introduced by title only").
A block's points are split on their labels in sequence ("1) ...; and, 2) ...", "(1) ... (2) ...", "a. ...;
b. ...", numbered paragraphs), nested points kept in their parent; an intro ending ':' is dropped and its
unlabelled lines are one recommendation each; "; and," and a trailing ';' are dropped.
"""
from __future__ import annotations

import re

from indexer.extract.points import label_style, parse_line
from indexer.extract.resolutions import IMPERATIVE_RE
from models.domain import Paragraph, Recommendation

# A label, or a heading alone on its line, that opens a recommendation.
LABEL_RE = re.compile(
    r"(?i)^\s*(?:(?:staff|department|departmental|committee|officers?'?|director'?s?)\s+)?"
    r"(?:recommendations?(?:\(s\)|/s)?|recommended\s+(?:actions?|motions?|decisions?)|proposed\s+(?:actions?|motions?)"
    r"|requested\s+actions?|suggested\s+actions?|actions?\s+(?:required|requested)|decisions?(?:\s+required)?)"
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w ]{0,40}?)?\s*(?::\s*|[-–]\s+|$)"
)
# Headings and lines that close a recommendation block.
END_RE = re.compile(
    r"(?i)^\s*(?:reasons?(?:\(s\))?(?:\s+for\s+(?:the\s+)?(?:decision|recommendations?))?\s*:?|fiscal\s+impact|"
    r"financial\s+(?:impact|implications)|budget\s+impact|background|discussion|analysis|executive\s+summary|summary"
    r"|attachments?|exhibits?|environmental|ceqa|alternatives?|legal\s+implications|call[- ]in|agenda\s+report"
    r"|staff\s+report|report\s+no\.?|notes?\s*:|prepared\s+by|reviewed\s+by|contact\b)"
)
# A sentence that recommends: "Staff recommends that ...", "It is recommended that ...".
SENTENCE_RE = re.compile(r"(?:(?<=^)|(?<=[.!?]\s))((?:Staff|The\s+Department|The\s+Director|Officers?)\s+recommends?\b"
                         r"|It\s+is\s+(?:therefore\s+)?recommended\s+that\b)[^.]*(?:\.(?!\s)[^.]*)*\.?")
# The item's line going on with the action after a dash: "TITLE IN CAPITALS - Authorize ...".
TITLE_ACTION_RE = re.compile(r"^(?P<title>[^a-z\n]{6,}?)\s+[-–]\s+(?P<action>[A-Z][a-z].*)$", re.S)
# A paragraph that opens with the action asked of the body.
ACTION_RE = re.compile(
    r"^(?:(?:Authori[sz]e|Approve|Adopt|Receive\s+and\s+file|Waive|Award|Ratify|Introduce|Accept|Continue|Deny"
    r"|Conduct|Direct|Appoint|Find|Grant)\b|(?:The\s+)?(?:City|Town|Village|County|Borough)\s+Council\s+(?:to\s+)?"
    r"(?:receive|approve|adopt|make|authori[sz]e|direct|provide|review|consider|accept|award|find|waive)\b)"
    r"|^.{0,300}?\bbe\s+(?:introduced|adopted|approved|waived|received|authori[sz]ed)\b"
)
# Point labels inside a line: "1) ", "(2) ", "a. ", "(iii) " before a capital or a quotation.
INLINE_LABEL_RE = re.compile(r"(?:^|(?<=[\s;:,]))(?:\((\d{1,2}|[a-z]|[ivx]{1,4})\)|(\d{1,2}|[a-z])[.)])\s+(?=[A-Z“\"‘(])")
_POINT_NUMBER_RE = re.compile(r"^\(?(\d{1,2}|[a-z]|[ivx]{1,4})[.)]?$")
_TAIL_RE = re.compile(r"(?:\s*[;,]\s*(?:and|or)?,?|\s+(?:and|or),?)\s*$")
_CAPS_TAIL_RE = re.compile(r"(?<=[a-z])\s+(?:[A-Z]{2,}\s+){1,5}[A-Z]{2,}$")  # 'as conditioned NEW PUBLIC HEARINGS'
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _next(label: str, style: str) -> str:
    """The label after `label` in its style: '1' -> '2', 'a' -> 'b', 'ii' -> 'iii'."""
    if style == "num":
        return str(int(label) + 1)
    if style == "roman":
        return _ROMAN[_ROMAN.index(label) + 1] if label in _ROMAN[:-1] else ""
    return chr(ord(label) + 1)


def split_inline(text: str) -> list[str]:
    """A line cut before each point label that carries on a sequence ('1)', '2)'; 'a.', 'b.'), others kept."""
    expected: dict[str, str] = {}
    cuts = []
    for m in INLINE_LABEL_RE.finditer(text):
        label = m.group(1) or m.group(2)
        alpha_next = expected.get("alpha")
        style = "alpha" if label == alpha_next else label_style(label, None)
        if label in ("1", "a", "i") and style not in expected or expected.get(style) == label:
            cuts.append(m.start())
            expected[style] = _next(label, style)
    bounds = [0, *[c for c in cuts if c > 0], len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def _clean(text: str) -> str:
    """A recommendation's text without '; and,' or a heading glued to its end by the page."""
    text = _CAPS_TAIL_RE.sub("", text.strip())
    return _TAIL_RE.sub("", text).strip()


def _line(p: Paragraph, text: str) -> str:
    """A block line, with the paragraph's own point number put back ('2' + 'Authorize ...' -> '2) Authorize ...')."""
    number = (p.number or "").strip()
    if _POINT_NUMBER_RE.match(number) and not parse_line(text).marked:
        return f"{number.strip('().')}) {text}"
    return text


def _continues(block: list[tuple[Paragraph, str]], q: Paragraph, decision: bool) -> bool:
    """True when paragraph `q` carries on the recommendation block above it."""
    text = q.text.strip()
    if END_RE.match(text) or LABEL_RE.match(text):
        return False
    if not block:
        return True
    last = block[-1][1].rstrip()
    if last.endswith((":", ";", ",")) or re.search(r"\b(?:and|or),?$", last):
        return True
    point = bool(_POINT_NUMBER_RE.match((q.number or "").strip())) or bool(parse_line(text).marked)
    return point or (decision and bool(IMPERATIVE_RE.match(text)))


def _labelled(paras: list[Paragraph]) -> list[list[tuple[Paragraph, str]]]:
    """The blocks opened by a label or a heading: each a list of (paragraph, text)."""
    blocks, i = [], 0
    while i < len(paras):
        m = LABEL_RE.match(paras[i].text)
        if not m:
            i += 1
            continue
        decision = m.group(0).strip().lower().startswith("decision")
        rest = paras[i].text[m.end():].strip()
        block = [(paras[i], rest)] if rest else []
        i += 1
        while i < len(paras) and _continues(block, paras[i], decision):
            block.append((paras[i], paras[i].text.strip()))
            i += 1
        if block:
            blocks.append(block)
    return blocks


def _sentences(paras: list[Paragraph]) -> list[list[tuple[Paragraph, str]]]:
    """Blocks of the sentences that recommend ('Staff recommends that ...')."""
    return [[(p, m.group(0))] for p in paras for m in SENTENCE_RE.finditer(p.text)]


def _action(paras: list[Paragraph]) -> list[list[tuple[Paragraph, str]]]:
    """The action on the item's own line after a dash, or in the paragraph right below its title."""
    for p in paras[:2]:
        if m := TITLE_ACTION_RE.match(p.text.strip()):
            return [[(p, m.group("action"))]]
    if len(paras) > 1 and ACTION_RE.match(paras[1].text.strip()):
        return [[(paras[1], paras[1].text.strip())]]
    return []


def _recommendations(report_id: str, block: list[tuple[Paragraph, str]]) -> list[Recommendation]:
    """A block's recommendations: its labelled points, or an intro's lines, or the block as one."""
    lines = [(p, part) for p, text in block for raw in text.split("\n") if raw.strip()
             for part in split_inline(_line(p, raw.strip()))]
    parsed = [(p, parse_line(text)) for p, text in lines]
    recs: list[Recommendation] = []
    top = None
    for p, line in parsed:
        if line.marked and line.label is not None and top in (None, label_style(line.label, recs[-1].label if recs else None)):
            top = top or label_style(line.label, None)
            recs.append(Recommendation(report_id, line.label, line.text, p.id))
        elif recs:
            recs[-1].text += ("\n" + line.raw) if line.marked else (" " + line.text)
    if not recs and len(parsed) > 1 and parsed[0][1].text.endswith(":"):
        recs = [Recommendation(report_id, None, line.text, p.id) for p, line in parsed[1:]]
    if not recs and parsed:
        recs = [Recommendation(report_id, None, " ".join(line.text for _, line in parsed), parsed[0][0].id)]
    for rec in recs:
        rec.text = "\n".join(_clean(x) for x in rec.text.split("\n"))
    return [rec for rec in recs if rec.text]


def item_recommendations(paragraphs: list[Paragraph], report_id: str = "") -> list[Recommendation]:
    """The recommendations of one agenda item, staff report or record of decision, given its paragraphs in
    order (the item's title first): from its labelled blocks ('Recommendation:', 'RECOMMENDED ACTION:',
    'DEPARTMENT RECOMMENDATION', 'PROPOSED ACTION', 'Action Required:', 'Decision:'), else its sentences
    ('Staff recommends that ...', 'It is recommended that ...'), else the action on its title line or
    right below it. Each carries `report_id`, its point label ('1', 'a', None) and the paragraph it is in;
    [] when the item recommends nothing."""
    blocks = _labelled(paragraphs) or _sentences(paragraphs) or _action(paragraphs)
    return [rec for block in blocks for rec in _recommendations(report_id, block)]
