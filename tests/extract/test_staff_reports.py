"""Recommendations of agenda items, staff reports and records of decision (indexer/extract/staff_reports.py).

Each form in at least two publishers' styles; the snippets are invented.
"""
import pytest

from indexer.extract.recommendations import extract_recommendations
from indexer.extract.staff_reports import item_recommendations, split_inline
from models.domain import Paragraph, Report


def paras(*texts, report_id="beef00beef00.r01", section=None):
    out = []
    for i, t in enumerate(texts, start=1):
        number = None
        if isinstance(t, tuple):
            number, t = t
        out.append(Paragraph(id=f"beef00beef00.p{i:04d}", document_id="beef00beef00", seq=i, text=t, start=0,
                             end=len(t), part="agenda", number=number, report_id=report_id, section=section))
    return out


def recs(*texts):
    return [(r.label, r.text) for r in item_recommendations(paras(*texts), "beef00beef00.r01")]


# ---- a label and its text ------------------------------------------------------------------------

@pytest.mark.parametrize("texts, expected", [
    (["Approval of Minutes", "Recommendation: Approve the Minutes of 4 May 2031, Regular Meeting.", "Draft Minutes"],
     [(None, "Approve the Minutes of 4 May 2031, Regular Meeting.")]),
    (["Lease of Fire Station 3", "RECOMMENDED ACTION: That the Board of Supervisors approve the lease with Dale LLC."],
     [(None, "That the Board of Supervisors approve the lease with Dale LLC.")]),
    (["Staff Recommendation: Adopt Resolution No. 2031-07 approving the fee schedule."],
     [(None, "Adopt Resolution No. 2031-07 approving the fee schedule.")]),
    (["Selection of Vice Mayor", "Action Required: (1) The Clerk will ask for nominations; and (2) Council to elect by "
      "majority vote."],
     [("1", "The Clerk will ask for nominations"), ("2", "Council to elect by majority vote.")]),
])
def test_a_label_and_its_text(texts, expected):
    assert recs(*texts) == expected


# ---- points in a line: '1) ...; and, 2) ...', '(1) ... (2) ...', nested 'a. ...' --------------------

@pytest.mark.parametrize("text, expected", [
    ("Recommendation: 1) Adopt Resolution No. 2031-08, ALLOWING CERTAIN CLAIMS; and, 2) Authorize the City Manager "
     "to sign the warrants.",
     [("1", "Adopt Resolution No. 2031-08, ALLOWING CERTAIN CLAIMS"), ("2", "Authorize the City Manager to sign the "
                                                                         "warrants.")]),
    ("RECOMMENDED ACTION: (1) Receive the quarterly report; (2) Direct staff to return in March; and (3) Approve "
     "the work plan.",
     [("1", "Receive the quarterly report"), ("2", "Direct staff to return in March"), ("3", "Approve the work plan.")]),
])
def test_points_in_a_line(text, expected):
    assert recs("Quarterly report", text) == expected


def test_nested_points_stay_in_their_parent():
    got = recs("Park fencing", "Recommendation: (1) Review the fencing options; (2) If acceptable, direct staff to: "
               "a. Lower the fence to 42 inches; b. Plant a hedge; and, c. Remove the chain link fence. (3) Direct "
               "staff to report back in a year.")
    assert got == [("1", "Review the fencing options"),
                   ("2", "If acceptable, direct staff to:\na. Lower the fence to 42 inches\nb. Plant a hedge\n"
                         "c. Remove the chain link fence."),
                   ("3", "Direct staff to report back in a year.")]


@pytest.mark.parametrize("text, parts", [
    ("1) Adopt the plan; and, 2) Authorize the Mayor to sign.", ["1) Adopt the plan; and,", "2) Authorize the Mayor to sign."]),
    ("(i) That the fees rise; (ii) That users be told.", ["(i) That the fees rise;", "(ii) That users be told."]),
    ("Approve items a. and b. of Resolution No. 2 as amended.", ["Approve items a. and b. of Resolution No. 2 as amended."]),
    ("Process 5. Recommend that the Council Approve the Project", ["Process 5. Recommend that the Council Approve the Project"]),
    ("2) Second before first. 1) First.", ["2) Second before first.", "1) First."]),
])
def test_split_inline_follows_label_sequences(text, parts):
    assert split_inline(text) == parts


# ---- points in paragraphs of their own ----------------------------------------------------------

def test_numbered_paragraphs_under_an_intro():
    got = recs("Housing allocation", "Recommendation: That the City Council take the following actions:",
               ("1", "Conduct a Public Hearing on the five-year plan;"), ("2", "Authorize the City Manager to submit; and"),
               ("3", "Adopt Resolution No. 2031-61."), "Staff Report")
    assert got == [("1", "Conduct a Public Hearing on the five-year plan"), ("2", "Authorize the City Manager to submit"),
                   ("3", "Adopt Resolution No. 2031-61.")]


def test_lettered_paragraphs_under_a_heading():
    got = recs("Tree policy", "RECOMMENDED ACTIONS:", "a) Adopt the tree policy;", "b) Fund two new posts.",
               "FISCAL IMPACT: $84,000 a year.")
    assert got == [("a", "Adopt the tree policy"), ("b", "Fund two new posts.")]


# ---- a heading over the text -------------------------------------------------------------------

