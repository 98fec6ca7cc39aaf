"""Names of councils and of the bodies that meet: committees, cabinets, boards, panels, councils.

A council (the authority) is printed 'Kent County Council', 'KENT COUNTY COUNCIL', 'Burton-cum-Walden
Parish Council', 'Ayton Community Council', 'City of Rosemead', 'CITY OF WESTLAKE VILLAGE', 'New York
City Council', 'Town of Ashwell', 'London Borough of Camden'. A body's name is printed in many forms:
'Adult Social Care Committee', 'CABINET', 'Full Council', 'County Council', 'Health and Wellbeing
Board', 'Licensing Sub-Committee', 'Planning & Environmental Quality Commission', 'Improvement
Authority', 'Subcommittee on Zoning and Franchises'. Names printed in capitals are given in title
case ('HEALTH AND WELLBEING BOARD' -> 'Health and Wellbeing Board').
"""
from __future__ import annotations

import re

BODY_WORDS = (r"(?:Committee|Sub-Committee|Subcommittee|Board|Panel|Cabinet|Forum|Commission|Executive"
              r"|Authority|Agency|Assembly)")
SMALL_WORDS = {"and", "of", "for", "on", "the", "in", "to", "at", "with", "a", "an", "by"}
_WORD = r"[A-Z][\w’'&,.-]*"
# Place names in Latin letters with accents and macrons: 'Kōwhai', 'Dún Laoghaire', 'Ynys Môn', 'Ōpōtiki'.
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀĒĪŌŪŁŚŹŻČŠŽŴŶ", "a-zß-öø-ÿā-žŵŷ"
_PLACE = (rf"(?:[{_UP}][{_LOW}]+(?:-[{_LOW}]+-[{_UP}][{_LOW}]+|-[{_UP}][{_LOW}]+)?"
          rf"|[{_UP}]{{2,}}(?:-[{_UP}]+)*)")  # 'Burton-cum-Walden', 'NYC'
COMMITTEE_NAME_RE = re.compile(
    rf"^(?!(?:Report|Minutes|Agenda|Meeting|Date|Notice|Summons)\b)"
    rf"(?:{_WORD}\s+|(?:and|of|for|on|&|the)\s+){{0,10}}{BODY_WORDS}(?:\s+(?:on|for|of)\s+[\w ,&'’-]+)?$")
SUBJECT_BODY_RE = re.compile(rf"^(?:Sub)?[Cc]ommittee\s+on\s+{_WORD}(?:\s+(?:{_WORD}|and|of|for|the|&|,))*$")
FULL_COUNCIL_RE = re.compile(r"^(?:(?:Full|Extraordinary|Annual|Special|Ordinary) +(?:Meeting +of +(?:the +)?)?)?"
                             r"(?:(?:City|County|Parish|Town|District|Borough|Community|Village) +)?Council$")
# Authorities named as 'X of Place': US and Canadian cities and towns, British Columbia's regional districts and
# district municipalities, Ontario's regional municipalities, Australian shires.
_AND_PLACE = rf"(?!(?:Council|County|City|District|Borough|Town|Parish)\b){_PLACE}"  # 'Brighton and Hove'
_OF_FORMS = r"(?:City|Town|Village|County|Township|Borough|Regional District|District|Regional Municipality|Municipality|Shire)"
COUNCIL_RE = re.compile(
    rf"\b((?:{_PLACE} ){{1,3}}(?:County|City|District|Borough|Metropolitan Borough|Town|Parish|Community|Village"
    rf"|Shire|Regional|Township) Council|(?:{_AND_PLACE} ){{1,2}}and (?:{_AND_PLACE} ){{1,2}}(?:County|City|District|"
    rf"Borough|Metropolitan Borough|Town|Parish) Council"
    rf"|(?:London|Royal) Borough of [A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}(?: and [A-Z][a-z]+)?"
    rf"|{_OF_FORMS} of {_PLACE}(?: {_PLACE}){{0,2}})\b")
LONE_COUNCIL_RE = re.compile(r"^((?:[A-Z][a-z]+\s){1,3}Council)$")
MENTION_RE = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|&)\s+)?){1,8}(?:Select\s+|Scrutiny\s+)?(?:Committee|Sub-Committee))\b")
OTHER_MENTION_RE = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|&)\s+)?){1,8}(?:Board|Panel|Forum|Commission)|Cabinet(?!\s+(?:Member|Lead|Portfolio)))\b")
GENERIC_RE = re.compile(r"\b(?:County|City|District|Borough|Town|Parish|Community|Village)\s+Council$")
MEETING_WORDS_RE = re.compile(
    r"\s*\b(?:(?:regular|special|adjourned|extraordinary|annual|ordinary|hybrid|closed|public)\s+)*"
    r"(?:meeting|session)(?:\s+(?:agenda|minutes|notice))?\b\s*$|\s+agenda$", re.I)
