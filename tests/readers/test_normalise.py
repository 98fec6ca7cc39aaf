"""Normalisation: simple fixes on every text, raw PDF layout repaired so council numbers lead their paragraphs."""
from pathlib import Path

import pytest

from corpus.layout import is_raw_layout, is_row, row_cells
from corpus.normalise import dehyphenate, normalise

DOCS = Path(__file__).resolve().parents[2] / "corpus" / "documents"


def doc(prefix: str) -> str:
    return next(DOCS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def raw_002() -> str:
    return normalise(doc("002"))


def test_simple_fixes():
    text = "\ufeffCommittee\r\nThe **NOTED** item\ufffd  \rDate\x07:\t4 July 2016  \f Page 2"
    assert normalise(text) == "Committee\nThe NOTED item\nDate:\t4 July 2016\n\f Page 2"


def test_unicode_is_nfc():
    assert normalise("Cafe\u0301") == "Caf\u00e9"


def test_form_feeds_survive():
    assert normalise("Page one.\fPage two.").count("\f") == 1


def test_hyphen_joined_only_where_the_word_is_written_elsewhere():
    text = "the management of care\nwas agreed by manage-\nment and outcome-\nfocused work"
    fixed = dehyphenate(text)
    assert "by management\nand outcome-\nfocused" in fixed


def test_hyphen_kept_when_compound_is_known():
    text = "a community-based model\nand a community-\nbased service"
    assert "a community-based\nservice" in dehyphenate(text)


def test_well_formed_text_passes_unchanged():
    text = "10. Transport Update\n\n- 10.3 The Committee NOTED:\n - a) The forecast;\n - b) The plan.\n"
    assert normalise(text) == text


def test_well_formed_samples_are_not_raw_layout():
    for prefix in ("000", "001", "003", "004"):
        assert not is_raw_layout(doc(prefix)), prefix
    assert is_raw_layout(doc("002"))


RAW = "\n".join([
    "10. Finance Monitoring Report ",
    " ",
    "10.1.1 ",
    " ",
    "10.1.2 ",
    " ",
    "10.2 ",
    " ",
    "The Committee received the report providing financial monitoring information to the ",
    "end of May 2017. ",
    " ",
    "Changes to managed contracts were queried; the Acting Director of Integrated ",
    " 10.1.3 ",
    "Commissioning clarified that detailed analysis had been carried out in the care ",
    "market. ",
    " ",
    "Work on transition cases was queried and an agreement between the two Directors ",
    "was in place. ",
    " ",
    "With 12 votes for and 0 against, the Committee RESOLVED to AGREE: ",
    "a) The forecast outturn position at Period 2 for the 2017-18 Revenue Budget of ",
    " ",
    "£261.453m; ",
    "b) The planned use of reserves. ",
] * 3)


def test_queued_numbers_go_to_the_paragraphs_below_in_order():
    lines = normalise(RAW).split("\n")
    assert "10.1.1 The Committee received the report providing financial monitoring information to the " \
           "end of May 2017." in lines
    assert "10.1.2 Changes to managed contracts were queried; the Acting Director of Integrated Commissioning " \
           "clarified that detailed analysis had been carried out in the care market." in lines
    assert "10.2 Work on transition cases was queried and an agreement between the two Directors was in place." \
        in lines


def test_unclaimed_number_goes_to_the_next_paragraph_and_points_stay_below():
    text = normalise(RAW)
    assert "10.1.3 With 12 votes for and 0 against, the Committee RESOLVED to AGREE:\n" \
           "a) The forecast outturn position at Period 2 for the 2017-18 Revenue Budget of £261.453m;\n" \
           "b) The planned use of reserves." in text


def test_item_number_printed_apart_from_its_title():
    raw = "13. \n \n13.1 \n \nLearning Disabilities and Autistic Spectrum Disorder \n \n \n" \
          "The Committee received the report setting out the ambition and plans. \n" * 4
    lines = normalise(raw).split("\n")
    assert lines[0] == "13. Learning Disabilities and Autistic Spectrum Disorder"
    assert lines[2] == "13.1 The Committee received the report setting out the ambition and plans."


@pytest.mark.parametrize("line, row", [
    ("111.914 8.238 Older People 110.926 113.515 2.589", True),
    ("Older People 110.926 113.515 2.589 2.33% (1.664)", True),
    ("Hollie Adams on 01603 223029", False),
    ("2.1 The table below summarises the forecast outturn position.", False),
    ("Date Agenda Published: 24 August 2017", False),
])
def test_flattened_table_rows(line, row):
    assert is_row(line) is row


def test_row_cells_keep_the_label_whole():
    assert row_cells("Older People 110.926 113.515 2.589 2.33% (1.664)") == \
        "Older People\t110.926\t113.515\t2.589\t2.33%\t(1.664)"


def test_flattened_table_becomes_tabbed_rows_under_one_header():
    raw = ("Key figures are set out below: \n \nExpenditure Area Budget \n2017/18 \n \n£m \n \nForecast \n"
           "Outturn \n \n£m \n \nOlder People 110.926 113.515 2.589 \n \nMental Health 13.545 13.863 0.318 \n \n"
           "Next paragraph follows here. \n") * 3
    text = normalise(raw)
    assert "Expenditure Area Budget 2017/18\t£m\tForecast Outturn\t£m\nOlder People\t110.926\t113.515\t2.589\n" \
           "Mental Health\t13.545\t13.863\t0.318" in text


def test_sample_002_numbers_start_their_paragraphs(raw_002):
    lines = raw_002.split("\n")
    for n in ("10.1.1", "10.1.2", "10.1.3", "10.1.4", "10.1.5", "10.1.6", "10.1.7", "10.2"):
        assert sum(1 for ln in lines if ln.startswith(n + " ")) >= 1, n
    assert any(ln.startswith("10.1.1 The Committee received and discussed the first monitoring report") for ln in lines)
    assert any(ln.startswith("10.1.6 Changes to managed contracts was queried; the Acting Director of Integrated "
                             "Commissioning clarified") for ln in lines)
    assert any(ln.startswith("10.1.7 Work to address the cost of transition cases") for ln in lines)
    assert any(ln.startswith("10.2 With 12 votes for and 0 against, the Committee RESOLVED to AGREE:")
               for ln in lines)
    assert "13. Learning Disabilities and Autistic Spectrum Disorder" in lines


def test_sample_002_flattened_rows_are_tabbed(raw_002):
    assert "111.914\t8.238\tOlder People\t110.926\t113.515\t2.589" in raw_002.split("\n")


def test_inline_html_tags_are_stripped():
    text = "\t\t<u>ASCH Committee</u>\t\t\nthe 1<sup>st</sup> <B>big</B> <em>rise</em> of CO<sub>2</sub>\nline<br>two <br/>end"
    assert normalise(text) == "\t\tASCH Committee\t\t\nthe 1st big rise of CO2\nline two  end"


def test_other_angle_brackets_are_kept():
    assert normalise("if a < b and c > d\n<p>kept</p> <ul> <bold>") == "if a < b and c > d\n<p>kept</p> <ul> <bold>"
