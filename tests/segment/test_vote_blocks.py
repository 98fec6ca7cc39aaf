"""A recorded vote printed over several lines stays with the motion it decides, as one paragraph."""
from indexer.segment.blocks import build_chunks, read_lines


def chunks(text: str) -> list[tuple[str | None, str]]:
    return [(c.number, c.text) for c in build_chunks(read_lines(text), lambda line: None)]


def test_named_vote_under_the_motion_with_its_outcome_and_the_next_paragraph_apart():
    text = ("(8) The Chairman put the amendment to the vote and the voting was as follows:\n\nFor (3)\n\n"
            "Mr Able, Mrs Baker, Dr Cole\n\nAgainst (2)\n\nMs Dane,\nMr Eames\n\nAbstain (0)\n\nAmendment lost.\n\n"
            "(9) Mrs Baker proposed the next amendment.\n")
    assert chunks(text) == [
        ("(8)", "The Chairman put the amendment to the vote and the voting was as follows:\nFor (3)\n"
                "Mr Able, Mrs Baker, Dr Cole\nAgainst (2)\nMs Dane,\nMr Eames\nAbstain (0)\nAmendment lost."),
        ("(9)", "Mrs Baker proposed the next amendment.")]


def test_roll_call_counts_in_another_style():
    text = "12. On being put to the vote the motion was recorded as follows:\nAyes: 5\nNoes: 2\nMotion carried.\n"
    assert chunks(text) == [("12", "On being put to the vote the motion was recorded as follows:\nAyes: 5\nNoes: 2\n"
                                   "Motion carried.")]


def test_a_count_line_alone_is_not_pulled_into_unrelated_text():
    assert chunks("The hall was booked.\n\nFor (3)\n") == [(None, "The hall was booked."), (None, "For (3)")]
