"""Decision forms (indexer/extract/resolutions.py), each in at least two councils' styles, with outcomes.

Snippets are invented: other councils, names and numbers than any real paper.
"""
import pytest

from indexer.extract.decisions import extract_decisions
from indexer.extract.resolutions import decision_outcome
from models.domain import OUTCOMES, Paragraph, Vote


def para(text, seq=1, item="7", part="minutes", number=None, meeting_id="m1"):
    return Paragraph(id=f"feed00feed00.p{seq:04d}", document_id="feed00feed00", seq=seq, text=text, start=0,
                     end=len(text), part=part, number=number, item=item, meeting_id=meeting_id)


def decide(*texts, part="minutes"):
    return extract_decisions([para(t, seq=i, part=part) for i, t in enumerate(texts, start=1)])


def one(text, part="minutes"):
    found = [d for d in decide(text, part=part) if d.kind == "decision"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, verbs, outcome", [
    # RESOLVED that / It was RESOLVED / Resolved:
    ("RESOLVED that the grass cutting contract be renewed for two years.", ["RESOLVED"], "carried"),
    ("It was RESOLVED that Ashby Parish Council adopt the revised Standing Orders.", ["RESOLVED"], "carried"),
    ("Resolved: To adopt the revised complaints policy.", ["RESOLVED"], "carried"),
    ("Resolved that the Clerk obtain three quotes for the bus shelter.", ["RESOLVED"], "carried"),
    ("RESOLVED: (i) That the hall hire charge rise to £12 an hour; (ii) That the Clerk notify regular users.",
     ["RESOLVED"], "carried"),
    ("RESOLVED:- (a) that the budget be approved; and (b) that the precept be set at £21,500.", ["RESOLVED"],
     "carried"),
    # AGREED / All agreed / agreed by all members present / Members agreed that
    ("AGREED that the footpath survey be repeated in the spring.", ["AGREED"], "agreed"),
    ("All agreed to send a letter of thanks to the volunteers.", ["AGREED"], "agreed"),
    ("All in favour of the new noticeboard.", ["AGREED"], "carried"),
    ("It was agreed by all members present that the next meeting be held on 4 March.", ["AGREED"], "agreed"),
    ("Members agreed that a wider consultation be undertaken.", ["AGREED"], "agreed"),
    ("The Councillors agreed the grant of £250 to the youth club.", ["AGREED"], "agreed"),
    ("After discussion we agreed to monitor the parking problem.", ["AGREED"], "agreed"),
    ("Unanimously agreed.", ["AGREED"], "carried"),
    # The Council resolved to / It was therefore resolved
    ("The Council resolved to pay the invoices listed above.", ["RESOLVED"], "carried"),
    ("It was therefore resolved to keep the present financial regulations.", ["RESOLVED"], "carried"),
    ("The Trustees resolved to accept the lowest tender.", ["RESOLVED"], "carried"),
    # Members appointed / authorised / adopted / decided
    ("Members appointed Smith & Co as internal auditors for 2024/25.", ["APPOINTED"], "agreed"),
    ("Members authorised the Chair to sign the annual return.", ["AUTHORISED"], "agreed"),
    ("The Councillors decided that the verges should be cut twice a year.", ["DECIDED"], "agreed"),
    ("The Board adopted the revised risk register.", ["ADOPTED"], "agreed"),
    # a paper noted, received, approved
    ("The clerk presented the bank reconciliation. The report was noted.", ["NOTED"], "noted"),
    ("Payments totalling £3,412.50 were noted.", ["NOTED"], "noted"),
    ("The correspondence was received.", ["RECEIVED"], "noted"),
    ("The invoices were tabled and authorised for payment:", ["AUTHORISED"], "agreed"),
    ("Elm Farm, Low Road – application for a rear extension was supported.", ["SUPPORTED"], "agreed"),
    # approved as a true record
    ("The minutes of the meeting held on 3 May were approved as a true record.", ["APPROVED"], "agreed"),
    ("The minutes of 8 July, having been circulated, were confirmed as a true copy and signed.", ["CONFIRMED"],
     "agreed"),
    ("The minutes had been circulated. All agreed this was a true record and were signed.", ["AGREED"], "agreed"),
    # deferred / withdrawn / held over
    ("The item was deferred to the next meeting.", ["DEFERRED"], "deferred"),
    ("Item deferred pending legal advice.", ["DEFERRED"], "deferred"),
    ("Discussion was held over to the November meeting.", ["DEFERRED"], "deferred"),
    ("Held over pending a report from the working party.", ["DEFERRED"], "deferred"),
    ("The application was withdrawn by the applicant.", ["WITHDRAWN"], "withdrawn"),
    ("Application withdrawn.", ["WITHDRAWN"], "withdrawn"),
    # motions carried, passed, lost, defeated, fell
    ("Cllr Amis moved that the hall be let to the bowls club. Seconded by Cllr Bell. Motion carried.", ["RESOLVED"],
     "carried"),
    ("Motion by Council Member Ota, second by Council Member Pike, to adopt the budget. Motion passed (7 to 2).",
     ["RESOLVED"], "carried"),
    ("Proposed by Cllr Dunn, seconded by Cllr Eyre, that the precept be frozen. CARRIED", ["RESOLVED"], "carried"),
    ("Proposed by Cllr Ford, seconded by Cllr Gale, that the car park be closed. The motion was defeated.",
     ["REJECTED"], "lost"),
    ("Moved by Commissioner Hale, seconded by Commissioner Imber, to deny the appeal. Motion failed 2-3.",
     ["REJECTED"], "lost"),
    ("Cllr Jay proposed, seconded by Cllr Kemp, that the grant be doubled. The motion fell.", ["REJECTED"], "lost"),
    ("Cllr Lamb proposed that the bench be replaced, seconded by Cllr Marsh. All in favour.", ["RESOLVED"], "carried"),
    ("It was moved and seconded that the hall be repainted. Carried.", ["RESOLVED"], "carried"),
    ("Upon motion by Commissioner Nye, seconded by Commissioner Orr, and carried unanimously, the Commission "
     "approved the minutes.", ["APPROVED"], "carried"),
])

