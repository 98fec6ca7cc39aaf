"""Named votes and roll calls (indexer/extract/rollcall.py), on invented snippets in several councils' styles."""
import pytest

from indexer.extract.rollcall import names_in, roll_call

# ---- a count heading, the names below it (county council style) --------------------------------


def test_count_headings_over_lines_of_names():
    text = ("For (23)\nMr Ash, Mrs Birch, Sir Tom Cole, OBE, Ms Dunn\nAgainst (2)\nMr Elm, Mrs Fir\n"
            "Abstain (0)\nMotion carried.")
    assert roll_call(text) == (23, 2, 0)


def test_count_heading_in_another_style():
    text = "Voting for (9):\nCllrs Amis, Bell, Crane\nVoting against (4):\nCllrs Dunn, Eyre\nAbstentions (1): Cllr Ford"
    assert roll_call(text) == (9, 4, 1)


def test_headings_without_counts_count_their_names():
    text = "For\nMr A Ash, Mrs B Birch, Ms C Cole\nAgainst\nMr D Dunn\nAbstain\nNone"
    assert roll_call(text) == (3, 1, 0)


# ---- US roll calls -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, counts", [
    ("AYES: Councilmembers Ortiz, Park and Mayor Lee NOES: None ABSENT: Reyes ABSTAIN: None", (3, 0, 0)),
    ("AYES: Commissioners Vance, Wong, Yates, Chair Zito\nNOES: Commissioner Abbot\nABSENT: None", (4, 1, None)),
    ("Ayes: Hill, Ngata, Frost. Noes: Dale. The motion carried.", (3, 1, None)),
    ("Yeas: Alderman Burke, Alderman Cho; Nays: Alderman Diaz", (2, 1, None)),
    ("Yeas: 4 Nays: 1 Absent: 2", (4, 1, None)),
    ("Aye: Trustees Bloom, Carver, Dorsey & Engel. No: Trustee Fisk.", (4, 1, None)),
])
def test_us_roll_calls(text, counts):
    assert roll_call(text) == counts


# ---- counts printed after the names ----------------------------------------------------------

@pytest.mark.parametrize("text, counts", [
    ("For: Cllrs Amis, Bell and Crane (3); Against: Cllr Dunn (1); Abstain: Cllr Eyre (1)", (3, 1, 1)),
    ("In favour: Mrs Grey, Mr Hale, Ms Imber, Mr Jay (4)\nAgainst: Mr Kemp, Mrs Lowe (2)", (4, 2, None)),
])
def test_counts_after_the_names(text, counts):
    assert roll_call(text) == counts


def test_labels_with_counts():
    assert roll_call("For: 6; Against: 3; Abstentions: 1") == (6, 3, 1)
    assert roll_call("In favor: 5, Opposed: 2") == (5, 2, None)


@pytest.mark.parametrize("text", [
    "The motion was put (For 5, Against 2) and carried.",  # a count in prose: votes.py reads it
    "Members voted for the motion after a long debate.",
    "There was no objection. For the record, no: the answer was sent.",
    "Apologies were received from Mr Ash; no apologies from Mrs Birch.",
    "",
])
def test_not_roll_calls(text):
    assert roll_call(text) is None


def test_names_stop_at_the_first_sentence_that_is_not_names():
    assert names_in(" Mr Ash, Mrs Birch, Sir Tom Cole, CBE\nMotion carried.") == ["Mr Ash", "Mrs Birch", "Sir Tom Cole"]
    assert names_in(" Councilmembers Ortiz, Park and Mayor Lee. The item was approved.") == ["Ortiz", "Park", "Lee"]


@pytest.mark.parametrize("text, counts", [
    ("Nays: Councillor Moreau\nCarried", (None, 1, None)),
    ("Yeas: Carter, Reid\nNays: Moreau\nMotion Defeated", (2, 1, None)),
])
def test_the_outcome_line_closes_a_list_of_names(text, counts):
    assert roll_call(text) == counts
