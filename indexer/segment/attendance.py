"""Who attended a meeting, as minutes list them.

Sections: "Present:" / "PRESENT:" / "Councillors present:" (names with "(Chairman)", "(Leader)
(Chairman)"), "Substitute Members Present: Cllr X for Cllr Y", "(Mr G Nobbs substituting)",
"APOLOGIES:", "Apologies for absence were received from ...", "ALSO PRESENT:", "In attendance:",
"Officers:" / "Officers Present:". Names are titled ('Mr A Dearnley', 'Councillor J Smith');
inline lists are split on commas and 'and', the plural 'Councillors A Brown and C Green' giving
'Councillor A Brown' and 'Councillor C Green'.
"""
from __future__ import annotations

import re

from indexer.segment.blocks import Line
from models import Attendee
from models.people import TITLES, clean_name

NAME_RE = re.compile(rf"\b{TITLES}\s+(?:(?!{TITLES}\s)(?:[A-Z][\w’'.-]*|of)\s*[–-]?\s*){{1,4}}(?:\s*\([^)]*\))*")
PLURAL_RE = re.compile(r"\b(?P<t>(?i:councillors|cllrs)\.?)\s*:?\s+(?P<list>[^;]+)")
TITLED_RE = re.compile(rf"^{TITLES}\s", re.I)
LIST_SPLIT_RE = re.compile(r"\s*[,;]\s*(?![^()]*\))|\s+(?:and|&)\s+(?![^()]*\))")
LIST_END_RE = re.compile(r"\.\s+(?=[A-Z][a-z]+\s+[a-z])")
BARE_NAME_RE = re.compile(r"^(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+(?:\s*\([^)]*\))*\.?$")
ROLE_IN_BRACKETS_RE = re.compile(r"^(?P<n>[^(]+?)\s*\((?P<r>[^)]*)\)")
SECTION_RE = re.compile(r"^(?P<label>(?:substitute members? present|substitutes?|officers?(?: present| in attendance)?"
                        r"|also present|(?:councillors?|members?) present"
                        r"|in attendance|present|apologies(?: for absence)?)(?:\s*\(.*?\))?)\s*:?\s*(?P<rest>.*)$",
                        re.I)
CHAIR_NOTE_RE = re.compile(r"\((?:the\s+|in the\s+)?(?:chair|chairman|chairwoman|chairperson)\)", re.I)
VICE_NOTE_RE = re.compile(r"\(vice[- ]?chair(?:man|woman|person)?\)", re.I)
SUBSTITUTING_RE = re.compile(rf"(?P<sub>{TITLES}\s+[^()]+?)\s+substituting(?:\s+for\s+(?P<for>[^)]+))?", re.I)
SUB_FOR_RE = re.compile(rf"^(?P<sub>{TITLES}\s+.+?)\s+for\s+(?P<for>{TITLES}\s+.+)$", re.I)


def names_in(text: str) -> list[str]:
    """The people named in a line of an attendance list ('Mr Tim Adams Mr W Richmond')."""
    return [n.strip(" ,;") for n in NAME_RE.findall(expand_plural(text))]


def split_list(text: str) -> list[str]:
    """'A Brown (Chairman), C Green and D White' -> its entries, commas inside brackets kept."""
    return [part.strip(" .") for part in LIST_SPLIT_RE.split(text) if part and part.strip(" .")]


def expand_plural(text: str) -> str:
    """'Councillors A Brown, C Green and D White' -> 'Councillor A Brown, Councillor C Green, Councillor D White'."""
    def each(m: re.Match) -> str:
        title = "Councillor" if m.group("t").lower().startswith("councillors") else "Cllr"
        end = LIST_END_RE.search(m.group("list"))
        body, tail = (m.group("list")[:end.start()], m.group("list")[end.start():]) if end else (m.group("list"), "")
        names = [n if TITLED_RE.match(n) else f"{title} {n}" for n in split_list(body)]
        return ", ".join(names) + tail
    return PLURAL_RE.sub(each, text)


