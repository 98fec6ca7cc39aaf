"""Mover, vote and motion forms of Ontario, Australian, New Zealand, Irish and Welsh minutes, on invented snippets."""
import pytest
from helpers_minutes import minute_paragraphs

from indexer.extract.clauses import sentence_hits
from indexer.extract.decisions import extract_decisions
from indexer.extract.movers import parse_mover
from indexer.extract.rollcall import roll_call
from indexer.extract.votes import parse_votes

paras = minute_paragraphs


def summary(found):
    return [(d.verbs, d.outcome, d.votes and (d.votes.for_, d.votes.against, d.votes.abstain), d.proposer,
             d.seconder) for d in found]


@pytest.mark.parametrize("text, expected", [
    ("Moved by: Councillor Dhaliwal\nSeconded by: Councillor McKinnon", ("Councillor Dhaliwal", "Councillor McKinnon")),
    ("Moved By: Deputy Mayor Haines Seconded By: Councillor Fortin", ("Deputy Mayor Haines", "Councillor Fortin")),
    ("Moved: Deputy Mayor Dunstan Seconded: Cr McLeod", ("Deputy Mayor Dunstan", "Cr McLeod")),
    ("Cr Price proposed and Cr Ryder seconded", ("Cr Price", "Cr Ryder")),
    ("Cllr Ives proposed and Cllr Jay seconded", ("Cllr Ives", "Cllr Jay")),
])
def test_mover_labels_with_by_and_the_cr_title(text, expected):
    assert parse_mover(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("CARRIED 5/1", (5, 1, "carried")),
    ("LOST 2/4", (2, 4, "lost")),
    ("Carried 4/2.", (4, 2, "carried")),
    ("Motion passed 5-0.", (5, 0, "carried")),
    ("The motion was carried 5/6/2023.", (None, None, "carried")),  # a date, not a score
])
def test_scores_printed_with_a_slash(text, expected):
    vote = parse_votes(text)
    assert (vote.for_, vote.against, vote.outcome) == expected


def test_a_fraction_is_no_score():
    assert parse_votes("approved by 3/4 of members present") is None


@pytest.mark.parametrize("text, expected", [
    ("For: Mayor Walker, Deputy Mayor Dunstan, Crs McLeod, Price Against: Crs Tipene, Ryder", (4, 2, None)),
    ("Voting For: Crs Mahoney, Petrakis Against: Cr Nguyen Abstain: none", (2, 1, 0)),
    ("AYES: Councilmembers Ortiz, Park and Mayor Lee NOES: None ABSENT: Reyes", (3, 0, None)),
])
def test_both_sides_of_a_named_vote_on_one_line(text, expected):
    assert roll_call(text) == expected


def test_movers_and_resolved_in_one_clause():
    assert [(h.verbs, h.kind) for h in sentence_hits(
        "It was proposed by Cllr Ash, seconded by Cllr Birch and agreed that the hall be let.")] == [
        (["AGREED"], "decision")]
    assert [(h.verbs, h.kind) for h in sentence_hits("Moved by Mr Cole; seconded by Ms Dunn; and resolved to let the hall.")] \
        == [(["RESOLVED"], "decision")]


def test_a_motion_its_own_line_resolves_takes_the_wording_below():
    found = extract_decisions(paras(
        "It was proposed by Cllr. Daly, seconded by Cllr. Moriarty, and resolved:",
        "\"That the Council approve the disposal of 0.21 hectares at Ballinure for the sum of €18,500.\""))
    assert summary(found) == [(["RESOLVED"], "carried", None, "Cllr. Daly", "Cllr. Moriarty")]
    assert found[0].text.startswith("\"That the Council approve the disposal")


def test_movers_and_a_vote_in_paragraphs_above_the_resolution():
    found = extract_decisions(paras(
        "The Clerk presented the draft budget.",
        "Proposed by Councillor Bevan, seconded by Councillor Morgan.",
        "Upon being put to the vote, 5 voted in favour and 2 against.",
        "RESOLVED that the precept for 2023/24 be set at £186,400."))
    assert summary(found) == [(["RESOLVED"], "carried", (5, 2, None), "Councillor Bevan", "Councillor Morgan")]
    assert found[0].paragraph_id.endswith("p0004")


