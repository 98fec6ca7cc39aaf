"""Item headings found by the series their numbers make, in the styles of several councils."""
from indexer.segment.blocks import read_lines
from indexer.segment.items import find_headings, split_title


def heads(text: str, agenda: bool) -> list[tuple]:
    lines = read_lines(text)
    return [(h.number, h.title, h.level) for h in find_headings(lines, 0, len(lines), agenda)]


PARISH_MINUTES = """MINUTES OF A MEETING OF ASHWELL PARISH COUNCIL HELD ON 3rd March 2021

61. (Agenda 1) APOLOGIES FOR ABSENCE
Apologies were received from Cllr Reed.

62. (Agenda 2) PLANNING
62.1. Two applications were considered.
62.2. No comments were made on the second.

63. (Agenda 3) CLERK’S CONTRACT. Held over to the April meeting.
"""


def test_running_minute_numbers_beat_their_numbered_paragraphs():
    assert heads(PARISH_MINUTES, agenda=False) == [
        ("61", "APOLOGIES FOR ABSENCE", 0), ("62", "PLANNING", 0), ("63", "CLERK’S CONTRACT", 0)]


COUNTY_MINUTES = """12. Budget Monitoring
(Item 5)

(1) The Director of Finance introduced the report and answered questions from Members.

(2) Mrs Grey proposed and Mr Black seconded the following motion:

(3) The Chairman put the motion to the vote and it was carried.

13. Treasury Management Strategy
(Item 6)

RESOLVED that the strategy be approved.
"""


def test_item_headings_over_paragraph_numbers_and_item_references():
    lines = read_lines(COUNTY_MINUTES)
    found = find_headings(lines, 0, len(lines), agenda=False)
    assert [(h.number, h.title) for h in found] == [("12", "Budget Monitoring"), ("13", "Treasury Management Strategy")]
    assert found[0].end == 2  # the '(Item 5)' line belongs to the heading


def test_dotted_year_month_minute_numbers():
    text = "21.04.01  Apologies\n\nNone\n\n21.04.02  Matters Arising\n\nThe gate was repaired.\n\n21.04.03  Finance\n"
    assert [h[0] for h in heads(text, agenda=False)] == ["21.04.01", "21.04.02", "21.04.03"]


US_AGENDA = """CALL TO ORDER

1. PRESENTATIONS

A. Recognition of Volunteer of the Year

2. CONSENT CALENDAR

A. Claims and Demands

Recommendation: That the City Council take the following actions:

1. Adopt Resolution No. 2023-10;

2. Authorize the City Manager to sign the agreement.

B. Approval of Minutes

3. ADJOURNMENT

Instructions for joining by Zoom:

1. Download the app

2. Join the meeting
"""


def test_us_agenda_sections_over_lettered_items_without_recommendation_points_or_trailing_lists():
    assert heads(US_AGENDA, agenda=True) == [
        ("1", "PRESENTATIONS", 0), ("A", "Recognition of Volunteer of the Year", 1),
        ("2", "CONSENT CALENDAR", 0), ("A", "Claims and Demands", 1), ("B", "Approval of Minutes", 1),
        ("3", "ADJOURNMENT", 0)]


def test_numbering_restarts_under_unnumbered_sections():
    text = ("PUBLIC HEARINGS:\n\n1. ORDINANCE 12-23 SECOND READING\n\nCONSENT CALENDAR:\n\n"
            "1. WARRANT REGISTER\n\n2. MINUTES OF THE LAST MEETING\n")
    assert [h[:2] for h in heads(text, agenda=True)] == [
        ("1", "ORDINANCE 12-23 SECOND READING"), ("1", "WARRANT REGISTER"), ("2", "MINUTES OF THE LAST MEETING")]


def test_agenda_title_with_a_page_reference_wrapped_onto_the_next_line():
    lines = read_lines("1. Apologies for Absence\n\n2. Minutes of the meeting held on 3 May 2024 and, if in order, "
                       "(Pages 1 - 6)\nto be approved as a correct record\n\n3. Chairman's Announcements\n")
    found = find_headings(lines, 0, len(lines), agenda=True)
    assert [(h.number, h.title, h.page) for h in found] == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes of the meeting held on 3 May 2024 and, if in order, to be approved as a correct record", "1-6"),
        ("3", "Chairman's Announcements", None)]


def test_a_single_item_and_markdown_headings():
    assert heads("Minutes of the Cabinet held on 3 May 2018\n\n45/18 Budget Monitoring\n\nRESOLVED that the "
                 "report be noted.\n", agenda=False) == [("45/18", "Budget Monitoring", 0)]
    assert heads("## Apologies for Absence\n\n- A Smith\n\n## Treasurer's Report\n\nThe balance was £10.\n",
                 agenda=False) == [(None, "Apologies for Absence", 0), (None, "Treasurer's Report", 0)]


def test_an_attachment_link_under_an_item_is_no_item():
    text = ("1. Approval of the Action Minutes\n\n1 - Action Minutes 11-15-22\n\n2. Administrative Approvals\n\n"
            "2 - Approvals List\n\n3. 14 Harbour Road; application for a fence exceeding 6ft in height.\n\n"
            "3 - 14 Harbour Road\n")
    assert [h[:2] for h in heads(text, agenda=True)] == [
        ("1", "Approval of the Action Minutes"), ("2", "Administrative Approvals"),
        ("3", "14 Harbour Road; application for a fence exceeding 6ft in height")]


def test_split_title_forms():
    assert split_title("CLERK'S CONTRACT. Held over pending the committee.") == (
        "CLERK'S CONTRACT", "Held over pending the committee.")
    assert split_title("PUBLIC SAFETY REPORT - Authorize the City Manager to purchase a new patrol vehicle") == (
        "PUBLIC SAFETY REPORT", "Authorize the City Manager to purchase a new patrol vehicle")
    assert split_title("Armed Forces Covenant - Annual Report") == ("Armed Forces Covenant - Annual Report", "")
    assert split_title("12 OAK DRIVE - Study Session Regarding Renewal of a Conditional Use Permit") == (
        "12 OAK DRIVE - Study Session Regarding Renewal of a Conditional Use Permit", "")
    assert split_title("PUBLIC COMMENT Opportunity to address the Council is limited to three minutes.") == (
        "PUBLIC COMMENT", "Opportunity to address the Council is limited to three minutes.")


def test_an_agenda_may_open_at_a_later_number():
    # a supplementary agenda (English district) and the business after the consent items (Canadian town)
    supplementary = ("SUPPLEMENTARY AGENDA\n\n9. Urgent Business - Flood Grant\n\nThe Leader has agreed this is urgent.\n\n"
                     "10. Exclusion of the Press and Public\n")
    assert [h[:2] for h in heads(supplementary, agenda=True)] == [
        ("9", "Urgent Business - Flood Grant"), ("10", "Exclusion of the Press and Public")]
    town = "5. Staff Reports\n\n5.1 Water Rates\n\nThe rate study was received.\n\n6. By-laws\n\n7. Adjournment\n"
    assert [h[:2] for h in heads(town, agenda=True)] == [
        ("5", "Staff Reports"), ("5.1", "Water Rates"), ("6", "By-laws"), ("7", "Adjournment")]


def test_a_numbered_list_in_an_agenda_text_is_no_late_opening():
    # list points in running text have no blank line and title above them: they do not open a series
    text = "1. Apologies\n\n2. Budget\nThe options are:\n3 options were costed\n4 of them were rejected\n"
    assert [h[0] for h in heads(text, agenda=True)] == ["1", "2"]
