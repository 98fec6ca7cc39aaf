"""The forms in which minutes record a decision, as data; `clauses.py` applies them.

Verbs in capitals: "The Committee NOTED:", "RESOLVED that", "RESOLVED: (i) That ...; (ii) That ...",
"RESOLVED to AGREE", "Members RESOLVED to permit". Collective lower-case verbs whose subject is the
body: "The Council resolved to pay", "Members agreed that", "All agreed", "we agreed to monitor",
"It was agreed by all members present", "It was therefore resolved to". Passive records of a paper:
"The report was noted.", "The minutes were confirmed as a true copy", "The invoices were tabled and
authorised". Sentences that open with the verb: "Resolved: To adopt the policy.", "Agreed.", "Held
over pending the working group." Records of decision in the first person: "I agree to: APPROVE ...
DELEGATE ...". Motions reported in prose: "The committee passed a motion proposing that: That ...".
Each decision's outcome comes from its vote, else from its first verb (`OUTCOME_OF_VERB`).
"""
from __future__ import annotations

import re

from indexer.extract.points import BULLETS
from models.domain import DECISION_VERBS, Vote

# Base forms that follow a capital verb in compounds ("RESOLVED to AGREE") or open a point of a
# record of decision ("APPROVE the proposal ...", "DELEGATE authority to ...").
BASE_FORMS = {
    "NOTE": "NOTED", "AGREE": "AGREED", "RESOLVE": "RESOLVED", "ASK": "ASKED", "REVIEW": "REVIEWED",
    "CONSIDER": "CONSIDERED", "DISCUSS": "DISCUSSED", "ENDORSE": "ENDORSED", "APPROVE": "APPROVED",
    "ELECT": "ELECTED", "RECOMMEND": "RECOMMENDED", "REQUEST": "REQUESTED", "ACCEPT": "ACCEPTED",
    "DEFER": "DEFERRED", "REJECT": "REJECTED", "SUPPORT": "SUPPORTED", "CONFIRM": "CONFIRMED",
    "DELEGATE": "DELEGATED", "COMMENT": "COMMENTED", "RECEIVE": "RECEIVED", "ADOPT": "ADOPTED",
    "APPOINT": "APPOINTED", "AUTHORISE": "AUTHORISED", "AUTHORIZE": "AUTHORISED", "DECIDE": "DECIDED",
    "WITHDRAW": "WITHDRAWN",
}
KNOWN = "|".join(DECISION_VERBS)
CAPS_RE = re.compile(rf"\b({KNOWN})(?:\s+to\s+({'|'.join(BASE_FORMS)}))?\b")
# Other capital verbs paired with a known one: "DISCUSSED and CONTRIBUTED".
CAPS_PAIR_RE = re.compile(rf"\b([A-Z]{{3,}}ED)\s+and\s+(?:{KNOWN})\b|\b(?:{KNOWN})\s+and\s+([A-Z]{{3,}}ED)\b")
# A point of a record of decision opening with a verb in capitals: "APPROVE the proposal ...".
IMPERATIVE_RE = re.compile(rf"^\s*(?:[{BULLETS}]\s*)?({'|'.join(BASE_FORMS)})\b(?=\s+[a-z(“\"‘'£0-9])")

# Lower-case verbs that record a decision or action when the subject allows it, with the verb each
# stands for.
LOWER_VERBS = {
    "agreed": "AGREED", "resolved": "RESOLVED", "approved": "APPROVED", "endorsed": "ENDORSED",
    "elected": "ELECTED", "noted": "NOTED", "deferred": "DEFERRED", "rejected": "REJECTED",
    "recommended": "RECOMMENDED", "supported": "SUPPORTED", "accepted": "ACCEPTED", "confirmed": "CONFIRMED",
    "delegated": "DELEGATED", "undertook": "AGREED", "offered": "AGREED", "appointed": "APPOINTED",
    "authorised": "AUTHORISED", "authorized": "AUTHORISED", "adopted": "ADOPTED", "decided": "DECIDED",
    "co-opted": "APPOINTED", "withdrawn": "WITHDRAWN", "held over": "DEFERRED",
}
LOWER_RE = re.compile(r"\b(" + "|".join(sorted(LOWER_VERBS, key=len, reverse=True)).replace(" ", r"\s+") + r")\b")
PASSIVE_OK = {"agreed", "resolved", "approved", "endorsed", "elected", "deferred", "rejected", "accepted",
              "appointed", "co-opted", "withdrawn", "held over"}
