"""Segmentation and extraction over the common forms of other English councils' papers.

The four papers below are synthetic (written for these tests, not copied from any council's
files), in the shapes ModernGov and CMIS exports take as text: cabinet minutes numbered
'22/18', planning committee minutes numbered '45.', a board's agenda with '(Pages 5 - 10)'
references, and a report with a 'Report to: / Date: / Subject:' cover.
"""
import pytest

from corpus.normalise import normalise
from indexer.extract import extract_decisions, extract_recommendations
from indexer.segment import Segmented, minutes, segment

DOC_ID = "0123456789ab"


def seg(text: str) -> Segmented:
    return segment(DOC_ID, normalise(text), "test.txt")


def people(s: Segmented, role: str) -> list[str]:
    (m,) = s.meetings
    return [a.name for a in m.attendees if a.role == role]


# ---- cabinet minutes numbered 22/18 -----------------------------------------------------------

CABINET_MINUTES = """HARTWELL BOROUGH COUNCIL

MINUTES of the meeting of the CABINET held on Tuesday 12 June 2018 at 7.00 pm in the Council Chamber, Civic Centre, Hartwell

PRESENT: Councillor P Marsh (Leader) (Chairman)
Councillors R Okafor, S Lindqvist, T Mehta and V Adeyemi

APOLOGIES: Councillor W Foster

ALSO PRESENT: Councillor K Doyle

Officers: M Reid (Chief Executive), L Chen (Head of Environmental Services)

22/18 DECLARATIONS OF INTEREST

There were no declarations of interest.

23/18 MINUTES

RESOLVED that the minutes of the meeting held on 15 May 2018 be confirmed as a correct record and signed by the Chairman.

24/18 CAR PARKING CHARGES 2018/19

The Cabinet considered a report of the Head of Environmental Services proposing revised car parking charges
for 2018/19. Income from car parks was forecast at £1.2m, an increase of 4% on 2017/18.

Proposed by Councillor Okafor, seconded by Councillor Lindqvist and carried (Y-5, N-0).

RESOLVED that:
(1) the revised car parking charges set out in Appendix A be approved with effect from 1 July 2018;
(2) the Head of Environmental Services be authorised to make minor amendments in consultation with the Portfolio Holder.

25/18 LEISURE CENTRE REFURBISHMENT

The Cabinet received an update on the refurbishment of the leisure centre. The contract value was £3.45 million.

A motion to defer the decision was proposed by Councillor Mehta and seconded by Councillor Adeyemi. On being put
to the vote the motion was lost, with 2 votes in favour and 3 against.

RESOLVED that the award of the refurbishment contract be approved.

The meeting closed at 8.15 pm.
"""


def test_cabinet_minutes_meeting_and_attendance():
    s = seg(CABINET_MINUTES)
    assert (s.kind, s.council, s.committee, s.meeting_date) == (
        "minutes", "Hartwell Borough Council", "Cabinet", "2018-06-12")
    (m,) = s.meetings
    assert (m.committee, m.date, m.role, m.time, m.venue, m.chair) == (
        "Cabinet", "2018-06-12", "minutes", "7.00pm", "Council Chamber, Civic Centre, Hartwell", "Councillor P Marsh")
    assert m.id == "2018-06-12-hartwell-cabinet"
    assert people(s, "present") == ["Councillor P Marsh", "Councillor R Okafor", "Councillor S Lindqvist",
                                     "Councillor T Mehta", "Councillor V Adeyemi", "Councillor K Doyle"]
    assert [a.note for a in m.attendees if a.role == "present"] == ["(Chairman)", "", "", "", "", "also present"]
    assert people(s, "apologies") == ["Councillor W Foster"]
    assert [(a.name, a.note) for a in m.attendees if a.role == "officer"] == [
        ("M Reid", "Chief Executive"), ("L Chen", "Head of Environmental Services")]


