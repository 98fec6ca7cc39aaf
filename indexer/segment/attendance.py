"""Who attended a meeting, as minutes list them.

Sections: "Present:" / "PRESENT:" / "Councillors present:" (names with "(Chairman)", "(Leader)
(Chairman)"), "Substitute Members Present: Cllr X for Cllr Y", "(Mr G Nobbs substituting)",
"APOLOGIES:", "Apologies for absence were received from ...", "ALSO PRESENT:", "In attendance:",
"Officers:" / "Officers Present:" / "Staff Present:" / "Officials:"; "Regrets:" (Canadian minutes: apologies); "Sederunt:" (Scottish minutes: present); US roll calls: "Present: Mayor Ruiz, Councilmember Chen",
"Absent: Councilmember Osei" (recorded as apologies). Names are titled ('Mr A Dearnley', 'Councillor J Smith');
inline lists are split on commas and 'and', the plural 'Councillors A Brown and C Green' giving
'Councillor A Brown' and 'Councillor C Green' (also 'Crs', 'Supervisors', 'Council Members' ...). 'Absent: None'
closes the lists.
"""
from __future__ import annotations

import re

from indexer.segment.blocks import Line
from models import Attendee
from models.people import ANY_TITLE, PLURAL_TITLES, TITLES, US_TITLES, clean_name

NAME_RE = re.compile(rf"\b{ANY_TITLE}\s+(?:(?!{ANY_TITLE}\s)(?:[A-Z][\w’'.-]*|of)\s*[–-]?\s*){{1,4}}(?:\s*\([^)]*\))*")
PLURAL_RE = re.compile(r"\b(?P<t>(?i:" + "|".join(k.replace(" ", r"\s+") for k in PLURAL_TITLES) + r")\.?)\s*:?\s+"
                       r"(?P<list>(?-i:[A-Z])[^;]+)")
NONE_RE = re.compile(r"(?i)^(?:none|nil|n/?a|-|–|no\s+(?:apologies|absences|one)\b.*)\.?$")
TITLED_RE = re.compile(rf"^{ANY_TITLE}\s", re.I)
LIST_SPLIT_RE = re.compile(r"\s*[,;]\s*(?![^()]*\))|\s+(?:and|&)\s+(?![^()]*\))")
LIST_END_RE = re.compile(r"(?<=[a-z)\]])\.\s+(?=[A-Z][a-z]+\s+[a-z])")  # a sentence ends; not an initial ('D. Williams')
BARE_NAME_RE = re.compile(r"^(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+(?:\s*\([^)]*\))*\.?$")
OFFICE = r"(?:Clerk|Parish Clerk|Town Clerk|Secretary|Treasurer|Minute Taker|RFO|Responsible Financial Officer)"
OFFICER_AFTER_RE = re.compile(rf"(?:,\s*|\band\s+)(?P<n>(?:{TITLES}\s+)?(?:[A-Z][\w’'.-]*\s+){{0,2}}[A-Z][\w’'-]+),\s*"
                              rf"(?:the\s+)?(?P<r>{OFFICE})\b(?!\s+(?:{TITLES}\s+)?[A-Z])")
OFFICER_BEFORE_RE = re.compile(rf"(?:^|,\s*)(?:the\s+)?(?P<r>{OFFICE})\s*:?\s+(?P<n>(?:{TITLES}\s+)?(?:[A-Z][\w’'.]*\s+){{0,2}}"
                               r"[A-Z][\w’'-]+)")
ACRONYM_RE = re.compile(r"^[A-Z]{2,6}$")
OFFICE_WORD = (r"(?:Officer|Manager|Director|Clerk|Executive|Head|Chief|Secretary|Treasurer|Engineer|Planner|Solicitor|"
               r"Advis[eo]r|Co-?ordinator|Assistant|Administrator|Superintendent|Attorney|Controller|Auditor|Lead)")
NAME_AND_OFFICE_RE = re.compile(rf"^(?P<n>(?:{TITLES}\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}),\s*"
                                rf"(?P<r>[^,]*\b{OFFICE_WORD}\b[^,]*)$")
