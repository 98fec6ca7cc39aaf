"""A motion against its amendments, as Scottish councils minute it: labelled blocks with their movers
below the wording and each side's count under 'Voting', or prose ('Councillor A, seconded by Councillor B,
moved that ...' then '5 members voted for the amendment and 7 for the motion'); invented snippets."""
import pytest
from helpers_minutes import minute_paragraphs

from indexer.extract.decisions import extract_decisions
from indexer.extract.groups import groups
from indexer.extract.votes import parse_votes, sides, winner

paras = minute_paragraphs


def summary(found):
    return [(d.verbs, d.outcome, d.votes and (d.votes.for_, d.votes.against, d.votes.abstain), d.proposer,
             d.seconder, d.text.splitlines()[0]) for d in found]


@pytest.mark.parametrize("text, expected", [
    ("For the motion - 7 votes\nFor the amendment - 4 votes", {"motion": 7, "amendment": 4}),
    ("On a vote being taken, 5 members voted for the amendment and 7 for the motion.", {"amendment": 5, "motion": 7}),
    ("Motion - 8 votes\nAmendment - 5 votes", {"motion": 8, "amendment": 5}),
    ("seven members voted for the motion and four for the amendment", {"motion": 7, "amendment": 4}),
    ("For the Substantive Motion: 9\nFor Amendment No. 1: 3\nFor Amendment 2: 2",
     {"motion": 9, "amendment 1": 3, "amendment 2": 2}),
    ("For the motion - 7 votes", {}),  # one side is no contest
    ("Voted for the motion: Councillors Arthur and Booth", {}),
])
def test_the_count_of_each_side(text, expected):
    assert sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("For the motion - 7 votes\nFor the amendment - 4 votes", (7, 4, None, "carried")),
    ("On a vote being taken, 5 members voted for the amendment and 7 for the motion.", (7, 5, None, "carried")),
    ("For the motion: 6\nFor the amendment: 2\nAbstentions: 1", (6, 2, 1, "carried")),
    # a tie goes to the Convener's casting vote: no outcome from the counts
    ("For the motion - 5 votes\nFor the amendment - 5 votes", (5, 5, None, None)),
])
def test_the_vote_is_the_winning_sides(text, expected):
    vote = parse_votes(text)
    assert (vote.for_, vote.against, vote.abstain, vote.outcome) == expected


def test_a_motion_label_gathers_its_points_and_movers_and_voting_its_counts():
    runs = groups(paras("Motion", "1) To note the update.", "2) To agree a further report.",
                        "- moved by Councillor Arthur, seconded by Councillor Bandel", "Amendment",
                        "To delay enforcement by 12 months.", "- moved by Councillor Cowdy, seconded by Councillor Kerr",
                        "Voting", "For the motion - 7 votes", "For the amendment - 4 votes", "Decision",
                        "To approve the motion by Councillor Arthur."))
    assert [[p.seq for p in g.paras] for g in runs] == [[1, 2, 3, 4], [5, 6, 7], [8, 9, 10], [11, 12]]


def test_labelled_motion_and_amendment_voted_then_decided():
    found = extract_decisions(paras(
        "Motion", "1) To note the update on enforcement.\n2) To agree that a further report be brought in three cycles.\n"
        "- moved by Councillor Arthur, seconded by Councillor Bandel",
        "Amendment", "1) To note the update.\n2) To ask officers to delay enforcement by 12 months.\n"
        "- moved by Councillor Cowdy, seconded by Councillor Kerr",
        "Voting", "For the motion - 7 votes", "For the amendment - 4 votes",
        "Decision", "To approve the motion by Councillor Arthur."))
    assert summary(found) == [
        (["REJECTED"], "lost", (4, 7, None), "Councillor Cowdy", "Councillor Kerr", "1) To note the update."),
        (["APPROVED"], "carried", (7, 4, None), "Councillor Arthur", "Councillor Bandel",
         "Decision: To approve the motion by Councillor Arthur."),
    ]


def test_the_amendment_can_win():
    found = extract_decisions(paras(
        "Motion", "To approve the parking charges.\n- moved by Councillor Arthur, seconded by Councillor Bandel",
        "Amendment 1", "To consult on the charges first.\n- moved by Councillor Cowdy, seconded by Councillor Kerr",
        "Voting", "For the motion - 3 votes\nFor Amendment 1 - 8 votes",
        "Decision", "To approve Amendment 1 by Councillor Cowdy."))
    assert summary(found) == [
        (["REJECTED"], "lost", (3, 8, None), "Councillor Arthur", "Councillor Bandel", "To approve the parking charges."),
        (["APPROVED"], "carried", (8, 3, None), "Councillor Cowdy", "Councillor Kerr",
         "Decision: To approve Amendment 1 by Councillor Cowdy."),
    ]