def test_cabinet_minutes_items_and_paragraphs():
    s = seg(CABINET_MINUTES)
    assert [(i.part, i.number, i.title) for i in s.items] == [
        ("minutes", "22/18", "DECLARATIONS OF INTEREST"), ("minutes", "23/18", "MINUTES"),
        ("minutes", "24/18", "CAR PARKING CHARGES 2018/19"), ("minutes", "25/18", "LEISURE CENTRE REFURBISHMENT")]
    body = [(p.number, p.item, p.text.split("\n")[0][:40]) for p in s.paragraphs if p.item]
    assert body == [
        (None, "22/18", "There were no declarations of interest."),
        (None, "23/18", "RESOLVED that the minutes of the meeting"),
        (None, "24/18", "The Cabinet considered a report of the H"),
        (None, "24/18", "Proposed by Councillor Okafor, seconded "),
        (None, "24/18", "RESOLVED that:"),
        (None, "25/18", "The Cabinet received an update on the re"),
        (None, "25/18", "A motion to defer the decision was propo"),
        (None, "25/18", "RESOLVED that the award of the refurbish"),
        (None, "25/18", "The meeting closed at 8.15 pm.")]
    resolved = next(p for p in s.paragraphs if p.text.startswith("RESOLVED that:"))
    assert resolved.text.split("\n") == [
        "RESOLVED that:",
        "(1) the revised car parking charges set out in Appendix A be approved with effect from 1 July 2018;",
        "(2) the Head of Environmental Services be authorised to make minor amendments in consultation with the "
        "Portfolio Holder."]
    assert all(p.meeting_id == "2018-06-12-hartwell-cabinet" and p.part == "minutes" for p in s.paragraphs)


def test_cabinet_minutes_decisions_and_votes():
    found = extract_decisions(seg(CABINET_MINUTES).paragraphs)
    got = [(d.verbs, d.text.split("\n")[0][:40], d.votes and (d.votes.for_, d.votes.against, d.votes.outcome),
            d.proposer, d.seconder) for d in found]
    assert got == [
        (["RESOLVED"], "RESOLVED that the minutes of the meeting", None, None, None),
        (["RESOLVED"], "RESOLVED that:", (5, 0, "carried"), "Councillor Okafor", "Councillor Lindqvist"),
        (["REJECTED"], "A motion to defer the decision was propo", (2, 3, "lost"), "Councillor Mehta",
         "Councillor Adeyemi"),
        (["RESOLVED"], "RESOLVED that the award of the refurbish", None, None, None)]
    assert "(2) the Head of Environmental Services" in found[1].text


# ---- planning committee minutes numbered 45. ---------------------------------------------------

PLANNING_MINUTES = """Kelbrook District Council

Minutes of a meeting of the Planning Committee held at Town Hall, Market Square, Kelbrook on Wednesday, 3rd May 2023 at 6.30pm

Present: Councillors J Whitfield (Chairman), H Osei (Vice-Chairman), B Kaur, D Novak, E Pryce, G Sutton and L Moreau

In attendance: N Hale (Development Manager), R Quinn (Legal Adviser)

Apologies for absence were received from Councillors F Dunmore and M Tran.

45. Declarations of Interest

Councillor Novak declared a non-pecuniary interest in application 23/0112/FUL as a member of the parish council.

46. Planning application 21/0456 - Land north of Mill Lane, Kelbrook

The Development Manager presented the application for 48 dwellings. The site extended to 2.1 hectares and 30% of
the homes would be affordable.

Mr A Greaves spoke in objection on behalf of local residents.

It was proposed by Councillor Sutton and seconded by Councillor Pryce that the application be approved.

RESOLVED that planning permission be GRANTED subject to the conditions set out in the report and a section 106
agreement (For 5, Against 2).

47. Planning application 23/0112/FUL - Barn at Hollow Farm, Kelbrook

The Committee considered the conversion of the barn to a dwelling.

RESOLVED that planning permission be REFUSED for the reasons set out in the report. The vote was 6 in favour and
1 against.

The meeting ended at 8.40pm
"""