SENTENCE_RE = re.compile(r"^(?:The|This|It|There|A|An)\s+\w+(?:\s+\w+)*\s+(?:was|were|is|are|had|has)\b.*\.$")
INITIALLED_RE = re.compile(r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})\s+(?P<note>\([^)]*\)\s+)?(?P<ini>[A-Z]{2,3})\b")
ROLE_IN_BRACKETS_RE = re.compile(r"^(?P<n>[^(]+?)\s*\((?P<r>[^)]*)\)")
SECTION_RE = re.compile(r"^(?P<label>(?:substitute members? present|substitutes?|(?:officers?|officials?|staff)(?: present| in attendance)?"
                        r"|also present|(?:councillors?|members?|directors?|trustees?|commissioners?|supervisors?"
                        r"|board members?|aldermen|alderpersons?) present"
                        r"|in the chair|presiding member|in attendance|present|sederunt|apologies(?: for absence)?|regrets|absent"
                        r"|(?:members?|councillors?|directors?|trustees?|commissioners?) absent)"
                        r"(?:\s*\(.*?\))?)\s*:?\s*(?P<rest>.*)$",
                        re.I)
# Who presides: '(Chairman)', '(in the Chair)'; a town council's '(Mayor)' / '(Town Mayor)', a Scottish
# council's '(Convener)' / '(Provost)', an Irish council's '(Cathaoirleach)', an Australian shire's '(Shire President)',
# a Canadian township's '(Reeve)' or county's '(Warden)'; never '(Deputy Mayor)' or '(Vice-Chair)'.
CHAIR_NOTE_RE = re.compile(r"\((?:the\s+|in the\s+)?(?:chair|chairman|chairwoman|chairperson|(?:town\s+|city\s+)?mayor|"
                           r"conven[eo]r|provost|presiding(?:\s+member)?|cathaoirleach|(?:shire\s+)?president|reeve|warden)\)",
                           re.I)
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
        title = PLURAL_TITLES[re.sub(r"\s+", " ", m.group("t").lower().rstrip("."))]
        end = LIST_END_RE.search(m.group("list"))
        body, tail = (m.group("list")[:end.start()], m.group("list")[end.start():]) if end else (m.group("list"), "")
        names = [n if TITLED_RE.match(n) else f"{title} {n}" for n in list_names(body)]
        return ", ".join(names) + tail
    return PLURAL_RE.sub(each, text)


def list_names(text: str) -> list[str]:
    """The entries of a list of names, also where commas were lost: 'Haidy Blake (Chairman) Gary O'Leary',
    'Magda Atkins Lizzer Bradbury' (four capitalised words: two names); acronyms ('EDC') left out."""
    text = re.sub(r"\)\s+(?=[A-Z])", "), ", text)
    out: list[str] = []
    for part in split_list(text):
        words = part.split()
        if ACRONYM_RE.match(part):
            continue
        if len(words) == 4 and all(w[:1].isupper() and len(w) > 1 and "." not in w for w in words):
            out += [" ".join(words[:2]), " ".join(words[2:])]
        else:
            out.append(part)
    return out


# A numbered item holding the attendance: 'ROLL CALL', 'Attendance and Apologies', an Australian 'RECORD OF
# ATTENDANCE / APOLOGIES / LEAVE OF ABSENCE'; names listed right under it, before any label, are present.
ROLL_CALL_RE = re.compile(r"(?i)^(?:record\s+of\s+)?(?:roll\s+call|attendance|members\s+present)"
                          r"(?:\s*(?:and|&|/|,)\s*[\w\s/,&]+)?\s*:?$")
ITEM_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,2})?|[A-Z])[.)]?\s+")


