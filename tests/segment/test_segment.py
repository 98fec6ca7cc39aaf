"""Segmentation: packs, minutes and reports taken apart into meetings, items, paragraphs and reports."""
from pathlib import Path

import pytest

from corpus.normalise import normalise
from indexer.segment import Segmented, segment
from models import DocumentError

DOCS = Path(__file__).resolve().parents[2] / "corpus" / "documents"
DOC_ID = "0123456789ab"


def seg(text: str) -> Segmented:
    return segment(DOC_ID, normalise(text), "test.txt")


def para(s: Segmented, number: str, part: str | None = None):
    return next(p for p in s.paragraphs if p.number == number and (part is None or p.part == part))


# ---- rules on small literal texts -----------------------------------------------------------

NORFOLK_MINUTES = """Adult Social Care Committee

Minutes of the Meeting Held on Monday, 06 March 2017
at 10:00am in the Edwards Room, County Hall, Norwich

Present:

Mr A Dearnley
Mrs S Gurney (Chairman)
Ms S Whitaker

1. Apologies

1.1 Apologies were received from Mr M Sands, (Mr G Nobbs substituting) and Mr M Storey.

1.2 Ms Whitaker was duly elected to Chair the meeting.

2. Finance Monitoring Report

- 2.1 The Committee received the report.
- 2.2 The Committee NOTED:
 - a) The forecast outturn position;
 - b) The planned use of reserves.

- c) The capital programme.

2.3 A query was raised over the closure of the ward; discussion was underway over how

these beds would be used.

The meeting finished at 12:55 PM
"""


def test_norfolk_minutes_heading_attendance_and_chair():
    s = seg(NORFOLK_MINUTES)
    assert s.kind == "minutes"
    (m,) = s.meetings
    assert (m.committee, m.date, m.role, m.time, m.venue) == (
        "Adult Social Care Committee", "2017-03-06", "minutes", "10:00am", "Edwards Room, County Hall, Norwich")
    assert m.id == "2017-03-06-adult-social-care-committee"
    assert m.chair == "Ms Whitaker"  # elected to the Chair beats '(Chairman)' in the list
    present = [a.name for a in m.attendees if a.role == "present"]
    assert present == ["Mr A Dearnley", "Mrs S Gurney", "Ms S Whitaker"]
    assert [(a.name, a.role) for a in m.attendees if a.role != "present"] == [
        ("Mr M Sands", "apologies"), ("Mr G Nobbs", "substitute"), ("Mr M Storey", "apologies")]
    assert next(a for a in m.attendees if a.role == "substitute").note == "substituting for Mr M Sands"


def test_minute_items_and_numbered_paragraphs():
    s = seg(NORFOLK_MINUTES)
    assert [(i.number, i.title, i.part) for i in s.items] == [
        ("1", "Apologies", "minutes"), ("2", "Finance Monitoring Report", "minutes")]
    p = para(s, "2.1")
    assert (p.text, p.item, p.item_title, p.part) == (
        "The Committee received the report.", "2", "Finance Monitoring Report", "minutes")
    assert p.meeting_id == "2017-03-06-adult-social-care-committee"


def test_numbered_minute_keeps_its_points_one_per_line_across_blocks():
    s = seg(NORFOLK_MINUTES)
    assert para(s, "2.2").text == ("The Committee NOTED:\na) The forecast outturn position;\n"
                                   "b) The planned use of reserves.\nc) The capital programme.")


def test_sentence_continued_after_a_blank_line_is_one_paragraph():
    s = seg(NORFOLK_MINUTES)
    assert para(s, "2.3").text.endswith("discussion was underway over how these beds would be used.")


def test_spans_point_into_the_text_and_seq_is_reading_order():
    text = normalise(NORFOLK_MINUTES)
    s = segment(DOC_ID, text, "t.txt")
    p = para(s, "2.1")
    assert text[p.start:p.end] == "- 2.1 The Committee received the report."
    assert [x.seq for x in s.paragraphs] == list(range(1, len(s.paragraphs) + 1))
    assert s.paragraphs[0].id == "0123456789ab.p0001"
    assert all(x.page is None for x in s.paragraphs)