def test_decision_forms(text, verbs, outcome):
    d = one(text)
    assert (d.verbs, d.outcome) == (verbs, outcome)
    assert d.outcome in OUTCOMES


def test_a_bare_outcome_decides_the_sentence_before_it():
    d = one("It was moved and seconded that the hall be repainted. Carried.")
    assert d.text == "It was moved and seconded that the hall be repainted. Carried."
    d = one("Cllr Lamb proposed that the bench be replaced, seconded by Cllr Marsh. All in favour.")
    assert (d.proposer, d.seconder, d.votes.unanimous) == ("Cllr Lamb", "Cllr Marsh", True)


def test_resolved_points_stay_one_decision_with_their_wording():
    d = one("RESOLVED: (i) That the fireworks be held on 2 November; (ii) That the risk assessment be adopted; and "
            "(iii) That the Clerk order the barriers.")
    assert d.text.startswith("RESOLVED: (i) That the fireworks") and d.text.endswith("order the barriers.")
    d = one("Councillors considered the lights, and it was agreed (i) that the switch-on be on 6 December, and (ii) "
            "that mince pies be served.")
    assert d.verbs == ["AGREED"] and "(ii) that mince pies be served." in d.text


@pytest.mark.parametrize("lines, verbs", [
    (["As Portfolio Holder for Highways I agree to:", "APPROVE the 2025/26 resurfacing programme;",
      "DELEGATE authority to the Director of Highways to award the contracts."], ["AGREED", "APPROVED", "DELEGATED"]),
    (["Decision:", "I, Councillor Ann Lowe, Cabinet Member for Housing, approve the following:",
      "ADOPT the tenancy strategy;", "NOTE the consultation responses."], ["APPROVED", "ADOPTED", "NOTED"]),
])
def test_first_person_records_of_decision(lines, verbs):
    for part in ("minutes", "report"):
        found = extract_decisions([para(t, seq=i, part=part) for i, t in enumerate(lines, start=1)])
        assert [d.verbs for d in found] == [verbs]
        assert found[0].text.split("\n")[-1] == lines[-1]
        assert found[0].outcome == "agreed"


@pytest.mark.parametrize("text", [
    "On 4 June the Scrutiny Committee considered the proposal. The committee passed a motion proposing that: That "
    "the decision be delayed until funding is confirmed; And, that a report be brought to the next meeting.",
    "The Panel carried the following resolution: that the Mayor be asked to review the precept.",
])
def test_motions_reported_in_prose(text):
    for part in ("minutes", "report"):
        d = one(text, part=part)
        assert (d.verbs, d.outcome) == (["RESOLVED"], "carried")
        assert d.text.startswith(("The committee passed a motion", "The Panel carried"))


@pytest.mark.parametrize("text", [
    "In March 2023 the Cabinet adopted the Climate Strategy, which set out the approach.",
    "The plan would not progress until the neighbouring council's local plan was adopted.",
    "The Clerk reported that the new policy was agreed by the county last year and noted the changes.",
    "Councillors considered the report.",
    "Answer: I agree with the Member that the buses are late, and I agree that more must be done.",
])
def test_not_decisions(text):
    assert [d for d in decide(text) if d.kind == "decision"] == []


def test_a_decision_after_reported_speech_counts():
    d = one("It was reported that the grass was long and it was agreed that the contractor be asked to cut it.")
    assert d.verbs == ["AGREED"]


def test_other_parts_give_only_records_of_decision():
    assert decide("The Committee RESOLVED to note the report.", part="report") == []
    assert decide("RESOLVED that the budget be approved.", part="agenda") == []


def test_outcome_follows_the_vote_then_the_verb():
    assert decision_outcome(["RESOLVED"], Vote(3, 5, outcome="lost")) == "lost"
    assert decision_outcome(["NOTED"], None) == "noted"
    assert decision_outcome(["APPROVED"], Vote(unanimous=True)) == "agreed"
    d = one("RESOLVED that the car park charges be approved (For 4, Against 6).")
    assert (d.outcome, d.votes.outcome) == ("lost", "lost")


def test_actions_carry_no_outcome():
    (d,) = decide("The Clerk agreed to write to the highways authority.")
    assert (d.kind, d.actor, d.outcome) == ("action", "the Clerk", None)
    (d,) = decide("PI advised that the grant was due and Cllr Lamb agreed to chase it.")
    assert (d.kind, d.actor) == ("action", "Cllr Lamb")