def attendance(lines: list[Line]) -> list[Attendee]:
    """Attendees from the lines between the minutes' heading and the first minute: the lists under
    'Present:', 'Apologies:', 'In attendance:' ... (lines above the first such label are the heading's)."""
    people: list[Attendee] = []
    role, note, started, labelled = "present", "", False, False
    for text in joined_entries(lines):
        if ROLL_CALL_RE.match(ITEM_NUMBER_RE.sub("", text)):
            role, note, started = "present", "", True  # the names under it, up to a label, are present
            continue
        m = SECTION_RE.match(text)
        labelled = bool(m)
        if m:
            role = section_role(m.group("label"))
            note = "also present" if re.match(r"also|in attendance", m.group("label"), re.I) else \
                "(Chairman)" if re.match(r"in the chair|presiding", m.group("label"), re.I) else ""
            text, started = m.group("rest"), True
        if labelled and NONE_RE.match(text.strip()):
            started = False  # 'Absent: None': what follows, up to the next label, is not a list of names
        if not started or SENTENCE_RE.match(text) or (not labelled and is_caps_heading(text)):
            continue  # the heading above the lists; 'The Meeting was Chaired by ...'
        if (note or role == "officer") and not labelled and not names_in(text) \
                and not NAME_AND_OFFICE_RE.match(text.strip()):
            continue  # an officer is listed on the label's line: a bare line below it is something else
        people.extend(attendees_in(text, role, note))
    return people


def is_caps_heading(text: str) -> bool:
    """A line in capitals without a list or a title in it ('CONSENT CALENDAR', 'REGULAR AGENDA'): a heading,
    not names ('CLLR J SMITH' stays a name)."""
    return not re.search(r"[a-z]", text) and "," not in text and len(text.split()) <= 6 and not TITLED_RE.match(text)


def joined_entries(lines: list[Line]) -> list[str]:
    """The lines with a list that wraps joined back ('..., R Robson and' / 'P Clarke, A Armstrong')."""
    out: list[str] = []
    for line in lines:
        text = strip_markdown_bullet(line.text)
        if out and not SECTION_RE.match(text) and re.search(r"(?:,|\band|&)\s*$", out[-1]):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def strip_markdown_bullet(text: str) -> str:
    """'- Sarah Woodbury — Chair' -> 'Sarah Woodbury (Chair)'; '## Present' -> 'Present:'."""
    text = re.sub(r"^#{1,6}\s+(.+?)\s*$", r"\1:", text) if re.match(r"^#{1,6}\s", text) else text
    text = re.sub(r"^[-*•]\s+", "", text)
    return re.sub(r"\s+[—–-]\s+([A-Z][\w -]{1,30})$", r" (\1)", text)


def section_role(label: str) -> str:
    label = label.lower()
    if label.startswith("substitute"):
        return "substitute"
    if label.startswith(("officer", "official", "staff", "in attendance", "also")):
        return "officer" if label.startswith(("officer", "official", "staff")) else "present"
    return "apologies" if label.startswith(("apolog", "regrets")) or "absent" in label else "present"


MEMBER_TITLE_RE = re.compile(rf"^(?:Cllrs?|Councillors?|Crs?|{US_TITLES})\b\.?", re.I)  # a member, not an officer


def attendees_in(text: str, role: str, note: str = "") -> list[Attendee]:
    """People on one line of a section; officers are written without a title ('Jane Doe Head of ...')."""
    sub = SUB_FOR_RE.match(text.strip())
    if role == "substitute" and sub:
        return [Attendee(clean_name(sub.group("sub")), "substitute", f"substituting for {clean_name(sub.group('for'))}")]
    if role == "officer" or note and not names_in(text):
        return officers_in(text)  # 'In attendance:' lists officers, untitled
    office = NAME_AND_OFFICE_RE.match(text.strip())
    if office and not MEMBER_TITLE_RE.match(office.group("n")):  # 'Mr Craig Boyd, Chief Executive Officer' in a list
        return [Attendee(clean_name(office.group("n")), "officer", office.group("r"))]
    text, officers = split_officers(text)
    found = officers
    names = names_in(text) or initialled_names(text) or untitled_names(text) or lone_name(text)
    for name in names:
        mark = "(Chairman)" if CHAIR_NOTE_RE.search(name) else "(Vice-Chair)" if VICE_NOTE_RE.search(name) else note
        found.append(Attendee(clean_name(name), role, mark))
    return found


