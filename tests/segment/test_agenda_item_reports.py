"""Officer reports printed inside an agenda's items, as Australian shires and New Zealand districts print
them: the officer fields under the title, an executive summary, and an officer's recommendation
over 'That Council:' and its numbered points. Snippets are invented."""
from indexer.segment import segment

SHIRE = """WATTLE CREEK SHIRE COUNCIL

ORDINARY COUNCIL MEETING

AGENDA

Wednesday 20 March 2024

1. REPORTS

1.1 ROAD RESEALING PROGRAM 2024/25

Responsible Officer: Director Infrastructure Services
Author: Manager Works, Tom Kelly

EXECUTIVE SUMMARY
This report presents the draft road resealing program for 2024/25 at an estimated cost of $1,860,000.

FINANCIAL IMPLICATIONS
The program is funded from the 2024/25 capital works budget.

OFFICER RECOMMENDATION
That Council:
1. Endorse the draft Road Resealing Program 2024/25 as attached; and
2. Authorise the Chief Executive Officer to make minor changes to the program.

1.2 SHOW SOCIETY - REQUEST FOR FINANCIAL ASSISTANCE

The Show Society has requested a donation of $7,500 towards the 2024 Show.

2. CLOSURE
"""

DISTRICT = """KŌWHAI DISTRICT COUNCIL

ORDINARY COUNCIL MEETING AGENDA

Thursday 7 March 2024

1. KARAKIA

2. APOLOGIES

3. REPORTS

3.1 Draft Dog Control Policy 2024

Report Author: Jane Roe, Policy Advisor
Authoriser: Mike Hall, Group Manager Strategy

EXECUTIVE SUMMARY
The draft policy extends the dog exercise areas at Rata Beach.

OFFICER'S RECOMMENDATION
That Council:
1. Receives the report; and
2. Adopts the draft Dog Control Policy 2024 for consultation.

3.2 Water Services Update

The Group Manager Infrastructure reported on the water reforms.

4. CLOSING KARAKIA
"""


def test_points_of_that_council_are_the_recommendation_not_agenda_items():
    assert [(i.number, i.title) for i in segment("cafe00cafe04", SHIRE, "agenda.txt").items] == [
        ("1", "REPORTS"), ("1.1", "ROAD RESEALING PROGRAM 2024/25"),
        ("1.2", "SHOW SOCIETY - REQUEST FOR FINANCIAL ASSISTANCE"), ("2", "CLOSURE")]
    assert [i.number for i in segment("cafe00cafe05", DISTRICT, "agenda.txt").items] == ["1", "2", "3", "3.1", "3.2", "4"]


def test_an_items_report_has_its_officers_summary_and_recommendations():
    for text, officer, author, summary in [
        (SHIRE, "Director Infrastructure Services", "Manager Works, Tom Kelly",
         "This report presents the draft road resealing program for 2024/25 at an estimated cost of $1,860,000."),
        (DISTRICT, "Mike Hall, Group Manager Strategy", "Jane Roe, Policy Advisor",
         "The draft policy extends the dog exercise areas at Rata Beach."),
    ]:
        seg = segment("cafe00cafe06", text, "agenda.txt")
        (report,) = seg.reports
        assert (report.responsible_officer, report.contact_officer, report.executive_summary) == \
            (officer, author, summary)
        recommended = [p.text for p in seg.paragraphs if p.report_id == report.id and p.section == "Recommendations"]
        assert recommended[-2:] in (
            ["Endorse the draft Road Resealing Program 2024/25 as attached; and",
             "Authorise the Chief Executive Officer to make minor changes to the program."],
            ["Receives the report; and", "Adopts the draft Dog Control Policy 2024 for consultation."])


def test_a_reports_sections_end_with_its_item():
    seg = segment("cafe00cafe07", SHIRE, "agenda.txt")
    sections = {p.text: p.section for p in seg.paragraphs}
    assert sections["The program is funded from the 2024/25 capital works budget."] == "FINANCIAL IMPLICATIONS"
    assert sections["The Show Society has requested a donation of $7,500 towards the 2024 Show."] is None


