"""What a question asks for: an amount, a percentage, a person, a date, a vote, a decision ...

Typing is by the question's own words (rules on its form, not on any document), plus the
meeting, month or financial period it names, which candidates must then agree with.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.search import content_terms
from models.dates import MONTHS, find_dates

AMOUNT, PERCENT, COUNT, PERSON, DATE, VOTE, DECISION, RECOMMENDATION, YESNO, FACT = (
    "amount", "percent", "count", "person", "date", "vote", "decision", "recommendation",
    "yesno", "fact")
EMAIL, PHONE, WEB = "email", "phone", "web"  # how to reach the council: an address, a number, a website
MEASURE = "measure"  # a size, length or time span: '0.186 acres', '42 inches', 'fourteen (14) days', '12 months'
FIRM = "firm"  # a company, contractor or consultancy: 'McCash and Co', 'R3 Consulting Group, Inc.'
PLACE = "place"  # a room, hall or address: 'Brace Room', '250 Broadway - Committee Rm, 16th Fl.'
CODE = "code"  # a meeting ID or passcode to join online: 'Meeting ID: 868 1234 5678'
OUTCOME = "outcome"  # what became of an item: deferred, withdrawn, cancelled, approved, refused
PERSON_WORDS = r"(?:councillor|officer|member|person|director|chair|chairman|planner|manager|clerk|mayor|staff\s+member|" \
    r"councilmember|commissioner|supervisor|engineer|applicant|resident)"
_WHAT_IS_THE = r"\bwhat\s+(?:is|was|are|were)\s+(?:the\s+)?[\w\s'’&-]{0,40}?"

FINANCE_WORDS = r"(?:budget|overspen[dt]|underspen[dt]|over budget|under budget|variance|outturn|" \
    r"shortfall|savings?|cost|costs|funding|spend|spending|deficit|surplus|reserves?|grant|money|" \
    r"pledged|committed|allocated|invest(?:ed|ment)?|gap|income|forecast|precept|balance|fees?|charges?|price|" \
    r"rent|levy|payments?|salary|contribution|donation|tender|bid|loan|borrowing|debt)"

RULES: list[tuple[str, str]] = [
    # the minutes of an earlier meeting, named by its date: 'Which meeting's minutes are up for approval?'
    (DATE, r"\bwhich\s+meetings?['’]?s?\s+minutes\b|\bminutes\s+of\s+which\s+meetings?\b|^\s*which\s+minutes\b"),
    (EMAIL, r"\b(?:which|what)\s+e-?mail\s+address\b|" + _WHAT_IS_THE + r"e-?mail\s+address\b|\bwhere\s+(?:can|should|do|"
            r"does|may|must|could|are|is)\b.*\be-?mail(?:ed)?\b|\b(?:to\s+)?(?:what|which)\s+address\b.*\be-?mail"),
    (PHONE, r"\b(?:which|what)\s+(?:tele)?phone\s+number\b|" + _WHAT_IS_THE + r"(?:tele)?phone\s+number\b|"
            r"\bwhat\s+number\b.*\b(?:call|ring|phone|dial|text)\b"),
    (MEASURE, rf"^(?!.*\b{FINANCE_WORDS}\b).*\bhow\s+(?:long|large|big|tall|high|wide|deep|far)\b|\bfor\s+how\s+long\b|"
              r"\bhow\s+much\s+time\b|" + _WHAT_IS_THE + r"(?:height|width|depth|length|area|size|acreage|distance|"
              r"duration)\b"),
    (CODE, r"\b(?:meeting|webinar|zoom|teams)\s+id\b|\bpass\s?code\b|\bpassword\b|\baccess\s+code\b"),
    # 'Which Stroud District Council enforcement officer wrote ...', 'Which Kent Cabinet Member took decision ...'
    (PERSON, rf"\bwhich\s+(?:[\w'’&-]+\s+){{0,5}}?{PERSON_WORDS}s?\b(?!\s+states?\b)"),
    (PLACE, r"^\s*where\s+(?:is|was|are|were|will|would|does|do|did)\b(?!.*\b(?:e-?mail\w*|online|website|rank\w*|stand\w*|come)\b)|"
            r"\bin\s+(?:which|what)\s+(?:room|hall|building|venue|chamber|location)\b|\b(?:which|what)\s+(?:room|venue|"
            r"location|address)\b"),
    (OUTCOME, r"^\s*what\s+(?:happened|has\s+happened|became)\s+(?:to|of|with)\b|\bwhat\s+(?:was|is)\s+the\s+outcome\b"),
    (FIRM, r"\b(?:which|what)\s+(?:[\w'’-]+\s+)?(?:firm|company|contractor|consultants?|consultancy|supplier|provider|"
           r"auditors?|solicitors?|architects?|developer|business)\b"),
    (WEB, r"\b(?:which|what)\s+(?:new\s+)?(?:website|web\s+site|web\s+address|url|(?:website\s+)?domain(?:\s+name)?)\b|"
          + _WHAT_IS_THE + r"(?:website|web\s+address|url)\b|\bwhere\s+online\b"),
    (VOTE, r"\bvot(?:e|es|ed|ing)\b|\bhow many (?:members|councillors) (?:were )?(?:in favour|against)"),
    # "How many X did the committee agree to ..." asks for the number, not the decision's wording.
    (COUNT, r"^\s*how many\b"),
    (AMOUNT, r"^\s*how much\b"),
    (DECISION, r"\b(?:what )?did (?:the )?(?:[a-z-]+ )?(?:committee|members|councillors|cabinet|council|we|board|panel)"
               r"[a-z ]{0,20}? (?:agree|decide|resolve|note|approve|endorse|review|ask)\b|\bwhat (?:was|were) "
               r"(?:agreed|decided|resolved|approved|noted)\b|\bdecisions?\b|\bresolutions?\b"),
    (RECOMMENDATION, r"\brecommend|\basked to (?:do|consider|note|agree|approve)|\bwhat (?:were|was) "
                     r"(?:the )?(?:committee|members|councillors|cabinet)[a-z ]{0,20} asked\b|\bproposals? (?:to|for) the committee\b"),
    (PERSON, r"^\s*(?:who|whom|whose)\b|\bwhich (?:councillor|officer|member|person|director|chair)\b|\bname of\b"),
    (DATE, r"^\s*when\b|\bwhat date\b|\bwhich date\b|\bby when\b|\bwhat year\b|\bwhich month\b|\bwhat\s+(?:is|was)\s+the\s+"
           r"(?:closing\s+)?(?:deadline|closing\s+date|cut-?off)\b|\bby\s+what\s+(?:date|time)\b"),
    (PERCENT, r"\bpercentage\b|\bper ?cent\b|%|\bproportion\b|\bwhat share\b|\brate of\b"),
    (COUNT, r"\bhow many\b|\bnumber of\b"),
    (AMOUNT, r"\bhow much\b|\bhow far (?:over|under)\b|\bhow (?:big|large|high|low)\b|£|"
             rf"\bwhat (?:is|was|were|are)\b[^?]*\b{FINANCE_WORDS}\b|\bwhat {FINANCE_WORDS}\b|"
             rf"^\s*(?:is|was|are|were)\b[^?]*\bexpected to {FINANCE_WORDS}\b|\bexpected to (?:overspend|underspend)\b"),
    (YESNO, r"^\s*(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b"),
]


# What record a question asks for, when a field of the store holds it (`records.py` answers from it).
CHAIR, PRESENT, APOLOGIES, SUBSTITUTE, PROPOSER, SECONDER, VOTES, OFFICER, WHEN, WHERE, TIME, NEXT, RESOLVED = (
    "chair", "present", "apologies", "substitute", "proposer", "seconder", "votes", "officer", "when", "where", "time",
    "next", "resolved")
VOTERS = "voters"  # who voted for or against a motion, or abstained, by name
ASKER, ANSWERER = "asker", "answerer"  # of a question put at a meeting ('Question by A to B')
RECOMMENDED = "recommended"  # what a report recommends, what members were asked to do
FATE = "fate"  # what became of a motion or item: carried, lost, deferred, withdrawn
DECISION_TARGETS = (PROPOSER, SECONDER, VOTES, VOTERS, RESOLVED, FATE)  # read from a decision's record
END = "end"  # when a meeting ended (or is to end)
ISSUER, ISSUED = "issuer", "issued"  # who signed or certified a meeting's agenda (its summons, notice), and its date
NOTICE = r"(?:summons|agenda|notice|posting)"
TOPIC_MEETING = r".*\b(?:public|residents'?|area|partnership|working\s+group|consultation)\s+meeting\b|.*\bmeeting\s+" \
    r"(?:on|about|to\s+discuss|regarding)\s+(?![0-9]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)"
TARGETS: list[tuple[str, str]] = [
    (END, r"^\s*(?:at\s+)?(?:what\s+time|when)\b.*\b(?:meeting|it|they)\b.*\b(?:finish|finished|end|ended|close|closed|"
          r"conclude|concluded)\b|\bwhat\s+time\b.*\b(?:adjourned|finished|ended|closed)\b"),
    (ISSUER, rf"\bwho\s+(?:signed|issued|sent\s+out|certified|published|posted)\b.*\b{NOTICE}\b"),
    (ISSUED, rf"^\s*(?:when|on\s+what\s+(?:date|day)|what\s+date)\b.*\b{NOTICE}\b.*\b(?:signed|issued|dated|sent|"
             rf"published|posted|circulated)\b|\bwhat\s+date\s+(?:is|was)\s+(?:on|printed\s+on)\s+the\s+{NOTICE}\b"),
    (ANSWERER, r"\bwho\s+(?:answered|responded\s+to|replied\s+to|was\s+asked)\b|\bto\s+whom\s+was\b.*\bquestion\b"
               r"|\bwho\s+was\s+the\s+question\b.*\b(?:to|for)\b"),
    (ASKER, r"\bwho\s+(?:asked|put|submitted|raised|tabled)\b.*\bquestions?\b|\b(?:which|what)\s+(?:councillor|member|"
            r"resident|person)\s+asked\b"),
    (CHAIR, r"\bwho\s+(?:chaired|presided|was\s+(?:in\s+)?the\s+chair|(?:is|was)\s+the\s+chair(?:man|person|woman)?\b)"
            r"|\bwho\s+(?:chairs|is\s+chair(?:man|person)?\s+of)\b|\bwho\s+was\s+elected\s+(?:to\s+the\s+)?chair"
            r"|\bwho\s+took\s+the\s+chair\b"),
    (SUBSTITUTE, r"\bwho\s+(?:substituted|was\s+(?:the\s+|a\s+)?substitute|were\s+(?:the\s+)?substitutes|stood\s+in|"
                 r"deputi[sz]ed|attended\s+in\s+place)\b|\bsubstitut(?:e|es|ed|ing)\s+(?:for|members?)\b"
                 r"|\b(?:which|what)\s+(?:councillors|members)\s+(?:were\s+|attended\s+as\s+)?substitut"),
    (APOLOGIES, r"\bapologies\b|\bregrets\b|\bwho\s+(?:was|were)\s+absent\b|\bwhich\s+(?:councillors|councilmembers|council\s+members|"
                r"members|trustees|directors)\s+(?:was|were)\s+absent\b|\bwho\s+(?:sent|gave)\s+apolog"),
    (PRESENT, r"\bwho\s+(?:was|were)\s+(?:present|in\s+attendance)\b|\bwho\s+attended\b|\bwhich\s+(?:councillors|"
              r"members)\s+(?:attended|were\s+present)\b|\bhow\s+many\s+(?:councillors|members)\s+(?:attended|were\s+present)"),
    (VOTERS, r"^\s*(?:who|which\s+(?:[\w'’-]+\s+)?(?:councillors?|members?|councilmembers?|council\s+members?|"
             r"directors?|trustees?|commissioners?|supervisors?|aldermen|selectmen))\s+(?:voted|opposed|dissented|"
             r"abstained|(?:was|were)\s+against|did\s+not\s+support)\b|\bnames?\s+of\s+(?:those|the\s+(?:councillors|"
             r"members))\s+(?:voting|who\s+voted|abstaining)\b"),
    (FATE, r"^\s*what\s+(?:happened|became)\s+(?:to|of|with)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?(?:motion|"
           r"amendment|resolution|proposal)\b|\bwhat\s+was\s+the\s+outcome\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
           r"(?:motion|amendment|proposal)\b|^\s*was\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:motion|amendment)\b.*\b(?:carried|"
           r"passed|lost|defeated|adopted)\b"),
    (SECONDER, r"\bwho\s+seconded\b|\bseconder\b"),
    (PROPOSER, r"\bwho\s+(?:proposed|moved|put\s+forward)\b|\bproposer\b"),
    (VOTES, r"\bvot(?:e|es|ed|ing)\b|\bhow\s+many\s+(?:members|councillors)\s+(?:were\s+)?(?:in\s+favour|against)\b"),
    (OFFICER, r"\b(?:responsible|contact|lead|reporting)\s+(?:chief\s+)?officer\b|\bwho\s+(?:wrote|prepared|wrote\s+up|"
              r"is\s+responsible\s+for)\s+(?:the\s+)?[\w\s-]*report\b|\breport\s+author\b"),
    (RECOMMENDED, r"^\s*what\s+(?:did|does|do|will)\s+(?:the\s+)?[\w\s'’&-]{0,80}?\brecommend\b"
                  r"|^\s*what\s+(?:is|are|was|were)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,8}?recommendations?\b"
                  r"|^\s*what\b.*\basked\s+to\s+(?:do|consider|note|agree|approve|decide|comment|endorse)\b"),
    (RESOLVED, r"^\s*what\s+(?:did|has|have)\s+(?:the\s+)?[\w\s'’&-]{0,60}?\b(?:decide|resolve|agree|note)d?\b"
               r"|^\s*what\s+(?:was|were)\s+(?:agreed|decided|resolved|noted)\b"),
    (NEXT, r"^\s*(?:when|on\s+what\s+(?:date|day)|what\s+(?:is|was)\s+the\s+date)\b.*\bnext\b.*\b(?:meeting|meet)"
           r"|^\s*when\b.*\bmeets?\s+(?:again|next)\b|\bdate\s+of\s+(?:the\s+)?next\s+(?:[\w-]+\s+){0,3}meeting\b"),
    # A meeting's own place, time and date; not those of a meeting held on a subject ('the public meeting on
    # helping to maintain the flower beds') nor when it ends.
    (WHERE, rf"^(?!{TOPIC_MEETING})\s*where\s+(?:was|is|will|were|are|did|does)\b.*\b(?:meeting|held|meet|hold|"
            r"take\s+place)\b|\bvenue\b"),
    (TIME, rf"^(?!{TOPIC_MEETING})(?!.*\b(?:end|ends|finish|finished|close|closed|adjourn\w*)\b)\s*(?:at\s+)?what\s+"
           r"time\b.*\b(?:meeting|held|meet|start|begin)\b"),
    (WHEN, rf"^(?!.*\bnext\b)(?!{TOPIC_MEETING})\s*when\s+(?:was|is|were|did)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,6}}"
           r"(?:meeting|held|meet)\b"),
]

PERIOD_RE = re.compile(
    r"\b(?:period|p)\s?(\d{1,2})\b|\b(?:quarter|q)\s?([1-4])\b|\b(20\d{2})\s?[-/]\s?(\d{2}|20\d{2})\b", re.I)
FINAL_RE = re.compile(r"\bend(?:ed|s)? up\b|\bfinal(?:ly)?\b|\bactual(?:ly)?\b|\bin the end\b|\byear[- ]end\b|\boutturn\b")
FORECAST_RE = re.compile(r"\bforecast|\bexpect(?:ed|s)?\b|\bprojected\b|\bpredicted\b|\bon course\b|\blikely\b")
MONTH_YEAR_RE = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+((?:19|20)\d{2})\b", re.I)


@dataclass
class QuestionType:
    """A question's kind, the terms it turns on, and the date or period it names."""

    kind: str
    terms: list[str]
    date: str | None = None  # a full date named: '2017-07-10'
    month: str | None = None  # a month named: '2017-07'
    periods: list[str] = field(default_factory=list)  # 'p2', 'q1', '2016-17'
    latest: bool = False
    finance: bool = False
    stage: str | None = None  # 'final' (outturn, actual, 'end up') or 'forecast' (expected, projected)
    target: str | None = None  # the record field asked for: chair, votes, officer, ... (None: no record holds it)
    decides: bool = False  # it asks what was decided, agreed or resolved ('How did the council decide to ...')
    text: str = ""  # the question as asked