COMMITTEE_OK = {"agreed", "resolved", "approved", "endorsed", "noted", "elected", "deferred", "rejected",
                "recommended", "supported", "accepted", "confirmed", "delegated", "appointed", "authorised",
                "authorized", "adopted", "decided", "co-opted"}
ACTION_OK = {"agreed", "undertook", "offered"}
ACTION_CAPS = {"AGREED", "ACCEPTED", "CONFIRMED"}  # capital verbs an officer may take on ('The Director AGREED to')
ADVERBS = (r"(?:also|then|duly|unanimously|further|subsequently|therefore|formally|had|has|have|both|all"
           r"|thereupon|accordingly|kindly|readily)")
# A clause that reports an earlier meeting's decision, not this one's: "In October 2023 the Cabinet adopted".
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
HISTORY_RE = re.compile(rf"^\s*(?:(?:In|On|During|Since|By|Back\s+in)\s+(?:(?:early|late|mid)[- ])?(?:\d{{1,2}}"
                        rf"(?:st|nd|rd|th)?\s+)?(?:{_MONTHS}\s+)?(?:19|20)\d\d\b|(?:Previously|Historically|Last\s+year)\b)")
# Subjects that are the body itself: "the Committee", "Members", "the Councillors", "All", "we".
COLLECTIVE_RE = re.compile(
    r"(?i)(?:^|\b(?:committee|sub-committee|panel|board|cabinet|council|members|forum|commission|councillors"
    r"|trustees|commissioners|councilmembers|it|all|all\s+present|we|the\s+meeting))$"
)
PASSIVE_RE = re.compile(rf"(?i)\b(?:was|were)(?:\s+{ADVERBS})?$")
IT_WAS_RE = re.compile(rf"(?i)(?:^|\b)it\s+(?:was|is)(?:\s+{ADVERBS})?$")
# Reported speech before a verb: "The Clerk reported that the policy was agreed by the county".
REPORTED_RE = re.compile(r"(?i)\b(?:reported|advised|said|explained|stated|confirmed|mentioned|indicated|understood"
                         r"|informed\s+\w+|told\s+\w+|reminded\s+\w+)\s+that\b")
RELATIVE_RE = re.compile(r"(?i)\b(?:where|which|who|whom|whose|when|if|because|whether|had been|has been)\b")
LEADING_RE = re.compile(r"(?i)^(?:and|but|so|then|however|therefore|also|after discussion|following discussion)\b[\s,]*")
PERSONISH_RE = re.compile(r"[A-Z]|\bofficers?\b")

# A paper or proposal put to the meeting, whose passive verb records the meeting's decision:
# "The report was noted", "Payments totalling £1,200 were noted", "the application was supported".
PAPERS = (r"report|update|minutes|accounts|payments|invoices|correspondence|statement|letter|paper|presentation"
          r"|schedule|list|budget|precept|application|proposal|request|recommendations?|plan|policy|quotation"
          r"|quote|tender|estimate|figures|balances?|dates|reconciliation|register")
# Words that end the paper's own phrase: what follows is another clause ('the plan would not progress until ...').
_LINKS = r"until|unless|once|after|before|when|if|whether|because|since|while|although|would|will|could|should|not"
PAPER_PASSIVE_RE = re.compile(
    rf"(?i)\b(?:{PAPERS})\b(?:\s+(?!(?:{_LINKS})\b)[\w£$.,’'-]+){{0,12}}?\s+(?:was|were)\s+(?:duly\s+|unanimously\s+|then\s+)?"
    r"(?:[a-z]+\s+and\s+)?(noted|received|supported|accepted|approved|adopted|agreed|endorsed|confirmed"
    r"|authorised|authorized|ratified|signed)\b"
)
# Words that make the paper's clause subordinate, not the record: "until the local plan was adopted".
SUBORDINATE_RE = re.compile(r"(?i)\b(?:until|unless|once|after|before|when|whenever|if|whether|because|since|while"
                            r"|though|although|once|where|which)\b(?:\s+\S+){0,4}\s*$")