def test_an_agenda_marked_by_its_bodys_name():
    from indexer.segment.agenda import find_marker
    from indexer.segment.blocks import read_lines

    for text, line in [("TOWNSHIP OF CEDAR HOLLOW\nCOUNCIL AGENDA\nTuesday, March 5, 2024", 1),
                       ("Kōwhai District Council\nPlanning Committee Agenda\n7 March 2024", 1),
                       ("AGENDA\nBALDWIN PARK CITY COUNCIL", 0),
                       ("The items below are on the agenda\nItems for the next agenda", None)]:
        lines = read_lines(text)
        assert find_marker(lines, len(lines)) == line


def test_a_section_of_us_minutes_named_agenda_is_no_agenda_marker():
    from indexer.segment.agenda import find_marker
    from indexer.segment.blocks import read_lines

    lines = read_lines("BOARD OF SUPERVISORS\nMINUTES OF REGULAR MEETING\nJune 13, 2023\n\nCONSENT CALENDAR\n\n"
                       "1. Approve the minutes.\n\nREGULAR AGENDA\n\n2. Budget hearing.")
    assert find_marker(lines, len(lines)) is None


ONTARIO = """The Corporation of the Town of Harrow Bay
Regular Council Meeting Agenda

Date: Monday, April 8, 2024

1. Call to Order

2. Staff Reports

2.1 Report FIN-2024-07 - 2024 Water Rates

Report To: Mayor and Members of Council
Report From: Dana Whitlock, Director of Finance
Prepared by: Omar Haddad, Financial Analyst
Report Number: FIN-2024-07

Recommendation:
That Council approve a water rate increase of 4.5% effective May 1, 2024.

Background:
The 2023 rate study recommended annual increases of between 4% and 5%.

2.2 Report PW-2024-11 - Sidewalk Tender

Report To: Mayor and Members of Council
Report From: Kevin Tran, Director of Public Works

Recommendation:
That Council award the sidewalk tender to Lakeshore Paving Ltd.

3. By-laws

3.1 By-law 2024-031 - Water Rates

4. Adjournment
"""

US_CITY = """CITY OF ALDER SPRINGS
CITY COUNCIL AGENDA
Tuesday, March 5, 2024

1. Call to Order

2. Award of Contract for Street Resurfacing

TO: Honorable Mayor and Members of the City Council
FROM: Jane Doe, Public Works Director
SUBJECT: Award of contract for 2024 street resurfacing

RECOMMENDATION: Award a contract to Valley Asphalt Inc. in the amount of $912,400.

3. Adjournment
"""


def test_a_report_cover_under_an_agenda_item_is_that_items_report():
    seg = segment("cafe00cafe08", ONTARIO, "agenda.txt")
    assert [i.number for i in seg.items] == ["1", "2", "2.1", "2.2", "3", "3.1", "4"]
    assert [(r.agenda_item, r.responsible_officer, r.contact_officer) for r in seg.reports] == [
        ("2.1", "Dana Whitlock, Director of Finance", "Omar Haddad, Financial Analyst"),
        ("2.2", "Kevin Tran, Director of Public Works", None)]
    us = segment("cafe00cafe09", US_CITY, "agenda.txt")
    assert [i.number for i in us.items] == ["1", "2", "3"]
    (report,) = us.reports
    assert (report.agenda_item, report.responsible_officer) == ("2", "Jane Doe, Public Works Director")


def test_a_cover_is_inside_an_item_only_when_the_agenda_goes_on_after_it():
    from indexer.segment.blocks import read_lines
    from indexer.segment.reports import inside_agenda_item

    lines = read_lines("5.1 Water Rates\n\nReport To: Council\nReport From: Finance\n\nBackground text.\n\n5.2 Tender")
    assert inside_agenda_item(lines, 1, len(lines))
    # an English pack's report, after the agenda, whose own paragraphs restart at 1
    lines = read_lines("Item No 6\n\nReport title: Finance monitoring\nDate of meeting: 6 March 2017\n\n"
                       "1. Introduction\n\n1.1 The report sets out the forecast.")
    assert not inside_agenda_item(lines, 0, len(lines))
    lines = read_lines("8.1 Officer contact\nJo Bloggs\n\nReport title: Next report\nDate of meeting: 6 March 2017\n\n"
                       "1. Introduction")
    assert not inside_agenda_item(lines, 3, len(lines))