def periods(text: str) -> list[str]:
    """Financial periods named in text, normalised: 'Period 2' -> 'p2', 'Quarter 1' -> 'q1', '2016/17' -> '2016-17'."""
    out = []
    for m in PERIOD_RE.finditer(text):
        if m.group(1):
            out.append(f"p{int(m.group(1))}")
        elif m.group(2):
            out.append(f"q{m.group(2)}")
        else:
            end = m.group(4)[-2:]
            if int(end) == (int(m.group(3)) + 1) % 100:
                out.append(f"{m.group(3)}-{end}")
    return out


# The minutes of an earlier meeting that a meeting approved: 'the vote on the minutes of August 28, 2023', 'who
# seconded approval of the minutes of the meeting held on 2 October': that date is not the meeting asked about.
_APPROVING = r"(?i)\b(?:vote[sd]?|approv\w*|second\w*|propos\w*|moved|sign\w*|adopt\w*|confirm\w*)\s+(?:on\s+|of\s+)?the\s+"
EARLIER_MINUTES_RE = re.compile(_APPROVING + r"minutes\s+of\s+(?:the\s+(?:\w+\s+)?meeting\s+(?:held\s+)?(?:on\s+)?)?$")
APPROVING_THE_RE = re.compile(_APPROVING + "$")