OTHER_COUNCIL = """Planning Committee

MINUTES of the meeting of the Planning Committee held on Tuesday 4 September 2018 at 7.00pm in the Council Chamber, Town Hall

Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown

Substitute Members Present: Cllr D Green for Cllr E White

22/18 Apologies for Absence

Apologies were received from Cllr F Black.

23/18 Land at North Street

The Committee considered the report of the Head of Planning.

Proposed by Cllr Jones, seconded by Cllr Brown, it was

RESOLVED that planning permission be granted subject to:
(a) the conditions in the report;
(b) a section 106 agreement.

The meeting closed at 8.15pm
"""


def test_other_councils_minutes_forms():
    s = seg(OTHER_COUNCIL)
    (m,) = s.meetings
    assert (m.committee, m.date, m.time, m.venue, m.chair) == (
        "Planning Committee", "2018-09-04", "7.00pm", "Council Chamber, Town Hall", "Cllr A Smith")
    assert [(i.number, i.title) for i in s.items] == [("22/18", "Apologies for Absence"),
                                                     ("23/18", "Land at North Street")]
    sub = next(a for a in m.attendees if a.role == "substitute")
    assert (sub.name, sub.note) == ("Cllr D Green", "substituting for Cllr E White")
    assert ("Cllr F Black", "apologies") in [(a.name, a.role) for a in m.attendees]


def test_resolved_that_joins_the_motion_and_keeps_its_points():
    s = seg(OTHER_COUNCIL)
    p = next(p for p in s.paragraphs if "RESOLVED" in p.text)
    assert p.text == ("Proposed by Cllr Jones, seconded by Cllr Brown, it was RESOLVED that planning permission "
                      "be granted subject to:\n(a) the conditions in the report;\n(b) a section 106 agreement.")
    assert (p.item, p.item_title) == ("23/18", "Land at North Street")


REPORT = """Adult Social Care Committee

Item No

Report title:\tFinance Monitoring Report Period 2 (May) 2016-17
Date of meeting:\t4 July 2016
Responsible Chief Officer:\tJane Doe, Executive Director of Adult Social Services

Executive summary

As at the end of May the service is forecasting an overspend.

Expenditure Area\tBudget £m\tForecast £m
Total Net Expenditure\t246.850\t259.768

Recommendations:

Members are invited to note:

- a) The forecast outturn position
- b) The planned use of reserves

1. Introduction

- 1.1 The Committee has a key role in overseeing the financial position.

Officer Contact

Officer Name:\tTel No:\tEmail address:
John Smith\t01603 000000\tjohn.smith@example.gov.uk
"""


def test_lone_report_cover_and_meeting():
    s = seg(REPORT)
    assert (s.kind, s.title, s.committee, s.meeting_date) == (
        "report", "Finance Monitoring Report Period 2 (May) 2016-17", "Adult Social Care Committee", "2016-07-04")
    (m,) = s.meetings
    assert (m.role, m.id) == ("report-only", "2016-07-04-adult-social-care-committee")
    (r,) = s.reports
    assert (r.id, r.meeting_date, r.meeting_id, r.responsible_officer, r.contact_officer) == (
        "0123456789ab.r01", "2016-07-04", m.id, "Jane Doe, Executive Director of Adult Social Services", "John Smith")
    assert r.recommendations == []
    assert r.executive_summary == "As at the end of May the service is forecasting an overspend."
    assert s.paragraphs[0].id == r.paragraph_id and "Report title:" in s.paragraphs[0].text


def test_report_sections_recommendations_and_tables():
    s = seg(REPORT)
    recs = [p for p in s.paragraphs if p.section == "Recommendations"]
    assert [p.text for p in recs] == [
        "Members are invited to note:\na) The forecast outturn position\nb) The planned use of reserves"]
    table = next(p for p in s.paragraphs if "\t" in p.text and "Budget" in p.text)
    assert table.text == "Expenditure Area\tBudget £m\tForecast £m\nTotal Net Expenditure\t246.850\t259.768"
    assert table.section == "Executive summary"
    p = para(s, "1.1")
    assert (p.section, p.part, p.report_id) == ("1. Introduction", "report", "0123456789ab.r01")


HEADING_FORM = """9 September 2024

Agenda Item:

REPORT OF THE CABINET MEMBER FOR ADULT SOCIAL CARE

ADULT SOCIAL CARE PERFORMANCE – QUARTER 1 2024/25

Purpose of the Report

1. To provide the Committee with a summary of performance.

RECOMMENDATION/S

That the Adult Social Care and Public Health Committee considers and comments on:

- 1) the summary of performance.

Councillor Jane Roe
Cabinet Member for Adult Social Care

For any enquiries about this report please contact:

Sam Jones
Service Improvement Manager
T: 0115 0000000
"""