def untitled_names(text: str) -> list[str]:
    """Names listed without titles: 'J Smith (Chairman), A Brown and C Green' (two or more of them);
    an entry of four capitalised words with no separator is two names ('Magda Atkins Lizzer Bradbury')."""
    out = list_names(text)
    return out if len(out) >= 2 and all(BARE_NAME_RE.match(p) for p in out) else []


def initialled_names(text: str) -> list[str]:
    """Names each followed by their initials, as community councils list them: 'Kenny Combe KC Graham
    Dolan GD', 'Helen Laing (SBC) HL'."""
    found = []
    for m in INITIALLED_RE.finditer(text):
        name = m.group("name")
        if "".join(w[0] for w in name.split()) == m.group("ini")[:len(name.split())] or \
                name.split()[0][0] + name.split()[-1][0] == m.group("ini")[:2]:
            found.append(f"{name} {m.group('note')}".strip() if m.group("note") else name)
    rest = INITIALLED_RE.sub("", text).strip(" ,")
    return found if found and (len(found) >= 2 or not rest) and not re.search(r"[a-z]{3}", rest) else []


def lone_name(text: str) -> list[str]:
    """One untitled name alone in its entry ('Sarah Woodbury (Chair)'), as Markdown lists print them."""
    text = text.strip(" ,.")
    return [text] if BARE_NAME_RE.match(text) and len(text.split()) >= 2 and not ACRONYM_RE.match(text) else []


def split_officers(text: str) -> tuple[str, list[Attendee]]:
    """The members' part of a list and its officers: '... Mrs V White, Councillors, and Mr R Nolan, Clerk'
    or 'Clerk J Brampton' -> the text before, and Attendee('Mr R Nolan', 'officer', 'Clerk')."""
    officers = [Attendee(clean_name(m.group("n")), "officer", m.group("r").title())
                for m in OFFICER_AFTER_RE.finditer(text)]
    officers += [Attendee(clean_name(m.group("n")), "officer", m.group("r").title())
                 for m in OFFICER_BEFORE_RE.finditer(text)]
    text = OFFICER_BEFORE_RE.sub("", OFFICER_AFTER_RE.sub("", text))
    text = re.sub(r",?\s*\b(?:Councillors|Members)\b\s*,?\s*(?:and\s*)?$", "", text.strip(" ,"))
    return text, officers


def officers_in(text: str) -> list[Attendee]:
    """Officers on a line: 'Jane Doe Head of Planning', a list 'J Bloggs (Head of Planning), K Smith (Solicitor)',
    or name-and-office pairs 'Sarah Quinn, CAO; Mark Howe, Treasurer' (Canadian and US minutes)."""
    if ";" in text:
        pairs = [re.match(r"^\s*(?P<n>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s*(?:,|[–—-])\s*(?P<r>[^,;]+?)\s*$", part)
                 for part in (re.sub(r"\s*\(([^)]*)\)\s*$", r", \1", x) for x in text.split(";")) if part.strip()]
        if pairs and all(pairs):
            return [Attendee(m.group("n"), "officer", m.group("r")) for m in pairs]
    if re.match(r"^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}\s*\(", text):
        found = []
        for entry in split_list(text):
            m = ROLE_IN_BRACKETS_RE.match(entry)
            found.append(Attendee(m.group("n").strip(" ,"), "officer", m.group("r")) if m else
                         Attendee(entry.strip(" ,"), "officer", ""))
        return found
    if m := NAME_AND_OFFICE_RE.match(text.strip()):  # 'Mr Ian Ford, Chief Executive Officer'
        return [Attendee(clean_name(m.group("n")), "officer", m.group("r"))]
    words = text.split()
    if len(words) < 2:
        return []
    return [Attendee(" ".join(words[:2]).strip(" ,"), "officer", " ".join(words[2:]).strip(" ,"))]


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