# Capitalised words that open a council's name in running text but are no part of it ('the March County
# Council meeting', 'Budget County Council'), and words that end a place name ('City of Gardena Planning').
LEADING_MEETING_RE = re.compile(r"(?i)^(?:(?:a|an|the)\s+)?(?:(?:regular|special|adjourned|extraordinary|annual|ordinary|"
                                r"hybrid|closed)\s+)*"
                                r"(?:meeting|session)\s+of\s+(?:the\s+)?")
NOT_A_PLACE = {"The", "This", "That", "Our", "Your", "Each", "Every", "Any", "All", "Both", "Which", "Whose", "Its",
               "Full", "Extraordinary", "Annual", "Special", "Budget", "Next", "Last", "Previous", "Ordinary",
               "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "To", "From", "By", "Of", "And", "With", "At", "On", "In", "For", "Dear"}
PLACE_STOP = {"Planning", "Commission", "Council", "Committee", "Room", "Notice", "Regarding", "Case", "Building",
              "Division", "Department", "Hall", "City", "Clerk", "Staff", "Public", "Office", "Board", "Agenda",
              "Minutes", "Meeting", "Resolution", "Ordinance", "Police", "Fire", "Library", "Development",
              "Community", "Manager", "Attorney", "Mayor", "Municipal", "Code", "California", "Illinois", "Calendar",
              "Chamber", "Chambers", "Finance", "Parks", "Recreation", "Authority", "Agency", "Cabinet", "Executive",
              "Scrutiny", "Panel", "Forum", "Sub-Committee", "Subcommittee"}


def title_case(text: str) -> str:
    """'HEALTH AND WELLBEING BOARD' -> 'Health and Wellbeing Board'; text with lower case is kept."""
    if not re.search(r"[A-Z]{2}", text) or re.search(r"[a-z]", text):
        return text
    words = text.lower().split()
    out = " ".join(w if i and w in SMALL_WORDS else _cap(w) for i, w in enumerate(words))
    return out.replace("Sub-committee", "Sub-Committee")


def _cap(word: str) -> str:
    """'burton-cum-walden' -> 'Burton-cum-Walden', "clerk’s" -> "Clerk’s", 'nyc' stays 'Nyc'."""
    parts = word.split("-")
    return "-".join(p if i and p in {"cum", "on", "in", "upon", "le", "la", "de"} else p[:1].upper() + p[1:]
                    for i, p in enumerate(parts))


def body_name(text: str) -> str:
    """A body's name as printed, cleaned: no leading 'the' or 'Regular Meeting of the', no trailing
    punctuation or 'meeting', in title case."""
    text = re.sub(r"\s+", " ", text).strip(" .,:;-–*")
    text = LEADING_MEETING_RE.sub("", text)
    text = re.sub(r"^(?:the)\s+", "", text, flags=re.I)
    text = MEETING_WORDS_RE.sub("", text).strip(" .,:;-–") or text
    text = re.sub(r"(?i)^(?:regular|special|adjourned|extraordinary|ordinary)\s+(?=(?:\w+\s+)?(?:council|committee|board|"
                  r"commission)$)", "", text)  # 'Regular Council (Meeting Minutes)' -> 'Council'
    text = re.sub(r"(?i)^council\s+of\s+the\s+(city|town|village|county)\s+of\s+.+$",
                  lambda m: f"{m.group(1).title()} Council", text)  # 'COUNCIL OF THE CITY OF SPRINGFIELD'
    return title_case(text)


def is_committee_name(text: str) -> bool:
    """'Adult Social Care Committee', 'CABINET', 'Full Council', 'Licensing Sub-Committee', 'City Council'."""
    text = re.sub(r"\s+Item No.*$", "", text.strip(), flags=re.I)
    if len(text.split()) > 14:
        return False
    name = body_name(text)
    return bool(COMMITTEE_NAME_RE.match(name) or FULL_COUNCIL_RE.match(name) or SUBJECT_BODY_RE.match(name))


def council_names(text: str) -> list[str]:
    """Every council named in a text, as printed in title case ('Kent County Council', 'City of Rosemead')."""
    out = []
    for raw in COUNCIL_RE.findall(title_case_lines(text)):
        name = clean_council(raw)
        if name:
            out.append(name)
    return out


def clean_council(raw: str) -> str | None:
    """A council's name without words that are no part of it: 'The March County Council' -> None,
    'City of Gardena Planning' -> 'City of Gardena'."""
    m = re.match(rf"^((?:{_OF_FORMS}|London Borough|Royal Borough)\sof)\s(.+)$", raw)
    if m:
        place = []
        for word in m.group(2).split():
            if word in PLACE_STOP or word in NOT_A_PLACE or place and re.search(r"(?i)[a-z](?:ing|ed)$", word):
                break  # "CITY OF BEVERLY HILLS CONTINUING TO ..." (a place's first word may end so: 'Shire of Mundaring')
            place.append(word)
        return f"{m.group(1)} {' '.join(place)}" if place else None
    words = raw.split()
    while len(words) > 2 and words[0] in NOT_A_PLACE:
        words = words[1:]
    name = " ".join(words)
    return name if not FULL_COUNCIL_RE.match(name) else None


def is_council_name(text: str) -> bool:
    """A line that is only a council's name: 'Norfolk County Council', 'FENMOOR DISTRICT COUNCIL', 'City of X'."""
    name = title_case(text.strip())
    return bool(COUNCIL_RE.fullmatch(name) or LONE_COUNCIL_RE.match(name) and not FULL_COUNCIL_RE.match(name))


def council_of(text: str, extra: list[str] | None = None, known: list[str] | None = None) -> str | None:
    """The paper's council: the first named in its heading (first lines, running headers, page title:
    'Response from Horsley Parish Council' over the district council it writes about), else the one
    named most often (twice or more) unless the place of a council the index holds (`known`) is printed
    more often ('Kent' throughout a report that names Dover District Council twice), else one named
    alone at the top. 'X City Council' gives way to 'City of X'."""
    lines = text.split("\n")
    head = council_names("\n".join(lines[:8] + (extra or [])))
    counts: dict[str, int] = {}
    for name in council_names(text) + council_names("\n".join(extra or [])):
        counts[name] = counts.get(name, 0) + 1
    for name in list(counts):
        m = re.match(r"^(.+) City Council$", name)
        if m and f"City of {m.group(1)}" in counts:  # the city, not its council, is the authority
            counts[f"City of {m.group(1)}"] += counts.pop(name)
            head = [f"City of {m.group(1)}" if h == name else h for h in head]
    cities = [k for k, n in counts.items() if k.startswith("City of ") and n >= 2]
    head = [h for h in head if not (cities and h.endswith(" City Council"))]  # the city is the authority
    if head:
        return head[0]
    frequent = {k: n for k, n in counts.items() if n >= 2}
    best = max(frequent, key=lambda k: (frequent[k], -text.find(k))) if frequent else None
    other = known_council(text, known or [], more_than=frequent.get(best, 0) if best else 0)
    if other or best:
        return other or best
    if len(counts) == 1:
        return next(iter(counts))  # the only council the paper names
    for line in lines[:12]:
        m = LONE_COUNCIL_RE.match(title_case(line.strip()))
        if m and not FULL_COUNCIL_RE.match(m.group(1)):
            return m.group(1)
    return None


CAPS_RUN_RE = re.compile(r"\b[A-Z][A-Z&'’.-]*(?: (?:[A-Z][A-Z&'’.-]*|OF|AND)){2,}\b")


def known_council(text: str, known: list[str], more_than: int = 0) -> str | None:
    """A council the index already holds: its place printed three times or more (and more often than
    `more_than`; 'Kent' in a Kent report), or its place in the paper's web or e-mail addresses
    ('@kent.gov.uk')."""
    from models.ids import council_place

    domains = {d.replace("-", "") for d in re.findall(r"(?:@|www\.|//)([a-z0-9-]+)\.gov\b", text.lower())}
    best, size = None, 0
    for council in known:
        place = council_place(council)
        words = place.replace("-", " ")
        named = len(re.findall(rf"\b{re.escape(words)}\b", text, re.I)) if words else 0
        in_domain = any(d.startswith(place.replace("-", "")) for d in domains) if len(place) >= 4 else False
        if (named >= 3 and named > more_than or in_domain) and len(place) > size:
            best, size = council, len(place)
    return best


def title_case_lines(text: str) -> str:
    """The text with what it prints in capitals given in title case: whole lines (where a council's name
    usually is) and runs of three or more capitalised words ('... OF THE CITY OF RANCHO PALOS VERDES ...')."""
    return "\n".join(title_case(line.strip()) if not re.search(r"[a-z]", line)
                     else CAPS_RUN_RE.sub(lambda m: title_case(m.group(0)), line) for line in text.split("\n"))


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
