"""Minutes whose sections carry no numbers, or a committee's letters before a running number, and the
attendance lists of minutes whose headings are not recognised: the body stays paragraphs of its own.
Snippets are invented, in the styles of New England town boards, English district and parish councils."""
from indexer.segment import segment
from indexer.segment.blocks import read_lines
from indexer.segment.items import find_headings
from indexer.segment.numbering import labels


def heads(text: str) -> list[tuple]:
    lines = read_lines(text)
    return [(h.number, h.title) for h in find_headings(lines, 0, len(lines), False)]


TOWN_BOARD = """TOWN OF ELM RIVER
SELECT BOARD
MEETING MINUTES
Monday, September 11, 2023 - 6:30 PM

Members Present: Chair Maria Costa, Vice Chair Daniel O'Neil, Member Thomas Burke
Also Present: Town Administrator Kevin Marsh

Chair Costa called the meeting to order at 6:30 PM and announced that the meeting was being recorded.

PUBLIC COMMENT
Resident Jane Whitcomb asked the Board to consider a crosswalk on Main Street.

NEW BUSINESS
The Town Administrator presented the draft capital plan totaling $3,412,000.

ADJOURNMENT
The meeting adjourned at 8:42 PM.
"""

PARISH = """ASHWELL PARISH COUNCIL

Minutes of the meeting of Ashwell Parish Council held on Tuesday 3rd March 2021 at 7.30pm

Present: Cllr A Brown (Chairman), Cllr C Dunn, Cllr E Frost

APOLOGIES
Apologies were received from Cllr G Hale.

MINUTES OF THE LAST MEETING
The minutes of the meeting held on 4th February 2021 were approved and signed.

FINANCE
The clerk reported a bank balance of £12,406.18 at 28th February 2021.
"""


def test_capital_headings_of_unnumbered_minutes_are_items():
    assert heads(TOWN_BOARD) == [(None, "PUBLIC COMMENT"), (None, "NEW BUSINESS"), (None, "ADJOURNMENT")]
    assert heads(PARISH) == [(None, "APOLOGIES"), (None, "MINUTES OF THE LAST MEETING"), (None, "FINANCE")]


def test_a_masthead_in_capitals_and_two_capital_lines_are_no_items():
    masthead_only = "TOWN OF ELM RIVER\nSELECT BOARD\n\nThe Board met on Monday.\n\nNEW BUSINESS\nNone.\n\nOLD BUSINESS\nNone.\n"
    assert heads(masthead_only) == []


def test_paragraphs_of_unnumbered_minutes_sit_under_their_headings():
    seg = segment("cafe00cafe01", TOWN_BOARD, "town.txt")
    texts = [(p.item_title, p.text) for p in seg.paragraphs]
    assert (None, "Chair Costa called the meeting to order at 6:30 PM and announced that the meeting was being "
                  "recorded.") in texts
    assert ("NEW BUSINESS", "The Town Administrator presented the draft capital plan totaling $3,412,000.") in texts
    assert [i.title for i in seg.items] == ["PUBLIC COMMENT", "NEW BUSINESS", "ADJOURNMENT"]


PLANNING = """WESTBROOK DISTRICT COUNCIL

PLANNING COMMITTEE

Minutes of the meeting held on Wednesday 8 November 2023 at 6.00 pm in the Council Chamber

Present: Councillors P Hartley (Chairman), S Ahmed, J Barnes

Officers: Head of Planning, Legal Adviser

PL31 APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor D Carter.

PL32 DECLARATIONS OF INTEREST

None were declared.

PL34 23/01234/FUL - LAND NORTH OF MILL LANE, ASHCOMBE

Erection of 46 dwellings with associated access.
"""

CABINET = """CAB 45 Revenue Budget Monitoring

The Cabinet noted the forecast.

CAB 46 Treasury Management Strategy

The Cabinet approved the strategy.
"""


def test_a_committees_letters_before_a_running_minute_number():
    assert heads(PLANNING) == [("PL31", "APOLOGIES FOR ABSENCE"), ("PL32", "DECLARATIONS OF INTEREST"),
                               ("PL34", "23/01234/FUL - LAND NORTH OF MILL LANE, ASHCOMBE")]
    assert heads(CABINET) == [("CAB 45", "Revenue Budget Monitoring"), ("CAB 46", "Treasury Management Strategy")]


def test_a_fiscal_year_or_quarter_is_no_minute_number():
    assert labels("FY2025 Capital Plan Review") == []
    assert labels("Q3 Performance Report") == []
    assert [x.family for x in labels("EX12 Treasury Strategy")] == ["prefixed:EX"]


def test_minutes_without_recognised_headings_keep_their_body_out_of_the_attendance():
    text = ("CEDAR HOLLOW TOWN COUNCIL\n\nMinutes of the meeting of the Town Council held on 3 March 2021 at 7pm\n\n"
            "Present: Cllr A Brown (Chairman), Cllr C Dunn\n\nApologies: Cllr E Frost\n\n"
            "The minutes of the last meeting were approved as a correct record.\n\n"
            "The clerk reported that the grass cutting contract had been renewed.\n")
    seg = segment("cafe00cafe02", text, "town.txt")
    texts = [p.text for p in seg.paragraphs]
    assert "The minutes of the last meeting were approved as a correct record." in texts
    assert "The clerk reported that the grass cutting contract had been renewed." in texts
    assert [a.name for a in seg.meetings[0].attendees if a.role == "apologies"] == ["Cllr E Frost"]


def test_a_postcode_is_no_minute_number():
    assert labels("NR1 2DH") == []
    assert labels("SW1A 1AA Westminster") == []


def test_an_item_on_the_minutes_of_the_last_meeting_is_no_minutes_heading():
    text = ("Licensing and Regulatory Committee - Tuesday, 14th November, 2023 10.00 am\n\n"
            "Present: Councillors M Quinn (Chair), R Shah, T Webb\n\n"
            "22. Declarations of Interest\n\nThere were no declarations of interest.\n\n"
            "23. Minutes of the Previous Meeting\n\nRESOLVED: That the minutes of the meeting held on 10 October 2023 "
            "be approved as a correct record.\n\n"
            "24. Review of Hackney Carriage Fares PDF 312 KB\n\nThe Licensing Manager presented the report.\n")
    seg = segment("cafe00cafe03", text, "minutes.html")
    assert [(i.number, i.title) for i in seg.items] == [
        ("22", "Declarations of Interest"), ("23", "Minutes of the Previous Meeting"),
        ("24", "Review of Hackney Carriage Fares")]
    assert [p.item for p in seg.paragraphs if p.text.startswith("RESOLVED")] == ["23"]
