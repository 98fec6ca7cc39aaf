"""Names of councils and of the bodies that meet: committees, cabinets, boards, panels, councils.

A body's name is printed in many forms: 'Adult Social Care Committee', 'CABINET', 'Full Council',
'Health and Wellbeing Board', 'Licensing Sub-Committee', 'Scrutiny Commission'. Names printed
in capitals are given in title case ('HEALTH AND WELLBEING BOARD' -> 'Health and Wellbeing Board').
"""
from __future__ import annotations

import re

BODY_WORDS = r"(?:Committee|Sub-Committee|Board|Panel|Cabinet|Forum|Commission|Executive)"
SMALL_WORDS = {"and", "of", "for", "on", "the", "in", "to", "at", "with"}
COMMITTEE_NAME_RE = re.compile(
    rf"^(?!(?:Report|Minutes|Agenda|Meeting|Date|Notice|Summons)\b)"
    rf"(?:[A-Z][\w’'&,-]*\s+|(?:and|of|for|on|&|the)\s+){{0,10}}{BODY_WORDS}$")
FULL_COUNCIL_RE = re.compile(r"^(?:(?:Full|Extraordinary|Annual|Special)\s+(?:Meeting\s+of\s+(?:the\s+)?)?)?Council$")
COUNCIL_RE = re.compile(
    r"\b((?:[A-Z][a-z]+\s){1,3}(?:County|City|District|Borough|Metropolitan Borough|Town|Parish)\sCouncil"
    r"|(?:London|Royal)\sBorough\sof\s[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\b")
LONE_COUNCIL_RE = re.compile(r"^((?:[A-Z][a-z]+\s){1,3}Council)$")
MENTION_RE = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|&)\s+)?){1,8}(?:Select\s+|Scrutiny\s+)?(?:Committee|Sub-Committee))\b")
OTHER_MENTION_RE = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|&)\s+)?){1,8}(?:Board|Panel|Forum|Commission)|Cabinet(?!\s+(?:Member|Lead|Portfolio)))\b")
GENERIC_RE = re.compile(r"\b(?:County|City|District|Borough|Town|Parish)\s+Council$")


def title_case(text: str) -> str:
    """'HEALTH AND WELLBEING BOARD' -> 'Health and Wellbeing Board'; text with lower case is kept."""
    if not re.search(r"[A-Z]{2}", text) or re.search(r"[a-z]", text):
        return text
    words = text.lower().split()
    return " ".join(w if i and w in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words)) \
        .replace("Sub-committee", "Sub-Committee")


def body_name(text: str) -> str:
    """A body's name as printed, cleaned: no leading 'the', no trailing punctuation, in title case."""
    text = re.sub(r"\s+", " ", text).strip(" .,:;-–")
    text = re.sub(r"^(?:the)\s+", "", text, flags=re.I)
    return title_case(text)


def is_committee_name(text: str) -> bool:
    """'Adult Social Care Committee', 'CABINET', 'Full Council', 'Licensing Sub-Committee'."""
    text = re.sub(r"\s+Item No.*$", "", text.strip(), flags=re.I)
    if len(text.split()) > 12:
        return False
    name = body_name(text)
    return bool(COMMITTEE_NAME_RE.match(name) or FULL_COUNCIL_RE.match(name))


def is_council_name(text: str) -> bool:
    """A line that is only a council's name: 'Norfolk County Council', 'FENMOOR DISTRICT COUNCIL'."""
    name = title_case(text.strip())
    return bool(COUNCIL_RE.fullmatch(name) or LONE_COUNCIL_RE.match(name) and not FULL_COUNCIL_RE.match(name))


def council_of(text: str) -> str | None:
    """The council named most often ('Norfolk County Council'), else one named alone at the top."""
    counts: dict[str, int] = {}
    for raw in COUNCIL_RE.findall(text):
        counts[raw] = counts.get(raw, 0) + 1
    for raw in COUNCIL_RE.findall(title_case_lines(text)):
        counts.setdefault(raw, 1)
    if counts:
        return max(counts, key=lambda k: (counts[k], len(k)))
    for line in text.split("\n")[:12]:
        m = LONE_COUNCIL_RE.match(title_case(line.strip()))
        if m and not FULL_COUNCIL_RE.match(m.group(1)):
            return m.group(1)
    return None


def title_case_lines(text: str) -> str:
    """The lines printed in capitals near the top, in title case (where a council's name usually is)."""
    return "\n".join(title_case(line.strip()) for line in text.split("\n")[:30] if not re.search(r"[a-z]", line))


def committee_in(text: str) -> str | None:
    """The committee named most often in the text (longest name on a tie), without a leading 'The'/'That the';
    a board, panel, forum, commission or the cabinet when no committee is named."""
    for rx in (MENTION_RE, OTHER_MENTION_RE):
        counts: dict[str, int] = {}
        for name in rx.findall(text):
            name = re.sub(r"^(?:(?:That|The|This|A|An|To|Of|By|For)\s+)+", "", name.strip())
            if (len(name.split()) >= 2 or name == "Cabinet") and not re.match(r"^(?:Select|Scrutiny)\b", name):
                counts[name] = counts.get(name, 0) + 1
        if counts:
            return max(counts, key=lambda k: (counts[k], len(k)))
    return None
