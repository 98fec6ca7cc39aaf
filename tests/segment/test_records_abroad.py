"""Records of decision and decision fields in the forms English district councils and Australian, Irish and
US minutes print them, on invented papers and snippets."""
import pytest

from corpus.normalise import normalise
from indexer.extract import extract_decisions
from indexer.segment import segment
from models.domain import Paragraph

DISTRICT_RECORD = """Thornbury Vale District Council

RECORD OF EXECUTIVE DECISION

Decision Maker: Cabinet Member for Environment, Councillor Priya Raman
Date of Decision: 24 May 2023
Decision Reference: ED/2023/031

Subject: Garden Waste Subscription Charge

Decision:
To introduce an annual garden waste subscription charge of £45 per bin from 1 October 2023.

Reasons for the Decision:
The service costs £1.1m a year and is not a statutory service.

Alternative Options Considered and Rejected:
Retaining the free service was rejected because it would require savings elsewhere.

Call-in: This decision may be called in by 5pm on 2 June 2023.
"""

LEADER_RECORD = """ELMSTEAD BOROUGH COUNCIL
EXECUTIVE DECISION NOTICE

Decision taken by: Cllr Tom Hale, Leader of the Council
Decision No.: LC/24/007
Title of Decision: Town Centre Car Parking Tariffs

Decision: That the car parking tariffs in Schedule 1 be adopted from 1 April 2024.

Options considered: Keeping the current tariffs was considered and not agreed, as it leaves a shortfall.

Signed: T Hale    Date: 12 March 2024
"""


@pytest.mark.parametrize("text, body, number, decision, council", [
    (DISTRICT_RECORD, "Cabinet Member for Environment", "ED/2023/031",
     "Decision: To introduce an annual garden waste subscription charge of £45 per bin from 1 October 2023.",
     "Thornbury Vale District Council"),
    (LEADER_RECORD, "Leader of the Council", "LC/24/007",
     "Decision: That the car parking tariffs in Schedule 1 be adopted from 1 April 2024.", "Elmstead Borough Council"),
])
def test_a_record_of_decision_gives_its_decider_number_and_decision_field(text, body, number, decision, council):
    s = segment("0123456789ab", normalise(text), "record.txt")
    (meeting,) = s.meetings
    assert (meeting.committee, meeting.council, [i.number for i in s.items]) == (body, council, [number])
    found = [d for d in extract_decisions(s.paragraphs) if d.kind == "decision"]
    assert [(d.text, d.outcome) for d in found] == [(decision, "agreed")]


def paras(*texts: str, item: str = "8.1", first: int = 1) -> list[Paragraph]:
    return [Paragraph(id=f"beef00beef00.p{i:04d}", document_id="beef00beef00", seq=i, text=t, start=0, end=len(t),
                      part="minutes", item=item, meeting_id="m1") for i, t in enumerate(texts, start=first)]


@pytest.mark.parametrize("texts, expected", [
    # an Australian shire: the officer's advice, then the council's resolution under its own label
    (["OFFICER RECOMMENDATION:\nThat Council adopt the Road Resealing Program.",
      "COUNCIL RESOLUTION:\nThat Council adopt the Road Resealing Program, with Boundary Road added."],
     [(["RESOLVED"], "COUNCIL RESOLUTION: That Council adopt the Road Resealing Program, with Boundary Road added.")]),
    # a US board: the staff's recommended action is no decision; the motion on it is
    (["RECOMMENDED ACTION: Receive the Recommended Budget and set public hearings for June 26, 2023.",
      "Supervisor Okafor moved, seconded by Supervisor Chen, to approve the recommended action. Motion passed 5-0."],
     [(["RESOLVED"], "Supervisor Okafor moved, seconded by Supervisor Chen, to approve the recommended action. "
                     "Motion passed 5-0.")]),
    # an Irish county: the minutes confirmed on a proposal
    (["On the proposal of Cllr. Brennan, seconded by Cllr. Hogan, the minutes of the Monthly Meeting held on 13th "
      "February 2023 were confirmed and signed."],
     [(["APPROVED"], "On the proposal of Cllr. Brennan, seconded by Cllr. Hogan, the minutes of the Monthly Meeting "
                     "held on 13th February 2023 were confirmed and signed.")]),
])
def test_decision_fields_and_advice_in_minutes(texts, expected):
    found = [d for d in extract_decisions(paras(*texts)) if d.kind == "decision"]
    assert [(d.verbs, d.text) for d in found] == expected


def test_a_decision_label_over_a_first_person_record_keeps_the_record_verbs():
    found = extract_decisions(paras("Decision:", "As Cabinet Member for Housing I agree to:", "ADOPT the strategy;",
                                    "NOTE the responses."))
    assert [d.verbs for d in found] == [["AGREED", "ADOPTED", "NOTED"]]


def test_a_decision_label_alone_over_infinitives_as_scottish_minutes_print_it():
    points = paras("Decision", "To note the report.\n2) To agree to consult on the parking charges.", item="9", first=3)
    points[1].number = "1)"  # the first point's number, as segmentation takes it off the line
    found = extract_decisions(paras("Decision", "To approve the minutes of 20 April 2023 as a correct record.") + points)
    assert [(d.verbs, d.outcome, d.text) for d in found] == [
        (["APPROVED"], "agreed", "Decision: To approve the minutes of 20 April 2023 as a correct record."),
        (["NOTED", "AGREED"], "noted", "Decision:\n1) To note the report.\n2) To agree to consult on the parking charges.")]


def test_recitals_with_and_whereas_stay_in_the_motion_block():
    found = extract_decisions(paras("Resolution No. 2023-102", "Moved by Councillor Castellano",
                                    "Seconded by Councillor Nguyen", "WHEREAS the City issued Tender T-2023-07;",
                                    "AND WHEREAS four bids were received;",
                                    "NOW THEREFORE BE IT RESOLVED THAT Council award Tender T-2023-07.",
                                    "Recorded Vote:\nYeas: Ahmed, Castellano, Nguyen\nNays: Brooks", "CARRIED (3 to 1)"))
    assert [(d.proposer, d.seconder, d.outcome, d.votes.for_, d.votes.against) for d in found] == [
        ("Councillor Castellano", "Councillor Nguyen", "carried", 3, 1)]
    assert found[0].text.startswith("WHEREAS") and found[0].text.endswith("award Tender T-2023-07.")
