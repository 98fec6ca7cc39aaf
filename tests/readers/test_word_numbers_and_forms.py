"""Word's automatic list numbers printed as Word prints them; a PDF's own dates."""
from helpers_docs import make_docx

from corpus.pdf import file_dates
from corpus.read import read_file
from indexer.settings import Settings


def test_word_list_numbers_are_printed(tmp_path):
    path = tmp_path / "agenda.docx"
    path.write_bytes(make_docx([("para", "AGENDA"), ("number", "To receive apologies for absence"),
                                ("number", "To approve payments of accounts due"), ("para", "Signed, the Clerk"),
                                ("number", "13.9 Officers would report back.")]))
    lines = [x for x in read_file(path, Settings()).text.split("\n") if x]
    assert lines == ["AGENDA", "1. To receive apologies for absence", "2. To approve payments of accounts due",
                     "Signed, the Clerk", "13.9 Officers would report back."]


def test_file_dates_from_the_pdf_info():
    assert file_dates({"CreationDate": b"D:20230504101500-05'00'", "ModDate": "D:20230601"}) == {
        "created": "2023-05-04", "modified": "2023-06-01"}
    assert file_dates({"Title": b"Agenda"}) == {}


def test_minutes_laid_out_as_a_table_become_paragraphs_led_by_their_numbers(tmp_path):
    path = tmp_path / "minutes.docx"
    path.write_bytes(make_docx([
        ("para", "Minutes of the Parish Council Meeting held on Monday 6th November 2023"),
        ("table", [["Minute", "Details"],
                   ["23/101", "Apologies for absence\nApologies were received and accepted from Cllr J Kemp."],
                   ["23/102", "Finance\nIt was resolved to set a precept of £14,500 for 2024/25."]]),
        ("table", [["5.", "Planning: the council raised no objection to the rear extension at 4 Church Lane."],
                   ["6.", "Highways: the clerk will report the blocked drain on Mill Road to the county."]]),
    ]))
    assert read_file(path, Settings()).text.split("\n\n") == [
        "Minutes of the Parish Council Meeting held on Monday 6th November 2023", "Minute\tDetails",
        "23/101 Apologies for absence", "Apologies were received and accepted from Cllr J Kemp.",
        "23/102 Finance", "It was resolved to set a precept of £14,500 for 2024/25.",
        "5. Planning: the council raised no objection to the rear extension at 4 Church Lane.",
        "6. Highways: the clerk will report the blocked drain on Mill Road to the county."]


def test_a_data_table_with_numbers_in_its_first_column_stays_rows(tmp_path):
    path = tmp_path / "payments.docx"
    rows = [["No.", "Payee", "Amount"], ["101", "Hampton Landscapes", "£360.00"], ["102", "Mrs H Irwin", "£412.50"]]
    path.write_bytes(make_docx([("table", rows)]))
    assert read_file(path, Settings()).text == "No.\tPayee\tAmount\n101\tHampton Landscapes\t£360.00\n102\tMrs H Irwin\t£412.50"


def test_an_action_plan_with_numbered_rows_stays_a_table(tmp_path):
    path = tmp_path / "report.docx"
    rows = [["", "Action", "Progress", "Timescale"],
            ["1", "No new under 65 placements in residential care", "Progress is monitored every week", "On-going"],
            ["2", "Targets for locality teams to reduce placements", "Targets have been set for each team", "2017"]]
    path.write_bytes(make_docx([("table", rows)]))
    assert read_file(path, Settings()).text.split("\n") == ["\t".join(r) for r in rows]