def test_planning_minutes_meeting_and_attendance():
    s = seg(PLANNING_MINUTES)
    assert (s.kind, s.council) == ("minutes", "Kelbrook District Council")
    (m,) = s.meetings
    assert (m.committee, m.date, m.role, m.time, m.venue, m.chair) == (
        "Planning Committee", "2023-05-03", "minutes", "6.30pm", "Town Hall, Market Square, Kelbrook",
        "Councillor J Whitfield")
    assert people(s, "present") == [
        "Councillor J Whitfield", "Councillor H Osei", "Councillor B Kaur", "Councillor D Novak",
        "Councillor E Pryce", "Councillor G Sutton", "Councillor L Moreau"]
    assert [a.note for a in m.attendees if a.role == "present"][:2] == ["(Chairman)", "(Vice-Chair)"]
    assert people(s, "apologies") == ["Councillor F Dunmore", "Councillor M Tran"]
    assert people(s, "officer") == ["N Hale", "R Quinn"]


def test_planning_minutes_items_and_unnumbered_paragraphs():
    s = seg(PLANNING_MINUTES)
    assert [(i.number, i.title) for i in s.items] == [
        ("45", "Declarations of Interest"),
        ("46", "Planning application 21/0456 - Land north of Mill Lane, Kelbrook"),
        ("47", "Planning application 23/0112/FUL - Barn at Hollow Farm, Kelbrook")]
    body = [(p.number, p.item, p.text[:30]) for p in s.paragraphs if p.item]
    assert body == [
        (None, "45", "Councillor Novak declared a no"),
        (None, "46", "The Development Manager presen"),
        (None, "46", "Mr A Greaves spoke in objectio"),
        (None, "46", "It was proposed by Councillor "),
        (None, "46", "RESOLVED that planning permiss"),
        (None, "47", "The Committee considered the c"),
        (None, "47", "RESOLVED that planning permiss"),
        (None, "47", "The meeting ended at 8.40pm")]
    p = next(p for p in s.paragraphs if p.item == "46" and p.text.startswith("The Development"))
    assert p.text.endswith("30% of the homes would be affordable.") and p.item_title.startswith("Planning application")


def test_planning_minutes_decisions_and_votes():
    found = extract_decisions(seg(PLANNING_MINUTES).paragraphs)
    assert [(d.verbs, d.votes.for_, d.votes.against, d.votes.outcome) for d in found] == [
        (["RESOLVED"], 5, 2, "carried"), (["RESOLVED"], 6, 1, "carried")]
    assert found[0].text.startswith("RESOLVED that planning permission be GRANTED")
    assert [(d.proposer, d.seconder) for d in found] == [("Councillor Sutton", "Councillor Pryce"), (None, None)]


# ---- a board's agenda -----------------------------------------------------------------------------

BOARD_AGENDA = """Brackenshire County Council

HEALTH AND WELLBEING BOARD

Date: Thursday, 14th March 2024
Time: 2.00 pm
Venue: Committee Room 1, Shire Hall, Brackenford

Membership: Councillor A Patel (Chair), Councillor C Rowe (Vice-Chair), Dr S Iqbal, Ms T Barker

AGENDA

Item 1. Apologies for Absence

Item 2. Declarations of Interest

Item 3. Minutes of the previous meeting (Pages 5 - 10)

To confirm the minutes of the meeting held on 11 January 2024.

Item 4. Joint Local Health and Wellbeing Strategy 2024-2029 (Pages 11 - 34)

Report of the Director of Public Health.

Item 5. Better Care Fund Plan 2024/25

(Pages 35 - 52)

Item 6. Date of Next Meeting

The next meeting will be held on Thursday, 13th June 2024 at 2.00 pm.
"""


def test_board_agenda_meeting_and_membership():
    s = seg(BOARD_AGENDA)
    assert (s.kind, s.council, s.committee, s.meeting_date) == (
        "agenda", "Brackenshire County Council", "Health and Wellbeing Board", "2024-03-14")
    (m,) = s.meetings
    assert (m.role, m.time, m.venue, m.chair, m.id) == (
        "agenda", "2.00 pm", "Committee Room 1, Shire Hall, Brackenford", "Councillor A Patel",
        "2024-03-14-brackenshire-health-and-wellbeing-board")
    assert [(a.name, a.role) for a in m.attendees] == [
        ("Councillor A Patel", "chair"), ("Councillor C Rowe", "vice-chair"), ("Dr S Iqbal", "member"),
        ("Ms T Barker", "member")]


