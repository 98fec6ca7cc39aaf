"""Motion, vote and mover forms of New England town boards, British Columbia regional boards and English
planning committees, on invented snippets (each form in two councils' styles)."""
import pytest
from helpers_minutes import minute_paragraphs

from indexer.extract.clauses import sentence_hits
from indexer.extract.decisions import extract_decisions
from indexer.extract.movers import parse_mover
from indexer.extract.votes import parse_votes
from indexer.segment.bodies import council_names

paras = minute_paragraphs


def summary(found):
    return [(d.text, d.outcome, d.votes and (d.votes.for_, d.votes.against, d.votes.abstain), d.proposer,
             d.seconder) for d in found]


@pytest.mark.parametrize("texts, expected", [
    (("Motion: Mr. Burke moved to approve the transfer of the liquor license as presented.", "Second: Ms. Raman",
      "Vote: 5-0-0"),
     ("Motion: Mr. Burke moved to approve the transfer of the liquor license as presented.", "carried", (5, 0, None),
      "Mr. Burke", "Ms. Raman")),
    (("Cllr Ash moved that the hall hire charges be frozen for 2024.", "Seconded by Cllr Birch",
      "Carried 6 votes to 2."),
     ("Cllr Ash moved that the hall hire charges be frozen for 2024.", "carried", (6, 2, None), "Cllr Ash",
      "Cllr Birch")),
])
def test_a_seconder_on_a_line_of_its_own_below_the_motion(texts, expected):
    assert summary(extract_decisions(paras(*texts))) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Vote: 4-0-1 (Mr. Burke abstained)", (4, 0, 1, "carried")),
    ("The motion carried 6-1-2, Councillors Lee and Park abstaining.", (6, 1, 2, "carried")),
    ("Vote: 5-0-0", (5, 0, None, "carried")),  # the third number says nothing of abstaining
    ("Motion carried 5-0-1 (Smith absent)", (5, 0, None, "carried")),
])
def test_a_third_number_is_the_abstentions_where_abstaining_is_written(text, expected):
    v = parse_votes(text)
    assert (v.for_, v.against, v.abstain, v.outcome) == expected


@pytest.mark.parametrize("text, votes", [
    ("It was moved, seconded and VOTED unanimously to award the roof contract to Summit Roofing Co.",
     (None, None, True)),
    ("VOTED: To approve the warrant in the amount of $412,000.", None),
    ("The Board voted 4-1 to refer the capital plan to the Capital Planning Committee.", (4, 1, False)),
    ("Members voted to accept the lowest tender for the play area.", None),
])
def test_the_body_voting_for_what_it_decides(text, votes):
    assert [h.verbs for h in sentence_hits(text)] == [["RESOLVED"]]
    (d,) = extract_decisions(paras(text))
    assert d.verbs == ["RESOLVED"]
    assert (d.votes and (d.votes.for_, d.votes.against, d.votes.unanimous)) == votes


def test_voting_against_or_not_voting_decides_nothing():
    assert sentence_hits("Two members voted against the motion.") == []
    assert sentence_hits("Councillor Lee had not voted to approve the budget in 2021.") == []


@pytest.mark.parametrize("text, expected", [
    ("Councillor Fenwick then proposed refusal, and this was seconded by Councillor Doyle.",
     ("Councillor Fenwick", "Councillor Doyle")),
    ("Cr Lowe subsequently moved the amended motion and Cr Price formally seconded it.", ("Cr Lowe", "Cr Price")),
])
def test_movers_with_an_adverb_before_the_verb(text, expected):
    assert parse_mover(text) == expected


@pytest.mark.parametrize("texts, expected", [
    (("MOVED Director Henderson, SECONDED Director Okafor,\nTHAT the Board approve a grant-in-aid of $10,000.",
      "DEFEATED", "OPPOSED: Chair Kaur, Vice Chair Dubois, Director Patel"), ("lost", (None, 3, None))),
    (("Moved by: Councillor Dhaliwal\nSeconded by: Councillor McKinnon\nThat the tender be awarded.", "Carried",
      "Opposed: Councillors Smith and Jones"), ("carried", (None, 2, None))),
])
def test_who_voted_against_named_below_the_outcome(texts, expected):
    (d,) = extract_decisions(paras(*texts))
    assert (d.outcome, (d.votes.for_, d.votes.against, d.votes.abstain)) == expected


def test_authorities_named_x_of_place():
    text = ("REGIONAL DISTRICT OF NORTH CASCADIA\nDirector T. Okafor, District of Harrow\n"
            "THE REGIONAL MUNICIPALITY OF YORK\nWattle Creek Shire Council\nthe Shire of Esperance")
    assert council_names(text) == ["Regional District of North Cascadia", "District of Harrow",
                                   "Regional Municipality of York", "Wattle Creek Shire Council", "Shire of Esperance"]