# An item's fate without a verb of the body: "Item deferred.", "Application withdrawn by the applicant."
ITEM_OUTCOME_RE = re.compile(r"(?i)\b(?:item|matter|application|report|motion|amendment|proposal)s?\s+(?:was\s+|were\s+|"
                             r"has\s+been\s+)?(deferred|withdrawn|held\s+over|postponed)\b")
ITEM_OUTCOME_VERBS = {"deferred": "DEFERRED", "withdrawn": "WITHDRAWN", "held over": "DEFERRED", "postponed": "DEFERRED"}
PAPER_VERBS = {"received": "RECEIVED", "ratified": "APPROVED", "signed": "APPROVED"}
# Minutes approved as a record: "approved as a true record", "confirmed as a true copy", "this was a true record".
RECORD_RE = re.compile(
    r"(?i)\b(approved|agreed|confirmed|accepted|adopted|signed|taken|received)\s+as\s+(?:being\s+)?(?:a|an|the)\s+"
    r"(?:true|correct|accurate|fair|full)\b|\b(?:was|were|is)\s+an?\s+(?:true|correct|accurate)\s+record\b"
)
# Sentences that open with the verb: "Resolved: To ...", "Agreed that ...", "Noted.", "Held over ...",
# "Approved on the Consent Calendar." (US action minutes), "Approved as amended.", "Agreed subject to ...".
OPENING_VERBS = {"Resolved": "RESOLVED", "Agreed": "AGREED", "Noted": "NOTED", "Approved": "APPROVED",
                 "Adopted": "ADOPTED", "Accepted": "ACCEPTED", "Deferred": "DEFERRED", "Withdrawn": "WITHDRAWN",
                 "Decided": "DECIDED", "Carried": "RESOLVED", "Received": "RECEIVED", "Held over": "DEFERRED",
                 "Authorised": "AUTHORISED", "Appointed": "APPOINTED", "Unanimously agreed": "AGREED",
                 "Unanimously resolved": "RESOLVED"}
OPENING_RE = re.compile(
    r"^(?:(?:Decision|Action|Outcome|Result)\s*:\s*)?(?:It\s+was\s+)?("
    + "|".join(k.replace(" ", r"\s+") for k in sorted(OPENING_VERBS, key=len, reverse=True))
    + r")\b(?=\s*(?:[:;,.\-–]|$|(?:that|to|unanimously|by|nem|the|a|an|all|both|this|these|with|pending|until"
    r"|for|as|on|subject)\b|(?:(?<=Resolved)|(?<=Agreed))\s*\((?=[^)\n]{1,60}\))))"  # "Resolved (Crs Tipene/McLeod) that", "(unanimously)"
)
# A record's decision field over its wording: "Decision: To introduce a charge ...", "COUNCIL RESOLUTION:" over
# "That Council adopt ...", "Decision taken:" (records of decision; Australian and New Zealand minutes).
DECISION_LABEL = r"(?i:(?:(?:council|committee|board|cabinet|panel|executive)\s+)?(?:decision|resolution)s?(?:\s+(?:taken|made))?)"
DECISION_FIELD_RE = re.compile(rf"^{DECISION_LABEL}\s*:\s*(?=(?:To|That)\s)")
DECISION_LABEL_RE = re.compile(rf"^{DECISION_LABEL}\s*:?$")  # 'Decision' alone over 'To note the report.' (Scotland)


def field_verb(label: str) -> str:
    """The verb a decision field records: RESOLVED under 'Council Resolution:', DECIDED under 'Decision:'."""
    return "RESOLVED" if "resolution" in label.lower() else "DECIDED"


# A decision worded as an infinitive under its label: "To note the report.", "2) To agree to consult ...".
INFINITIVE_RE = re.compile(r"^\s*(?:\(?[0-9a-z]{1,3}[.)]\s*)?To\s+([a-z]+)\b")
# A record's fields that give the case for a decision, not the decision: "Alternative Options Considered and
# Rejected:", "Reason(s) for decision:", "Options considered:", "Background:".
ASIDE_LABEL_RE = re.compile(r"(?i)^(?:(?:other|alternative)\s+)?(?:options?|alternatives?|reasons?|reason\(s\)|background)"
                            r"\b[^:\n]{0,60}:")