def attendance(lines: list[Line]) -> list[Attendee]:
    """Attendees from the lines between the minutes' heading and the first minute."""
    people: list[Attendee] = []
    role, note = "present", ""
    for line in lines:
        m = SECTION_RE.match(line.text)
        text = line.text
        if m:
            role = section_role(m.group("label"))
            note = "also present" if re.match(r"also|in attendance", m.group("label"), re.I) else ""
            text = m.group("rest")
        people.extend(attendees_in(text, role, note))
    return people


def section_role(label: str) -> str:
    label = label.lower()
    if label.startswith("substitute"):
        return "substitute"
    if label.startswith(("officer", "in attendance", "also")):
        return "officer" if label.startswith("officer") else "present"
    return "apologies" if label.startswith("apolog") else "present"


def attendees_in(text: str, role: str, note: str = "") -> list[Attendee]:
    """People on one line of a section; officers are written without a title ('Jane Doe Head of ...')."""
    sub = SUB_FOR_RE.match(text.strip())
    if role == "substitute" and sub:
        return [Attendee(clean_name(sub.group("sub")), "substitute", f"substituting for {clean_name(sub.group('for'))}")]
    if role == "officer" or note and not names_in(text):
        return officers_in(text)  # 'In attendance:' lists officers, untitled
    found = []
    names = names_in(text) or untitled_names(text)
    for name in names:
        mark = "(Chairman)" if CHAIR_NOTE_RE.search(name) else "(Vice-Chair)" if VICE_NOTE_RE.search(name) else note
        found.append(Attendee(clean_name(name), role, mark))
    return found


def untitled_names(text: str) -> list[str]:
    """Names listed without titles: 'J Smith (Chairman), A Brown and C Green' (two or more of them)."""
    parts = split_list(text)
    return parts if len(parts) >= 2 and all(BARE_NAME_RE.match(p) for p in parts) else []


def officers_in(text: str) -> list[Attendee]:
    """Officers on a line: 'Jane Doe Head of Planning', or a list 'J Bloggs (Head of Planning), K Smith (Solicitor)'."""
    if re.match(r"^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}\s*\(", text):
        found = []
        for entry in split_list(text):
            m = ROLE_IN_BRACKETS_RE.match(entry)
            found.append(Attendee(m.group("n"), "officer", m.group("r")) if m else Attendee(entry, "officer", ""))
        return found
    words = text.split()
    return [Attendee(" ".join(words[:2]), "officer", " ".join(words[2:]))] if len(words) >= 2 else []


def apologies(text: str) -> list[Attendee]:
    """'Apologies were received from Mr M Sands, (Mr G Nobbs substituting) and Mr M Storey.'"""
    m = re.search(r"apologies (?:for absence )?(?:were|was) (?:received|given|submitted|tendered) (?:from|by|on behalf of)\s+(.*)",
                  text, re.I)
    if not m:
        return []
    body = expand_plural(m.group(1))
    people: list[Attendee] = []
    for part in re.split(r"(\([^)]*\))", body):
        sub = SUBSTITUTING_RE.search(part)
        if part.startswith("(") and sub:
            absent = people[-1].name if people else ""
            note = f"substituting for {clean_name(sub.group('for') or absent)}".strip()
            people.append(Attendee(clean_name(sub.group("sub")), "substitute", note))
        elif not part.startswith("("):
            people.extend(Attendee(clean_name(n), "apologies") for n in names_in(part))
    return people


def merge_people(people: list[Attendee]) -> list[Attendee]:
    """Each person once per role; a substitute also listed as present is kept as the substitute."""
    subs = {p.name for p in people if p.role == "substitute"}
    seen: set[tuple[str, str]] = set()
    out: list[Attendee] = []
    for person in people:
        key = (person.name, person.role)
        if key in seen or person.role == "present" and person.name in subs:
            continue
        seen.add(key)
        out.append(person)
    return out
