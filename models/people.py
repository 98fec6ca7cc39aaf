"""People as councils name them: 'Mr B Borrett', 'Cllr Bill Borrett' and 'Borrett' are one person."""
from __future__ import annotations

import re

TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Cllr|Councillor|Rev|Revd)\.?"
TITLE_RE = re.compile(rf"^(?:{TITLES}\s+)+", re.I)
# US roll calls title members by office: 'Mayor Ruiz', 'Councilmember Chen', 'Mayor Pro Tem Ly', 'Commissioner Moss'.
US_TITLES = (r"(?:Mayor\s+Pro\s+Tem(?:pore)?|Vice\s+Mayor|Deputy\s+Mayor|Mayor|Council\s*[Mm]ember|Councilman|"
             r"Councilwoman|Commissioner|Supervisor|Trustee|Alder(?:man|woman|person)|Board\s*[Mm]ember|"
             r"Vice[- ]Chair(?:man|woman|person)?|Chair(?:man|woman|person)?)")
ANY_TITLE = rf"(?:{TITLES}|{US_TITLES}|Crs?\.?)"  # 'Cr' / 'Crs': Australian and New Zealand councillors
# A title in the plural over a list of names: 'Councillors A Brown and C Green', 'Crs Tipene, McLeod',
# 'Supervisors Alvarez, Chen and Chair Reyes', 'Council Members Ortiz and Lee'.
PLURAL_TITLES = {"councillors": "Councillor", "councilors": "Councilor", "cllrs": "Cllr", "crs": "Cr",
                 "supervisors": "Supervisor", "commissioners": "Commissioner", "trustees": "Trustee",
                 "aldermen": "Alderman", "alderpersons": "Alderperson", "councilmembers": "Councilmember",
                 "council members": "Council Member", "board members": "Board Member", "directors": "Director"}
BRACKETS_RE = re.compile(r"\([^)]*\)")


def clean_name(name: str) -> str:
    """A name without its brackets ('(Chairman)') and stray punctuation, spaces folded."""
    name = BRACKETS_RE.sub(" ", name or "")
    name = re.sub(r"\s*[–—-]\s*", "-", name)
    return re.sub(r"\s+", " ", name).strip(" ,.;:")


def person_key(name: str) -> str:
    """The key one person goes by across forms: the surname, lower-case ('borrett', 'brociek-coulton')."""
    name = TITLE_RE.sub("", clean_name(name))
    words = [w for w in name.split(" ") if w]
    if not words:
        return ""
    return words[-1].lower().strip(".,")


def display_name(name: str) -> str:
    """A name as shown: brackets dropped, title kept ('Mr B Borrett')."""
    return clean_name(name)
