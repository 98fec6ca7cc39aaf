"""Item numbering forms of councils outside the UK county style: minutes that leave numbers out, headed
sub-items under a minute, series-coded minute numbers and numbered Markdown headings. Snippets are invented."""
from indexer.segment.blocks import read_lines
from indexer.segment.items import find_headings
from indexer.segment.numbering import labels, skips


def heads(text: str, agenda: bool = False) -> list[tuple]:
    lines = read_lines(text)
    return [(h.number, h.title, h.level) for h in find_headings(lines, 0, len(lines), agenda)]


SHIRE = """1 OPENING OF MEETING

The Mayor declared the meeting open at 9.02am.

2 CONFIRMATION OF MINUTES

That the Minutes of the Ordinary Meeting held on 18 January 2023 be confirmed.

3 DECLARATIONS OF INTEREST

Cr Lowe declared an interest in Item 8.2.

8 REPORTS

8.1 ROAD RESEALING PROGRAM 2023/24

This report presents the resealing program.

8.2 SHOW SOCIETY - REQUEST FOR FINANCIAL ASSISTANCE

That Council provide a donation of $5,000.

10 CLOSURE

The meeting closed at 10.35am.
"""


def test_minutes_that_leave_numbers_out_keep_one_series_with_headed_sub_items():
    assert heads(SHIRE) == [
        ("1", "OPENING OF MEETING", 0), ("2", "CONFIRMATION OF MINUTES", 0), ("3", "DECLARATIONS OF INTEREST", 0),
        ("8", "REPORTS", 0), ("8.1", "ROAD RESEALING PROGRAM 2023/24", 1),
        ("8.2", "SHOW SOCIETY - REQUEST FOR FINANCIAL ASSISTANCE", 1), ("10", "CLOSURE", 0)]


COUNTY_BOARD = """Item 4. Approve the minutes of the May 23 regular meeting.

Item 5. Adopt Resolution No. 2023-112 authorizing a grant application.

A motion was made by Supervisor Chen, seconded by Supervisor Okafor, to approve the Consent Calendar.

Item 12. Public hearing on the short-term rentals ordinance.

Item 13. Appointment to the Parks Commission.
"""


def test_consent_items_then_the_regular_agenda_after_a_gap():
    assert [n for n, _, _ in heads(COUNTY_BOARD)] == ["4", "5", "12", "13"]


ONTARIO = """5. DELEGATIONS

5.1 Minor Hockey Association - Ice Time Request

Mr. Kowalski addressed Council.

6. STAFF REPORTS

6.1 Report PW-2023-08 - Tender Award, Concession 4 Road Resurfacing

6.2 Report FIN-2023-03 - Water and Wastewater Rates

7. ADJOURNMENT
"""

NUMBERED_PARAGRAPHS = """1. Apologies

1.1 Apologies were received from Mr M Sands and Mr M Storey

2. Finance Monitoring Report

2.1 The Committee received the report
"""


def test_headed_sub_items_count_and_numbered_sentences_stay_paragraphs():
    assert heads(ONTARIO) == [
        ("5", "DELEGATIONS", 0), ("5.1", "Minor Hockey Association - Ice Time Request", 1), ("6", "STAFF REPORTS", 0),
        ("6.1", "Report PW-2023-08 - Tender Award, Concession 4 Road Resurfacing", 1),
        ("6.2", "Report FIN-2023-03 - Water and Wastewater Rates", 1), ("7", "ADJOURNMENT", 0)]
    assert [n for n, _, _ in heads(NUMBERED_PARAGRAPHS)] == ["1", "2"]


WELSH = """T/23/011 Apologies for Absence
Apologies were received from Councillor D. Hughes.

T/23/012 Declarations of Interest
None.

T/23/014 Precept 2023/24
RESOLVED that the precept be set at £186,400.
"""

DISTRICT = """FC/2022/45 Minutes
RESOLVED that the minutes be approved.

FC/2022/46 Grants Policy
RESOLVED to adopt the policy.
"""


def test_series_coded_minute_numbers():
    assert heads(WELSH) == [("T/23/011", "Apologies for Absence", 0), ("T/23/012", "Declarations of Interest", 0),
                            ("T/23/014", "Precept 2023/24", 0)]
    assert [n for n, _, _ in heads(DISTRICT)] == ["FC/2022/45", "FC/2022/46"]
    label = labels("T/23/014 Precept 2023/24")[0]
    assert (label.family, label.value, label.rest) == ("coded:T/23/", 14, "Precept 2023/24")


TOWN_PLANNING = """P23/41 Apologies for absence
Apologies were received from Cllr D Lowe.

P23/42 Declarations of interest
None.

P23/44 Planning applications
a) 23/01187/FUL - 14 Orchard Rise. Two storey side extension.
"""

CABINET = """CAB 12/23 Housing Strategy
The Cabinet noted the strategy.

CAB 13/23 Budget Monitoring
The Cabinet noted the report.
"""


def test_a_committees_minute_numbers_with_the_year_first_or_last():
    assert [n for n, _, _ in heads(TOWN_PLANNING)][:3] == ["P23/41", "P23/42", "P23/44"]
    assert [n for n, _, _ in heads(CABINET)] == ["CAB 12/23", "CAB 13/23"]


MARKDOWN = """# Minutes of an Ordinary Meeting

### 1. Apologies

That the apology be received.

### 2. Conflicts of Interest

### 3. Reports

#### 3.1 Three Waters Capital Programme Update

Moved: Cr Tipene

### 4. Closure
"""


def test_numbered_markdown_headings_are_numbered_items():
    assert heads(MARKDOWN) == [("1", "Apologies", 0), ("2", "Conflicts of Interest", 0), ("3", "Reports", 0),
                               ("3.1", "Three Waters Capital Programme Update", 1), ("4", "Closure", 0)]


def test_a_skip_is_within_one_family_and_bounded():
    six, twelve, forty = (labels(f"{n}. Title")[0] for n in (6, 12, 40))
    assert skips(six, twelve) and not skips(six, forty) and not skips(twelve, six)
    assert not skips(labels("A. Title")[0], labels("H. Title")[0])
