"""Domain entity rules as data: spaCy token patterns for a span ruler.

Each `pattern_*()` returns a list of `{"label", "pattern", "id"}` dicts, one small family of
council forms per function, so a rule can be read, tested and switched off on its own.
`all_patterns()` gathers the families the entity tagger loads; `table_money_patterns()` are
kept apart because a bare "(35,643)" is money only inside a table its caller knows is in
£000 (see `indexer.extract.entities.tag(money_scale=...)`).

Tokens as the English tokenizer splits them: "£9.629m" -> "£" "9.629" "m"; "£2bn" -> "£"
"2bn"; "2016-17" -> "2016" "-" "17"; "2024/25" stays one token; "77.3%" -> "77.3" "%".
Patterns use only TEXT/LOWER/ORTH/IS_TITLE, so they need no tagger or parser.
"""
from __future__ import annotations

PERSON, ROLE, ORG, MONEY, PERCENT, PERIOD, MINUTE_REF = (
    "PERSON", "ROLE", "ORG", "MONEY", "PERCENT", "PERIOD", "MINUTE_REF")
LABELS = (PERSON, ROLE, ORG, MONEY, PERCENT, PERIOD, MINUTE_REF)

# ---- token building blocks -----------------------------------------------------------------

HONORIFICS = ["mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "councillor", "sir", "dame", "prof",
              "professor", "lord", "lady", "rev", "revd"]
# Capitalised words that follow a title but are not a name ("Mr Chairman").
NOT_NAMES = ["chairman", "chair", "vice", "chairs", "deputy", "leader", "mayor", "speaker", "and",
             "the", "of", "president"]
# Capitalised words that start a sentence but not an organisation's name ("The Committee").
NOT_ORG_WORDS = ["the", "this", "that", "these", "those", "a", "an", "each", "every", "our", "their",
                 "its", "his", "her", "all", "any", "both", "members", "member", "chairman", "chair",
                 "january", "february", "march", "april", "may", "june", "july", "august",
                 "september", "october", "november", "december", "monday", "tuesday", "wednesday",
                 "thursday", "friday", "saturday", "sunday", "full", "next", "last", "previous",
                 "if", "when", "where", "as", "at", "to", "in", "on", "by", "for", "from", "with",
                 "agreed", "noted", "resolved", "and", "of"]
DASHES = ["-", "–", "—"]
# Title-case words that make a phrase no person's name when the statistical model alone calls it one
# ('Appendix A', 'Older People', 'Hired Transport', 'Ground Floor', 'Homes England'): the places,
# services, groups and document parts council papers capitalise.
NOT_PERSON_WORDS = frozenset("""
appendix annex annexe schedule table figure section item page part floor room house lane road street
avenue way close drive centre center hospital clinic surgery unit ward school college university england
wales scotland britain uk group groups team teams board boards forum network partnership partnerships panel
people person adults adult older children carers residential nursing home homes care transport
services service impairment independence disability disabilities health housing support living
programme strategy plan policy fund funding grant budget term short local delivery steering promoting
sensory hired community district county city borough parish kings tel no telephone email phone fax ext app apps
""".split())
AMOUNT_RE = r"^(?!0+$)\d{1,3}(,\d{3})*(\.\d+)?$|^(?!0+$)\d+(\.\d+)?$"
TABLE_NUM_RE = r"^-?\d{1,3}(,\d{3})*(\.\d+)?$"
SIGNED_MONEY_RE = r"^[-–—](£|\$|US\$|€)\d[\d,]*(\.\d+)?$"
# Currency signs and codes as tokens ("US$5,000" -> "US$" "5,000"), and the words that follow an amount.
CURRENCY_TOKENS = ["£", "$", "US$", "€", "GBP", "USD", "EUR"]
CURRENCY_AFTER = ["pounds", "dollars", "euros", "gbp", "usd", "eur"]
YEAR_RE = r"^(19|20)\d\d$"
FY_TOKEN_RE = r"^(19|20)\d\d/(\d\d|(19|20)\d\d)$"


def _tok(**attrs) -> dict:
    return dict(attrs)


def _opt(tok: dict) -> dict:
    return {**tok, "OP": "?"}


