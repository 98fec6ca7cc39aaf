"""Who moved and who seconded a motion, in the forms councils print, and who those names are.

Forms (invented examples), proposer first:
- "Proposed by Cllr Ash, seconded by Cllr Birch"; "Moved by Mrs Cole, seconded by Mr Dunn";
  "It was moved by the Chairman and seconded by Councillor Eyre-Ford";
- "Mr Gale proposed, and Ms Hunt seconded the motion that:"; "Cllr Ives proposed and Cllr Jay seconded";
- "On a motion by Councilmember Kim, seconded by Councilmember Lopez"; "Motion by Commissioner Moss,
  second by Commissioner Nair";
- labels: "Proposed: Cllr Owen. Seconded: Cllr Park."; "Moved: Quinn Seconded: Reyes"; "M/S: Soto/Tran";
  "Moved by: Councillor Quinn" over "Seconded by: Deputy Mayor Reyes" (Ontario resolutions);
- two names before a resolution: "A. Usher, B. Vance: That the hall fees be frozen.";
- initials: "Proposed by SW and seconded by RW"; "were approved by MC and seconded by AW"; "Proposed SW,
  seconded RW"; "Prop: SW Sec: RW";
- the chair: "The chairman proposed, and it was accepted that ...".
`resolve_person` turns "the Chairman" into the meeting's chair and initials into the name of the one
person at the meeting with those initials, keeping what was printed in brackets: "Sarah Woodbury (SW)".
"""
from __future__ import annotations

import re
from typing import Protocol

from models.domain import Attendee
from models.people import clean_name

# Titles before a name, UK and US: "Cllr", "Councilmember", "Mayor Pro Tem", "Alderman".
TITLES = (r"Cllrs?|Councillors?|Crs?|Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof(?:essor)?|Rev(?:d)?|Alderman"
          r"|Alderwoman|Council\s*[Mm]ember|Councilman|Councilwoman|Commissioner|Supervisor|Trustee|Director"
          r"|Board\s*[Mm]ember|Vice\s+Mayor|Deputy\s+Mayor|Mayor\s+Pro\s+Tem|Mayor|Vice[- ]Chair|Chair"
          r"|President|Vice\s+President|Delegate|Member")
# Words a name never includes: what a motion line prints next to a name.
_NOT_NAME = r"(?!(?:Seconded|Second|Proposed|Moved|Carried|Agreed|Resolved|That|The|And|To|Motion|Members?)\b)"
_WORD = rf"{_NOT_NAME}(?:[A-Z][a-z'’\-][A-Za-z'’\-]*|[A-Z]\.?)"  # a word, or an initial with its full stop
TITLED = rf"(?:{TITLES})\.?[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
CHAIR = r"(?:[Tt]he\s+)?(?:[Vv]ice[- ])?(?:[Cc]hair(?:man|woman|person)?|[Pp]residing\s+[Mm]ember)\b"
ROLE = r"(?:[Tt]he\s+)(?:Leader|Deputy\s+Leader|Mayor|Clerk|President)"
INITIALS = r"(?-i:[A-Z]{2,3})\b"
# Bare names (no title) only where a mover phrase stands right before them: "Proposed by Sarah Dunn".
BARE = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
NAME = rf"(?:{TITLED}|{CHAIR}|{ROLE}|{INITIALS})"
# Words that make a bare name an organisation: "proposed by the Planning Committee".
ORG_WORDS = re.compile(r"\b(?:Council|Committee|Board|Group|Party|Cabinet|Officers?|Staff|City|County|Parish"
                       r"|Department|Administration|Members?|Panel|Commission|Authority|Government)\b")