def test_a_division_called_in_a_motion_block():
    found = extract_decisions(paras(
        "Moved: Cr McLeod Seconded: Mayor Walker",
        "That Council adopt the proposed speed limit of 80 km/h on Kahikatea Road.",
        "A division was called for, voting on which was as follows:",
        "For: Mayor Walker, Deputy Mayor Dunstan, Crs McLeod, Price Against: Crs Tipene, Ryder",
        "Carried 4/2"))
    assert summary(found) == [(["RESOLVED"], "carried", (4, 2, None), "Cr McLeod", "Mayor Walker")]


@pytest.mark.parametrize("text, expected", [
    ("Moved Cr Smith Seconded Cr Jones", ("Cr Smith", "Cr Jones")),  # Australian, no 'by'
    ("Moved Cr Smith\nSeconded Cr Jones", ("Cr Smith", "Cr Jones")),
    ("Moved Councillor Hall, seconded Councillor Ito", ("Councillor Hall", "Councillor Ito")),
    ("M/S/C: Jones/Smith to approve the minutes as presented. (5-0)", ("Jones", "Smith")),  # Californian
    ("MOTION: Lee/Park to approve the consent calendar.", ("Lee", "Park")),
    ("Moved/Seconded: Lee/Park", ("Lee", "Park")),
    ("Motion: That the report be received.", (None, None)),
])
def test_movers_without_by_and_slashed_pairs(text, expected):
    assert parse_mover(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("M/S/C: Jones/Smith to approve the minutes as presented. (5-0)", (5, 0, "carried")),
    ("M/S/C: Lee/Park to adopt Resolution No. 2023-14.", (None, None, "carried")),
    ("Items (1-3) were noted.", None),  # a range in brackets is no score without M/S/C
])
def test_moved_seconded_carried_with_a_bracketed_score(text, expected):
    vote = parse_votes(text)
    assert (vote and (vote.for_, vote.against, vote.outcome)) == expected


@pytest.mark.parametrize("texts, expected", [
    (("Moved Cr Smith", "Seconded Cr Jones", "That the report be received.", "CARRIED 5/2"),
     [(["RESOLVED"], "carried", (5, 2, None), "Cr Smith", "Cr Jones")]),
    (("Moved Councillor Hall, seconded Councillor Ito\nThat the minutes be confirmed.\nCarried",),
     [(["RESOLVED"], "carried", (None, None, None), "Councillor Hall", "Councillor Ito")]),
    (("M/S/C: Jones/Smith to approve the minutes of May 2, 2023 as presented. (5-0)",),
     [(["RESOLVED"], "carried", (5, 0, None), "Jones", "Smith")]),
])
def test_motion_blocks_whose_movers_have_no_by(texts, expected):
    assert summary(extract_decisions(paras(*texts))) == expected


@pytest.mark.parametrize("text, expected", [
    ("The motion carried by the following vote: Ayes 4, Noes 1, Absent 0.", (4, 1, None, "carried")),  # US city
    ("Yeas 5, Nays 2", (5, 2, None, "carried")),
    ("ayes 3 noes 0 abstain 1", (3, 0, 1, "carried")),
    ("Motion carried with Councilmember Lee absent.", (None, None, None, "carried")),
    ("The balance was carried forward.", None),
])
def test_roll_call_totals_after_bare_labels(text, expected):
    vote = parse_votes(text)
    assert (vote and (vote.for_, vote.against, vote.abstain, vote.outcome)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Resolved (Crs Tipene/McLeod) that the report be received.", ("Cr Tipene", "Cr McLeod")),  # New Zealand
    ("Resolved (Cr Tipene/Cr McLeod):", ("Cr Tipene", "Cr McLeod")),
    ("Agreed (Cllr Ash / Cllr Birch) that the hall be let.", ("Cllr Ash", "Cllr Birch")),  # English parish
    ("Carried (4 to 1)", (None, None)),
])
def test_movers_in_brackets_after_resolved(text, expected):
    assert parse_mover(text) == expected