TITLE = _tok(LOWER={"IN": HONORIFICS + [h + "." for h in HONORIFICS]})  # "Dr." is one token
DOT = _opt(_tok(ORTH="."))
CURRENCY = _tok(ORTH={"IN": CURRENCY_TOKENS})
INITIAL = _tok(TEXT={"REGEX": r"^[A-Z]\.?$"})
NAME = _tok(IS_TITLE=True, LOWER={"NOT_IN": NOT_NAMES}, TEXT={"REGEX": r"^[A-Z][a-z'’]+$"})
FORENAME = _tok(IS_TITLE=True, LOWER={"NOT_IN": NOT_NAMES}, TEXT={"REGEX": r"^[A-Z][a-z'’]{1,}$"})
DASH = _tok(ORTH={"IN": DASHES})
ORG_WORD = _tok(IS_TITLE=True, LOWER={"NOT_IN": NOT_ORG_WORDS})
DEPT_WORD = _tok(IS_TITLE=True, LOWER={"NOT_IN": ["the", "council", "committee", "norfolk"]})
AND = _tok(LOWER={"IN": ["and", "&"]})
OF_FOR = _tok(LOWER={"IN": ["of", "for"]})


def _fy() -> list[list[dict]]:
    """Token sequences of a financial year: '2016-17', '2016 - 2017', '2024/25'."""
    return [
        [_tok(TEXT={"REGEX": YEAR_RE}), _tok(ORTH={"IN": DASHES + ["/"]}),
         _tok(TEXT={"REGEX": r"^(\d\d|(19|20)\d\d)$"})],
        [_tok(TEXT={"REGEX": FY_TOKEN_RE})],
    ]


def _rules(label: str, rule_id: str, patterns: list[list[dict]]) -> list[dict]:
    return [{"label": label, "pattern": p, "id": rule_id} for p in patterns]


# ---- people -----------------------------------------------------------------------------------


def _surnames() -> list[list[dict]]:
    """Surnames: 'Borrett', 'Parkinson-Hare', 'Brociek –Coulton' (a PDF's stray space)."""
    return [[NAME], [NAME, DASH, NAME]]


def pattern_person_title_surname() -> list[dict]:
    """A title and a surname: 'Ms Whitaker', 'Mr Parkinson-Hare'."""
    return _rules(PERSON, "person-title-surname", [[TITLE, DOT] + s for s in _surnames()])


def pattern_person_title_initials() -> list[dict]:
    """A title, one or more initials and a surname: 'Mr B Borrett', 'Mrs S Gurney', 'Dr J. A. Smith'."""
    return _rules(PERSON, "person-title-initials",
                  [[TITLE, DOT, {**INITIAL, "OP": "+"}] + s for s in _surnames()])


def pattern_person_title_forename() -> list[dict]:
    """A title, a forename and a surname: 'Cllr Bill Borrett', 'Councillor Jonathan Wheeler'."""
    return _rules(PERSON, "person-title-forename",
                  [[TITLE, DOT, FORENAME, _opt(INITIAL)] + s for s in _surnames()])


def pattern_person_of_place() -> list[dict]:
    """Names with a territorial 'of': 'Mr M Chenery of Horsbrugh'."""
    return _rules(PERSON, "person-of-place",
                  [[TITLE, DOT, _opt(INITIAL), NAME, _tok(LOWER="of"), NAME]])


# ---- officer and member roles -----------------------------------------------------------------

DIRECTOR_HEADS = [["executive", "director"], ["director"], ["assistant", "director"],
                  ["deputy", "director"], ["managing", "director"], ["interim", "director"],
                  ["service", "director"], ["strategic", "director"], ["corporate", "director"]]


def _head(words: list[str]) -> list[dict]:
    return [_tok(LOWER=w) for w in words]


def _department() -> list[list[dict]]:
    """A department named after 'of'/'for': 'Adult Social Services', 'Finance and Commercial Services'."""
    word = {**DEPT_WORD, "OP": "+"}
    return [[word], [word, AND, word], [word, _tok(ORTH={"IN": ["'s", "’s"]}), word]]


def pattern_role_director() -> list[dict]:
    """Directors of a department: 'Executive Director of Adult Social Services', 'Director of Commissioning'."""
    pats = [_head(h) + [OF_FOR] + d for h in DIRECTOR_HEADS for d in _department()]
    return _rules(ROLE, "role-director", pats)


def pattern_role_assistant_director_bare() -> list[dict]:
    """Assistant directors named without 'of': 'Assistant Director Social Work', 'Assistant Director Early Help'."""
    return _rules(ROLE, "role-assistant-director",
                  [_head(["assistant", "director"]) + d for d in _department()])


def pattern_role_head_of() -> list[dict]:
    """Heads of service: 'Head of Democratic Services', 'Head of Integrated Care'."""
    return _rules(ROLE, "role-head-of", [_head(["head", "of"]) + d for d in _department()])


def pattern_role_cabinet_member() -> list[dict]:
    """Portfolio holders: 'Cabinet Member for Adult Social Care', 'Cabinet Member for Children's Services'."""
    return _rules(ROLE, "role-cabinet-member",
                  [_head(["cabinet", "member"]) + [OF_FOR] + d for d in _department()])


