"""Who voted which way, by name: roll-call lists and the sentences that name a dissent, in the styles of
English, Australian, US and Canadian councils (invented names)."""
import pytest

from indexer.extract import parse_votes
from indexer.extract.voters import voters


@pytest.mark.parametrize(("text", "names"), [
    # English county council: a count heading over the names
    ("For (3)\nMr A Cole, Ms B Dunn, Mr C Frost\nAgainst (1)\nMrs D Hale\nAbstain (2)\nMr B Lewis, Mr D Ross",
     {"for": ["Mr A Cole", "Ms B Dunn", "Mr C Frost"], "against": ["Mrs D Hale"], "abstain": ["Mr B Lewis", "Mr D Ross"]}),
    # US city council roll call
    ("AYES: Councilmembers Ortiz, Park and Mayor Lee NOES: Reyes ABSENT: None",
     {"for": ["Ortiz", "Park", "Lee"], "against": ["Reyes"]}),
    ("Ayes: Hill, Ngata, Frost. Noes: None.", {"for": ["Hill", "Ngata", "Frost"]}),
    ("Aye: 5 - Alvarez, Chen, Diaz, Nguyen and Patel\nNay: 0", {"for": ["Alvarez", "Chen", "Diaz", "Nguyen", "Patel"]}),
    # Australian shire: counts after the names
    ("For: Crs Amis, Bell and Crane (3); Against: Cr Dunn (1)",
     {"for": ["Amis", "Bell", "Crane"], "against": ["Dunn"]}),
    # Canadian regional board: those opposed under the outcome
    ("CARRIED\nOPPOSED: Director Hale, Director Ng", {"against": ["Hale", "Ng"]}),
    # sentences naming a dissent
    ("RESOLVED that the plan be approved. Councillor Dunn voted against.", {"against": ["Councillor Dunn"]}),
    ("Cllrs Amis and Bell voted against the motion.", {"against": ["Amis", "Bell"]}),
    ("Motion carried 6-1, with Councillor Shah voting against.", {"against": ["Councillor Shah"]}),
    ("Councilmember Reyes voted no.", {"against": ["Councilmember Reyes"]}),
    ("Trustee Patel dissented.", {"against": ["Trustee Patel"]}),
    ("Councillor Dunn asked that her vote against the recommendation be recorded.", {"against": ["Councillor Dunn"]}),
    ("Vote: 4-0-1 (Mr. Burke abstained)", {"abstain": ["Mr. Burke"]}),
    ("Councillors Amis and Bell requested that their abstentions be recorded.", {"abstain": ["Amis", "Bell"]}),
    ("Mr. Burke, Ms. Raman and Mr. Ode voted in favour.", {"for": ["Mr. Burke", "Ms. Raman", "Mr. Ode"]}),
])
def test_the_names_on_each_side_are_read(text, names):
    assert voters(text) == names


@pytest.mark.parametrize("text", [
    "The Committee voted against the proposal.",  # a body, not a member
    "All Members voted in favour.",
    "NOES: None",
    "Members discussed whether to vote against the scheme.",  # no one named
    "Motion carried (3 to 1).",
])
def test_no_names_where_none_is_printed(text):
    assert voters(text) == {}


def test_a_vote_carries_its_names_beside_its_counts():
    vote = parse_votes("Motion carried (3 to 1). Cllr T Brown voted against.")
    assert (vote.for_, vote.against, vote.outcome) == (3, 1, "carried")
    assert vote.names == {"against": ["Cllr T Brown"]}
    assert vote.to_dict()["names"] == {"against": ["Cllr T Brown"]}


def test_a_named_dissent_alone_is_a_vote():
    vote = parse_votes("It was RESOLVED to adopt the budget. Councillor Shah voted against.")
    assert vote is not None and vote.names == {"against": ["Councillor Shah"]} and vote.against is None


def test_a_long_roll_call_reads_its_names_and_a_long_list_without_a_verb_names_no_one():
    # a county council's named vote: sixty names under 'For (60)'; the sentence rule reads names back from its
    # verb a part at a time (a pattern over the whole run of names had backtracked without end on such lists)
    names = [f"Mr {a} {b}" for a in "ABCDEFGHIJ" for b in ("Booth", "Carter-Smith", "Dunn", "Frost", "Hale", "Lewis")]
    assert voters("For (60)\n" + ", ".join(names) + "\nAgainst (0)") == {"for": names}
    assert voters(", ".join(names) + " were present and Members discussed the budget.") == {}


def test_counts_under_side_labels_are_no_names():
    # an Irish county council's division: a count per side, on its own line
    assert voters("A vote was taken.\nFor: 7\nAgainst: 2\nAbstain: 0\nThe proposal was carried.") == {}