def test_board_agenda_items_and_pages():
    s = seg(BOARD_AGENDA)
    assert [(i.part, i.number, i.title, i.page) for i in s.items] == [
        ("agenda", "1", "Apologies for Absence", None), ("agenda", "2", "Declarations of Interest", None),
        ("agenda", "3", "Minutes of the previous meeting", "5-10"),
        ("agenda", "4", "Joint Local Health and Wellbeing Strategy 2024-2029", "11-34"),
        ("agenda", "5", "Better Care Fund Plan 2024/25", "35-52"), ("agenda", "6", "Date of Next Meeting", None)]
    under = [(p.number, p.item, p.text) for p in s.paragraphs if p.item == "4"]
    assert under == [("4", "4", "Joint Local Health and Wellbeing Strategy 2024-2029"),
                     (None, "4", "Report of the Director of Public Health.")]
    assert not s.reports and {p.part for p in s.paragraphs} == {"agenda"}


# ---- a cabinet report with a 'Report to:' cover ---------------------------------------------------

CABINET_REPORT = """Fenmoor District Council

Report to: Cabinet
Date: 9th October 2019
Subject: Waste Collection Contract Extension
Report of the Head of Operational Services
Portfolio Holder: Councillor N Ashby, Environment
Wards affected: All
Key decision: Yes
Contact officer: D Fairley, Waste Services Manager

1. Purpose of report

1.1 To seek approval to extend the waste collection contract by two years.

2. Recommendation(s)

2.1 That Cabinet:
(a) approves a two-year extension of the waste collection contract to 31 March 2022;
(b) delegates authority to the Head of Operational Services to agree the final terms.

3. Background

3.1 The current contract started in April 2012 and costs £2.8m a year.

4. Financial implications

4.1 The extension would save an estimated £120,000 a year against a new procurement.
"""


def test_cabinet_report_cover():
    s = seg(CABINET_REPORT)
    assert (s.kind, s.title, s.council, s.committee, s.meeting_date) == (
        "report", "Waste Collection Contract Extension", "Fenmoor District Council", "Cabinet", "2019-10-09")
    (m,) = s.meetings
    assert (m.committee, m.date, m.role, m.id) == ("Cabinet", "2019-10-09", "report-only", "2019-10-09-fenmoor-cabinet")
    (r,) = s.reports
    assert (r.title, r.meeting_id, r.meeting_date, r.committee, r.responsible_officer, r.contact_officer) == (
        "Waste Collection Contract Extension", m.id, "2019-10-09", "Cabinet", "Head of Operational Services",
        "D Fairley, Waste Services Manager")
    cover = s.paragraphs[0]
    assert cover.id == r.paragraph_id
    assert cover.text.split("\n")[:2] == ["Fenmoor District Council", "Report to: Cabinet"]
    assert cover.text.split("\n")[-1] == "Contact officer: D Fairley, Waste Services Manager"


def test_cabinet_report_sections_and_recommendations():
    s = seg(CABINET_REPORT)
    body = [(p.number, p.section) for p in s.paragraphs[1:]]
    assert body == [("1.1", "1. Purpose of report"), ("2.1", "Recommendations"), ("3.1", "3. Background"),
                    ("4.1", "4. Financial implications")]
    assert s.reports[0].executive_summary == "To seek approval to extend the waste collection contract by two years."
    recs = extract_recommendations(s.reports[0], s.paragraphs)
    assert [(r.label, r.text) for r in recs] == [
        ("a", "approves a two-year extension of the waste collection contract to 31 March 2022"),
        ("b", "delegates authority to the Head of Operational Services to agree the final terms.")]


# ---- heading forms, one line at a time ------------------------------------------------------------