def test_heading_form_report():
    s = seg(HEADING_FORM)
    (r,) = s.reports
    assert (r.title, r.meeting_date, r.committee) == (
        "ADULT SOCIAL CARE PERFORMANCE – QUARTER 1 2024/25", "2024-09-09", "Adult Social Care and Public Health Committee")
    assert r.responsible_officer == "Councillor Jane Roe, Cabinet Member for Adult Social Care"
    assert r.contact_officer == "Sam Jones, Service Improvement Manager"
    recs = [p.text for p in s.paragraphs if p.section == "Recommendations"]
    assert recs == ["That the Adult Social Care and Public Health Committee considers and comments on:\n"
                    "1) the summary of performance."]


AGENDA = """Adult Social Care Committee

Date: Monday, 19 June 2017

Time: 10:00

Venue: Edwards Room, County Hall,
Martineau Lane, Norwich

Membership

Mr B Borrett (Chairman)
Mr T Adams Mr W Richmond
Mrs S Gurney (Vice-Chair) Mr H Thirtle

A g e n d a

1. To receive apologies

2. Minutes

Page 5

To confirm the minutes of the meeting held on 6 March 2017

3. Risk Management

Page 62

A report by the Executive Director

Adult Social Care Committee

Minutes of the Meeting Held on Monday, 06 March 2017 at 10:00am in the Edwards Room

Present:

Mr B Borrett (Chairman)

1. Apologies

1.1 There were none.

The meeting finished at 12:55 PM

Adult Social Care Committee

Item No

Report title:\tRisk management
Date of meeting:\t19 June 2017
Responsible Chief Officer:\tJane Doe, Executive Director

Recommendations

Committee Members are asked to agree the risk register.
"""


def test_agenda_pack_parts():
    s = seg(AGENDA)
    assert (s.kind, s.committee, s.meeting_date) == ("agenda", "Adult Social Care Committee", "2017-06-19")
    agenda, minutes = s.meetings
    assert (agenda.role, agenda.date, agenda.time, agenda.venue, agenda.chair) == (
        "agenda", "2017-06-19", "10:00", "Edwards Room, County Hall, Martineau Lane, Norwich", "Mr B Borrett")
    assert [(a.name, a.role) for a in agenda.attendees][:3] == [
        ("Mr B Borrett", "chair"), ("Mr T Adams", "member"), ("Mr W Richmond", "member")]
    assert (minutes.role, minutes.date, minutes.chair) == ("minutes", "2017-03-06", "Mr B Borrett")
    assert [(i.part, i.number, i.title, i.page) for i in s.items] == [
        ("agenda", "1", "To receive apologies", None), ("agenda", "2", "Minutes", "5"),
        ("agenda", "3", "Risk Management", "62"), ("minutes", "1", "Apologies", None)]
    (r,) = s.reports
    assert (r.title, r.meeting_id, r.agenda_item) == ("Risk management", agenda.id, "3")
    assert {p.part for p in s.paragraphs} == {"agenda", "minutes", "report"}
    assert para(s, "3", "agenda").text == "Risk Management"


def test_minutes_printed_above_their_heading_restart_numbering_at_one():
    text = AGENDA.replace("Adult Social Care Committee\n\nMinutes of the Meeting Held on Monday, 06 March 2017 "
                          "at 10:00am in the Edwards Room\n\nPresent:\n\nMr B Borrett (Chairman)\n\n1. Apologies\n\n"
                          "1.1 There were none.\n",
                          "1. Apologies\n\n1.1 There were none.\n\nAdult Social Care Committee\n\nMinutes of the "
                          "Meeting Held on Monday, 06 March 2017 at 10:00am in the Edwards Room\n\nPresent:\n\n"
                          "Mr B Borrett (Chairman)\n\n2. Urgent Business\n\n2.1 There was none.\n")
    s = seg(text)
    assert [(i.part, i.number) for i in s.items if i.part == "minutes"] == [("minutes", "1"), ("minutes", "2")]
    assert para(s, "1.1").meeting_id == "2017-03-06-adult-social-care-committee"


