"""Answer rules on literal candidates: cell choice, period clashes, lead-ins, hedged yes/no."""
from indexer.answer import extractive as E
from indexer.answer import features as F
from indexer.answer import kinds as K
from indexer.answer.candidates import Candidate, row_candidate, text_candidates
from indexer.answer.question import classify
from indexer.store import Unit

ROW = Unit("d.t001.row1", "figure", "", "d.p0001", "d", meeting_date="2016-07-04")
PARA = Unit("d.p0002", "paragraph", "", "d.p0002", "d", meeting_date="2017-07-10")


def test_variance_column_answers_how_far_over_budget():
    qt = classify("How far over budget is home care forecast to be at Period 2 2016-17?")
    c = row_candidate(ROW, 0, "Budget monitoring £m", ["Service", "Budget", "Forecast Outturn", "Variance to Budget", "%"],
                      ["Home Care", "83.387", "91.946", "8.559", "10.3%"])
    assert E.row_answer(qt, c) == "Home Care: Variance to Budget 8.559; % 10.3%"


def test_month_column_answers_a_question_naming_the_month():
    qt = classify("What percentage of people were still at home in March 2017?")
    c = row_candidate(ROW, 0, None, ["Measure", "Feb 17", "Mar 17", "Target"],
                      ["% of people still at home", "93.1%", "94.2%", "90.0%"])
    assert E.row_answer(qt, c).startswith("% of people still at home: Mar 17 94.2%")


def test_a_candidate_naming_only_other_years_clashes():
    qt = classify("What is the capital programme budget for 2024/25?")
    c = row_candidate(ROW, 0, None, ["Scheme", "2016/17 Capital Budget £m"], ["IT Infrastructure", "0.141"])
    assert K.years_clash(qt, c) is True
    assert K.years_clash(classify("What is the capital budget?"), c) is False


def test_a_vote_lead_in_answers_with_its_first_point():
    text = "With 12 votes for and 0 against the Committee:\n1) AGREED the priority activities;\n2) AGREED the process."
    found = text_candidates(PARA, 0, text, "")
    assert E.with_point(found[0], found) == ("With 12 votes for and 0 against the Committee: "
                                              "1) AGREED the priority activities;")
    assert E.with_point(found[1], found) == "1) AGREED the priority activities;"


def test_yes_no_needs_a_plain_statement_not_a_conditional():
    qt = classify("Was the lottery bid successful?")
    hedged = Candidate(PARA, 0, "If the lottery bid was successful the work would start in May.", "")
    plain = Candidate(PARA, 0, "The lottery bid was successful and £2m was awarded.", "")
    assert K.fits_type(qt, hedged, []) is False
    assert K.fits_type(qt, plain, []) is True


def test_a_vote_question_needs_a_vote():
    qt = classify("What was the vote on the library closures?")
    assert K.fits_type(qt, Candidate(PARA, 0, "Work is being carried out on the libraries.", ""), []) is False
    assert K.fits_type(qt, Candidate(PARA, 0, "The motion was carried unanimously.", ""), []) is True


def test_a_question_about_the_end_result_prefers_the_outturn_to_a_forecast():
    headers = ["Service", "Budget £m", "Forecast Outturn £m", "Variance to Budget £m"]
    forecast = row_candidate(ROW, 0, None, headers, ["Hired Transport", "3.672", "6.109", "2.437"])
    outturn = row_candidate(ROW, 1, None, ["Service", "Budget £m", "Outturn £m", "Variance to Budget £m"],
                            ["Hired Transport", "3.672", "6.746", "3.074"])
    final = classify("How far over budget did hired transport end up?")
    assert (F.stage_agreement(final, forecast), F.stage_agreement(final, outturn)) == (-1.0, 0.0)
    ahead = classify("What overspend is hired transport forecast to have?")
    assert (F.stage_agreement(ahead, forecast), F.stage_agreement(ahead, outturn)) == (0.0, -1.0)
    either = classify("How far over budget was hired transport?")
    assert (F.stage_agreement(either, forecast), F.stage_agreement(either, outturn)) == (0.0, 0.0)


def test_a_cancelled_meeting_answers_whether_it_goes_ahead():
    qt = classify("Is the Committee on Human Relations meeting of January 8, 2019 going ahead?")
    cancelled = Candidate(PARA, 0, "The Committee on Human Relations meeting of January 8, 2019 has been cancelled.", "")
    assert K.fits_type(qt, cancelled, []) is True
    assert K.fits_type(qt, Candidate(PARA, 0, "The Committee on Human Relations meets on January 8, 2019.", ""),
                       []) is False


def test_a_row_answers_what_became_of_a_meeting_or_where_it_is_with_the_cell_that_says_it():
    # a US city council's calendar (Legistar), an English county's committee timetable
    qt = classify("What happened to the Committee on Housing and Buildings meeting set for January 10, 2019?")
    c = row_candidate(ROW, 0, None, ["Name", "Meeting Date", "Meeting Time", "Meeting Location"],
                      ["Committee on Housing and Buildings", "1/10/2019", "Deferred", "Council Chambers - City Hall"])
    assert E.row_answer(qt, c) == "Committee on Housing and Buildings: Meeting Time Deferred"
    qt = classify("In which room does the Planning Applications Committee meet on 14 May 2024?")
    c = row_candidate(ROW, 0, None, ["Committee", "Date", "Time", "Venue"],
                      ["Planning Applications Committee", "14/05/2024", "10.00am", "Room 2, County Hall"])
    assert E.row_answer(qt, c) == "Planning Applications Committee: Venue Room 2, County Hall"