@pytest.mark.parametrize("texts, expected", [
    (("It was moved by Councilmember Park, seconded by Councilmember Ortiz, to adopt Ordinance No. 2023-07. "
      "The motion carried by the following vote: Ayes 4, Noes 1, Absent 0.",),
     [(["RESOLVED"], "carried", (4, 1, None), "Councilmember Park", "Councilmember Ortiz")]),
    (("Resolved (Crs Tipene/McLeod) that the report be received.",),
     [(["RESOLVED"], "carried", None, "Cr Tipene", "Cr McLeod")]),
    (("Resolved (unanimously) that the report be received.",), [(["RESOLVED"], "carried", (None, None, None), None, None)]),
])
def test_us_and_new_zealand_resolutions(texts, expected):
    assert [(v, o, x and x[:3], p, s) for v, o, x, p, s in summary(extract_decisions(paras(*texts)))] == expected


@pytest.mark.parametrize("texts, expected", [
    (("A motion was made by Councilmember Diaz, seconded by Vice Mayor Chen, to approve the Consent Calendar. "
      "The motion carried by the following vote:", "Aye: 5 - Alvarez, Chen, Diaz, Nguyen and Patel", "Nay: 0"),
     [(["RESOLVED"], "carried", (5, 0, None), "Councilmember Diaz", "Vice Mayor Chen")]),  # Legistar action minutes
    (("It was moved by Commissioner Hale, seconded by Commissioner Ito, that this Ordinance be introduced. "
      "The motion failed by the following roll call vote:", "Ayes: Hale, Ito", "Noes: Lund, Moss, Vega"),
     [(["REJECTED"], "lost", (2, 3, None), "Commissioner Hale", "Commissioner Ito")]),  # a county commission
])
def test_a_motion_voted_by_the_following_vote_below_it(texts, expected):
    assert summary(extract_decisions(paras(*texts))) == expected


@pytest.mark.parametrize("text, verbs", [
    ("Approved on the Consent Calendar.", ["APPROVED"]),  # US action minutes
    ("Approved as amended.", ["APPROVED"]),
    ("Agreed subject to the Clerk confirming the quote.", ["AGREED"]),  # English parish
])
def test_outcome_words_that_open_a_minute(text, verbs):
    assert [(d.verbs, d.kind) for d in extract_decisions(paras(text))] == [(verbs, "decision")]


@pytest.mark.parametrize("text, wording, expected", [
    # an English town council's planning response, a Welsh community council's, an Ontario township's
    ("a) 23/01187/FUL - 14 Orchard Rise. Members noted concerns from neighbours about overlooking. Proposed Cllr "
     "O'Brien, seconded Cllr Ahmed: that the Town Council OBJECTS on the grounds of loss of privacy. 3 in favour, "
     "1 against. Cllr Castle did not vote.",
     "that the Town Council OBJECTS", (["RESOLVED"], "carried", (3, 1, None), "Cllr O'Brien", "Cllr Ahmed")),
    ("The Clerk reported on the bench. Proposed by Cllr Evans, seconded by Cllr Hughes, that a new bench be bought. "
     "4 in favour, 5 against.",
     "that a new bench be bought", (["REJECTED"], "lost", (4, 5, None), "Cllr Evans", "Cllr Hughes")),
])
def test_a_motion_moved_worded_and_voted_in_one_sentence_is_its_own_decision(text, wording, expected):
    found = extract_decisions(paras(text))
    motion = [d for d in found if wording in d.text]
    assert len(motion) == 1 and summary(motion)[0] == expected
    assert all(d.votes is None and d.proposer is None for d in found if d is not motion[0])  # the noting keeps none