def test_pages_counted_from_form_feeds():
    s = seg(NORFOLK_MINUTES.replace("2. Finance Monitoring Report", "\f2. Finance Monitoring Report"))
    assert para(s, "1.1").page == 1 and para(s, "2.1").page == 2


@pytest.mark.parametrize("text", [
    "# Minutebook\n\nInstall with `make`.\n\n1. Clone the repository\n2. Run the tests\n",
    "Chapter One\n\nIt was a bright cold day in April, and the clocks were striking thirteen. "
    "Winston Smith slipped quickly through the glass doors.\n",
    "# Sample corpus\n\nFive committee documents.\n\n| file | council | committee | what it holds |\n|---|---|---|---|\n"
    "| 000.txt | Norfolk County Council | Adult Social Care Committee | agenda pack for 19 June 2017 |\n",
    "Papers\tCommittee\tDate\nMinutes\tAdult Social Care Committee\t19 June 2017\n",
])
def test_any_readable_text_is_indexed_as_a_paper_of_no_meeting(text):
    s = seg(text)
    assert (s.kind, s.meetings, s.meeting_date) == ("other", [], None)
    assert s.paragraphs and all(p.meeting_id is None for p in s.paragraphs)


def test_a_text_with_no_words_has_no_paragraphs():
    with pytest.raises(DocumentError) as err:
        seg("\n\n   \n")
    assert "no text" in err.value.message


def test_a_briefing_note_headed_by_its_committee_and_date_is_a_paper_of_that_meeting():
    s = seg("Adult Social Care Committee\n\n19 June 2017\n\nBriefing note on day services\n\n"
            "Day services were reviewed over the winter and the findings are set out below.\n")
    assert (s.kind, s.committee, s.meeting_date) == ("other", "Adult Social Care Committee", "2017-06-19")
    assert [(m.role, m.date) for m in s.meetings] == [("report-only", "2017-06-19")]


# ---- the sample corpus ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus() -> dict[str, Segmented]:
    out = {}
    for path in sorted(DOCS.glob("*.txt")):
        out[path.name[:3]] = segment(DOC_ID, normalise(path.read_text(encoding="utf-8")), str(path))
    return out


def meetings(s: Segmented) -> list[tuple]:
    return [(m.committee, m.date, m.role) for m in s.meetings]


def test_corpus_kinds_and_meetings(corpus):
    assert corpus["000"].kind == corpus["002"].kind == corpus["003"].kind == "agenda"
    assert corpus["001"].kind == corpus["004"].kind == "report"
    asc = "Adult Social Care Committee"
    assert meetings(corpus["000"]) == [(asc, "2017-06-19", "agenda"), (asc, "2017-03-06", "minutes")]
    assert meetings(corpus["001"]) == [(asc, "2016-07-04", "report-only")]
    assert meetings(corpus["002"]) == [(asc, "2017-09-04", "agenda"), (asc, "2017-07-10", "minutes")]
    pcs = "People and Communities Select Committee"
    assert meetings(corpus["003"]) == [(pcs, "2020-03-13", "agenda"), (pcs, "2020-01-31", "minutes")]
    assert meetings(corpus["004"]) == [
        ("Adult Social Care and Public Health Select Committee", "2024-09-09", "report-only")]


def test_corpus_meeting_details(corpus):
    agenda, minutes = corpus["000"].meetings
    assert (agenda.venue, agenda.chair, agenda.time) == (
        "Edwards Room, County Hall, Martineau Lane, Norwich, Norfolk, NR1 2DH", "Mr B Borrett", "10:00")
    assert (minutes.venue, minutes.chair, minutes.time) == ("Edwards Room, County Hall, Norwich", "Ms Whitaker",
                                                            "10:00am")
    assert len([a for a in minutes.attendees if a.role == "present"]) == 17
    m002 = corpus["002"].meetings[1]
    assert m002.chair == "Mr B Borrett"
    assert ("Mr G Nobbs", "substituting for Mr M Sands") in [(a.name, a.note) for a in m002.attendees]
    m003 = corpus["003"].meetings[1]
    assert (m003.venue, m003.chair) == ("Council Chamber, County Hall", "Cllr S Gurney")
    assert ("Cllr Phillip Duigan", "substitute") in [(a.name, a.role) for a in m003.attendees]