# The staff's or officer's recommendation printed in the minutes above the motion that decides it:
# "RECOMMENDED ACTION: Receive the budget ...", "Officer's Recommendation: That ...", "Staff Recommendation:".
ADVICE_LABEL_RE = re.compile(r"(?i)^(?:recommended\s+(?:action|motion)s?|(?:staff|officers?|officer[’']s|administration"
                             r"|department)\s+recommendations?)\s*:")
# "All agreed", "All in favour", "agreed by all", "with all members in agreement".
ALL_AGREED_RE = re.compile(r"(?i)^(?:all|everyone)\s+(?:present\s+)?(?:were\s+)?(agreed|in\s+favou?r)\b"
                           r"|\bagreed\s+by\s+all\b")
# A record of decision in the first person: "I agree to:", "I have decided to", "I, as Leader, approve".
# Not an opinion in an answer: "I agree with the Member", "I agree that more is needed".
FIRST_PERSON_RE = re.compile(r"\bI(?:(?:,[^,]{1,80}){1,3},)?\s+(?:have\s+)?(?:hereby\s+)?(agree|agreed|approve|approved"
                             r"|decide|decided|resolve|resolved|endorse|authorise|authorize)\b"
                             r"(?!\s+(?:with|that|about|on|of)\b)")
FIRST_PERSON_VERBS = {"agree": "AGREED", "approve": "APPROVED", "decide": "DECIDED", "resolve": "RESOLVED",
                      "endorse": "ENDORSED", "authorise": "AUTHORISED", "authorize": "AUTHORISED"}
# A motion reported in prose: "The committee passed a motion proposing that: ...", "carried the following resolution".
# The body voting for what it decides, New England's 'VOTED' (with or without movers): "It was moved, seconded and
# VOTED unanimously to award the contract", "VOTED: To approve the warrant", "The Board voted 4-1 to refer ...".
VOTED_TO_RE = re.compile(r"(?i)\b(?<!not\s)voted\b(?:\s+unanimously|\s+\(?\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\)?)?"
                         r"\s*[:,]?\s+(?:to|that)\s+(?!the\s+contrary)")
PASSED_MOTION_RE = re.compile(r"(?i)\b(passed|carried|adopted|approved)\s+(?:a|an|the)\s+(?:following\s+)?"
                              r"(?:motion|resolution|amendment)\b")

# A motion's movers and its fate in one clause, worded in it: "Moved by Mr C and seconded by Ms D and agreed that
# the hall be let", "...; and resolved to let the hall" after movers split off by ';'.
_MOVED_BY = r"\b(?:proposed|moved|seconded)\s+by\b"
MOVED_AND_RE = re.compile(rf"(?i)(?:{_MOVED_BY}[^;]{{1,160}}?,?\s+|^\s*)and\s+(resolved|agreed)\b(?!\s*:?\s*$)")
# The same with its wording below it: "It was proposed by Cllr A, seconded by Cllr B, and resolved:".
MOVED_AND_INTRO_RE = re.compile(rf"(?i){_MOVED_BY}.{{1,160}}?,?\s+and\s+(?:resolved|agreed)\s*:\s*$")
MOVED_AND_VERBS = {"resolved": "RESOLVED", "agreed": "AGREED"}

# A decision's outcome by its first verb, when no vote decides it.
OUTCOME_OF_VERB = {"RESOLVED": "carried", "NOTED": "noted", "RECEIVED": "noted", "REJECTED": "lost",
                   "DEFERRED": "deferred", "WITHDRAWN": "withdrawn", "CONSIDERED": "noted", "REVIEWED": "noted",
                   "DISCUSSED": "noted", "COMMENTED": "noted", "ASKED": "agreed", "REQUESTED": "agreed"}


def decision_outcome(verbs: list[str], vote: Vote | None) -> str:
    """carried | agreed | noted | lost | deferred | withdrawn: the vote's outcome, else the first verb's."""
    if vote is not None and vote.outcome:
        return vote.outcome
    return OUTCOME_OF_VERB.get(verbs[0], "agreed") if verbs else "agreed"