SHIRE_MINUTES = """SHIRE OF KARRAWONG
ORDINARY COUNCIL MEETING
MINUTES
Held in the Council Chambers, 12 Hay Street, Karrawong on Tuesday 20 February 2024 commencing at 2.00pm

1. DECLARATION OF OPENING
The Shire President declared the meeting open at 2.02pm.

2. RECORD OF ATTENDANCE / APOLOGIES / LEAVE OF ABSENCE
Cr Helen Marsh (Shire President)
Cr Peter Quinlan
Mr Craig Boyd, Chief Executive Officer
Apologies: Cr Sue Whitlock

9. REPORTS OF OFFICERS
9.1 Swimming Pool Management Contract
Responsible Officer: Craig Boyd, Chief Executive Officer
Author: Fiona Grant, Manager Corporate Services
The current contract expires on 31 March 2024.
OFFICER RECOMMENDATION
That Council:
1. Award the pool management contract to Leisure Partners Group; and
2. Authorise the Chief Executive Officer to sign the contract.
COUNCIL RESOLUTION 2024/014
Moved: Cr Quinlan Seconded: Cr Marsh
That the Officer Recommendation be adopted.
CARRIED 2/0

10. CLOSURE
The Shire President declared the meeting closed at 3.47pm.
"""

TOWNSHIP_MINUTES = """THE CORPORATION OF THE TOWNSHIP OF ELM RIDGE
REGULAR COUNCIL MEETING MINUTES
Tuesday, April 9, 2024 at 6:30 p.m.

Present: Mayor Linda Hart, Councillor Greg Olsen, Councillor Dawn Fletcher

5. PUBLIC WORKS
5.1 Report PW-2024-07 Gravel Tender Award
Report From: Jim Kowalski, Director of Public Works
STAFF RECOMMENDATION:
THAT Council award the 2024 gravel supply tender to Northway Aggregates Inc.
Resolution No. 2024-062
Moved by Councillor Olsen
Seconded by Councillor Fletcher
THAT Council award the 2024 gravel supply tender to Northway Aggregates Inc.
CARRIED

5.2 Recommendations of the Roads Review
Council discussed the recommendations of the roads review and noted them.
"""


def test_minutes_that_print_an_officers_report_give_its_report_and_recommendation():
    for text, title, officer, recommended in [
        (SHIRE_MINUTES, "Swimming Pool Management Contract", "Craig Boyd, Chief Executive Officer",
         ["Award the pool management contract to Leisure Partners Group; and",
          "Authorise the Chief Executive Officer to sign the contract."]),
        (TOWNSHIP_MINUTES, "Report PW-2024-07 Gravel Tender Award", "Jim Kowalski, Director of Public Works",
         ["STAFF RECOMMENDATION:\nTHAT Council award the 2024 gravel supply tender to Northway Aggregates Inc."]),
    ]:
        seg = segment("cafe00cafe21", text, "minutes.txt")
        (report,) = seg.reports  # 'Recommendations of the Roads Review' is a minute, not an officer's report
        assert (report.title, report.responsible_officer) == (title, officer)
        got = [p.text for p in seg.paragraphs if p.report_id == report.id and p.section == "Recommendations"]
        assert got[-len(recommended):] == recommended


def test_names_listed_under_a_record_of_attendance_heading_are_present_and_officers_keep_their_office():
    (meeting,) = segment("cafe00cafe22", SHIRE_MINUTES, "minutes.txt").meetings
    assert [(a.name, a.role, a.note) for a in meeting.attendees] == [
        ("Cr Helen Marsh", "present", "(Chairman)"), ("Cr Peter Quinlan", "present", ""),
        ("Mr Craig Boyd", "officer", "Chief Executive Officer"), ("Cr Sue Whitlock", "apologies", "")]
    assert meeting.chair == "Cr Helen Marsh"