def pattern_role_finance_partner() -> list[dict]:
    """'Finance Business Partner', optionally 'for Adult Social Services'."""
    base = _head(["finance", "business", "partner"])
    return _rules(ROLE, "role-finance-partner", [base] + [base + [OF_FOR] + d for d in _department()])


def pattern_role_officers() -> list[dict]:
    """Fixed officer titles: 'Chief Executive', 'Managing Director', 'Monitoring Officer', 'Section 151 Officer'."""
    titles = [["chief", "executive"], ["deputy", "chief", "executive"], ["managing", "director"],
              ["chief", "finance", "officer"], ["monitoring", "officer"], ["section", "151", "officer"],
              ["responsible", "chief", "officer"], ["chief", "officer"], ["committee", "officer"],
              ["democratic", "services", "officer"], ["director", "of", "public", "health"]]
    pats = [[_tok(LOWER=t[0], IS_TITLE=True)] + _head(t[1:]) for t in titles]
    return _rules(ROLE, "role-officer", pats)


# ---- organisations ------------------------------------------------------------------------------


def _org_name() -> list[list[dict]]:
    """One or more capitalised words, with one 'and' allowed: 'Policy and Resources'."""
    word = {**ORG_WORD, "OP": "+"}
    return [[word], [word, AND, word]]


def pattern_org_committee() -> list[dict]:
    """Committees: 'Adult Social Care Committee', 'Communities Select Committee'."""
    pats = [n + [_opt(_tok(LOWER="select")), _tok(LOWER="committee", IS_TITLE=True)] for n in _org_name()]
    return _rules(ORG, "org-committee", pats)


def pattern_org_council() -> list[dict]:
    """Councils: 'Norfolk County Council', 'South Norfolk District Council', 'Nottingham City Council'."""
    kind = _tok(LOWER={"IN": ["county", "district", "borough", "city", "town", "parish", "metropolitan"]})
    pats = [n + [kind, _tok(LOWER="council", IS_TITLE=True)] for n in _org_name()]
    return _rules(ORG, "org-council", pats)


def pattern_org_nhs_trust() -> list[dict]:
    """NHS trusts: 'Norfolk and Suffolk NHS Foundation Trust', 'Wirral Foundation Trust'."""
    trust = [_tok(ORTH="NHS"), _opt(_tok(LOWER="foundation")), _tok(LOWER="trust")]
    ft = [_tok(LOWER="foundation", IS_TITLE=True), _tok(LOWER="trust")]
    pats = [n + trust for n in _org_name()] + [n + ft for n in _org_name()]
    return _rules(ORG, "org-nhs-trust", pats)


def pattern_org_ccg() -> list[dict]:
    """Clinical commissioning groups: 'CCG', 'CCGs', 'South Norfolk CCG', 'Clinical Commissioning Groups'."""
    ccg = [_tok(ORTH={"IN": ["CCG", "CCGs"]})]
    long = [_tok(LOWER="clinical"), _tok(LOWER="commissioning"), _tok(LOWER={"IN": ["group", "groups"]})]
    pats = [ccg, long] + [n + ccg for n in _org_name()] + [n + long for n in _org_name()]
    return _rules(ORG, "org-ccg", pats)


def pattern_org_board() -> list[dict]:
    """Boards: 'Integrated Care Board', 'ICB', 'Health and Wellbeing Board', 'Norfolk Safeguarding Adults Board'."""
    board = [_tok(LOWER="board", IS_TITLE=True)]
    pats = [[_tok(ORTH={"IN": ["ICB", "ICBs"]})]] + [n + board for n in _org_name()]
    return _rules(ORG, "org-board", pats)


# ---- numbers --------------------------------------------------------------------------------------


def pattern_money_scaled() -> list[dict]:
    """Money with a scale: '£9.629m', '£2bn', '£30 million', '-£1.2m', '£250k', '$1.2 million', '$85K',
    '€2.5m', 'USD 3 million'."""
    minus = _opt(_tok(ORTH={"IN": DASHES}))
    num = _tok(TEXT={"REGEX": AMOUNT_RE})
    unit = _tok(LOWER={"IN": ["m", "m.", "bn", "bn.", "k", "million", "billion", "thousand", "mn"]})
    glued = _tok(TEXT={"REGEX": r"^\d[\d,]*(\.\d+)?(m|bn|k|mn)\.?$"})
    signed = _tok(TEXT={"REGEX": SIGNED_MONEY_RE})  # "-£1.5" is one token
    return _rules(MONEY, "money-scaled", [[minus, CURRENCY, num, unit], [minus, CURRENCY, glued], [signed, unit]])


def pattern_money_plain() -> list[dict]:
    """Money as printed in full: '£1,234', '£450', '£12.50', '$49,466.72', 'US$5,000', 'USD 1,000', '€5,000'."""
    return _rules(MONEY, "money-plain",
                  [[_opt(_tok(ORTH={"IN": DASHES})), CURRENCY, _tok(TEXT={"REGEX": AMOUNT_RE})],
                   [_tok(TEXT={"REGEX": SIGNED_MONEY_RE})]])


