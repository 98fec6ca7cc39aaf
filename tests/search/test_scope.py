"""Where a question says to look: the council it names by its place, and the meeting's date or month."""
import pytest

from indexer.search.scope import question_scope, without_council

COUNCILS = ["Kent County Council", "City of Rancho Palos Verdes", "City of Palos Verdes Estates",
            "Burton-cum-Walden Parish Council", "Newbiggin Parish Council"]


@pytest.mark.parametrize("question, council", [
    ("Who chaired Newbiggin Parish Council's meeting on 3 September 2019?", "Newbiggin Parish Council"),
    ("What did Kent's Cabinet note about the overspend?", "Kent County Council"),
    ("When does the Rancho Palos Verdes City Council meet next?", "City of Rancho Palos Verdes"),
    ("What is proposed at 1505 Chelsea Road in Palos Verdes Estates?", "City of Palos Verdes Estates"),
    ("What did Burton-cum-Walden decide about the bonfire?", "Burton-cum-Walden Parish Council"),
    ("What was the vote on the transport policy?", None),
])
def test_council_named_by_its_place(question, council):
    assert question_scope(question, COUNCILS).council == council


def test_date_or_month():
    assert question_scope("What happened on December 6, 2022?", COUNCILS).date == "2022-12-06"
    assert question_scope("What happened on 13 February 2025?", []).date == "2025-02-13"
    scope = question_scope("What did the council decide in September 2019?", [])
    assert (scope.date, scope.month) == (None, "2019-09")


@pytest.mark.parametrize("question, council, query", [
    ("Did Burton-cum-Walden Parish Council's meeting agree the bonfire?", "Burton-cum-Walden Parish Council",
     "Did meeting agree the bonfire?"),
    ("What did Kent County Council decide on the budget?", "Kent County Council", "What did decide on the budget?"),
    ("When does the City of Rancho Palos Verdes meet next?", "City of Rancho Palos Verdes", "When does meet next?"),
    ("When does the Rancho Palos Verdes City Council meet next?", "City of Rancho Palos Verdes",
     "When does the meet next?"),
])
def test_the_council_named_as_a_council_leaves_the_query_once_it_is_the_scope(question, council, query):
    assert without_council(question, council) == query


def test_the_place_alone_stays_in_the_query():
    question = "What did Norfolk Community Health and Care report?"
    assert without_council(question, "Norfolk County Council") == question
    assert without_council(question, None) == question
    assert without_council("Kent County Council?", "Kent County Council") == "Kent County Council?"