_BY = r"(?i:\s+(?:of|by|from)\s+)"
_ADVERB = r"(?:(?i:then|also|subsequently|formally|duly|therefore)\s+)?"  # 'Councillor Fenwick then proposed refusal'
# Movers printed as a pair after a slashed label (Californian minutes): 'M/S: Lee/Park', 'M/S/C: Jones/Smith',
# 'Moved/Seconded: Lee/Park', 'MOTION: Lee/Park to approve ...'.
_SLASHED = r"\b(?:M/S(?:/C)?|(?i:moved/seconded(?:/carried)?|motion/second)|(?i:motion)(?=\s*:\s*[A-Z][\w'’-]*\s*/))"
PROPOSER_FORMS = (
    rf"(?i:proposed|moved|proposition|motion|proposal)(?:\s+(?i:and\s+carried))?{_BY}({NAME}|{BARE})",
    rf"({NAME})\s*(?:\([^)]*\)\s*)?(?:,\s*(?i:seconded)\s+by\s+(?:{NAME})\s*,?\s*)?{_ADVERB}(?i:proposed|moved)\b(?!\s*:)",
    rf"\b(?i:proposed|proposer|prop|moved|mover)(?:\s+(?i:by))?\s*:\s*({NAME}|{BARE})",
    rf"\b(?i:proposed|moved)\s+({TITLED}|{INITIALS})\s*,?\s+(?i:and\s+)?(?i:seconded)\s+(?:{TITLED}|{INITIALS})",
    rf"\bby\s+({NAME}|{BARE})\s*,?\s+(?i:and\s+)?(?i:seconded|second)\s+by\b",
    rf"^\s*(?i:proposed|moved)\s+({TITLED})\s*\.?\s*$",  # 'Moved Cr Smith' on a line of its own (Australia)
    rf"{_SLASHED}\s*:?\s*({NAME}|{BARE})\s*/",
    rf"^\s*({TITLED}|{BARE}),\s*(?:{TITLED}|{BARE})\s*:\s*(?:That|To)\b",
    rf"\b(?i:resolved|agreed|moved)\s*\(\s*({NAME}|{BARE})\s*/\s*(?:{NAME}|{BARE})\s*\)",  # 'Resolved (Cr A/Cr B)'
)
SECONDER_FORMS = (
    rf"(?i:seconded|second)\s+(?i:by\s+)({NAME}|{BARE})",
    rf"\b(?i:proposed|moved)\s+(?:{TITLED}|{INITIALS})\s*,?\s+(?i:and\s+)?(?i:seconded)\s+({TITLED}|{INITIALS})",
    rf"({NAME})\s+{_ADVERB}(?i:seconded)\b(?!\s+(?i:by)\b|\s*:)",  # 'Cllr Jay seconded', not the label 'Seconded:'
    rf"{_SLASHED}\s*:?\s*(?:{NAME}|{BARE})\s*/\s*({NAME}|{BARE})",
    rf"\b(?i:seconded|seconder|second|sec)(?:\s+(?i:by))?\s*:\s*({NAME}|{BARE})",
    rf"^\s*(?:{TITLED}|{BARE}),\s*({TITLED}|{BARE})\s*:\s*(?:That|To)\b",
    rf"^\s*(?i:seconded)\s+({TITLED})\s*\.?\s*$",  # 'Seconded Cr Jones'
    rf"\b(?i:resolved|agreed|moved)\s*\(\s*(?:{NAME}|{BARE})\s*/\s*({NAME}|{BARE})\s*\)",
)
_PROPOSER_RES = [re.compile(f, re.M) for f in PROPOSER_FORMS]
_SECONDER_RES = [re.compile(f, re.M) for f in SECONDER_FORMS]
_CHAIR_RE = re.compile(rf"(?i)^{CHAIR}$")


def _first(rxs: list[re.Pattern], text: str) -> str | None:
    """The first name any of the forms finds, tidied; organisations are no mover."""
    for rx in rxs:
        for m in rx.finditer(text):
            name = m.group(1).strip(" ,.")
            if not ORG_WORDS.search(name) or re.match(TITLED, name):
                return re.sub(r"^The\b", "the", name)
    return None


_PLURAL_TITLE_RE = re.compile(r"^(Cllr|Cr|Councillor|Supervisor|Commissioner|Trustee|Director)s\s+")


def parse_mover(text: str) -> tuple[str | None, str | None]:
    """(proposer, seconder) named in `text`, each None when not written. A plural title over the pair
    titles both: 'Crs Tipene/McLeod' -> ('Cr Tipene', 'Cr McLeod')."""
    text = text or ""
    proposer, seconder = _first(_PROPOSER_RES, text), _first(_SECONDER_RES, text)
    if proposer and (plural := _PLURAL_TITLE_RE.match(proposer)):
        proposer = f"{plural.group(1)} {proposer[plural.end():]}"
        if seconder and not re.match(TITLED, seconder):
            seconder = f"{plural.group(1)} {seconder}"
    return proposer, seconder


class Roster(Protocol):
    """Who was at a meeting: its attendees (names as printed) and its chair, as a Meeting has them."""

    attendees: list[Attendee]
    chair: str | None


_TITLE_RE = re.compile(rf"^(?:(?:{TITLES})\.?\s+)+")
_ROLE_TAIL_RE = re.compile(r"\s+[—–-]\s+.*$|,.*$")


def _printed(name: str) -> tuple[str, str | None]:
    """An attendee's name without role or notes, and the initials printed after it ('Kenny Ash KA')."""
    name = clean_name(_ROLE_TAIL_RE.sub("", name.replace("*", " ")))
    m = re.search(r"\s([A-Z]{2,3})$", name)
    return (name[:m.start()].strip(), m.group(1)) if m else (name, None)


def initials_of(name: str) -> set[str]:
    """The initials a name goes by: every word's first letter and first + last ('B J Ash' -> BJA, BA)."""
    name, printed = _printed(name)
    if printed:
        return {printed}
    words = [w for w in re.split(r"[\s.]+", _TITLE_RE.sub("", name)) if w and w[0].isalpha()]
    if len(words) < 2 or len(words[-1]) < 2:
        return set()
    letters = [w[0].upper() for w in words]
    out = {"".join(letters), letters[0] + letters[-1]}
    if "-" in words[-1]:
        out.add("".join(letters[:-1]) + "".join(p[0].upper() for p in words[-1].split("-") if p))
    return out


def resolve_person(name: str | None, roster: Roster | None) -> str | None:
    """The meeting's name for a printed mover: the chair for 'the Chairman', the one attendee with
    those initials for 'SW' ('Sarah Woodbury (SW)'); otherwise the name as printed."""
    if not name or roster is None:
        return name
    if _CHAIR_RE.match(name) and roster.chair:
        return f"{_printed(roster.chair)[0]} ({name})"
    if re.fullmatch(INITIALS, name):
        matches = {_printed(a.name)[0] for a in roster.attendees if name in initials_of(a.name)}
        if len(matches) == 1:
            return f"{matches.pop()} ({name})"
    return name
