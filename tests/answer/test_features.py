"""Feature values of candidates (indexer.answer.features) on literal snippets in two councils' styles."""
import pytest

from indexer.answer.candidates import Candidate
from indexer.answer.features import asked, date_feature, features, title_like
from indexer.answer.question import classify
from indexer.store.units import Unit


def cand(text: str, meeting_date: str) -> Candidate:
    """A sentence of a paragraph; 'before || text' gives the sentence before it too."""
    before, _, text = text.rpartition(" || ")
    return Candidate(Unit("u1", "paragraph", text, "p1", "d1", meeting_date=meeting_date), 0, text, "", before=before)


@pytest.mark.parametrize("question, text, meeting_date, value", [
    # the question's meeting, another meeting's, a paper with no meeting date
    ("Who chaired the meeting on 10 July 2017?", "Mr Smith was in the Chair.", "2017-07-10", 1.0),
    ("Who chaired the meeting on 10 July 2017?", "Mr Smith was in the Chair.", "2017-03-06", -1.0),
    ("Who chaired the meeting on 10 July 2017?", "Mr Smith was in the Chair.", "", 0.0),
    # a paper of one meeting naming the date asked about in its own words: a payment, a calendar's row
    ("How much did the council pay HMRC on 1 July 2015?", "£1,494.74 paid to HMRC on 1/7/2015.", "2016-03-31", 1.0),
    ("Where does the Committee on Zoning meet on January 17, 2019?",
     "Committee on Zoning: Meeting Date 1/17/2019; Meeting Time 10:00 AM; Room 201A", "2019-01-08", 1.0),
    ("What did the council decide in September 2019?", "The council met on 3rd March 2019.", "2019-03-03", -1.0),
    # the sentence before it in its paragraph dates it
    ("Who was given an award at the care awards in February 2017?", "On the 23 February the care awards took place. "
     "|| An award was given to Harold Bodmer.", "2017-03-06", 1.0),
    ("Who was given an award at the care awards in February 2017?", "An award was given to Harold Bodmer.",
     "2017-03-06", -1.0),
    ("How much external debt was outstanding in November 2024?", "Total external debt outstanding in November was "
     "£746.67m.", "2025-01-30", 1.0),
    ("How much external debt was outstanding in November 2022?", "Total external debt outstanding in November was "
     "£746.67m.", "2025-01-30", -1.0),
])
def test_date_agreement(question, text, meeting_date, value):
    assert date_feature(classify(question), cand(text, meeting_date)) == value


@pytest.mark.parametrize("question, context, blocked", [
    # a parish's vote about another thing, and about the thing asked
    ("What was the vote on the street lighting contract?", "RESOLVED to buy the bus shelter from Shelter Supplies Ltd.",
     True),
    ("What was the vote on the bus shelter?", "RESOLVED to buy the bus shelter from Shelter Supplies Ltd.", False),
    # a US city's motion
    ("Who seconded the motion on the paving contract?", "Motion to award the paving contract to Ace Paving for $90,000.",
     False),
    ("Who seconded the motion on the library hours?", "Motion to award the paving contract to Ace Paving for $90,000.",
     True),
    # the committee's own words name where the vote was taken, not what it was about
    ("What was the vote on the Hallbury skate park at the Planning and Highways Committee meeting?",
     "Hallbury Town Council Planning applications: Members noted concerns from neighbours about overlooking.", True),
    ("What was the vote on the Orchard Rise extension at the Planning and Highways Committee meeting?",
     "Planning applications: 14 Orchard Rise side extension. Members noted concerns about overlooking.", False),
])
def test_a_decision_record_about_something_else_is_no_answer(question, context, blocked):
    from indexer.answer.abstain import mismatch
    from indexer.answer.features import asked
    from indexer.search import Scope, content_terms

    qt = classify(question)
    common = set(content_terms("motion vote seconded"))  # words of every decision: next to no weight
    idf = {t: 0.1 if t in common else 3.0 for t in qt.terms}
    c = Candidate(Unit("record:d1", "record", "3 for", "p1", "d1", committee="Planning and Highways Committee",
                       council="Hallbury Town Council"), 0,
                  "3 for", context, record=qt.target,
                  answer="3 for")
    assert mismatch(asked(question, qt, Scope(None, None, None), idf, 1.0), c) is blocked


def test_nearness_counts_the_words_its_heading_does_not_already_name():
    from indexer.answer.features import asked, nearness
    from indexer.search import Scope

    question = "When are proposals due for the solid waste and recycling collection contract?"
    qt = classify(question)
    a = asked(question, qt, Scope(None, None, None), {}, 1.0)
    heading = "Solid Waste and Recycling Collection Services Request for Proposal"
    sentence = "The advertisement runs from November 14, 2022, with proposals due by January 13, 2023."
    # 'proposals due' of seven topic words; under its heading, 'due' of the two it does not name ('due', 'contract')
    assert (nearness(a, sentence), nearness(a, sentence, heading)) == (pytest.approx(2 / 7), 0.5)
    assert nearness(a, sentence, question) == pytest.approx(2 / 7)  # a heading naming it all: all count


@pytest.mark.parametrize("text, title", [
    ("9665 WILSHIRE BOULEVARD Conditional Use Permit (PL2200226)", True),  # a US agenda's item title
    ("Planning Commission Meeting Agenda", True),
    ("FINANCIAL MONITORING REPORT", True),
    ("Att D - 1505 Chelsea Road -Correspondence", True),
    ("Single storey rear extension.", False),  # a statement, with its full stop
    ("The public comment session will be 20 minutes long.", False),
    ("Norfolk ranking against other adult social care local authorities", False),  # mostly lower case
    ("Overspends are being reported in Adult Social Care & Health (+£35.4m) and Growth Environment & Transport",
     False),  # longer than a title
])
def test_a_title_is_told_from_a_statement(text, title):
    assert title_like(text) is title


@pytest.mark.parametrize("question, text, decided", [
    # a Scottish community council's minute, an Ontario township's: the decision, not the discussion before it
    ("How did the community council decide to tackle parking in the High Street?",
     "It was agreed to take advice from the roads officer on options for resolving this matter.", 1.0),
    ("How did the community council decide to tackle parking in the High Street?",
     "Parking in the High Street - there was an occasional problem where buses found their access restricted.", 0.0),
    ("What did the Township decide about the snow plough tender?",
     "Carried. The tender of Smith Haulage for snow ploughing was accepted.", 1.0),
    # a question that asks no decision: the feature stays 0 whatever the sentence says
    ("How much is the snow plough tender?", "The tender of $45,000 was accepted.", 0.0),
])
def test_a_sentence_saying_what_was_decided_is_told_from_the_discussion(question, text, decided):
    from indexer.search import Scope

    qt = classify(question)
    a = asked(question, qt, Scope(None, None, None), {}, 1.0)
    c = Candidate(Unit("u1", "paragraph", text, "p1", "d1"), 0, text, "")
    assert features(a, c, 0.5, True, text, 0.5)["decided"] == decided