def pattern_money_words() -> list[dict]:
    """Money with its currency after it: '5,000 euros', '300 dollars', '2 million pounds', '1,000 USD'."""
    num = _tok(TEXT={"REGEX": AMOUNT_RE})
    scale = _opt(_tok(LOWER={"IN": ["million", "billion", "thousand"]}))
    word = _tok(LOWER={"IN": CURRENCY_AFTER})
    return _rules(MONEY, "money-words", [[num, scale, word]])


def pattern_percent() -> list[dict]:
    """Percentages: '77.3%', '-2.1 %', '5 per cent', '12 percent'."""
    num = _tok(TEXT={"REGEX": r"^[-+]?\d+(\.\d+)?$"})
    return _rules(PERCENT, "percent", [[num, _tok(ORTH="%")],
                                       [num, _tok(LOWER="per"), _tok(LOWER="cent")],
                                       [num, _tok(LOWER="percent")]])


def table_money_patterns() -> list[dict]:
    """Cells of a money table in £000 or £m: '(35,643)', '1,234', '-0.8'. Only for tables the caller names."""
    num = _tok(TEXT={"REGEX": TABLE_NUM_RE})
    return _rules(MONEY, "money-table", [[_tok(ORTH="("), num, _tok(ORTH=")")], [num]])


# ---- periods and references ----------------------------------------------------------------------


def pattern_period_budget() -> list[dict]:
    """Budget monitoring periods: 'Period 10 2016-17', 'Period 2 (May) 2016-17', 'Period 4 (July)', 'Period 13'."""
    head = [_tok(LOWER="period"), _tok(TEXT={"REGEX": r"^\d{1,2}$"})]
    month = [_tok(ORTH="("), _tok(IS_TITLE=True), _tok(ORTH=")")]
    pats = [head, head + month] + [head + fy for fy in _fy()] + [head + month + fy for fy in _fy()]
    return _rules(PERIOD, "period-budget", pats)


def pattern_period_short() -> list[dict]:
    """Short period and quarter codes: 'P10', 'Q1', 'Q1 2024/25'."""
    p = [_tok(TEXT={"REGEX": r"^P(1[0-3]|[1-9])$"})]
    q = [_tok(TEXT={"REGEX": r"^Q[1-4]$"})]
    return _rules(PERIOD, "period-short", [p, q] + [q + fy for fy in _fy()] + [p + fy for fy in _fy()])


def pattern_period_quarter() -> list[dict]:
    """Quarters: 'Quarter 1 2024/25', 'Quarter 4 of 2016/17', 'quarter 2'."""
    head = [_tok(LOWER="quarter"), _tok(TEXT={"REGEX": r"^[1-4]$"})]
    pats = [head] + [head + fy for fy in _fy()] + [head + [_tok(LOWER="of")] + fy for fy in _fy()]
    return _rules(PERIOD, "period-quarter", pats)


def pattern_period_financial_year() -> list[dict]:
    """Financial years: '2016-17', '2024/25', '2016/2017'."""
    return _rules(PERIOD, "period-year", _fy())


def pattern_minute_ref() -> list[dict]:
    """References to minutes and items: 'minute 13.8', 'Item 10', 'minute 22/18', 'paragraph 3.12'."""
    word = _tok(LOWER={"IN": ["minute", "minutes", "item", "items", "paragraph", "paragraphs", "para"]})
    number = _tok(TEXT={"REGEX": r"^(\d{1,3}(\.\d{1,3}){0,3}[a-z]?|\d{1,3}/\d{2})$"})
    return _rules(MINUTE_REF, "minute-ref", [[word, number]])


# ---- families ---------------------------------------------------------------------------------------

PATTERN_FUNCTIONS = (
    pattern_person_title_surname, pattern_person_title_initials, pattern_person_title_forename,
    pattern_person_of_place, pattern_role_director, pattern_role_assistant_director_bare,
    pattern_role_head_of, pattern_role_cabinet_member, pattern_role_finance_partner,
    pattern_role_officers, pattern_org_committee, pattern_org_council, pattern_org_nhs_trust,
    pattern_org_ccg, pattern_org_board, pattern_money_scaled, pattern_money_plain, pattern_money_words,
    pattern_percent,
    pattern_period_budget, pattern_period_short, pattern_period_quarter,
    pattern_period_financial_year, pattern_minute_ref,
)


def all_patterns() -> list[dict]:
    """Every domain pattern the entity tagger loads (not the table-money ones)."""
    return [p for fn in PATTERN_FUNCTIONS for p in fn()]
