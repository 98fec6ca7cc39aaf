"""Paper kinds from what papers print."""
import pytest

from indexer.segment.blocks import read_lines
from indexer.segment.kinds import paper_kind


@pytest.mark.parametrize("text, kind", [
    ("Elmby Parish Council\nMinutes of a Meeting held on 3 May 2021\nPresent: Cllr A\n1. Apologies\nNone\n"
     "2. Precept\nRESOLVED: to set the precept.\nThe meeting closed at 9pm", "minutes"),
    ("Newtown Town Council - 3rd May 2021\nPresent\nCouncillors A Smith (Chair), B Jones\n21.05.01 Apologies\n"
     "None\n21.05.02 Bonfire\nAll agreed that the bonfire be held.\nThe Chairman brought the meeting to a close.",
     "minutes"),
    ("PUBLIC NOTICE\nA Meeting of Elmby Parish Council will be held on Tuesday 4 May 2021.\nAGENDA\n"
     "1. To receive apologies\n2. To confirm the minutes", "agenda"),
    ("CITY OF LAKEWOOD\nAGENDA\nCALL TO ORDER\nROLL CALL\nPLEDGE OF ALLEGIANCE\n1. CONSENT CALENDAR", "agenda"),
    ("From: Cabinet Member for Finance\nTo: Cabinet, 30 January 2025\nSubject: Budget Monitoring\n"
     "Recommendation(s):\nCabinet is asked to NOTE the position.", "report"),
    ("EASTSHIRE COUNTY COUNCIL – RECORD OF DECISION\nDECISION TO BE TAKEN BY: Cabinet Member for Roads\n"
     "Decision:\nI agree to APPROVE the scheme.\nReason(s) for decision:\nThe roads need repair.", "decision"),
    ("Question 1\nCOUNTY COUNCIL\nQuestion by A Brown to C Green, Cabinet Member for Schools\nAnswer\nYes.\n"
     "Question 2\nQuestion by D White to C Green\nAnswer\nNo.", "questions"),
    ("Name\tMeeting Date\tMeeting Time\tMeeting Location\nCity Council\t1/23/2019\t10:00 AM\tCouncil Chambers\n"
     "Committee on Finance\t1/22/2019\t1:00 PM\tRoom 201\nCommittee on Health\t1/17/2019\t10:00 AM\tRoom 201",
     "calendar"),
    ("Explanation of Quantified Significant Variances\n31/3/2015\t31/3/2016\nStaff Costs\t3,508\t5,356", "budget"),
    ("CITY OF MAPLE GROVE\nCITY COUNCIL REGULAR MEETING MINUTES\nNovember 9, 2022\n1. CALL TO ORDER\n"
     "Mayor Ruiz called the meeting to order at 7:00 p.m.\n2. ROLL CALL\nPresent: Mayor Ruiz\n3. CONSENT CALENDAR\n"
     "Motion carried 4-0.\nThe meeting adjourned at 8:15 p.m.", "minutes"),
    ("PLANNING COMMISSION\nAction Minutes\nJune 2, 2022\nCALL TO ORDER\nChair Moss called the meeting to order at "
     "6:30 p.m.\nROLL CALL\nCommissioners present: Moss, Lee", "minutes"),
    ("Land at Barton End\nResponse from Elmby Parish Council\n\nThis application is made under s191.", "other"),
])
def test_kinds(text, kind):
    assert paper_kind(read_lines(text)) == kind
