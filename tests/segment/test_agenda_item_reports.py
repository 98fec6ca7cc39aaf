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
