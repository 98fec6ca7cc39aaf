"""Votes as minutes write them, on tiny literal snippets."""
import pytest

from indexer.extract.votes import parse_votes


@pytest.mark.parametrize("text, counts", [
    ("With 9 votes in favour, 2 votes against and 4 abstentions, the Committee AGREED", (9, 2, 4)),
    ("With 12 votes for and 0 against, the Committee:", (12, 0, None)),
    ("seven were in favour and one abstained", (7, None, 1)),
    ("On being put to the vote, there were eight votes for, three against and no abstentions", (8, 3, 0)),
    ("RESOLVED (Y-5, N-2, A-1) that the report be noted", (5, 2, 1)),
    ("The recommendation was approved (Y-5).", (5, None, None)),
    ("The motion was put (For 5, Against 2) and carried.", (5, 2, None)),
    ("For: 6; Against: 3; Abstentions: 1", (6, 3, 1)),
    ("The amendment was lost by 3 votes to 8, with one abstention.", (3, 8, 1)),
    # counts in words and figures, in two councils' styles each
    ("On being put to the vote five were in favour and two against.", (5, 2, None)),
    ("Four members were in favour and three against, and the motion fell.", (4, 3, None)),
    ("The recommendation was carried by 12 votes to 9, with 2 abstentions.", (12, 9, 2)),
    ("The amendment was defeated by 14 votes to 30 with 4 abstentions.", (14, 30, 4)),
    ("The vote was 6 in favour, 3 against, 1 abstention.", (6, 3, 1)),
    ("Voting: eight in favour, one against, two abstentions.", (8, 1, 2)),
    # scores as US minutes print them
    ("Motion passed (7 to 2).", (7, 2, None)),
    ("The motion failed (3 to 4).", (3, 4, None)),
    ("Motion carried 5-0.", (5, 0, None)),
    ("The consent calendar was approved by a vote of 4-1.", (4, 1, None)),
    ("On a 3–2 vote the Commission adopted the resolution.", (3, 2, None)),
    ("Vote: 6-1", (6, 1, None)),
    ("The motion was approved 4-0-1 (Councilmember Ruiz absent).", (4, 0, None)),
    # roll calls and named votes (rollcall.py)
    ("AYES: Councilmembers Ortiz, Park and Mayor Lee NOES: None ABSENT: Reyes", (3, 0, None)),
    ("Ayes: Hill, Ngata, Frost. Noes: Dale.", (3, 1, None)),
    ("For (23)\nMr Ash, Mrs Birch\nAgainst (0)\nAbstain (1)\nMs Cole\nMotion carried.", (23, 0, 1)),
])
def test_counts(text, counts):
    vote = parse_votes(text)
    assert (vote.for_, vote.against, vote.abstain) == counts


@pytest.mark.parametrize("text, unanimous, outcome", [
    ("The motion was carried unanimously.", True, "carried"),
    ("It was unanimously agreed that the minutes be signed.", True, "carried"),
    ("RESOLVED nem. con. that the report be received.", True, "carried"),
    ("On being put to the vote the motion was lost.", False, "lost"),
    ("Proposed by Cllr A Smith, seconded by Cllr B Jones and carried.", False, "carried"),
    ("With 9 votes in favour, 2 votes against", False, "carried"),
    ("With 2 votes in favour and 3 against", False, "lost"),
    ("With 4 votes in favour and 4 against, the Chair used a casting vote.", False, None),
    ("Motion carried.", False, "carried"),
    ("CARRIED", False, "carried"),
    ("Substantive Motion Carried.", False, "carried"),
    ("Motion passed.", False, "carried"),
    ("The resolution was duly adopted.", False, "carried"),
    ("Amendment lost.", False, "lost"),
    ("The amendment was defeated.", False, "lost"),
    ("The motion fell for want of a seconder.", False, "lost"),
    ("Motion failed.", False, "lost"),
    ("Defeated.", False, "lost"),
    ("All in favour.", True, "carried"),
])
def test_outcomes(text, unanimous, outcome):
    vote = parse_votes(text)
    assert (vote.unanimous, vote.outcome) == (unanimous, outcome)


@pytest.mark.parametrize("text", [
    "The Committee NOTED the report.",
    "£0.253m was carried forward within this reserve.",
    "The work was carried out for three years.",
    "A report for 2017/18 would come back, for 5 members to consider in a workshop.",
    "The Council voted to approve items 3-5 on the consent calendar.",
    "The plan adopted in 2019-20 was reviewed.",
    "The budget was approved on 12-13 March by the working group.",
    "Passed to the Clerk to answer.",
    "There was no objection. For the record, no: the answer was sent.",
    "",
])
def test_no_vote(text):
    assert parse_votes(text) is None


def test_vote_to_dict_uses_for():
    assert parse_votes("12 votes for and 0 against").to_dict() == {
        "for": 12, "against": 0, "abstain": None, "unanimous": False, "outcome": "carried", "names": {}}


@pytest.mark.parametrize("text, counts", [
    ("A vote was taken: For 12, Against 3, Abstain 1. The Cathaoirleach declared the motion carried.", (12, 3, 1)),
    ("The voting was: For 7; Against 2.", (7, 2, None)),
    ("Votes for 5, against 2.", (5, 2, None)),
])
def test_counts_after_a_colon_and_before_a_full_stop(text, counts):
    v = parse_votes(text)
    assert (v.for_, v.against, v.abstain) == counts


@pytest.mark.parametrize("text", ["The plan was approved, for 3 years.", "The rate was against 2.5% last year."])
def test_a_number_after_for_or_against_in_prose_is_no_count(text):
    assert parse_votes(text) is None


@pytest.mark.parametrize(("text", "counts"), [
    ("CARRIED BY ABSOLUTE MAJORITY 7/0", (7, 0, None, "carried")),  # Western Australian shire
    ("Carried 6:1", (6, 1, None, "carried")),  # Australian council
    ("Roll call vote: 5 ayes, 2 nays", (5, 2, None, "carried")),  # US city
    ("Vote: Yes 4, No 1", (4, 1, None, "carried")),  # US town board
    ("FOR: 6 AGAINST: 1 ABSTAIN: 1", (6, 1, 1, "carried")),  # Canadian regional board
    ("The motion was put and declared CARRIED on the casting vote of the Chair", (None, None, None, "carried")),
    ("Motion carried on a show of hands.", (None, None, None, "carried")),
    ("Resolution No 1 was carried.", (None, None, None, "carried")),  # 'No 1' is a number sign
    ("Carried 7:30", (None, None, None, "carried")),  # not a score
])
def test_more_printed_forms_of_a_vote(text, counts):
    v = parse_votes(text)
    assert (v.for_, v.against, v.abstain, v.outcome) == counts


@pytest.mark.parametrize("text", ["The item was carried on to the next meeting.", "The meeting carried on at 7:30 pm."])
def test_carried_on_is_no_vote(text):
    assert parse_votes(text) is None
