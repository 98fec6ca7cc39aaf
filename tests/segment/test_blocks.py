"""Lines into paragraph-sized chunks (indexer.segment.blocks): a list of short bulleted points is one."""
from corpus.normalise import normalise
from indexer.segment.blocks import build_chunks, read_lines


def chunks_of(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in build_chunks(read_lines(normalise(text)), lambda line: None)]


def test_a_us_commission_roster_is_one_paragraph():
    text = "PLANNING COMMISSIONERS\n\n• William Hofman – Chair\n• Dennis Otsuji\n• Kelly Modén - Vice-Chair\n"
    assert chunks_of(text)[-1] == ("points", "William Hofman – Chair\nDennis Otsuji\nKelly Modén - Vice-Chair")


def test_an_english_parish_list_of_councillors_is_one_paragraph():
    text = "Present\n\n- Cllr A Smith (Chairman)\n- Cllr B Jones\n- Mrs C Brown, Clerk\n\nThe meeting opened.\n"
    assert chunks_of(text)[1:] == [("points", "Cllr A Smith (Chairman)\nCllr B Jones\nMrs C Brown, Clerk"),
                                   ("text", "The meeting opened.")]


def test_bullets_that_are_sentences_stay_paragraphs_of_their_own():
    text = ("Background\n\n• The Council adopted the Family Hub model in November 2023.\n"
            "• The contracts were tendered and awarded in 2020 for a period of 12 months.\n")
    assert [k for k, _ in chunks_of(text)] == ["text", "text", "text"]
    text = "• Performance against aims and outcomes of the agreement for the year\n• User satisfaction\n"
    assert len(chunks_of(text)) == 2  # a long point is no entry of a list


def test_a_label_alone_on_its_line_is_one_paragraph_with_its_text():
    # an English record of decision and a US staff report print the label above what it introduces
    text = "Decision:\nTo award the highways contract to the preferred bidder.\n\nReasons:\nBest value was shown.\n"
    assert chunks_of(text) == [("text", "Decision:\nTo award the highways contract to the preferred bidder."),
                               ("text", "Reasons:\nBest value was shown.")]
    text = "Proposed Amount:\n$12,500 from the General Fund.\n"
    assert chunks_of(text) == [("text", "Proposed Amount:\n$12,500 from the General Fund.")]


def test_a_sentence_ending_in_a_colon_is_no_label():
    text = "The Committee considered the following matters in turn:\n\nThe budget was noted.\n"
    assert chunks_of(text) == [("text", "The Committee considered the following matters in turn:"),
                               ("text", "The budget was noted.")]