MINUTES_6_MARCH_2017 = [
    ("1", "Apologies"), ("2", "To confirm the minutes of the meeting held on 23 January 2017"),
    ("3", "Declarations of Interest"), ("4", "Urgent Business"), ("5", "Public Question Time"),
    ("6", "Local Member Questions / Issues"), ("7", "Chairman's Update"),
    ("8", "Update from Members of the Committee regarding any internal and external bodies that they sit on"),
    ("9", "Executive Director's Update"),
    ("10", "Adult Social Care Finance Monitoring Report Period 10 (January) 2016-17"),
    ("11", "Performance Management report"), ("12", "Moving Forward Integrated Health and Care"),
    ("13", "Transport Update"), ("14", "Update on progress with recommendations of the SCIE review"),
]


def test_corpus_minutes_items_of_6_march_2017(corpus):
    items = [(i.number, i.title) for i in corpus["000"].items if i.part == "minutes"]
    assert items == MINUTES_6_MARCH_2017
    assert all(i.meeting_id == "2017-03-06-norfolk-adult-social-care-committee"
               for i in corpus["000"].items if i.part == "minutes")


def test_corpus_002_minutes_items_include_those_above_the_heading(corpus):
    items = [(i.number, i.title) for i in corpus["002"].items if i.part == "minutes"]
    assert [n for n, _ in items] == [str(n) for n in range(1, 15)]
    assert items[0] == ("1", "Apologies") and items[12] == ("13", "Learning Disabilities and Autistic Spectrum Disorder")


def test_corpus_002_numbers_start_their_own_paragraphs(corpus):
    s = corpus["002"]
    want = {
        "10.1.1": "The Committee received and discussed the first monitoring report",
        "10.1.2": "Confidence of Officers in the long term sustainability",
        "10.1.3": "The Finance Business Partner (Adult Social Services) clarified",
        "10.1.4": "In order to keep costs down, commissioning teams worked",
        "10.1.5": "The smaller budget allocated to Mental Health Services was queried.",
        "10.1.6": "Changes to managed contracts was queried; the Acting Director of Integrated Commissioning clarified",
        "10.1.7": "Work to address the cost of transition cases moving up",
        "10.2": "With 12 votes for and 0 against, the Committee RESOLVED to AGREE:",
    }
    for number, start in want.items():
        p = para(s, number, "minutes")
        assert p.text.startswith(start), number
        assert (p.item, p.meeting_id) == ("10", "2017-07-10-norfolk-adult-social-care-committee")
    assert para(s, "10.2", "minutes").text.split("\n")[1:] == [
        "a) The forecast outturn position at Period 2 for the 2017-18 Revenue Budget of £261.453m;",
        "b) The planned use of reserves;",
        "c) The forecast outturn position at Period 2 for the 2017-18 Capital Programme."]


def test_corpus_000_minute_with_lettered_points(corpus):
    p = para(corpus["000"], "10.3", "minutes")
    assert p.text.split("\n") == [
        "The Committee NOTED:",
        "a) The forecast outturn position at Period 10 for the 2016-17 Revenue Budget of an overspend of £9.629m;",
        "b) The planned actions being taken by the service to reduce the overspend;",
        "c) The planned use of reserves;",
        "d) The forecast outturn position at Period 10 for the 2016-17 Capital Programme."]


def test_corpus_public_questions_are_an_appendix(corpus):
    appendix = [p for p in corpus["000"].paragraphs if p.part == "appendix"]
    assert any(p.text.startswith("1a. Question Neil Chapman") for p in appendix)
    assert all(p.meeting_id == "2017-03-06-norfolk-adult-social-care-committee" for p in appendix)


def reports(s: Segmented) -> list[tuple]:
    return [(r.title, r.meeting_date, r.responsible_officer) for r in s.reports]