@pytest.mark.parametrize("texts, expected", [
    (["ITEM 2: HILL STREET LOTS", "Report No. PC-31-009", "PROPOSED ACTION",
      "Recommend that the City Council Approve or Deny the Map", "DEPARTMENT RECOMMENDATION",
      "Recommend that the City Council Approve the Map"],
     [(None, "Recommend that the City Council Approve or Deny the Map"),
      (None, "Recommend that the City Council Approve the Map")]),
    (["Variance 31-2", "STAFF RECOMMENDATION", "Staff recommends approval of the variance subject to conditions.",
      "BACKGROUND", "The applicant seeks a 3 ft variance."],
     [(None, "Staff recommends approval of the variance subject to conditions.")]),
])
def test_a_heading_over_the_text(texts, expected):
    assert recs(*texts) == expected


# ---- sentences ----------------------------------------------------------------------------------

@pytest.mark.parametrize("texts, expected", [
    (["Coastal permit for 12 Pier Road", "Staff recommends that the Planning Commission CONDUCT the Public Hearing and "
      "ADOPT the attached resolution. The project is exempt."],
     [(None, "Staff recommends that the Planning Commission CONDUCT the Public Hearing and ADOPT the attached "
             "resolution.")]),
    (["Parking charges", "The charges were last reviewed in 2028. It is recommended that the Council approve the "
      "revised charges from 1 April."],
     [(None, "It is recommended that the Council approve the revised charges from 1 April.")]),
])
def test_sentences_that_recommend(texts, expected):
    assert recs(*texts) == expected


# ---- the action on the item's line or right below its title ---------------------------------------

@pytest.mark.parametrize("texts, expected", [
    (["PARKS COMMITTEE REPORT - Authorize the City Manager to buy a mower."],
     [(None, "Authorize the City Manager to buy a mower.")]),
    (["ORDINANCE NO. 12-34 - SIGN REGULATIONS - Waive second reading and adopt Ordinance No. 12-34."],
     [(None, "Waive second reading and adopt Ordinance No. 12-34.")]),
    (["LIBRARY HOURS REVIEW", "City Council to receive and file this report."],
     [(None, "City Council to receive and file this report.")]),
    (["INTRODUCTION OF ORDINANCE 45-6", "Ordinance No. 45-6, titled ‘An Ordinance on Signs,’ be introduced by title "
      "only and that further reading be waived."],
     [(None, "Ordinance No. 45-6, titled ‘An Ordinance on Signs,’ be introduced by title only and that further "
             "reading be waived.")]),
])
def test_the_action_on_the_items_line(texts, expected):
    assert recs(*texts) == expected


# ---- records of decision ------------------------------------------------------------------------

@pytest.mark.parametrize("texts, expected", [
    (["Decision:", "As Portfolio Holder for Highways I agree to:", "APPROVE the resurfacing programme for 2031/32;",
      "DELEGATE authority to the Director of Highways to award the contracts.", "Reason(s) for decision:",
      "The roads are in poor condition."],
     [(None, "APPROVE the resurfacing programme for 2031/32"),
      (None, "DELEGATE authority to the Director of Highways to award the contracts.")]),
    (["Decision: To award the cleaning contract to Brite Ltd for three years.", "Reasons: Lowest compliant tender."],
     [(None, "To award the cleaning contract to Brite Ltd for three years.")]),
])
def test_records_of_decision(texts, expected):
    assert recs(*texts) == expected


# ---- where blocks end, what is cleaned, what is no recommendation ---------------------------------

def test_block_ends_at_links_and_headings_and_glued_headings_are_dropped():
    assert recs("Rico Place", "Recommendation: Adopt Resolution No. PCR-31-12 to approve the project as conditioned "
                "NEW PUBLIC HEARINGS", "Att A-Rico Place - RESO") == [
        (None, "Adopt Resolution No. PCR-31-12 to approve the project as conditioned")]
    assert recs("Minutes", "Recommendation: Approve the minutes.", "Agenda Report", "Staff Report") == [
        (None, "Approve the minutes.")]


@pytest.mark.parametrize("texts", [
    ["Presentation to the retiring clerk", "The Mayor will present a plaque."],
    ["Workshop on the community plan", "No action is required on the part of the Commission."],
    [],
])
def test_no_recommendation(texts):
    assert recs(*texts) == []


def test_ids_and_labels():
    (r,) = item_recommendations(paras("Minutes", "Recommendation: Approve the minutes."), "beef00beef00.r07")
    assert (r.report_id, r.paragraph_id) == ("beef00beef00.r07", "beef00beef00.p0002")


# ---- through extract_recommendations ---------------------------------------------------------

REPORT = Report(id="beef00beef00.r01", document_id="beef00beef00", title="Registers of Demands", meeting_id=None,
                meeting_date=None)


def test_extract_recommendations_reads_staff_report_forms():
    found = extract_recommendations(REPORT, paras(
        "Registers of Demands", "Recommendation: 1) Adopt Resolution No. 2031-09; and, 2) Adopt Resolution No. "
        "IA 2031-02.", section="Recommendations"))
    assert [(r.label, r.text) for r in found] == [("1", "Adopt Resolution No. 2031-09"),
                                                   ("2", "Adopt Resolution No. IA 2031-02.")]


def test_an_agenda_item_made_a_report_is_read_as_an_item():
    found = extract_recommendations(REPORT, paras("SIGN CODE UPDATE", "ORDINANCE NO. 12-34 - Waive second reading and "
                                                  "adopt Ordinance No. 12-34 that the signs be changed.",
                                                  section="Recommendations"))
    assert [(r.label, r.text) for r in found] == [(None, "Waive second reading and adopt Ordinance No. 12-34 that "
                                                         "the signs be changed.")]


def test_extract_recommendations_falls_back_to_the_items_action():
    found = extract_recommendations(REPORT, paras("PARKS COMMITTEE REPORT",
                                                  "Authorize the City Manager to buy a mower.",
                                                  section="Recommendations"))
    assert [(r.label, r.text) for r in found] == [(None, "Authorize the City Manager to buy a mower.")]