def test_moved_in_prose_then_voted_as_members_for_each_side():
    found = extract_decisions(paras(
        "Councillor Aitken, seconded by Councillor Bell, moved that the Committee approve the report.",
        "Councillor Cole, seconded by Councillor Dunn, moved as an amendment that consideration be deferred.",
        "On a vote being taken, 5 members voted for the amendment and 7 for the motion. The motion was accordingly "
        "declared carried."))
    assert summary(found) == [
        (["REJECTED"], "lost", (5, 7, None), "Councillor Cole", "Councillor Dunn",
         "Councillor Cole, seconded by Councillor Dunn, moved as an amendment that consideration be deferred."),
        (["RESOLVED"], "carried", (7, 5, None), "Councillor Aitken", "Councillor Bell",
         "Councillor Aitken, seconded by Councillor Bell, moved that the Committee approve the report."),
    ]


def test_an_unopposed_labelled_motion_gives_its_movers_to_the_decision():
    found = extract_decisions(paras(
        "Motion", "To approve the revised charging policy.", "- moved by Councillor Arthur, seconded by Councillor Bandel",
        "Decision", "To approve the motion by Councillor Arthur."))
    assert summary(found) == [(["APPROVED"], "agreed", None, "Councillor Arthur", "Councillor Bandel",
                               "Decision: To approve the motion by Councillor Arthur.")]


def test_a_motion_label_over_a_line_that_moves_and_words_it_is_no_labelled_block():
    found = extract_decisions(paras(
        "MOTION:", "Moved by Councilmember Ortiz, seconded by Councilmember Lee, to approve the consent calendar.",
        "Motion carried 5-0."))
    assert [(d.outcome, d.votes and (d.votes.for_, d.votes.against), d.proposer, d.seconder) for d in found] == [
        ("carried", (5, 0), "Councilmember Ortiz", "Councilmember Lee")]


@pytest.mark.parametrize("text, expected", [
    ("For the motion - 7 votes\nFor the amendment - 4 votes", "motion"),
    ("For the motion - 3 votes\nFor Amendment 2 - 8 votes\nFor Amendment 1 - 1 vote", "amendment 2"),
    ("For the motion - 5 votes\nFor the amendment - 5 votes\nThere being an equality of votes, the Convener used "
     "her casting vote in favour of the amendment.", "amendment"),
    ("For the motion: 6\nFor the amendment: 6\nThe Chair exercised a casting vote for the motion.", "motion"),
    ("For the motion - 5 votes\nFor the amendment - 5 votes", None),
])
def test_the_side_that_won(text, expected):
    assert winner(text) == expected


def test_a_casting_vote_carries_a_tied_amendment():
    vote = parse_votes("For the motion - 5 votes\nFor the amendment - 5 votes\nThe Convener used her casting vote "
                       "in favour of the amendment.")
    assert (vote.for_, vote.against, vote.outcome) == (5, 5, "carried")
    found = extract_decisions(paras(
        "Motion", "To approve the charges.\n- moved by Councillor Arthur, seconded by Councillor Bandel",
        "Amendment", "To consult first.\n- moved by Councillor Cowdy, seconded by Councillor Kerr",
        "Voting", "For the motion - 5 votes\nFor the amendment - 5 votes",
        "There being an equality of votes, the Convener used her casting vote in favour of the amendment."))
    assert summary(found) == [
        (["REJECTED"], "lost", (5, 5, None), "Councillor Arthur", "Councillor Bandel", "To approve the charges."),
        (["RESOLVED"], "carried", (5, 5, None), "Councillor Cowdy", "Councillor Kerr", "To consult first."),
    ]


def test_a_tie_no_casting_vote_breaks_leaves_the_decision_below_alone():
    found = extract_decisions(paras(
        "Motion", "To approve the charges.\n- moved by Councillor Arthur, seconded by Councillor Bandel",
        "Amendment", "To consult first.\n- moved by Councillor Cowdy, seconded by Councillor Kerr",
        "Voting", "For the motion - 5 votes\nFor the amendment - 5 votes",
        "Decision", "To continue consideration to the next meeting."))
    assert [(d.outcome, d.proposer) for d in found] == [("agreed", None)]


def test_a_casting_vote_names_its_side_as_the_counts_do():
    assert winner("For the motion - 4 votes\nFor Amendment No. 2 - 4 votes\nFor Amendment No. 1 - 1 vote\n"
                  "The Provost gave a casting vote for Amendment No. 2.") == "amendment 2"