def test_corpus_reports(corpus):
    jb = "James Bullion, Executive Director of Adult Social Services"
    assert reports(corpus["000"]) == [
        ("Internal and External Appointments", "2017-06-19", "Wendy Thomson, Managing Director"),
        ("Norfolk Adult Social Services – a review of the current position and issues", "2017-06-19", jb),
        ("Adult Social Care Finance Outturn Report Year End 2016-17", "2017-06-19", jb),
        ("Performance management report", "2017-06-19", jb),
        ("Risk Management", "2017-06-19", jb),
        ("Adult Social Care Annual Quality Report 2016/17", "2017-06-19", jb)]
    assert [r.agenda_item for r in corpus["000"].reports] == ["10", "11", "12", "13", "14", None]
    assert [r.contact_officer for r in corpus["000"].reports][:3] == ["Chris Walton", "Debbie Bartlett",
                                                                      "Susanne Baldwin"]
    assert reports(corpus["001"]) == [("Adult Social Care Finance Monitoring Report Period 2 (May) 2016-17",
                                       "2016-07-04", "Harold Bodmer, Executive Director of Adult Social Services")]
    assert reports(corpus["004"]) == [(
        "ADULT SOCIAL CARE AND HEALTH PERFORMANCE, RISKS AND FINANCIAL POSITION – QUARTER 1 2024/25", "2024-09-09",
        "Councillor Jonathan Wheeler, Cabinet Member for Adult Social Care")]
    assert corpus["004"].reports[0].contact_officer == "Helen Neville, Service Improvement Development Manager"
    assert len(corpus["002"].reports) == 7 and len(corpus["003"].reports) == 6
    assert all(r.meeting_date == "2017-09-04" for r in corpus["002"].reports)


def test_corpus_every_report_has_a_recommendations_section(corpus):
    for key, s in corpus.items():
        for r in s.reports:
            recs = [p for p in s.paragraphs if p.report_id == r.id and p.section == "Recommendations"]
            assert recs, (key, r.title)


def test_corpus_flattened_table_is_one_paragraph_of_rows(corpus):
    table = next(p for p in corpus["002"].paragraphs if "\tOlder People\t" in p.text)
    rows = table.text.split("\n")
    assert "111.914\t8.238\tOlder People\t110.926\t113.515\t2.589" in rows
    assert rows[0].startswith("Actual 2016/17")
    assert table.part == "report"


def test_corpus_spans_and_ids(corpus):
    for s in corpus.values():
        assert [p.seq for p in s.paragraphs] == list(range(1, len(s.paragraphs) + 1))
        assert all(a.start <= b.start for a, b in zip(s.paragraphs, s.paragraphs[1:], strict=False))
        assert all(p.number is None or not p.text.startswith(p.number + " ") for p in s.paragraphs)


def test_cabinet_minutes_heading_with_venue_before_the_date():
    s = seg("Minutes of a meeting of the Cabinet held at County Hall on Thursday 3 May 2018 at 2pm\n\n"
            "Councillors present: Cllr A Smith (Chairman), Cllr B Jones\n\n"
            "Apologies for absence were received from Cllr C Brown.\n\n"
            "45/18 Budget Monitoring\n\nRESOLVED that the report be noted.\n")
    (m,) = s.meetings
    assert (m.committee, m.date, m.time, m.venue, m.chair) == ("Cabinet", "2018-05-03", "2pm", "County Hall",
                                                               "Cllr A Smith")
    assert [(a.name, a.role) for a in m.attendees] == [
        ("Cllr A Smith", "present"), ("Cllr B Jones", "present"), ("Cllr C Brown", "apologies")]
    assert [(i.number, i.title) for i in s.items] == [("45/18", "Budget Monitoring")]
    assert s.paragraphs[-1].text == "RESOLVED that the report be noted."


def test_table_rows_keep_leading_empty_cells_and_sub_headings_stay_in_the_table():
    from indexer.segment.blocks import build_chunks, read_lines
    text = ("Caption of the table\n\nBudget £ 000\tDepartment\tActual £ 000\n\t<u>ASCH Committee</u>\t\t\n"
            "(35,643)\tStrategic Commissioning\t(16,944)\n\n\t£m\t£m\nThe end of the report.\n")
    chunks = build_chunks(read_lines(normalise(text)), lambda line: None)
    assert [(c.kind, c.text) for c in chunks] == [
        ("text", "Caption of the table"),
        ("table", "Budget £ 000\tDepartment\tActual £ 000\n\tASCH Committee\n"
                  "(35,643)\tStrategic Commissioning\t(16,944)\n\t£m\t£m"),
        ("text", "The end of the report.")]


def test_a_one_cell_tabbed_line_away_from_a_table_is_plain_text():
    from indexer.segment.blocks import build_chunks, read_lines
    chunks = build_chunks(read_lines("Introduction\n\n\tASCH Committee\t\t\n"), lambda line: None)
    assert [(c.kind, c.text) for c in chunks] == [("text", "Introduction"), ("text", "ASCH Committee")]