@pytest.mark.parametrize("text, committee, date, time, venue", [
    ("MINUTES of the meeting of the CABINET held on Tuesday 12 June 2018 at 7.00 pm in the Council Chamber",
     "Cabinet", "2018-06-12", "7.00pm", "Council Chamber"),
    ("Minutes of a meeting of the Planning Committee held at Town Hall on Wednesday, 3rd May 2023 at 6.30pm",
     "Planning Committee", "2023-05-03", "6.30pm", "Town Hall"),
    ("Minutes of the Licensing Sub-Committee held on 2 February 2022 at 10.00 am",
     "Licensing Sub-Committee", "2022-02-02", "10.00am", None),
    ("MINUTES OF THE MEETING OF THE HEALTH AND WELLBEING BOARD HELD ON 21ST JULY 2021",
     "Health and Wellbeing Board", "2021-07-21", None, None),
    ("Minutes of the meeting of Full Council held on Thursday 24 November 2022 at 7pm",
     "Full Council", "2022-11-24", "7pm", None),
])
def test_minutes_heading_forms(text, committee, date, time, venue):
    s = seg(f"{text}\n\nPresent: Councillor A Smith (Chair)\n\n1. Apologies\n\nThere were none.\n")
    (m,) = s.meetings
    assert (m.committee, m.date, m.time, m.venue, m.chair) == (committee, date, time, venue, "Councillor A Smith")


def test_committee_name_above_the_heading():
    s = seg("SCRUTINY COMMISSION\n\nMinutes of the meeting held on 12 June 2018\n\n"
            "Present: Councillors Smith (Chair), Brown and Green\n\n"
            "Apologies for absence were received from Councillor White.\n\n"
            "Minute 12 - Budget Monitoring\n\nThe Commission NOTED the report.\n")
    (m,) = s.meetings
    assert (m.committee, m.date, m.chair) == ("Scrutiny Commission", "2018-06-12", "Councillor Smith")
    assert [(a.name, a.role) for a in m.attendees] == [
        ("Councillor Smith", "present"), ("Councillor Brown", "present"), ("Councillor Green", "present"),
        ("Councillor White", "apologies")]
    assert [(i.number, i.title) for i in s.items] == [("12", "Budget Monitoring")]


@pytest.mark.parametrize("text, previous, expected", [
    ("22/18 DECLARATIONS OF INTEREST", None, ("22/18", "DECLARATIONS OF INTEREST")),
    ("23/18 MINUTES", "22/18", ("23/18", "MINUTES")),
    ("CAB 12/23 Budget Monitoring Quarter 2", None, ("CAB 12/23", "Budget Monitoring Quarter 2")),
    ("Minute 12 - Budget Monitoring", None, ("12", "Budget Monitoring")),
    ("45. Planning application 21/0456", None, ("45", "Planning application 21/0456")),
    ("21/0456 Land north of Mill Lane", "45", None),  # an application's reference under a numbered minute
    ("21/0456 Land north of Mill Lane", "24/18", None),  # not the next minute of the series
    ("2. Approve the budget", "24/18", None),  # a numbered point inside slash-numbered minutes
])
def test_minute_heading_forms(text, previous, expected):
    last = int(previous) if previous and previous.isdigit() else None
    assert minutes.is_item_heading(text, last, previous) == expected


# ---- parish minutes numbered year first, the council named only in the signature ------------

ABOVE_COUNCIL = """Minutes of the above Council held on 03/03/2021 at the Village Hall at 7.30pm

Present: Cllr A. Moss (Chairman), Cllr B. Lane, Cllr C. Hart

21/14 Apologies
None.

21/15 Minutes
The minutes of the meeting held on 2nd February 2021 were approved and signed. Proposed Cllr Lane, seconded Cllr Hart. All agreed.

21/16 Village sign
The Council RESOLVED to repaint the village sign at a cost of £420. Carried unanimously.

Signed: J. Smith, Clerk to Little Snoring Parish Council
"""


def test_minutes_numbered_year_first_of_a_council_named_in_the_signature():
    s = seg(ABOVE_COUNCIL)
    assert (s.council, s.meeting_date) == ("Little Snoring Parish Council", "2021-03-03")
    assert [(i.number, i.title) for i in s.items] == [("21/14", "Apologies"), ("21/15", "Minutes"),
                                                      ("21/16", "Village sign")]
    found = extract_decisions(s.paragraphs)
    assert [(d.verbs, d.proposer, d.seconder) for d in found] == [(["APPROVED"], "Cllr Lane", "Cllr Hart"),
                                                                   (["RESOLVED"], None, None)]
    assert found[1].votes.unanimous