def _earlier_minutes(question: str, start: int, end: int) -> bool:
    """The date of minutes approved at the meeting asked about: 'the minutes of August 28, 2023', 'approval of
    the July 2019 minutes' (not 'according to its February 2024 minutes')."""
    before = question[:start]
    return bool(EARLIER_MINUTES_RE.search(before)) or bool(APPROVING_THE_RE.search(before)) \
        and bool(re.match(r"(?i)\s+minutes\b", question[end:]))


DECIDES_RE = re.compile(r"\b(?:decid(?:e|es|ed|ing)|agree(?:s|d|ing)?|resolv(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|"
                        r"determin(?:e|es|ed|ing))\b")


def classify(question: str) -> QuestionType:
    """Type a question by its form: what it asks for and which meeting or period it names."""
    q = question.lower()
    target = next((t for t, rx in TARGETS if re.search(rx, q)), None)
    # 'Who voted against ...' asks for names, not a count
    kind = PERSON if target == VOTERS else next((k for k, rx in RULES if re.search(rx, q)), FACT)
    found = [d for d in find_dates(question) if not _earlier_minutes(question, d.start, d.end)]
    full = found[0].iso if found else None
    m = next((x for x in MONTH_YEAR_RE.finditer(question) if not _earlier_minutes(question, x.start(), x.end())), None)
    month = f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}" if m and not full else None
    return QuestionType(
        kind=kind, terms=content_terms(question), date=full, month=month, periods=periods(question),
        latest=bool(re.search(r"\b(?:latest|current|most recent|now|currently|this year)\b", q)),
        finance=bool(re.search(rf"\b{FINANCE_WORDS}\b", q)), stage=stage_of(q),
        target=target, decides=bool(DECIDES_RE.search(q)), text=question)


def stage_of(question: str) -> str | None:
    """Whether a money question asks for the final figure or a forecast (None: either, or both named)."""
    final, forecast = bool(FINAL_RE.search(question)), bool(FORECAST_RE.search(question))
    return "final" if final and not forecast else "forecast" if forecast and not final else None
